import { describe, expect, it } from "vitest";
import { annotated } from "../test-helpers";
import { extractFacts } from "../extract/index";
import { buildPools } from "./pools";
import { pickDistractors } from "./distractors";
import { makeTrueFalse } from "./true-false";
import { makeCloze } from "./cloze";
import { makeMcq } from "./mcq";

function setup(body: string) {
  const { ann } = annotated(body);
  const facts = extractFacts(ann);
  const pools = buildPools([{ ann, drafts: facts.map((f) => f.draft) }]);
  return { facts, pools };
}

describe("distractors", () => {
  it("numbers keep the answer's form; dates keep ranges; years are near years", () => {
    const { facts, pools } = setup(
      "The 13th meeting of the Forum on Trade was held in Geneva on December 19 and 20.\n\nThe UNSC currently comprises five permanent members and ten non-permanent members.\n\nIndia and Japan signed an agreement on trade in 2000.",
    );
    const get = (a: string) => facts.find((f) => f.draft.answer === a)?.draft;
    expect(pickDistractors(get("five")!, pools, "inline", 1)).toEqual(expect.arrayContaining([expect.stringMatching(/^(?:four|six|seven|three|eight)$/)]));
    for (const d of pickDistractors(get("December 19 and 20")!, pools, "inline", 1)) expect(d).toMatch(/^\w+ \d+ and \d+$/);
    for (const d of pickDistractors(get("2000")!, pools, "inline", 1)) expect(Math.abs(Number(d) - 2000)).toBeLessThanOrEqual(3);
    expect(pickDistractors(get("13th")!, pools, "inline", 1)).not.toContain("13th");
  });

  it("never offers a listed member as a wrong answer to a member question", () => {
    const { facts, pools } = setup("Currently, the UNSC comprises five permanent members — the United States, China, France, Russia, and the United Kingdom — who wield veto power. India and Brazil want seats.");
    const d = facts.find((f) => f.draft.kind === "members")!.draft;
    const ds = pickDistractors(d, pools, "inline", 1);
    expect(ds).toHaveLength(3);
    for (const x of ds) expect(["United States", "China", "France", "Russia", "United Kingdom"]).not.toContain(x);
  });
});

describe("question makers", () => {
  const { facts, pools } = setup("Russia, India and Iran signed an intergovernmental agreement on the creation of a transport corridor in 2000.");
  const d = facts.find((f) => f.draft.answer === "2000")!.draft;

  it("cloze blanks exactly the answer", () => {
    expect(makeCloze(d)?.prompt).toBe("Russia, India and Iran signed an intergovernmental agreement on the creation of a transport corridor in ____.");
  });
  it("mcq order is fixed for a question and seed", () => {
    const ds = pickDistractors(d, pools, "inline", 5);
    expect(makeMcq(d, ds, 5)?.choices).toEqual(makeMcq(d, ds, 5)?.choices);
    expect(makeMcq(d, ds.slice(0, 2), 5)).toBeUndefined();
  });
  it("true/false swaps only the answer, and says False", () => {
    for (let seed = 0; seed < 6; seed++) {
      const q = makeTrueFalse(d, ["2003"], seed);
      if (q?.answer === "False") expect(q.prompt).toBe("True or false: Russia, India and Iran signed an intergovernmental agreement on the creation of a transport corridor in 2003.");
      else expect(q?.prompt).toContain("in 2000.");
    }
  });
  it("a swapped country gets its article", () => {
    const { facts: f2 } = setup("The UNSC has members.\n\nThe existing permanent members include the UK, China, Russia, the US, and France.");
    const m = f2.find((f) => f.draft.kind === "members")!.draft;
    const q = [0, 1, 2, 3, 4, 5].map((s) => makeTrueFalse(m, ["United Arab Emirates"], s)).find((x) => x?.answer === "False");
    expect(q?.prompt).toMatch(/True or false: The United Arab Emirates is one of/);
  });
});

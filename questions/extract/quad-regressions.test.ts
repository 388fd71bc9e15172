/**
 * Regressions found on an unseen article (a meeting of a grouping's foreign ministers), one
 * test per bug, named after it. The sentences are the article's; the code holds none of them.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { annotated } from "../test-helpers";
import { extractRoles } from "./roles";
import { extractDelegationLeaders } from "./delegation";
import { extractGatherings } from "./gatherings";
import { extractEvents } from "./events";
import { extractMilestones } from "./milestones";
import { generateCorpus, parseArticle } from "../index";
import { splitSentences } from "../nlp/sentences";
import type { FactDraft } from "./types";

type Ex = (ann: ReturnType<typeof annotated>["ann"], ctx: ReturnType<typeof annotated>["ctx"]) => FactDraft[];
const run = (ex: Ex, body: string, title?: string) => {
  const { ann, ctx } = annotated(body, title);
  return ex(ann, ctx).map((d) => ({ q: d.question, a: d.answer, st: d.statement, conf: d.confidence }));
};
const here = dirname(fileURLToPath(import.meta.url));
const quadText = readFileSync(join(here, "..", "fixtures", "quad-ministers.txt"), "utf8");
const [quad] = generateCorpus([parseArticle(quadText, { filename: "quad-ministers.txt" })], { seed: 1 });

const TITLE = "Quad foreign ministers meet in Tokyo, reaffirm free and open Indo-Pacific";
const FIRST = "The foreign ministers of the Quadrilateral Security Dialogue met in Tokyo on July 29 and reaffirmed their commitment to a free and open Indo-Pacific.";

describe("unseen article: a grouping's foreign ministers meet", () => {
  it("bug 1: a role stops at another person's name and at 'and'", () => {
    const out = run(extractRoles, "US Secretary of State Antony Blinken and Australian Foreign Minister Penny Wong also attended the meeting.");
    const post = (who: string) => out.find((d) => d.q === `What post does ${who} hold?`)?.a;
    expect(post("Penny Wong")).toBe("Australian Foreign Minister");
    expect(post("Antony Blinken")).toBe("US Secretary of State");
    // Portfolios with "and" are still one post.
    expect(run(extractRoles, "Union Minister of Commerce and Industry Piyush Goyal said the talks went well.")[0]?.a).toBe("Union Minister of Commerce and Industry");
  });

  it("bug 2: person distractors are people only (no organisation named before 'met')", () => {
    const { ann } = annotated(`${FIRST}\n\nExternal Affairs Minister S. Jaishankar led the Indian delegation.`);
    expect([...ann.people.keys()]).not.toContain("Quadrilateral Security Dialogue");
    for (const q of quad?.questions ?? []) {
      if (q.type === "mcq" && (q.kind === "role" || q.kind === "delegation-leader") && /^Who\b/.test(q.prompt)) {
        expect(q.choices).not.toContain("Quadrilateral Security Dialogue");
      }
      if (q.kind === "quote" && q.type === "mcq") expect(q.choices).not.toContain("Dialogue");
    }
  });

  it("bug 3: delegation leaders at a meeting named by the headline; initials do not split", () => {
    const sent = "External Affairs Minister S. Jaishankar led the Indian delegation, while the Japanese side was headed by Foreign Minister Yoko Kamikawa.";
    expect(splitSentences(sent).length).toBe(1);
    const out = run(extractDelegationLeaders, `${FIRST}\n\n${sent}`, TITLE);
    expect(out.map((d) => [d.q, d.a])).toEqual([
      ["Who led the Indian delegation at the meeting of the Quad foreign ministers in Tokyo?", "S. Jaishankar"],
      ["Who headed the Japanese side at the meeting of the Quad foreign ministers in Tokyo?", "Yoko Kamikawa"],
    ]);
    expect(out.every((d) => d.conf >= 0.9)).toBe(true);
    // Without a headline, the first sentence names the meeting.
    expect(run(extractDelegationLeaders, `${FIRST}\n\n${sent}`)[0]?.q).toBe("Who led the Indian delegation at the meeting of the foreign ministers of the Quadrilateral Security Dialogue in Tokyo?");
  });

  it("bug 4: where and when the ministers met, the date as written", () => {
    const out = run(extractGatherings, FIRST);
    expect(out.map((d) => [d.q, d.a])).toEqual([
      ["Where did the foreign ministers of the Quadrilateral Security Dialogue meet on July 29?", "Tokyo"],
      ["When did the foreign ministers of the Quadrilateral Security Dialogue meet in Tokyo?", "July 29"],
    ]);
    expect(run(extractGatherings, "BRICS foreign ministers met in Rio de Janeiro on April 28.")[0]).toMatchObject({ q: "Where did the BRICS foreign ministers meet on April 28?", a: "Rio de Janeiro" });
  });

  it("bug 5: launches, expansions and the next host", () => {
    const out = run(extractGatherings, `${FIRST}\n\nThe ministers launched the Quad Maritime Surveillance Initiative and agreed to expand the Quad Fellowship to 100 students a year.`);
    expect(out.slice(2).map((d) => [d.q, d.a])).toEqual([
      ["Which initiative did the foreign ministers of the Quadrilateral Security Dialogue launch in Tokyo?", "Quad Maritime Surveillance Initiative"],
      ["To how many students a year will the Quad Fellowship be expanded?", "100"],
    ]);
    const host = run(extractEvents, "India will host the next Quad Leaders' Summit in 2025.");
    expect(host.map((d) => [d.q, d.a])).toEqual([
      ["Which country will host the next Quad Leaders' Summit?", "India"],
      ["In which year will India host the next Quad Leaders' Summit?", "2025"],
    ]);
  });

  it("bug 6: 'the grouping' resolves to the last named grouping, else no question; a second year is a second fact", () => {
    const body = "The Quad comprises four countries.\n\nIndia will host the next Quad Leaders' Summit in 2025.\n\nThe grouping was first formed in 2007 and revived in 2017.";
    expect(run(extractMilestones, body).map((d) => [d.q, d.a])).toEqual([
      ["In which year was the Quad first formed?", "2007"],
      ["In which year was the Quad revived?", "2017"],
    ]);
    expect(run(extractMilestones, "The grouping was first formed in 2007.")).toEqual([]);
  });

  it("bug 7: a swapped country takes an article only if it needs one", () => {
    const tf = (quad?.questions ?? []).filter((q) => q.type === "true_false");
    for (const q of tf) expect(q.prompt).not.toMatch(/\bThe (?:Bhutan|India|Japan|Australia|Maldives|Guatemala)\b/);
    const gen = generateCorpus([parseArticle("The bloc comprises four countries — India, Japan, Australia and the United States.\n\nThe bloc met in Delhi.", { id: "x" })], { seed: 3 });
    for (const q of gen[0]?.questions ?? []) if (q.type === "true_false" && q.answer === "False") expect(q.prompt).not.toMatch(/\bThe (?!United|Netherlands|Philippines|Maldives|Bahamas|Gambia|US|UK|UAE)[A-Z]\w+ is one of/);
  });

  it("bug 8: questions stand alone, answers are verbatim, no pronoun without referent", () => {
    for (const q of quad?.questions ?? []) {
      if (q.type !== "true_false") expect(q.evidence).toContain(q.answer);
      if (q.type !== "cloze") expect(q.prompt).not.toMatch(/\b(?:the grouping|the ministers|the meeting)\b(?! of)/);
      expect(q.prompt).not.toMatch(/^(?:True or false: )?(?:He|She|It|They|This)\b/);
    }
    expect((quad?.questions ?? []).some((q) => q.answer === "2024" || /July 29, \d{4}/.test(q.answer))).toBe(false);
  });
});

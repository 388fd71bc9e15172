/**
 * Golden test per shipped article: the facts found, as "kind | subject | relation | object".
 * Regenerate after a deliberate change with: UPDATE_GOLDEN=1 npx vitest run questions/golden.test.ts
 * and review the diff.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./index";
import { parseArticle } from "./index";
import type { Article } from "./types";
import { FIXTURES, SHIPPED } from "./test-helpers";

const loadArticle = (rel: string): Article => parseArticle(readFileSync(join(dirname(fileURLToPath(import.meta.url)), rel), "utf8"), { filename: rel });

const here = dirname(fileURLToPath(import.meta.url));
const corpus = [...SHIPPED, ...FIXTURES].map(loadArticle);
const result = generateCorpus(corpus, { seed: 1 });

describe.each(result.map((g) => [g.article.id, g] as const))("golden facts: %s", (id, g) => {
  it("lists the facts found", () => {
    const lines = g.facts.map((f) => `${f.kind} | ${f.subject} | ${f.relation} | ${f.object}`);
    const file = join(here, "golden", `${id}.facts.txt`);
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) writeFileSync(file, `${lines.join("\n")}\n`);
    expect(lines.join("\n")).toBe(readFileSync(file, "utf8").trimEnd());
  });
});

describe("the user's own examples", () => {
  const jwg = result.find((g) => g.article.id === "india-russia-jwg-counter-terrorism");
  const unsc = result.find((g) => g.article.id === "russia-backs-india-unsc-candidacy");

  it("who led each delegation at the 13th JWG meeting", () => {
    const leaders = jwg?.facts.filter((f) => f.kind === "delegation-leader").map((f) => [f.subject, f.object]);
    expect(leaders).toEqual([
      ["the Indian delegation at the 13th meeting of the India-Russia joint working group on counter-terrorism cooperation", "Tanmaya Lal"],
      ["the Russian delegation at the 13th meeting of the India-Russia joint working group on counter-terrorism cooperation", "Sergey Vershinin"],
    ]);
    const q = jwg?.questions.find((x) => x.kind === "delegation-leader" && x.type === "recall" && x.answer === "Sergey Vershinin");
    expect(q?.prompt).toBe("Who headed the Russian delegation at the 13th meeting of the India-Russia joint working group on counter-terrorism cooperation?");
  });

  it("when the North–South agreement was signed", () => {
    const f = unsc?.facts.find((x) => x.kind === "agreement" && x.object === "2000");
    expect(f?.subject).toBe("Russia, India and Iran signed an intergovernmental agreement on the creation of the North-South multimodal transport corridor");
    expect(unsc?.questions.some((q) => q.factId === f?.id && q.answer === "2000")).toBe(true);
  });

  it("the event with its number, place and date as written", () => {
    const objs = jwg?.facts.filter((f) => f.kind === "event").map((f) => f.object);
    expect(objs).toEqual(["Moscow", "December 19 and 20", "13th"]);
  });

  it("no relative date ever becomes an answer", () => {
    for (const g of result) for (const q of g.questions) expect(q.answer).not.toMatch(/Wednesday|this year|earlier|last year/i);
  });
});

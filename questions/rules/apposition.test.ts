import { describe, expect, it } from "vitest";
import { appositionOf, appositionQuestion, appositionStatement, definedTerms } from "./apposition";
import type { Candidate } from "../answers/types";

function cand(sentence: string, name: string, kind: Candidate["kind"]): Candidate {
  const start = sentence.indexOf(name);
  return { kind, text: name, start, end: start + name.length, outerStart: start };
}

describe("definitions in apposition", () => {
  it("a definite description names one thing and makes a question", () => {
    const s = "Researchers used Gemini — Google's large language model — to sort through 5 million articles.";
    const c = cand(s, "Gemini", "organisation");
    expect(appositionOf(s, c)).toBe("Google's large language model");
    expect(appositionQuestion(appositionOf(s, c)!, c)).toBe("What is the name of Google's large language model?");
  });

  it("an indefinite description, a job title or a short common phrase asks nothing", () => {
    const iea = "It is the largest release in the history of the International Energy Agency, an organization tasked with security.";
    expect(appositionOf(iea, cand(iea, "International Energy Agency", "organisation"))).toBeUndefined();
    const ceo = "Marshall Moutenot, the CEO of Upstream Tech, said the effort was growing.";
    expect(appositionOf(ceo, cand(ceo, "Marshall Moutenot", "person"))).toBeUndefined();
    const brent = "Brent, the international benchmark, closed above $100.";
    expect(appositionOf(brent, cand(brent, "Brent", "other"))).toBeUndefined();
  });

  it("an official's post is asked in the article's time", () => {
    const s = "The mission was a success, Jared Isaacman, NASA's administrator, said.";
    const c = cand(s, "Jared Isaacman", "person");
    expect(appositionQuestion(appositionOf(s, c)!, c, "April 2026")).toBe("Who was NASA's administrator as of April 2026?");
  });

  it("finds names only their apposition shows: a lower-case drug, a sentence-opening spacecraft", () => {
    expect(definedTerms("Last month, the patent on semaglutide, the key ingredient in Novo Nordisk's GLP-1 drugs, expired.").map((c) => c.text)).toEqual([
      "semaglutide",
    ]);
    expect(definedTerms("Integrity, the name of the crew's spacecraft as part of NASA's Artemis II mission, splashed down.").map((c) => c.text)).toEqual([
      "Integrity",
    ]);
  });
});

describe("what an apposition says about the noun before it", () => {
  it("states it with 'is', and only when the answer lies inside the apposition", () => {
    const s = "The strike has hurt the steel industry, Ruritania's third-largest employer which supports 2 million jobs.";
    expect(appositionStatement(s, cand(s, "third-largest", "rank"))).toBe(
      "The steel industry is Ruritania's third-largest employer which supports 2 million jobs.",
    );
    expect(appositionStatement(s, cand(s, "strike", "other"))).toBeUndefined();
  });

  it("not for an event's description or a date", () => {
    const s = "Inflation stood at 1.5% as of January, the first time it has fallen below the 2% target in years.";
    expect(appositionStatement(s, cand(s, "2%", "percent"))).toBeUndefined();
  });
});

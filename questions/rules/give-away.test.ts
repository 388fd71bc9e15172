import { describe, expect, it } from "vitest";
import { findFigures } from "../answers/figures";
import { findNames } from "../answers/entities";
import { parseSentence } from "../analyse/parse-sentence";
import type { Candidate } from "../answers/types";
import { rankGivenByAfter, remainderCount, ruledOutByRun, sayerOf, tallyGivesAway } from "./give-away";

const figure = (s: string, text: string) => findFigures(s).find((c) => c.text === text)!;
const person = (s: string, text: string) => findNames(s, parseSentence(s).tagsAt).find((c) => c.text === text)!;

describe("answers the prompt gives away", () => {
  it("a count its tally sums to", () => {
    const s = "A three-judge bench ruled by a majority of 2-1 that Section 24 was void.";
    expect(tallyGivesAway("A ____-judge bench ruled by a majority of 2-1 that Section 24 was void.", figure(s, "three"))).toBe(true);
    const nine: Candidate = { kind: "number", text: "nine", start: 4, end: 8, outerStart: 4 };
    expect(tallyGivesAway("The ____-member committee voted 5-to-4 for a cut.", nine)).toBe(true);
    const u = "The committee of nine members voted for a cut of 25 basis points.";
    expect(tallyGivesAway("The committee of ____ members voted for a cut of 25 basis points.", figure(u, "nine"))).toBe(false);
  });
  it("a rank the 'after' gives", () => {
    const s = "France is India’s second-largest arms supplier after Russia, accounting for 29% of imports.";
    expect(rankGivenByAfter(s, figure(s, "second-largest"))).toBe(true);
    const t = "India is the world’s third-largest oil consumer.";
    expect(rankGivenByAfter(t, figure(t, "third-largest"))).toBe(false);
  });
  it("the rest of a count", () => {
    const s = "The decision was expected by 14 of 18 economists, while the remaining four had forecast a pause.";
    expect(remainderCount(s, figure(s, "four"))).toBe(true);
    expect(remainderCount(s, figure(s, "14"))).toBe(false);
  });
  it("the one who said it, not what was said", () => {
    const s = "Health Secretary Ramon Abad said about 62% of the patients were children under five.";
    expect(sayerOf(s, person(s, "Ramon Abad"))).toBe(true);
    const t = "President Lucía Farfán will be sworn in on July 28.";
    expect(sayerOf(t, person(t, "Lucía Farfán"))).toBe(false);
  });
  it("a first that a run rules out", () => {
    const s = "Inflation stayed below the 2% target for the second straight month.";
    expect(ruledOutByRun("first", s, figure(s, "second"))).toBe(true);
    expect(ruledOutByRun("third", s, figure(s, "second"))).toBe(false);
  });
});

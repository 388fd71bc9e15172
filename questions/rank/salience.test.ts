import { describe, expect, it } from "vitest";
import { salience } from "./salience";
import type { Candidate } from "../answers/types";

function cand(sentence: string, text: string, kind: Candidate["kind"]): Candidate {
  const start = sentence.indexOf(text);
  return { kind, text, start, end: start + text.length, outerStart: start };
}

describe("salience", () => {
  it("scores the headline's own protagonist 0, so it only fills a short article's deck", () => {
    const t = "The Bank of Japan on Thursday kept its rates steady at 0.75%.";
    const headline = "Bank of Japan holds rates as inflation slows";
    expect(salience(cand(t, "Bank of Japan", "organisation"), { index: 1, position: 1, text: t, mentions: 4 }, headline)).toBe(0);
    // named once only, it is still a fact of the story
    expect(salience(cand(t, "Bank of Japan", "organisation"), { index: 1, position: 1, text: t, mentions: 1 }, headline)).toBeGreaterThan(0);
    // a figure the headline does not state is asked as before
    expect(salience(cand(t, "0.75%", "percent"), { index: 1, position: 1, text: t, mentions: 1 }, headline)).toBeGreaterThan(0.35);
  });

  it("a founder or a leader named as the agent scores above the same person named otherwise", () => {
    // Sentences written for this test.
    const a = "The startup, founded by Mira Solis in 2019, builds batteries.";
    const b = "The startup, praised by Mira Solis in 2019, builds batteries.";
    const info = (text: string) => ({ index: 3, position: 3, text, mentions: 1 });
    expect(salience(cand(a, "Mira Solis", "person"), info(a), "Battery startup raises funds")).toBeGreaterThan(
      salience(cand(b, "Mira Solis", "person"), info(b), "Battery startup raises funds") + 0.15,
    );
  });

  it("a day's market move and an analysts' forecast score below a figure of the story", () => {
    // Sentences written for this test.
    const fact = "The cabinet approved a plan worth 4.2 billion dollars in June.";
    const move = "Brent crude futures fell as much as 4.2% in early Asian trade on Monday.";
    const guess = "Economists polled by a wire service had expected growth of 4.2% in June.";
    const info = (text: string) => ({ index: 3, position: 3, text, mentions: 1 });
    const base = salience(cand(fact, "4.2 billion dollars", "money"), info(fact), "Cabinet approves plan");
    expect(salience(cand(move, "4.2%", "percent"), info(move), "Cabinet approves plan")).toBeLessThan(base - 0.1);
    expect(salience(cand(guess, "4.2%", "percent"), info(guess), "Cabinet approves plan")).toBeLessThan(base - 0.05);
  });
});

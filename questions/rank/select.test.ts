import { describe, expect, it } from "vitest";
import { factBudget, PER_SENTENCE, perSentenceCap } from "./select";

describe("selection limits", () => {
  it("a long sentence may give one fact more than a short one", () => {
    const short = "The bank cut its rate to 6% on Friday.";
    const long = Array.from({ length: 36 }, (_, i) => `word${i}`).join(" ");
    expect(perSentenceCap(short)).toBe(PER_SENTENCE);
    expect(perSentenceCap(long)).toBe(PER_SENTENCE + 1);
  });
  it("an article's fact budget grows with its length, within bounds", () => {
    expect(factBudget(100)).toBe(12);
    expect(factBudget(520)).toBe(40);
    expect(factBudget(5000)).toBe(60);
  });
});

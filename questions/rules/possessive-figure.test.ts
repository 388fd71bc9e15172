import { describe, expect, it } from "vitest";
import { findFigures } from "../answers/figures";
import { possessiveFigure } from "./possessive-figure";

// Sentences written for these tests, not taken from any article.
const held = (sentence: string, answer: string): string | undefined => {
  const c = findFigures(sentence).find((x) => x.text === answer);
  if (!c) throw new Error(`no figure ${answer}`);
  return possessiveFigure(sentence, c);
};

describe("a figure that sizes what its holder set", () => {
  it("states the holder's target, cap or stake", () => {
    expect(held("The wage talks are crucial to meeting the Central Bank of Chile's 3% inflation target.", "3%")).toBe(
      "The Central Bank of Chile's inflation target is 3%.",
    );
    expect(held("Investors watched Peru's 2.5% fiscal deficit targets closely.", "2.5%")).toBe("Peru's fiscal deficit targets are 2.5%.");
  });

  it("leaves any other figure to the clause around it", () => {
    expect(held("Peru's 2.5% growth surprised analysts.", "2.5%")).toBeUndefined();
    expect(held("The bank kept a 3% target.", "3%")).toBeUndefined();
  });
});

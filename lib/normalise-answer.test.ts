import { describe, expect, it } from "vitest";
import { answerTokens, foldText } from "./normalise-answer";

describe("foldText", () => {
  it.each([
    ["  Hello,   World! ", "hello world"],
    ["O’Neill", "oneill"],
    ["“Quad”", "quad"],
    ["Indo–Pacific", "indo pacific"],
    ["São Paulo", "sao paulo"],
    ["1,000,000", "1000000"],
    ["3.5 per cent", "3.5 per cent"],
    ["R&D", "r and d"],
    ["5%", "5 percent"],
  ])("%j → %j", (input, output) => {
    expect(foldText(input)).toBe(output);
  });
});

describe("answerTokens", () => {
  it("drops one leading article and converts number words", () => {
    expect(answerTokens("The “Quad” — four nations")).toEqual(["quad", "4", "nations"]);
    expect(answerTokens("A")).toEqual(["a"]);
    expect(answerTokens("...")).toEqual([]);
  });
});

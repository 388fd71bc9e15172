import { describe, expect, it } from "vitest";
import { numberWordsToDigits } from "./number-words";

const run = (s: string): string => numberWordsToDigits(s.split(" ")).join(" ");

describe("numberWordsToDigits", () => {
  it.each([
    ["five", "5"],
    ["zero", "0"],
    ["fourteen", "14"],
    ["twenty one nations", "21 nations"],
    ["one hundred and five", "105"],
    ["two thousand and one", "2001"],
    ["three million", "3000000"],
    ["fifth", "5th"],
    ["twenty first century", "21st century"],
    ["the second world war", "the 2nd world war"],
    ["rock and roll", "rock and roll"],
    ["five and six", "5 and 6"],
    ["moscow", "moscow"],
  ])("%j → %j", (input, output) => {
    expect(run(input)).toBe(output);
  });
});

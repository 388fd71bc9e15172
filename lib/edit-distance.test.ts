import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { damerauLevenshtein } from "./edit-distance";

describe("damerauLevenshtein", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["moscow", "moscow", 0],
    ["moscow", "moskow", 1],
    ["recieve", "receive", 1],
    ["chile", "china", 2],
    ["kitten", "sitting", 3],
    ["ca", "abc", 3], // optimal string alignment, not unrestricted DL
  ])("%j vs %j = %d", (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
  });

  it("is symmetric and zero only for equal strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = damerauLevenshtein(a, b);
        expect(damerauLevenshtein(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

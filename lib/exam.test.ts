import { describe, expect, it } from "vitest";
import { scoreExam } from "./exam";

const paper = (right: number, wrong: number, skipped: number) => [
  ...Array.from({ length: right }, () => ({ correct: true })),
  ...Array.from({ length: wrong }, () => ({ correct: false })),
  ...Array.from({ length: skipped }, () => ({ correct: null })),
];

describe("scoreExam", () => {
  it("scores +2 right, −2/3 wrong, 0 skipped", () => {
    expect(scoreExam([{ correct: true }, { correct: false }, { correct: null }])).toEqual({
      right: 1,
      wrong: 1,
      skipped: 1,
      score: 1.33,
      maxScore: 6,
    });
  });

  it.each([
    [0, 0, 0, 0, 0],
    [100, 0, 0, 200, 200],
    [0, 1, 0, -0.67, 2],
    [0, 3, 0, -2, 6],
    [0, 0, 100, 0, 200],
    [60, 30, 10, 100, 200], // a typical prelims paper: 120 − 20
    [55, 40, 5, 83.33, 200],
    [1, 3, 0, 0, 8], // three wrong cancel one right
  ])("%i right, %i wrong, %i skipped → %d of %d", (r, w, s, score, max) => {
    const result = scoreExam(paper(r, w, s));
    expect(result).toEqual({ right: r, wrong: w, skipped: s, score, maxScore: max });
  });

  it("never returns negative zero", () => {
    expect(Object.is(scoreExam([]).score, -0)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { pickExamQuestions } from "./exam-paper";

describe("pickExamQuestions", () => {
  it("never takes two questions of one sentence (different facts and types alike) and stops when the pool runs out", () => {
    const pool = ["x", "y"].flatMap((a) =>
      [0, 1, 2].flatMap((f) => ["mcq", "tf"].map((t) => ({ id: `${a}${f}${t}`, factId: `${a}${f}${t}`, evidence: `Sentence ${f} of ${a}.`, articleId: a }))),
    );
    const picked = pickExamQuestions({ pool, count: 10, seed: 5 });
    expect(picked).toHaveLength(6);
    expect(new Set(picked.map((q) => `${q.articleId}|${q.evidence}`)).size).toBe(6);
    expect(pickExamQuestions({ pool, count: 10, seed: 5 })).toEqual(picked);
  });
});

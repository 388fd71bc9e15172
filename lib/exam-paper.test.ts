import { describe, expect, it } from "vitest";
import { pickExamQuestions } from "./exam-paper";

describe("pickExamQuestions", () => {
  it("never takes two questions of one fact and stops when the pool runs out", () => {
    const pool = ["x", "y"].flatMap((a) => [0, 1, 2].flatMap((f) => ["mcq", "tf"].map((t) => ({ id: `${a}${f}${t}`, factId: `${a}${f}`, articleId: a }))));
    const picked = pickExamQuestions({ pool, count: 10, seed: 5 });
    expect(picked).toHaveLength(6);
    expect(new Set(picked.map((q) => q.factId)).size).toBe(6);
    expect(pickExamQuestions({ pool, count: 10, seed: 5 })).toEqual(picked);
  });
});

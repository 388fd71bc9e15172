import { describe, expect, it } from "vitest";
import { dropDependents, type OutboxOp } from "./outbox";

const review = (id: string, replaces?: string): { op: OutboxOp } => ({
  op: { kind: "review", body: { id, questionId: "q", response: { rating: 3 }, durationMs: 1, ...(replaces ? { replaces } : {}) } },
});
const undo = (reviewId: string): { op: OutboxOp } => ({ op: { kind: "undo", reviewId } });

describe("dropDependents", () => {
  it("drops what names a failed review, and what names those in turn; keeps the rest in order", () => {
    const queue = [review("b"), review("c", "a"), undo("c"), undo("b"), review("d", "c"), review("e")];
    const { kept, dropped } = dropDependents(queue, "a");
    expect(kept.map((e) => (e.op.kind === "review" ? e.op.body.id : `undo ${e.op.reviewId}`))).toEqual(["b", "undo b", "e"]);
    expect(dropped).toHaveLength(3);
  });

  it("drops nothing when the failed entry recorded nothing others name", () => {
    const queue = [review("b"), undo("b")];
    expect(dropDependents(queue, undefined).kept).toEqual(queue);
  });
});

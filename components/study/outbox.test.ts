import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../api";
import { Outbox, dropDependents, type OutboxOp } from "./outbox";

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

/** A transport the test answers by hand: each send waits until `answer` or `refuse` is called. */
function manualTransport() {
  const calls: { op: OutboxOp; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
  const transport = (op: OutboxOp) => new Promise<unknown>((resolve, reject) => calls.push({ op, resolve, reject }));
  return { calls, transport };
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

describe("Outbox as an external store (useSyncExternalStore)", () => {
  it("keeps the same snapshot until pending or the error changes, and tells subscribers when it does", async () => {
    const { calls, transport } = manualTransport();
    const box = new Outbox(transport);
    let changes = 0;
    const unsubscribe = box.subscribe(() => changes++);
    const empty = box.getSnapshot();
    expect(empty).toEqual({ pending: 0, error: null });
    expect(box.getSnapshot()).toBe(empty);

    const saved = box.send({ kind: "undo", reviewId: "r1" });
    await tick();
    expect(box.getSnapshot()).toEqual({ pending: 1, error: null });
    expect(box.getSnapshot()).toBe(box.getSnapshot());
    expect(changes).toBe(1);

    calls[0]!.resolve({ undone: "r1" });
    await expect(saved).resolves.toEqual({ undone: "r1" });
    await tick();
    expect(box.getSnapshot()).toEqual({ pending: 0, error: null });
    expect(changes).toBe(2);

    unsubscribe();
    box.send({ kind: "undo", reviewId: "r2" }).catch(() => {});
    await tick();
    expect(changes).toBe(2);
  });

  it("shows the outbox empty only after the operation's own callbacks ran", async () => {
    const { calls, transport } = manualTransport();
    const box = new Outbox(transport);
    const seen: number[] = [];
    box.subscribe(() => seen.push(box.getSnapshot().pending));
    const order: string[] = [];
    box.send({ kind: "undo", reviewId: "r1" }).then(() => order.push(`acknowledged, store says ${box.getSnapshot().pending}`));
    await tick();
    box.subscribe(() => order.push(`store: ${box.getSnapshot().pending}`));
    calls[0]!.resolve({});
    await tick();
    expect(order).toEqual(["acknowledged, store says 1", "store: 0"]);
    expect(seen).toEqual([1, 0]);
  });

  it("a refused operation sets the error and drops what depended on it", async () => {
    const { calls, transport } = manualTransport();
    const box = new Outbox(transport);
    const first = box.send({ kind: "review", body: { id: "a", questionId: "q", response: { rating: 3 }, durationMs: 1 } });
    const undoIt = box.send({ kind: "undo", reviewId: "a" });
    await tick();
    expect(box.getSnapshot().pending).toBe(2);
    calls[0]!.reject(new ApiRequestError(404, 'No question with id "q".'));
    await expect(first).rejects.toThrow("No question");
    await expect(undoIt).rejects.toThrow("Not saved");
    await tick();
    expect(box.getSnapshot()).toEqual({ pending: 0, error: 'No question with id "q".' });
    expect(calls).toHaveLength(1);
  });
});

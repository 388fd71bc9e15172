import { describe, expect, it } from "vitest";
import type { StudyCard } from "@/lib/api-types";
import { mergeBatch } from "./merge-batch";

const T = Date.parse("2026-03-01T10:00:00Z");
const card = (questionId: string, due: string): StudyCard => ({
  questionId,
  type: "mcq",
  prompt: `Q ${questionId}?`,
  choices: ["a", "b"],
  articleId: "a1",
  articleTitle: "An article",
  state: "new",
  due,
  intervals: { "1": "1m", "2": "6m", "3": "10m", "4": "4d" },
});

describe("mergeBatch", () => {
  it("appends the cards not yet queued, in the server's order", () => {
    const queue = [card("a", "2026-03-01T09:00:00Z")];
    const merged = mergeBatch(
      queue,
      [card("a", "2026-03-01T09:00:00Z"), card("b", "2026-03-01T09:00:00Z"), card("c", "2026-03-01T09:00:00Z")],
      new Map(),
      false,
    );
    expect(merged.map((c) => c.questionId)).toEqual(["a", "b", "c"]);
  });

  it("brings a card answered here back only once its due date is past the answer", () => {
    const answered = new Map([
      ["a", T],
      ["b", T],
    ]);
    const merged = mergeBatch([], [card("a", "2026-03-01T09:59:00Z"), card("b", "2026-03-01T10:10:00Z")], answered, false);
    expect(merged.map((c) => c.questionId)).toEqual(["b"]);
  });

  it("in a leech session shows each card once, whatever its due date", () => {
    const merged = mergeBatch([], [card("a", "2026-03-01T10:10:00Z"), card("b", "2026-03-09T00:00:00Z")], new Map([["a", T]]), true);
    expect(merged.map((c) => c.questionId)).toEqual(["b"]);
  });

  it("returns the same queue when nothing is new (no re-render for an unchanged batch)", () => {
    const queue = [card("a", "2026-03-01T09:00:00Z")];
    expect(mergeBatch(queue, [card("a", "2026-03-01T09:00:00Z")], new Map(), false)).toBe(queue);
  });
});

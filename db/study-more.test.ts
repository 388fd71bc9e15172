import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { recordReview } from "./reviews";
import { saveGeneratedArticle } from "./seed";
import { getStudyQueue } from "./study";
import { freshDatabase, makeUser, summitArticle } from "./test-helpers";

const NOW = new Date("2026-11-22T10:00:00Z");
const MIN = 60_000;

beforeAll(async () => {
  await freshDatabase();
  // Two articles of one sentence each: four sibling questions apiece.
  await saveGeneratedArticle(summitArticle("a1"), { ownerId: null, contentHash: "h1", now: NOW });
  await saveGeneratedArticle(summitArticle("a2"), { ownerId: null, contentHash: "h2", now: NOW });
  await makeUser("kim");
  await makeUser("lee");
});

describe("custom study (more=1)", () => {
  it("gives every question of the article today, siblings included, where the daily queue buries them", async () => {
    const daily = await getStudyQueue({ userId: "kim", now: NOW, limit: 50, articleId: "a1" });
    expect(daily.cards.map((c) => c.questionId)).toHaveLength(1);
    expect(daily.counts.new).toBe(1);

    const more = await getStudyQueue({ userId: "kim", now: NOW, limit: 50, articleId: "a1", more: true });
    expect(more.cards.map((c) => c.questionId).sort()).toEqual(["a1-cloze", "a1-mcq", "a1-recall", "a1-tf"]);
    expect(more.counts.new).toBe(4);
    expect(more.cards.every((c) => c.articleId === "a1")).toBe(true);
  });

  it("keeps going after a sibling was studied today, and the daily queue does not", async () => {
    await recordReview({ userId: "kim", id: randomUUID(), questionId: "a1-recall", response: { rating: 4 }, durationMs: 1000, now: NOW });
    const later = new Date(NOW.getTime() + MIN);
    expect((await getStudyQueue({ userId: "kim", now: later, limit: 50, articleId: "a1" })).cards).toHaveLength(0);
    const more = await getStudyQueue({ userId: "kim", now: later, limit: 50, articleId: "a1", more: true });
    expect(more.cards.map((c) => c.questionId).sort()).toEqual(["a1-cloze", "a1-mcq", "a1-tf"]);
  });

  it("spreads siblings: one question of each sentence before a second of any", async () => {
    const all = await getStudyQueue({ userId: "lee", now: NOW, limit: 50, more: true });
    const firstTwo = all.cards.slice(0, 2).map((c) => c.articleId);
    expect(firstTwo.sort()).toEqual(["a1", "a2"]);
    expect(all.cards).toHaveLength(8);
  });
});

describe("study counts", () => {
  it("counts a learning card due later today as learning, not only those due this minute", async () => {
    // Again on a new card: learning, due again in a minute or so.
    await recordReview({ userId: "lee", id: randomUUID(), questionId: "a2-mcq", response: { choice: "Durban" }, durationMs: 1000, now: NOW });
    const q = await getStudyQueue({ userId: "lee", now: NOW, limit: 50 });
    expect(q.cards.some((c) => c.questionId === "a2-mcq")).toBe(false);
    expect(q.counts.learning).toBe(1);
    // Tomorrow it is simply due.
    const tomorrow = new Date(NOW.getTime() + 24 * 60 * MIN);
    const t = await getStudyQueue({ userId: "lee", now: tomorrow, limit: 50 });
    expect(t.counts.learning).toBe(1);
    expect(t.cards.some((c) => c.questionId === "a2-mcq")).toBe(true);
  });
});

import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { studyNextQuerySchema } from "@/lib/schemas";
import { getQuestionDetail } from "./question-browser";
import { checkCramAnswer, recordReview } from "./reviews";
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

describe("review ahead (ahead=N) and cram", () => {
  it("review ahead gives cards due within N days, oldest first, no new cards; answers are scheduled", async () => {
    await makeUser("max");
    // Easy on first sight: a review card due in some days.
    await recordReview({ userId: "max", id: randomUUID(), questionId: "a1-recall", response: { rating: 4 }, durationMs: 1000, now: NOW });
    const card = (await getQuestionDetail({ userId: "max", questionId: "a1-recall", now: NOW })).card!;
    const dueInDays = (Date.parse(card.due) - NOW.getTime()) / (24 * 60 * MIN);
    expect(dueInDays).toBeGreaterThan(1.01);
    const later = new Date(NOW.getTime() + MIN);
    expect((await getStudyQueue({ userId: "max", now: later, limit: 50, articleId: "a1" })).cards.map((c) => c.questionId)).toEqual([]);
    const ahead = await getStudyQueue({ userId: "max", now: later, limit: 50, articleId: "a1", aheadDays: Math.ceil(dueInDays) });
    expect(ahead.cards.map((c) => c.questionId)).toEqual(["a1-recall"]);
    expect(ahead.counts).toMatchObject({ new: 0, review: 1 });
    // A one-day window ends before its due (Easy on first sight is due in more than a day).
    expect((await getStudyQueue({ userId: "max", now: later, limit: 50, articleId: "a1", aheadDays: 1 })).cards).toEqual([]);
  });

  it("cram lists every question in scope, seen or not, siblings apart, and a cram answer changes nothing", async () => {
    await makeUser("ned");
    await recordReview({ userId: "ned", id: randomUUID(), questionId: "a1-mcq", response: { choice: "Durban" }, durationMs: 1000, now: NOW });
    const before = await getQuestionDetail({ userId: "ned", questionId: "a1-mcq", now: NOW });
    const cram = await getStudyQueue({ userId: "ned", now: NOW, limit: 500, cram: true });
    expect(cram.cards).toHaveLength(8);
    expect(
      cram.cards
        .slice(0, 2)
        .map((c) => c.articleId)
        .sort(),
    ).toEqual(["a1", "a2"]);
    expect(cram.cards.find((c) => c.questionId === "a1-mcq")?.state).toBe("learning");
    expect(cram.cards.every((c) => Object.values(c.intervals).every((v) => v === ""))).toBe(true);
    expect(cram.counts).toEqual({ new: 7, learning: 1, review: 0 });
    expect((await getStudyQueue({ userId: "ned", now: NOW, limit: 3, articleId: "a2", cram: true })).cards.map((c) => c.articleId)).toEqual(["a2", "a2", "a2"]);

    const checked = await checkCramAnswer({ userId: "ned", questionId: "a1-mcq", response: { choice: "Johannesburg" } });
    expect(checked).toMatchObject({ correct: true, answer: "Johannesburg", rating: 3, cram: true });
    expect((await checkCramAnswer({ userId: "ned", questionId: "a1-recall", response: { rating: 2 } })).correct).toBeNull();
    const after = await getQuestionDetail({ userId: "ned", questionId: "a1-mcq", now: NOW });
    expect(after.card).toEqual(before.card);
    expect(after.reviews).toHaveLength(before.reviews.length);
    await expect(checkCramAnswer({ userId: "ned", questionId: "nope", response: { rating: 3 } })).rejects.toMatchObject({ status: 404 });
  });

  it("refuses two kinds of custom study at once and a large limit without cram", () => {
    expect(studyNextQuerySchema.safeParse({ more: "1", cram: "1" }).success).toBe(false);
    expect(studyNextQuerySchema.safeParse({ ahead: "7", leeches: "1" }).success).toBe(false);
    expect(studyNextQuerySchema.safeParse({ limit: "500" }).success).toBe(false);
    expect(studyNextQuerySchema.safeParse({ limit: "500", cram: "1" }).success).toBe(true);
    expect(studyNextQuerySchema.safeParse({ ahead: "0" }).success).toBe(false);
    expect(studyNextQuerySchema.safeParse({ ahead: "7", article: "a1" }).success).toBe(true);
  });
});

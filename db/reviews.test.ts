import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getStudyQueue } from "./study";
import { recordReview, revealQuestion, undoLastReview, getTodayStats } from "./reviews";
import { undoReview } from "./review-history";
import { editQuestion } from "./question-browser";
import { saveGeneratedArticle } from "./seed";
import { updateSettings } from "./settings";
import { cards, reviews } from "./schema";
import { freshDatabase, makeUser, SUMMIT_SENTENCE, summitArticle } from "./test-helpers";
import { db } from "./client";

const NOW = new Date("2026-11-22T10:00:00Z");
const sentence = SUMMIT_SENTENCE;

const fixture = (id: string) => summitArticle(id);

let alice: string;
let bob: string;

beforeAll(async () => {
  await freshDatabase();
  await saveGeneratedArticle(fixture("a1"), { ownerId: null, contentHash: "h", now: NOW });
  alice = await makeUser("alice");
  bob = await makeUser("bob");
});

describe("recordReview", () => {
  it("grades an mcq answer, schedules the card and logs the review", async () => {
    const id = randomUUID();
    const r = await recordReview({ userId: alice, id, questionId: "a1-mcq", response: { choice: "Johannesburg" }, durationMs: 4000, now: NOW });
    expect(r).toMatchObject({ reviewId: id, correct: true, rating: 3, answer: "Johannesburg", evidence: sentence, duplicate: false });
    expect(r.card.state).toBe("learning");
    expect(new Date(r.card.due).getTime()).toBeGreaterThan(NOW.getTime());
    const [row] = await db.select().from(reviews).where(eq(reviews.id, id));
    expect(row).toMatchObject({ userId: alice, rating: 3, correct: true, durationMs: 4000, before: null });
    expect(row?.after.state).toBe("learning");
  });

  it("records the same id once and returns the first result again", async () => {
    const id = randomUUID();
    const first = await recordReview({ userId: alice, id, questionId: "a1-tf", response: { truth: true }, durationMs: 1000, now: NOW });
    const again = await recordReview({
      userId: alice,
      id,
      questionId: "a1-tf",
      response: { truth: false },
      durationMs: 5,
      now: new Date(NOW.getTime() + 60_000),
    });
    expect(first.correct).toBe(false);
    expect(again).toEqual({ ...first, duplicate: true });
    const rows = await db.select().from(reviews).where(eq(reviews.id, id));
    expect(rows).toHaveLength(1);
  });

  it("records the same id once when the two requests race", async () => {
    const id = randomUUID();
    const both = await Promise.all([
      recordReview({ userId: bob, id, questionId: "a1-cloze", response: { text: "johannesburg" }, durationMs: 10, now: NOW }),
      recordReview({ userId: bob, id, questionId: "a1-cloze", response: { text: "johannesburg" }, durationMs: 10, now: NOW }),
    ]);
    expect(both.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(await db.select().from(reviews).where(eq(reviews.id, id))).toHaveLength(1);
    const [card] = await db
      .select()
      .from(cards)
      .where(and(eq(cards.userId, bob), eq(cards.questionId, "a1-cloze")));
    expect(card?.reps).toBe(1);
  });

  it("refuses an unknown question and writes nothing", async () => {
    const id = randomUUID();
    await expect(recordReview({ userId: alice, id, questionId: "nope", response: { choice: "x" }, durationMs: 1, now: NOW })).rejects.toMatchObject({
      status: 404,
    });
    expect(await db.select().from(reviews).where(eq(reviews.id, id))).toHaveLength(0);
  });

  it("does not let another user reuse a review id", async () => {
    const id = randomUUID();
    await recordReview({ userId: alice, id, questionId: "a1-recall", response: { rating: 4 }, durationMs: 1, now: NOW });
    await expect(recordReview({ userId: bob, id, questionId: "a1-recall", response: { rating: 1 }, durationMs: 1, now: NOW })).rejects.toMatchObject({
      status: 409,
    });
  });
});

describe("recordReview reads what the learner sees (one kept statement)", () => {
  it("refuses another learner's private question with 404 and writes nothing", async () => {
    const owner = await makeUser("owner-r");
    const stranger = await makeUser("stranger-r");
    await saveGeneratedArticle(fixture("p1"), { ownerId: owner, contentHash: "hp1", now: NOW });
    const id = randomUUID();
    await expect(recordReview({ userId: stranger, id, questionId: "p1-recall", response: { rating: 3 }, durationMs: 1, now: NOW })).rejects.toMatchObject({
      status: 404,
    });
    expect(await db.select().from(reviews).where(eq(reviews.id, id))).toHaveLength(0);
    expect(await db.select().from(cards).where(eq(cards.userId, stranger))).toHaveLength(0);
    await expect(recordReview({ userId: owner, id, questionId: "p1-recall", response: { rating: 3 }, durationMs: 1, now: NOW })).resolves.toMatchObject({
      duplicate: false,
    });
  });

  it("grades by the learner's own edit of the answer and choices, and answers with it", async () => {
    const editor = await makeUser("editor-r");
    await editQuestion({
      userId: editor,
      questionId: "a1-mcq",
      patch: { answer: "Pretoria", choices: ["Durban", "Pretoria", "Kazan", "New Delhi"] },
      now: NOW,
    });
    const r = await recordReview({ userId: editor, id: randomUUID(), questionId: "a1-mcq", response: { choice: "Pretoria" }, durationMs: 1, now: NOW });
    expect(r).toMatchObject({ correct: true, answer: "Pretoria", rating: 3 });
    // Nobody else's grading changes: the generated answer and options stand for them.
    const other = await recordReview({ userId: bob, id: randomUUID(), questionId: "a1-mcq", response: { choice: "Johannesburg" }, durationMs: 1, now: NOW });
    expect(other).toMatchObject({ correct: true, answer: "Johannesburg" });
  });

  it("schedules from the card as stored and with the learner's retention: a second answer builds on the first", async () => {
    const learner = await makeUser("steady-r");
    await updateSettings({ userId: learner, patch: { desiredRetention: 0.8 } });
    const first = await recordReview({ userId: learner, id: randomUUID(), questionId: "a1-recall", response: { rating: 3 }, durationMs: 1, now: NOW });
    const later = new Date(NOW.getTime() + 3_600_000);
    const second = await recordReview({ userId: learner, id: randomUUID(), questionId: "a1-recall", response: { rating: 3 }, durationMs: 1, now: later });
    expect(first.card.reps).toBe(1);
    expect(second.card.reps).toBe(2);
    const logged = await db.select().from(reviews).where(eq(reviews.userId, learner));
    const secondRow = logged.find((x) => x.id === second.reviewId)!;
    expect(secondRow.before).toMatchObject({ reps: 1, state: first.card.state, due: new Date(first.card.due).getTime() });
  });

  it("two different answers to one card at once are both recorded, one after the other (compare-and-set, retried)", async () => {
    const learner = await makeUser("twice-r");
    const both = await Promise.all([
      recordReview({ userId: learner, id: randomUUID(), questionId: "a1-tf", response: { truth: false }, durationMs: 1, now: NOW }),
      recordReview({ userId: learner, id: randomUUID(), questionId: "a1-tf", response: { truth: false }, durationMs: 1, now: NOW }),
    ]);
    expect(both.map((r) => r.card.reps).sort()).toEqual([1, 2]);
    expect(await db.select().from(reviews).where(eq(reviews.userId, learner))).toHaveLength(2);
  });
});

describe("undoLastReview", () => {
  it("puts the card back and keeps the id taken", async () => {
    const carol = await makeUser("carol");
    const first = randomUUID();
    const second = randomUUID();
    await recordReview({ userId: carol, id: first, questionId: "a1-recall", response: { rating: 3 }, durationMs: 1, now: NOW });
    const later = new Date(NOW.getTime() + 11 * 60_000);
    await recordReview({ userId: carol, id: second, questionId: "a1-recall", response: { rating: 3 }, durationMs: 1, now: later });
    const [before] = await db.select().from(reviews).where(eq(reviews.id, second));

    const undone = await undoReview({ userId: carol, reviewId: second, now: later });
    expect(undone).toMatchObject({ undone: second, alreadyUndone: false });
    const [card] = await db
      .select()
      .from(cards)
      .where(and(eq(cards.userId, carol), eq(cards.questionId, "a1-recall")));
    expect(card?.due.getTime()).toBe(before?.before?.due);
    expect(card?.reps).toBe(1);

    // A retried undo of the same review changes nothing more.
    expect(await undoReview({ userId: carol, reviewId: second, now: later })).toMatchObject({ alreadyUndone: true });
    // The undone id is still taken: a late retry of that review is not recorded again.
    const retry = await recordReview({ userId: carol, id: second, questionId: "a1-recall", response: { rating: 3 }, durationMs: 1, now: later });
    expect(retry.duplicate).toBe(true);

    // Undoing the first review removes the card: the question is new again.
    await undoLastReview({ userId: carol, now: later });
    expect(await db.select().from(cards).where(eq(cards.userId, carol))).toHaveLength(0);
    await expect(undoLastReview({ userId: carol, now: later })).rejects.toMatchObject({ status: 404 });
  });

  it("never undoes another user's review", async () => {
    const dave = await makeUser("dave");
    const id = randomUUID();
    await recordReview({ userId: alice, id, questionId: "a1-cloze", response: { text: "Durban" }, durationMs: 1, now: NOW });
    await expect(undoReview({ userId: dave, reviewId: id, now: NOW })).rejects.toMatchObject({ status: 404 });
  });
});

describe("study queue and today", () => {
  it("serves new cards without answers, then counts what was done today", async () => {
    const erin = await makeUser("erin");
    const q = await getStudyQueue({ userId: erin, now: NOW, limit: 10 });
    // Four questions of one fact: siblings are buried, so one of them is new today.
    expect(q.counts).toEqual({ new: 1, learning: 0, review: 0 });
    expect(q.cards).toHaveLength(1);
    for (const c of q.cards) {
      expect(c).not.toHaveProperty("answer");
      expect(c.intervals["1"]).toBeTruthy();
    }
    await recordReview({ userId: erin, id: randomUUID(), questionId: "a1-mcq", response: { choice: "Durban" }, durationMs: 2500, now: NOW });
    const after = await getStudyQueue({ userId: erin, now: NOW, limit: 10 });
    // The fact was studied today: its other questions wait for another day.
    expect(after.counts.new).toBe(0);
    expect(after.nextDue).not.toBeNull();
    // The failed card is due again a minute later, as a learning card.
    const soon = await getStudyQueue({ userId: erin, now: new Date(NOW.getTime() + 5 * 60_000), limit: 10 });
    expect(soon.counts.learning).toBe(1);
    expect(soon.cards[0]?.questionId).toBe("a1-mcq");
    expect(await getTodayStats({ userId: erin, now: NOW })).toEqual({ reviewed: 1, correct: 0, graded: 1, minutes: 0 });
  });

  it("reveals a flashcard's back", async () => {
    expect(await revealQuestion({ userId: alice, questionId: "a1-recall" })).toEqual({ answer: "Johannesburg", evidence: sentence, articleId: "a1" });
  });
});

describe("a review of a question its owner may not see (issue 10: an old import could store one)", () => {
  it("a retry of it returns neither the answer nor the evidence of someone else's private question", async () => {
    const owner = await makeUser("carl");
    const dora = await makeUser("dora");
    await saveGeneratedArticle(fixture("carls"), { ownerId: owner, contentHash: "h", now: NOW });
    const id = randomUUID();
    await recordReview({ userId: owner, id: randomUUID(), questionId: "carls-recall", response: { rating: 3 }, durationMs: 1, now: NOW });
    const [theirs] = await db.select().from(reviews).where(eq(reviews.userId, owner));
    await db.insert(reviews).values({ ...theirs!, id, userId: dora });
    const again = await recordReview({ userId: dora, id, questionId: "carls-recall", response: { rating: 3 }, durationMs: 1, now: NOW });
    expect(again).toMatchObject({ duplicate: true, answer: "", evidence: "" });
    // Carl's own retry still gets his answer.
    const mine = await recordReview({ userId: owner, id: theirs!.id, questionId: "carls-recall", response: { rating: 3 }, durationMs: 1, now: NOW });
    expect(mine).toMatchObject({ duplicate: true, answer: "Johannesburg" });
  });
});

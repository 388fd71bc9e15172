import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./client";
import { recordReview } from "./reviews";
import { replaceReview, undoReview } from "./review-history";
import { saveGeneratedArticle } from "./seed";
import { cards, reviews } from "./schema";
import { freshDatabase, makeUser, summitArticle } from "./test-helpers";

const NOW = new Date("2026-11-22T10:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

beforeAll(async () => {
  await freshDatabase();
  await saveGeneratedArticle(summitArticle("h1"), { ownerId: null, contentHash: "h", now: NOW });
  await saveGeneratedArticle(summitArticle("h2"), { ownerId: null, contentHash: "h", now: NOW });
});

async function live(userId: string, questionId: string) {
  return db
    .select()
    .from(reviews)
    .where(and(eq(reviews.userId, userId), eq(reviews.questionId, questionId), isNull(reviews.undoneAt)));
}
async function cardOf(userId: string, questionId: string) {
  const [c] = await db
    .select()
    .from(cards)
    .where(and(eq(cards.userId, userId), eq(cards.questionId, questionId)));
  return c;
}

describe("replaceReview (a rating override)", () => {
  it("replaces an answer even when another device answered another card since: one live review, reps 1", async () => {
    const u = await makeUser("two-devices");
    const first = randomUUID();
    // Device A answers the mcq wrong (Again); device B then answers another card.
    await recordReview({ userId: u, id: first, questionId: "h1-mcq", response: { choice: "Durban" }, durationMs: 3000, now: NOW });
    await recordReview({ userId: u, id: randomUUID(), questionId: "h2-tf", response: { truth: false }, durationMs: 900, now: at(0.5) });
    // Device A overrides its rating with Good.
    const id = randomUUID();
    const r = await replaceReview({
      userId: u,
      id,
      questionId: "h1-mcq",
      replaces: first,
      response: { choice: "Durban", rating: 3 },
      durationMs: 3000,
      now: at(1),
    });
    expect(r).toMatchObject({ reviewId: id, rating: 3, correct: false, duplicate: false });
    const rows = await live(u, "h1-mcq");
    expect(rows.map((x) => x.id)).toEqual([id]);
    const card = await cardOf(u, "h1-mcq");
    expect(card?.reps).toBe(1);
    expect(card?.due.getTime()).toBe(r.card.due ? Date.parse(r.card.due) : NaN);
    // The replacement takes the answer's place in the log (same instant), starting from the same state.
    expect(rows[0]?.reviewedAt.getTime()).toBe(NOW.getTime());
    expect(rows[0]?.before).toBeNull();
    // The other device's review is untouched.
    expect(await live(u, "h2-tf")).toHaveLength(1);
  });

  it("is idempotent: the same override again returns the first result and writes nothing", async () => {
    const u = await makeUser("retry-override");
    const first = randomUUID();
    await recordReview({ userId: u, id: first, questionId: "h1-tf", response: { truth: true }, durationMs: 1, now: NOW });
    const id = randomUUID();
    const body = { userId: u, id, questionId: "h1-tf", replaces: first, response: { truth: true, rating: 2 as const }, durationMs: 1 };
    const [a, b] = await Promise.all([replaceReview({ ...body, now: at(1) }), replaceReview({ ...body, now: at(1) })]);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    const c = await replaceReview({ ...body, now: at(2) });
    expect(c).toEqual({ ...a, duplicate: true });
    expect((await live(u, "h1-tf")).map((x) => x.id)).toEqual([id]);
    expect((await cardOf(u, "h1-tf"))?.reps).toBe(1);
  });

  it("replays a later answer of the same card given on another device", async () => {
    const u = await makeUser("same-card");
    const first = randomUUID();
    const later = randomUUID();
    await recordReview({ userId: u, id: first, questionId: "h1-recall", response: { rating: 1 }, durationMs: 1, now: NOW });
    await recordReview({ userId: u, id: later, questionId: "h1-recall", response: { rating: 3 }, durationMs: 1, now: at(5) });
    const id = randomUUID();
    await replaceReview({ userId: u, id, questionId: "h1-recall", replaces: first, response: { rating: 4 }, durationMs: 1, now: at(6) });
    const rows = await live(u, "h1-recall");
    expect(rows.map((x) => x.id).sort()).toEqual([id, later].sort());
    const replaced = rows.find((x) => x.id === id)!;
    const replayed = rows.find((x) => x.id === later)!;
    // The later review now starts where the override left the card, and the card is where it ends.
    expect(replayed.before).toEqual(replaced.after);
    const card = await cardOf(u, "h1-recall");
    expect(card?.reps).toBe(2);
    expect(card?.due.getTime()).toBe(replayed.after.due);
    expect(replaced.after.state).toBe("review"); // Easy on a new card graduates it
  });

  it("refuses an override of an answer undone meanwhile (409), another user's (404) or another question's (400), writing nothing", async () => {
    const u = await makeUser("refused");
    const other = await makeUser("refused-other");
    const first = randomUUID();
    await recordReview({ userId: u, id: first, questionId: "h2-mcq", response: { choice: "Johannesburg" }, durationMs: 1, now: NOW });
    const try_ = (userId: string, questionId: string) =>
      replaceReview({ userId, id: randomUUID(), questionId, replaces: first, response: { choice: "Johannesburg", rating: 4 }, durationMs: 1, now: at(1) });
    await expect(try_(other, "h2-mcq")).rejects.toMatchObject({ status: 404 });
    await expect(try_(u, "h2-tf")).rejects.toMatchObject({ status: 400 });
    await undoReview({ userId: u, reviewId: first, now: at(1) });
    await expect(try_(u, "h2-mcq")).rejects.toMatchObject({ status: 409 });
    expect(await live(u, "h2-mcq")).toHaveLength(0);
    expect(await cardOf(u, "h2-mcq")).toBeUndefined();
  });
});

describe("undoReview (a named undo)", () => {
  it("undoes the named answer although another device answered since, and leaves that answer alone", async () => {
    const u = await makeUser("undo-named");
    const mine = randomUUID();
    const theirs = randomUUID();
    await recordReview({ userId: u, id: mine, questionId: "h1-cloze", response: { text: "Johannesburg" }, durationMs: 1, now: NOW });
    await recordReview({ userId: u, id: theirs, questionId: "h2-recall", response: { rating: 3 }, durationMs: 1, now: at(1) });
    expect(await undoReview({ userId: u, reviewId: mine, now: at(2) })).toEqual({ undone: mine, questionId: "h1-cloze", alreadyUndone: false });
    expect(await cardOf(u, "h1-cloze")).toBeUndefined();
    expect(await live(u, "h2-recall")).toHaveLength(1);
    expect((await cardOf(u, "h2-recall"))?.reps).toBe(1);
    expect(await undoReview({ userId: u, reviewId: mine, now: at(3) })).toMatchObject({ alreadyUndone: true });
  });

  it("undoing an earlier answer of a card replays the later one from the state before it", async () => {
    const u = await makeUser("undo-middle");
    const a = randomUUID();
    const b = randomUUID();
    await recordReview({ userId: u, id: a, questionId: "h2-cloze", response: { text: "Durban" }, durationMs: 1, now: NOW });
    await recordReview({ userId: u, id: b, questionId: "h2-cloze", response: { text: "Johannesburg" }, durationMs: 1, now: at(2) });
    await undoReview({ userId: u, reviewId: a, now: at(3) });
    const [row] = await live(u, "h2-cloze");
    expect(row?.id).toBe(b);
    expect(row?.before).toBeNull();
    expect((await cardOf(u, "h2-cloze"))?.reps).toBe(1);
  });
});

import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildBackup, type Backup } from "./backup";
import { setQuestionSuspended } from "./cards";
import { db } from "./client";
import { getCardsCsv, getReviewsCsv } from "./export";
import { importBackup } from "./import";
import { recordReview, undoLastReview } from "./reviews";
import { cards, reviews, settings } from "./schema";
import { saveGeneratedArticle } from "./seed";
import { getProgress } from "./stats";
import { getStudyQueue } from "./study";
import { freshDatabase, makeUser, summitArticle } from "./test-helpers";

/**
 * Poisoned backups (issue 10): each passes the schema but would leave an account whose later calls
 * fail (ts-fsrs `Invalid delta_t`, a progress page or CSV export that throws, an undo that throws
 * for ever, or undoes the wrong review). Each is refused with a 400 naming the first bad record,
 * nothing is written, and the account then answers study, progress, both CSVs and undo as before.
 */

const T0 = new Date("2026-11-20T09:00:00Z");
const T1 = new Date("2026-11-21T09:00:00Z");
const NOW = new Date("2026-11-22T10:00:00Z");
const MIN = 60_000;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const plus = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

let good: Backup;

beforeAll(async () => {
  await freshDatabase();
  await saveGeneratedArticle(summitArticle("s"), { ownerId: null, contentHash: "h", now: T0 });
  const alice = await makeUser("alice");
  await recordReview({ userId: alice, id: uuid(1), questionId: "s-recall", response: { rating: 3 }, durationMs: 900, now: T0 });
  await recordReview({ userId: alice, id: uuid(2), questionId: "s-mcq", response: { choice: "Kazan" }, durationMs: 900, now: T0 });
  await recordReview({ userId: alice, id: uuid(3), questionId: "s-recall", response: { rating: 3 }, durationMs: 900, now: T1 });
  // A never-studied question that is suspended: a new card with no reps, which must import.
  await setQuestionSuspended({ userId: alice, questionId: "s-tf", suspended: true, now: T1 });
  good = JSON.parse(JSON.stringify(await buildBackup({ userId: alice, now: T1 }))) as Backup;
});

const clone = (): Backup => JSON.parse(JSON.stringify(good)) as Backup;
const latest = (b: Backup) => b.reviews[b.reviews.length - 1]!;

async function stored(userId: string) {
  return {
    cards: await db.select().from(cards).where(eq(cards.userId, userId)).orderBy(asc(cards.questionId)),
    reviews: await db.select().from(reviews).where(eq(reviews.userId, userId)).orderBy(asc(reviews.id)),
    settings: await db.select().from(settings).where(eq(settings.userId, userId)),
  };
}

const poisons: [string, (b: Backup) => void, RegExp][] = [
  [
    "a card whose lastReview is in the future (ts-fsrs: Invalid delta_t)",
    (b) => { b.cards[0]!.lastReview = plus(24 * 60 * MIN); },
    /cards\[0\] \(question "s-mcq"\): lastReview 2026-11-23T10:00:00.000Z is in the future/,
  ],
  [
    "a review card with stability 0 (progress 500)",
    (b) => { Object.assign(b.cards[1]!, { state: "review", stability: 0 }); },
    /cards\[1\] \(question "s-recall"\): stability 0 is outside FSRS' range/,
  ],
  [
    "a due beyond the Date range (CSV export 500)",
    (b) => { b.reviews[1]!.after.due = 9e15; },
    /reviews\[1\] \(id "00000000-0000-4000-8000-000000000002"\): after: due 9000000000000000 is outside the dates a schedule can name/,
  ],
  [
    "such a review as the latest (undo 500 for ever)",
    (b) => { latest(b).before = { ...latest(b).before!, due: 9e15, stability: 0 }; },
    /reviews\[2\] \(id "00000000-0000-4000-8000-000000000003"\): before: due/,
  ],
  [
    "a review dated 10 minutes ahead (undone instead of the real last one)",
    (b) => { latest(b).reviewedAt = plus(10 * MIN); },
    /reviews\[2\] .*reviewedAt 2026-11-22T10:10:00.000Z is in the future/,
  ],
  [
    "a card state that disagrees with its fields (new, with reps)",
    (b) => { Object.assign(b.cards[0]!, { state: "new", reps: 3 }); },
    /cards\[0\] .*a new card with 3 reps/,
  ],
  [
    "a studied card without a last review",
    (b) => { b.cards[1]!.lastReview = null; },
    /cards\[1\] \(question "s-recall"\): a \w+ card without a last review/,
  ],
  [
    "difficulty out of FSRS' range",
    (b) => { b.reviews[0]!.after.difficulty = 11; },
    /reviews\[0\] .*after: difficulty 11 is outside/,
  ],
  [
    "more lapses than reps",
    (b) => { b.cards[1]!.lapses = 9; },
    /cards\[1\] .*9 lapses but only/,
  ],
  [
    "an undo before its review",
    (b) => { b.reviews[0]!.undoneAt = "2020-01-01T00:00:00.000Z"; },
    /reviews\[0\] .*undoneAt 2020-01-01T00:00:00.000Z is before reviewedAt/,
  ],
  [
    "FSRS weights out of range",
    (b) => { b.user.settings.weights = Array.from({ length: 21 }, () => 1e6); },
    /settings: FSRS weight w\[0\] = 1000000 is outside/,
  ],
  [
    "a backup exported in the future",
    (b) => { b.exportedAt = plus(60 * MIN); },
    /the backup: exportedAt .* is in the future/,
  ],
];

describe("importBackup refuses a poisoned backup", () => {
  it("imports the unpoisoned backup (a suspended new card included)", async () => {
    const bob = await makeUser("bob");
    expect(await importBackup({ userId: bob, data: clone(), now: NOW })).toMatchObject({ cards: 3, reviews: 3 });
  });

  it("accepts dates a little ahead (another server's clock), within the skew", async () => {
    const b = clone();
    b.exportedAt = plus(MIN);
    const cy = await makeUser("cy");
    await expect(importBackup({ userId: cy, data: b, now: NOW })).resolves.toMatchObject({ reviews: 3 });
  });

  poisons.forEach(([name, poison, message], i) => {
    it(`${name}: 400 naming the record, nothing written, the account still answers`, async () => {
      const victim = await makeUser(`victim${i}`);
      await recordReview({ userId: victim, id: uuid(100 + i * 2), questionId: "s-cloze", response: { text: "Johannesburg" }, durationMs: 800, now: T0 });
      await recordReview({ userId: victim, id: uuid(101 + i * 2), questionId: "s-recall", response: { rating: 2 }, durationMs: 800, now: T1 });
      const before = await stored(victim);

      const data = clone();
      poison(data);
      await expect(importBackup({ userId: victim, data, now: NOW })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(message) });
      expect(await stored(victim)).toEqual(before);

      // Every later call answers, and undo undoes the learner's real last review.
      const later = new Date(NOW.getTime() + 5 * MIN);
      await expect(getProgress({ userId: victim, now: later })).resolves.toBeTruthy();
      await expect(getCardsCsv({ userId: victim })).resolves.toContain("s-recall");
      await expect(getReviewsCsv({ userId: victim })).resolves.toContain(uuid(101 + i * 2));
      await expect(getStudyQueue({ userId: victim, now: later, limit: 10 })).resolves.toBeTruthy();
      await expect(undoLastReview({ userId: victim, now: later })).resolves.toMatchObject({ undone: uuid(101 + i * 2) });
    });
  });
});

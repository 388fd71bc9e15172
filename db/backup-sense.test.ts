import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildBackup, type Backup } from "./backup";
import { backupPoisons } from "./backup-poisons";
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

async function stored(userId: string) {
  return {
    cards: await db.select().from(cards).where(eq(cards.userId, userId)).orderBy(asc(cards.questionId)),
    reviews: await db.select().from(reviews).where(eq(reviews.userId, userId)).orderBy(asc(reviews.id)),
    settings: await db.select().from(settings).where(eq(settings.userId, userId)),
  };
}

const poisons = backupPoisons(NOW);

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

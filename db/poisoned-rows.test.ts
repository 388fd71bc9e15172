import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./client";
import { getCardsCsv, getReviewsCsv } from "./export";
import { buildApkg } from "./apkg";
import { buildBackup } from "./backup";
import { recordReview, undoLastReview } from "./reviews";
import { cards, reviews } from "./schema";
import { saveGeneratedArticle } from "./seed";
import { getProgress } from "./stats";
import { getStudyQueue } from "./study";
import { freshDatabase, makeUser, summitArticle } from "./test-helpers";

/**
 * Rows an import could write before its sense checks existed (issue 10), put straight into the
 * database: every later call still answers, and recording a new review on such a card works.
 */
const T0 = new Date("2026-11-20T09:00:00Z");
const NOW = new Date("2026-11-22T10:00:00Z");

beforeAll(async () => {
  await freshDatabase();
  await saveGeneratedArticle(summitArticle("s"), { ownerId: null, contentHash: "h", now: T0 });
});

const poisons: [string, Record<string, unknown>][] = [
  ["lastReview in the future", { lastReview: new Date(NOW.getTime() + 86_400_000) }],
  ["a review card with stability 0", { state: "review", stability: 0 }],
  ["difficulty 11", { difficulty: 11 }],
];

describe("poisoned rows already in the database", () => {
  poisons.forEach(([name, patch], i) => {
    it(`${name}: study, review, progress, exports and undo still answer`, async () => {
      const u = await makeUser(`p${i}`);
      await recordReview({ userId: u, id: randomUUID(), questionId: "s-recall", response: { rating: 3 }, durationMs: 1, now: T0 });
      await db.update(cards).set(patch).where(eq(cards.userId, u));
      const later = new Date(NOW.getTime() + 3 * 86_400_000);
      await expect(getProgress({ userId: u, now: later })).resolves.toBeTruthy();
      await expect(getStudyQueue({ userId: u, now: later, limit: 10 })).resolves.toBeTruthy();
      await expect(getCardsCsv({ userId: u })).resolves.toContain("s-recall");
      await expect(
        recordReview({ userId: u, id: randomUUID(), questionId: "s-recall", response: { rating: 3 }, durationMs: 1, now: later }),
      ).resolves.toMatchObject({ duplicate: false });
      await expect(getReviewsCsv({ userId: u })).resolves.toBeTruthy();
      await expect(buildApkg({ userId: u, now: later })).resolves.toBeTruthy();
      await expect(buildBackup({ userId: u, now: later })).resolves.toBeTruthy();
      await expect(undoLastReview({ userId: u, now: later })).resolves.toBeTruthy();
    });
  });

  it("a review snapshot with a due past the Date range: the CSVs and undo still answer", async () => {
    const u = await makeUser("pdue");
    const id = randomUUID();
    await recordReview({ userId: u, id: randomUUID(), questionId: "s-recall", response: { rating: 3 }, durationMs: 1, now: T0 });
    await recordReview({ userId: u, id, questionId: "s-recall", response: { rating: 3 }, durationMs: 1, now: new Date(T0.getTime() + 3_600_000) });
    const [r] = await db.select().from(reviews).where(eq(reviews.id, id));
    await db
      .update(reviews)
      .set({ after: { ...r!.after, due: 9e15 }, before: r!.before ? { ...r!.before, due: 9e15 } : null })
      .where(eq(reviews.id, id));
    await expect(getReviewsCsv({ userId: u })).resolves.toContain(id);
    await expect(getProgress({ userId: u, now: NOW })).resolves.toBeTruthy();
    await expect(undoLastReview({ userId: u, now: NOW })).resolves.toMatchObject({ undone: id });
    await expect(getCardsCsv({ userId: u })).resolves.toBeTruthy();
    await expect(getStudyQueue({ userId: u, now: NOW, limit: 10 })).resolves.toBeTruthy();
    await expect(buildApkg({ userId: u, now: NOW })).resolves.toBeTruthy();
    await expect(buildBackup({ userId: u, now: NOW })).resolves.toBeTruthy();
  });
});

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./client";
import { recordReview } from "./reviews";
import { questions, reviews } from "./schema";
import { seedShippedArticles, SHIPPED_ARTICLES_DIR } from "./seed";
import { freshDatabase, makeUser } from "./test-helpers";

const NOW = new Date("2026-11-22T10:00:00Z");
let dir: string;

beforeAll(async () => {
  await freshDatabase();
  await makeUser("reader");
  dir = mkdtempSync(path.join(tmpdir(), "factdeck-seed-"));
  cpSync(SHIPPED_ARTICLES_DIR, dir, { recursive: true });
});

async function liveCount() {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(questions)
    .where(isNull(questions.retiredAt));
  return Number(row?.n ?? 0);
}

describe("seedShippedArticles", () => {
  it("loads both shipped articles, and a second start changes nothing", async () => {
    const first = await seedShippedArticles({ dir, now: NOW });
    expect(first).toMatchObject({ articles: 2, updated: 2 });
    expect(first.questions).toBeGreaterThan(20);
    const live = await liveCount();
    expect(live).toBe(first.questions);

    const second = await seedShippedArticles({ dir, now: NOW });
    expect(second).toEqual({ articles: 2, updated: 0, questions: 0 });
    expect(await liveCount()).toBe(live);
  });

  it("a changed article updates its questions in place and keeps learners' history", async () => {
    const [q] = await db.select().from(questions).where(isNull(questions.retiredAt)).limit(1);
    const review = await recordReview({ userId: "reader", id: crypto.randomUUID(), questionId: q!.id, response: { rating: 3 }, durationMs: 1, now: NOW });

    // An editor adds a paragraph to one article.
    const file = path.join(dir, "india-russia-jwg-counter-terrorism.md");
    writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()}\n\nThe 14th meeting of the joint working group will be held in New Delhi next year.\n`);
    const again = await seedShippedArticles({ dir, now: new Date(NOW.getTime() + 1000) });
    expect(again.updated).toBe(2);

    // The reviewed question keeps its id (ids hash article, fact and type), so the review still points at it.
    const [still] = await db.select().from(questions).where(eq(questions.id, q!.id));
    expect(still).toBeDefined();
    const [kept] = await db.select().from(reviews).where(eq(reviews.id, review.reviewId));
    expect(kept?.questionId).toBe(q!.id);
    // Nothing is deleted: questions the generator no longer makes are retired.
    const [all] = await db.select({ n: sql<number>`count(*)` }).from(questions);
    expect(Number(all?.n)).toBeGreaterThanOrEqual(await liveCount());
  });
});

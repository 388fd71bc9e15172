// Database benchmark: seeding, recording reviews, building the study queue and the progress page's
// statistics, on a throwaway libSQL file. Medians, since these machines are noisy.
// Run: npx tsx --conditions=react-server scripts/bench-reviews.ts  (or `npm run bench`)
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface ReviewBench {
  seedColdMs: number;
  seedWarmMs: number;
  recordReviewMedianMs: number;
  studyQueueMedianMs: number;
  progressMedianMs: number;
  reviews: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const out = await fn();
  return [performance.now() - t, out];
}

export async function benchReviews({ reviews = 1500 }: { reviews?: number } = {}): Promise<ReviewBench> {
  const dir = mkdtempSync(path.join(tmpdir(), "factdeck-bench-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  process.env.BETTER_AUTH_SECRET ??= "bench-secret-0123456789abcdef";
  try {
    const { migrateDatabase } = await import("../db/migrate");
    const { seedShippedArticles } = await import("../db/seed");
    const { recordReview } = await import("../db/reviews");
    const { getStudyQueue } = await import("../db/study");
    const { getProgress } = await import("../db/stats");
    const { db } = await import("../db/client");
    const { user } = await import("../db/schema");

    await migrateDatabase();
    const [seedColdMs] = await time(() => seedShippedArticles());
    const [seedWarmMs] = await time(() => seedShippedArticles());
    await db.insert(user).values({ id: "bench", name: "bench", email: "bench@bench.invalid" });

    // A learner answering for ~40 simulated days: each review at a later instant.
    const start = Date.parse("2026-01-01T08:00:00Z");
    const recordTimes: number[] = [];
    const queueTimes: number[] = [];
    let now = start;
    for (let i = 0; i < reviews;) {
      const [qt, queue] = await time(() => getStudyQueue({ userId: "bench", now: new Date(now), limit: 20 }));
      queueTimes.push(qt);
      if (queue.cards.length === 0) {
        now += 86_400_000;
        continue;
      }
      for (const card of queue.cards) {
        if (i >= reviews) break;
        const rating = ((i * 7) % 10 < 2 ? 1 : 3) as 1 | 3;
        const [rt] = await time(() =>
          recordReview({ userId: "bench", id: randomUUID(), questionId: card.questionId, response: { rating }, durationMs: 5000, now: new Date(now) }),
        );
        recordTimes.push(rt);
        i++;
        now += 20_000;
      }
    }
    const progressTimes: number[] = [];
    for (let i = 0; i < 15; i++) progressTimes.push((await time(() => getProgress({ userId: "bench", now: new Date(now) })))[0]);
    return {
      seedColdMs,
      seedWarmMs,
      recordReviewMedianMs: median(recordTimes),
      studyQueueMedianMs: median(queueTimes),
      progressMedianMs: median(progressTimes),
      reviews: recordTimes.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const r = await benchReviews();
  console.log(JSON.stringify(r, null, 2));
}

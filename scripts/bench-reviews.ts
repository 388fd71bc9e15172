// Database benchmark: seeding, recording reviews, building the study queue and the progress page's
// statistics, on a throwaway libSQL file. Medians, since these machines are noisy.
// Run: npx tsx --conditions=react-server scripts/bench-reviews.ts  (or `npm run bench`)
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
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
  /** addUserArticle (what POST /api/articles runs: parse, generate against the shipped corpus, one batch write) on a ~1,000-word article. Target ≤ 500 ms. */
  addArticleMedianMs: number;
  addArticleWords: number;
}

/** A ~1,000-word real news text: two qg-dev articles when ../shared is beside the project, else the shipped ones. */
function thousandWords(): string {
  const dev = path.join(process.cwd(), "..", "shared", "qg-dev", "articles");
  const files = existsSync(dev)
    ? readdirSync(dev)
        .sort()
        .slice(5, 7)
        .map((f) => path.join(dev, f))
    : readdirSync(path.join(process.cwd(), "questions", "articles")).map((f) => path.join(process.cwd(), "questions", "articles", f));
  const text = files.map((f) => readFileSync(f, "utf8").replace(/^---[\s\S]*?---\n/, "")).join("\n\n");
  return text
    .split(/\s+/)
    .slice(0, 1000)
    .join(" ")
    .replace(/([.!?])[^.!?]*$/, "$1");
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

    // A learner pasting a 1,000-word article: warm (the route's module is loaded once per server).
    const { addUserArticle } = await import("../db/articles");
    const text = thousandWords();
    const addTimes: number[] = [];
    for (let i = 0; i < 8; i++) {
      const userId = `paster-${i}`;
      await db.insert(user).values({ id: userId, name: userId, email: `${userId}@bench.invalid` });
      const [ms] = await time(() => addUserArticle({ userId, input: { text, title: `Bench article ${i}` }, now: new Date(now) }));
      if (i > 0) addTimes.push(ms);
    }
    return {
      seedColdMs,
      seedWarmMs,
      recordReviewMedianMs: median(recordTimes),
      studyQueueMedianMs: median(queueTimes),
      progressMedianMs: median(progressTimes),
      reviews: recordTimes.length,
      addArticleMedianMs: median(addTimes),
      addArticleWords: text.split(/\s+/).length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const r = await benchReviews();
  console.log(JSON.stringify(r, null, 2));
}

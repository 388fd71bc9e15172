// `npm run bench -- --reliability`: the reliability checks of issue 10 that run in one process on a
// throwaway libSQL file, each saying pass or fail, plus how long heavy work holds the event loop.
// Figures are medians and ratios (the machines are shared and noisy); nothing here is a test.
// Run alone: npx tsx --conditions=react-server scripts/bench-reliability.ts [--json]
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { crashUnderLoad, soak as soakRun, type CrashFigure, type SoakFigure } from "./bench-reliability-server";

export interface HeavyFigure {
  /** Median wall time of the whole operation. */
  totalMs: number;
  /** Median of the longest stretch the event loop was held (timer lateness) during it. */
  maxBlockMs: number;
  /** maxBlockMs / totalMs: 1 means it held the loop the whole time; small means others were served in between. */
  blockShare: number;
}

export interface ReliabilityBench {
  /** kill -9 under load and the soak run a production server of their own; null with `--no-server`. */
  crash: CrashFigure | null;
  soak: SoakFigure | null;
  retryStorm: { ok: boolean; sent: number; recorded: number };
  multiDevice: { ok: boolean; doubled: boolean };
  poisonImport: { ok: boolean; tried: number; refused: number };
  eventLoop: {
    backupMB: number;
    reviews: number;
    import: HeavyFigure;
    apkg: HeavyFigure;
    jsonBackup: HeavyFigure;
    oneShotParseBlockMs: number;
    importBlockVsOneShotParse: number;
  };
  ok: boolean;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs `fn` while a 2 ms timer measures how late it fires: the longest lateness is the longest block. */
async function measure(fn: () => Promise<unknown>): Promise<{ totalMs: number; maxBlockMs: number }> {
  let last = performance.now();
  let maxBlockMs = 0;
  const timer = setInterval(() => {
    const t = performance.now();
    maxBlockMs = Math.max(maxBlockMs, t - last - 2);
    last = t;
  }, 2);
  const start = performance.now();
  await fn();
  const totalMs = performance.now() - start;
  await new Promise((r) => setTimeout(r, 10));
  clearInterval(timer);
  return { totalMs, maxBlockMs: Math.max(0, maxBlockMs) };
}

async function figure(runs: number, fn: (run: number) => Promise<unknown>): Promise<HeavyFigure> {
  const all: { totalMs: number; maxBlockMs: number }[] = [];
  for (let i = 0; i < runs; i++) all.push(await measure(() => fn(i)));
  const totalMs = median(all.map((a) => a.totalMs));
  const maxBlockMs = median(all.map((a) => a.maxBlockMs));
  return { totalMs, maxBlockMs, blockShare: totalMs > 0 ? maxBlockMs / totalMs : 0 };
}

export async function benchReliability({
  reviews: reviewCount = 12_000,
  runs = 3,
  server = true,
}: { reviews?: number; runs?: number; server?: boolean } = {}): Promise<ReliabilityBench> {
  const dir = mkdtempSync(path.join(tmpdir(), "factdeck-reliability-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  process.env.BETTER_AUTH_SECRET ??= "bench-secret-0123456789abcdef";
  try {
    const { eq } = await import("drizzle-orm");
    const { migrateDatabase } = await import("../db/migrate");
    const { seedShippedArticles, saveGeneratedArticle } = await import("../db/seed");
    const { recordReview, undoLastReview } = await import("../db/reviews");
    const { replaceReview } = await import("../db/review-history");
    const { buildBackup, backupSchema } = await import("../db/backup");
    const { backupPoisons } = await import("../db/backup-poisons");
    const { importBackup } = await import("../db/import");
    const { buildApkg } = await import("../db/apkg");
    const { getCardsCsv, getReviewsCsv } = await import("../db/export");
    const { getProgress } = await import("../db/stats");
    const { getStudyQueue } = await import("../db/study");
    const { setQuestionSuspended } = await import("../db/cards");
    const { summitArticle } = await import("../db/test-helpers");
    const { db } = await import("../db/client");
    const { cards, questions, reviews, user } = await import("../db/schema");

    await migrateDatabase();
    await seedShippedArticles();
    const makeUser = async (id: string) => {
      await db.insert(user).values({ id, name: id, email: `${id}@bench.invalid` });
      return id;
    };

    // Retry storm: the same review sent 50 times at once is recorded once, and every answer names it.
    const storm = await makeUser("storm");
    const [q1, q2] = await db.select({ id: questions.id }).from(questions).limit(2);
    const stormId = randomUUID();
    const at = new Date("2026-06-01T08:00:00Z");
    const answers = await Promise.allSettled(
      Array.from({ length: 50 }, () => recordReview({ userId: storm, id: stormId, questionId: q1!.id, response: { rating: 3 }, durationMs: 1000, now: at })),
    );
    const stormRows = await db.select().from(reviews).where(eq(reviews.userId, storm));
    const retryStorm = {
      sent: answers.length,
      recorded: stormRows.length,
      ok: stormRows.length === 1 && answers.every((a) => a.status === "fulfilled" && a.value.reviewId === stormId),
    };

    // Two devices: the laptop answers q1, the phone answers q2, then the laptop changes q1's rating.
    const learner = await makeUser("devices");
    const first = randomUUID();
    await recordReview({ userId: learner, id: first, questionId: q1!.id, response: { rating: 1 }, durationMs: 1000, now: at });
    await recordReview({
      userId: learner,
      id: randomUUID(),
      questionId: q2!.id,
      response: { rating: 3 },
      durationMs: 1000,
      now: new Date(at.getTime() + 5_000),
    });
    await replaceReview({
      userId: learner,
      id: randomUUID(),
      questionId: q1!.id,
      response: { rating: 3 },
      durationMs: 1000,
      replaces: first,
      now: new Date(at.getTime() + 10_000),
    });
    const live = (await db.select().from(reviews).where(eq(reviews.userId, learner))).filter((r) => r.undoneAt === null && r.questionId === q1!.id);
    const [card] = await db
      .select()
      .from(cards)
      .where(eq(cards.userId, learner))
      .then((rows) => rows.filter((c) => c.questionId === q1!.id));
    const doubled = live.length !== 1 || card?.reps !== 1;
    const multiDevice = { doubled, ok: !doubled && live[0]?.rating === 3 };

    // Poisoned backups: every one refused (400), nothing written, and the account still answers.
    const T0 = new Date("2026-11-20T09:00:00Z");
    const T1 = new Date("2026-11-21T09:00:00Z");
    const NOW = new Date("2026-11-22T10:00:00Z");
    await saveGeneratedArticle(summitArticle("s"), { ownerId: null, contentHash: "h", now: T0 });
    const alice = await makeUser("alice");
    const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
    await recordReview({ userId: alice, id: uuid(1), questionId: "s-recall", response: { rating: 3 }, durationMs: 900, now: T0 });
    await recordReview({ userId: alice, id: uuid(2), questionId: "s-mcq", response: { choice: "Kazan" }, durationMs: 900, now: T0 });
    await recordReview({ userId: alice, id: uuid(3), questionId: "s-recall", response: { rating: 3 }, durationMs: 900, now: T1 });
    await setQuestionSuspended({ userId: alice, questionId: "s-tf", suspended: true, now: T1 });
    const good = JSON.stringify(await buildBackup({ userId: alice, now: T1 }));
    const victim = await makeUser("victim");
    const realLast = randomUUID();
    await recordReview({ userId: victim, id: randomUUID(), questionId: "s-cloze", response: { text: "Johannesburg" }, durationMs: 800, now: T0 });
    await recordReview({ userId: victim, id: realLast, questionId: "s-recall", response: { rating: 2 }, durationMs: 800, now: T1 });
    const poisons = backupPoisons(NOW);
    let refused = 0;
    for (const [, poison] of poisons) {
      const data = JSON.parse(good);
      poison(data);
      try {
        await importBackup({ userId: victim, data, now: NOW });
      } catch (err) {
        if ((err as { status?: number }).status === 400) refused++;
      }
    }
    const later = new Date(NOW.getTime() + 5 * 60_000);
    let answersAfter = true;
    try {
      await getProgress({ userId: victim, now: later });
      await getCardsCsv({ userId: victim });
      await getReviewsCsv({ userId: victim });
      await getStudyQueue({ userId: victim, now: later, limit: 10 });
      answersAfter = (await undoLastReview({ userId: victim, now: later })).undone === realLast;
    } catch {
      answersAfter = false;
    }
    const poisonImport = { tried: poisons.length, refused, ok: refused === poisons.length && answersAfter };

    // Heavy work: a learner with a long history (reviews copied from a real one), imported into fresh users.
    const heavy = await makeUser("heavy");
    const qs = await db.select({ id: questions.id }).from(questions);
    let t = Date.parse("2026-01-01T08:00:00Z");
    for (const q of qs)
      await recordReview({ userId: heavy, id: randomUUID(), questionId: q.id, response: { rating: 3 }, durationMs: 1000, now: new Date((t += 60_000)) });
    const [template] = await db.select().from(reviews).where(eq(reviews.userId, heavy)).limit(1);
    const copies = Array.from({ length: Math.max(0, reviewCount - qs.length) }, (_, i) => ({
      ...template!,
      id: randomUUID(),
      questionId: qs[i % qs.length]!.id,
      reviewedAt: new Date((t += 1_000)),
      undoneAt: null,
    }));
    for (let i = 0; i < copies.length; i += 400) await db.insert(reviews).values(copies.slice(i, i + 400));
    const heavyNow = new Date(t + 3_600_000);
    const text = JSON.stringify(await buildBackup({ userId: heavy, now: heavyNow }));
    const targets = await Promise.all(Array.from({ length: runs }, (_, i) => makeUser(`importer${i}`)));
    const importFigure = await figure(runs, (i) => importBackup({ userId: targets[i]!, data: JSON.parse(text), now: heavyNow }));
    const apkg = await figure(runs, () => buildApkg({ userId: heavy, now: heavyNow }));
    const jsonBackup = await figure(runs, async () => JSON.stringify(await buildBackup({ userId: heavy, now: heavyNow })));
    // The CPU part of the import before it was sliced, alone: parse and validate the file in one go.
    const oneShot = await figure(runs, async () => backupSchema.parse(JSON.parse(text)));
    const eventLoop = {
      backupMB: text.length / 1e6,
      reviews: reviewCount,
      import: importFigure,
      apkg,
      jsonBackup,
      oneShotParseBlockMs: oneShot.maxBlockMs,
      importBlockVsOneShotParse: oneShot.maxBlockMs > 0 ? importFigure.maxBlockMs / oneShot.maxBlockMs : 0,
    };
    const port = Number(process.env.RELIABILITY_PORT ?? 3419);
    const crash = server ? await crashUnderLoad({ port }) : null;
    const soak = server
      ? await soakRun({ port, learners: Number(process.env.RELIABILITY_SOAK_LEARNERS ?? 200), seconds: Number(process.env.RELIABILITY_SOAK_SECONDS ?? 60) })
      : null;
    const ok = retryStorm.ok && multiDevice.ok && poisonImport.ok && (crash?.ok ?? true) && (soak?.ok ?? true);
    return { crash, soak, retryStorm, multiDevice, poisonImport, eventLoop, ok };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const roundFigures = (v: unknown): unknown =>
  typeof v === "number"
    ? Math.round(v * 100) / 100
    : v && typeof v === "object"
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundFigures(x)]))
      : v;

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const r = await benchReliability({ server: !process.argv.includes("--no-server") });
  console.log(JSON.stringify({ reliability: roundFigures(r) }, null, 2));
  if (!r.ok) process.exitCode = 1;
}

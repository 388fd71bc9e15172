import { mulberry32 } from "@/questions/random";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { createEmptyCard, fsrs, type Card, type Grade } from "ts-fsrs";
import { beforeAll, describe, expect, it } from "vitest";
import { OPTIMISE_MIN_REVIEWS } from "@/lib/fsrs-items";
import type { SrsRating } from "@/lib/srs";
import type { GeneratedArticle } from "@/questions/types";
import { db } from "./client";
import { DEFAULT_WEIGHTS, getOptimiseStatus, optimiseSchedule, resetWeights } from "./optimise";
import { recordReview, undoLastReview } from "./reviews";
import { reviews } from "./schema";
import { saveGeneratedArticle } from "./seed";
import { getSettings, updateSettings } from "./settings";
import { freshDatabase, makeUser } from "./test-helpers";

const START = new Date("2026-06-01T00:00:00Z");
const DAY_MS = 86_400_000;
const CARDS = 180;
const sentence = "The committee met in the capital on a Tuesday.";

/** One article with `n` recall cards (the optimizer needs many cards, not many kinds). */
function deck(n: number): GeneratedArticle {
  const id = "sim";
  return {
    article: { id, title: "Simulated deck", tags: [], body: sentence },
    words: 9,
    facts: Array.from({ length: n }, (_, i) => ({
      id: `${id}-f${i}`,
      kind: "event",
      subject: `Subject ${i}`,
      relation: "is",
      object: `Object ${i}`,
      objectType: "other" as const,
      sentence,
      articleId: id,
      span: [0, sentence.length] as [number, number],
    })),
    questions: Array.from({ length: n }, (_, i) => ({
      id: `${id}-q${i}`,
      type: "recall" as const,
      prompt: `What is subject ${i}?`,
      answer: `Object ${i}`,
      evidence: sentence,
      factId: `${id}-f${i}`,
      kind: "event",
      score: 0.9,
      articleId: id,
    })),
  };
}

/** The simulated history is the same on every run: a seeded RNG (mulberry32). */
const seeded = mulberry32;

// The simulated learner remembers better than FSRS's defaults assume (higher initial stabilities,
// slower forgetting): the kind of learner whose own parameters should beat the defaults.
const TRUE_WEIGHTS = [...DEFAULT_WEIGHTS];
TRUE_WEIGHTS.splice(0, 4, 0.8, 3, 8, 25);
TRUE_WEIGHTS[8] = 2.2;
const memory = fsrs({ w: TRUE_WEIGHTS, enable_fuzz: false });

/**
 * A learner studying with the app: every day at 09:00 in Kolkata they learn `newPerDay` new cards
 * (for `learnDays` days) and answer every card the app says is due, including same-session learning
 * steps. Whether they recall a card is drawn from their true memory (FSRS with TRUE_WEIGHTS).
 * Everything goes through recordReview, so the review log, snapshots and cards are the app's own.
 */
async function simulateLearner({
  userId,
  days,
  learnDays,
  newPerDay,
  seed,
}: {
  userId: string;
  days: number;
  learnDays: number;
  newPerDay: number;
  seed: number;
}) {
  const rand = seeded(seed);
  const due = new Map<string, number>();
  const mind = new Map<string, Card>();
  let introduced = 0;
  let count = 0;

  const answer = async (questionId: string, now: number) => {
    const truth: Card = mind.get(questionId) ?? createEmptyCard<Card>(new Date(now));
    let rating: SrsRating;
    if (!mind.has(questionId)) {
      const u = rand();
      rating = u < 0.3 ? 1 : u < 0.4 ? 2 : u < 0.9 ? 3 : 4;
    } else {
      const recalled = rand() < memory.get_retrievability(truth, new Date(now), false);
      const u = rand();
      rating = !recalled ? 1 : u < 0.15 ? 2 : u < 0.9 ? 3 : 4;
    }
    mind.set(questionId, memory.next(truth, new Date(now), rating as Grade).card);
    const r = await recordReview({ userId, id: randomUUID(), questionId, response: { rating }, durationMs: 5000, now: new Date(now) });
    due.set(questionId, Date.parse(r.card.due));
    count++;
  };

  for (let day = 0; day < days; day++) {
    let now = START.getTime() + day * DAY_MS + 3.5 * 3_600_000; // 09:00 IST
    if (day < learnDays) {
      for (let i = 0; i < newPerDay && introduced < CARDS; i++, introduced++) {
        await answer(`sim-q${introduced}`, now);
        now += 20_000;
      }
    }
    // Answer whatever is due; wait for learning steps up to 15 minutes away, then end the session.
    for (;;) {
      let next: [string, number] | null = null;
      for (const entry of due) if (!next || entry[1] < next[1]) next = entry;
      if (!next || next[1] > now + 15 * 60_000) break;
      now = Math.max(now, next[1]);
      await answer(next[0], now);
      now += 20_000;
    }
  }
  return count;
}

let learner: string;
let newbie: string;
let bystander: string;
let simulated = 0;
let fitMs = 0;

beforeAll(async () => {
  await freshDatabase();
  await saveGeneratedArticle(deck(CARDS + 5), { ownerId: null, contentHash: "h", now: START });
  learner = await makeUser("learner");
  newbie = await makeUser("newbie");
  bystander = await makeUser("bystander");
  await updateSettings({ userId: learner, patch: { timeZone: "Asia/Kolkata" } });
  simulated = await simulateLearner({ userId: learner, days: 60, learnDays: 15, newPerDay: 12, seed: 20261122 });
}, 120_000);

describe("below the threshold", () => {
  it("says how many reviews are needed and refuses to optimise", async () => {
    const t0 = START.getTime();
    await recordReview({ userId: newbie, id: randomUUID(), questionId: "sim-q0", response: { rating: 3 }, durationMs: 1, now: new Date(t0) });
    await recordReview({ userId: newbie, id: randomUUID(), questionId: "sim-q0", response: { rating: 3 }, durationMs: 1, now: new Date(t0 + 2 * DAY_MS) });
    expect(await getOptimiseStatus({ userId: newbie })).toEqual({ reviews: 1, needed: OPTIMISE_MIN_REVIEWS, optimised: false });
    await expect(optimiseSchedule({ userId: newbie })).rejects.toMatchObject({
      status: 422,
      message: `Optimising your schedule needs at least ${OPTIMISE_MIN_REVIEWS} reviews; you have 1.`,
    });
    expect((await getSettings({ userId: newbie })).weights).toBeNull();
  });

  it("leaves undone reviews out of the count", async () => {
    await undoLastReview({ userId: newbie, now: new Date(START.getTime() + 2 * DAY_MS) });
    expect((await getOptimiseStatus({ userId: newbie })).reviews).toBe(0);
  });

  it("answers without a table when saved weights meet a log too small to evaluate", async () => {
    // e.g. weights restored from a backup onto a new account
    const t0 = START.getTime();
    await recordReview({ userId: newbie, id: randomUUID(), questionId: "sim-q0", response: { rating: 3 }, durationMs: 1, now: new Date(t0 + 3 * DAY_MS) });
    await updateSettings({ userId: newbie, patch: { weights: [...DEFAULT_WEIGHTS] } });
    expect(await getOptimiseStatus({ userId: newbie })).toEqual({ reviews: 1, needed: OPTIMISE_MIN_REVIEWS, optimised: true });
    await resetWeights({ userId: newbie });
  });

  it("counts only the caller's reviews", async () => {
    expect(await getOptimiseStatus({ userId: bystander })).toEqual({ reviews: 0, needed: OPTIMISE_MIN_REVIEWS, optimised: false });
  });
});

describe("above the threshold", () => {
  it("has a realistic history to learn from", async () => {
    const rows = await db.select({ id: reviews.id }).from(reviews).where(eq(reviews.userId, learner));
    expect(rows).toHaveLength(simulated);
    const { reviews: usable } = await getOptimiseStatus({ userId: learner });
    expect(usable).toBeGreaterThanOrEqual(OPTIMISE_MIN_REVIEWS);
    expect(usable).toBeLessThan(simulated); // first reviews and same-day steps teach nothing on their own
  });

  it("fits 21 parameters that predict the reviews at least as well, and saves them", async () => {
    const t = performance.now();
    const result = await optimiseSchedule({ userId: learner });
    fitMs = performance.now() - t;
    expect(result.status).toBe("optimised");
    expect(result.weights).toHaveLength(21);
    expect(result.weights.every(Number.isFinite)).toBe(true);
    for (const m of [result.before, result.after]) {
      expect(Number.isFinite(m.logLoss) && m.logLoss > 0).toBe(true);
      expect(Number.isFinite(m.rmse) && m.rmse >= 0).toBe(true);
    }
    expect(result.after.logLoss).toBeLessThanOrEqual(result.before.logLoss + 1e-9);
    expect((await getSettings({ userId: learner })).weights).toEqual(result.weights);
    expect(await getSettings({ userId: bystander })).toMatchObject({ weights: null });

    const status = await getOptimiseStatus({ userId: learner });
    expect(status).toMatchObject({ optimised: true, reviews: result.reviews });
    expect(status.lastResult?.before.logLoss).toBeCloseTo(result.before.logLoss, 6);
    expect(status.lastResult?.after.logLoss).toBeCloseTo(result.after.logLoss, 6);
    console.info(
      `[optimise.test] ${simulated} reviews (${result.reviews} usable) fitted in ${Math.round(fitMs)} ms; log loss ${result.before.logLoss.toFixed(4)} → ${result.after.logLoss.toFixed(4)}, RMSE ${result.before.rmse.toFixed(4)} → ${result.after.rmse.toFixed(4)}`,
    );
  });

  it("schedules with the fitted parameters from then on", async () => {
    const { weights } = await getSettings({ userId: learner });
    expect(weights).not.toBeNull();
    // A new card's stability after Good is the third parameter, w[2].
    const r = await recordReview({
      userId: learner,
      id: randomUUID(),
      questionId: `sim-q${CARDS}`,
      response: { rating: 3 },
      durationMs: 1,
      now: new Date(START.getTime() + 70 * DAY_MS),
    });
    expect(r.card.stability).toBeCloseTo(weights?.[2] ?? NaN, 4);
    expect(r.card.stability).not.toBeCloseTo(DEFAULT_WEIGHTS[2] ?? NaN, 2);
  });

  it("keeps the current parameters when a fit does worse", async () => {
    const { weights: saved } = await getSettings({ userId: learner });
    const awful = [...DEFAULT_WEIGHTS];
    awful.splice(0, 4, 0.01, 0.01, 0.01, 0.01);
    const result = await optimiseSchedule({ userId: learner, fit: async () => awful });
    expect(result.status).toBe("kept");
    expect(result.after.logLoss).toBeGreaterThan(result.before.logLoss);
    expect(result.weights).toEqual(saved);
    expect(result.message).toMatch(/current parameters stay/);
    expect((await getSettings({ userId: learner })).weights).toEqual(saved);
  });

  it("compares with the defaults when the saved weights are unusable (a hand-edited backup)", async () => {
    await updateSettings({ userId: learner, patch: { weights: [1, 2, 3] } });
    const result = await optimiseSchedule({ userId: learner, fit: async () => [...DEFAULT_WEIGHTS] });
    expect(result.status).toBe("optimised");
    expect(result.after.logLoss).toBeCloseTo(result.before.logLoss, 9);
    expect((await getSettings({ userId: learner })).weights).toEqual([...DEFAULT_WEIGHTS]);
  });

  it("runs one fit per learner at a time", async () => {
    let release: () => void = () => undefined;
    const slow = optimiseSchedule({ userId: learner, fit: () => new Promise((resolve) => (release = () => resolve(DEFAULT_WEIGHTS))) });
    await new Promise((r) => setTimeout(r, 50));
    await expect(optimiseSchedule({ userId: learner })).rejects.toMatchObject({ status: 409 });
    release();
    await slow;
  });

  it("resets to the defaults", async () => {
    const status = await resetWeights({ userId: learner });
    expect(status).toMatchObject({ optimised: false });
    expect(status.lastResult).toBeUndefined();
    expect(await getSettings({ userId: learner })).toMatchObject({ weights: null, timeZone: "Asia/Kolkata" });
    const r = await recordReview({
      userId: learner,
      id: randomUUID(),
      questionId: `sim-q${CARDS + 1}`,
      response: { rating: 3 },
      durationMs: 1,
      now: new Date(START.getTime() + 70 * DAY_MS),
    });
    expect(r.card.stability).toBeCloseTo(DEFAULT_WEIGHTS[2] ?? NaN, 4);
  });
});

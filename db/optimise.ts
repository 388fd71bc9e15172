import "server-only";
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { default_w } from "ts-fsrs";
import { ApiError, conflict, unprocessable } from "@/lib/errors";
import { OPTIMISE_MIN_REVIEWS, reviewLogToItems, type FsrsItemData } from "@/lib/fsrs-items";
import type { CardState } from "@/lib/srs";
import { db } from "./client";
import { takeLease } from "./limits";
import { reviews, settings } from "./schema";
import { getSettings } from "./settings";

/** How well a set of FSRS parameters predicts the learner's recalls (lower is better for both). */
interface FitMetrics {
  /** Mean binary cross-entropy of predicted recall against what happened. */
  logLoss: number;
  /** RMSE of predicted vs. actual recall over fsrs-rs's bins (0–1). */
  rmse: number;
}

/** GET /api/optimise: what the settings panel shows. */
export interface OptimiseStatus {
  /** Reviews the optimizer can learn from (see `OPTIMISE_MIN_REVIEWS`). */
  reviews: number;
  /** How many it needs. */
  needed: number;
  /** True when the learner schedules with their own fitted parameters. */
  optimised: boolean;
  /**
   * When optimised: the defaults (`before`) against the learner's parameters
   * (`after`) on their reviews as they are now (recomputed, not stored).
   */
  lastResult?: { before: FitMetrics; after: FitMetrics };
}

/** POST /api/optimise. */
export interface OptimiseResult {
  /** "optimised": the fitted parameters were saved; "kept": they did no better, so the current ones stay. */
  status: "optimised" | "kept";
  reviews: number;
  /** The parameters scheduled with until now (the defaults when none were fitted). */
  before: FitMetrics;
  /** The newly fitted parameters. */
  after: FitMetrics;
  /** The 21 FSRS-6 parameters scheduling uses from now on. */
  weights: number[];
  /** One sentence for the learner. */
  message: string;
}

/** Fits FSRS parameters to training items; the binding's optimizer unless a test passes another. */
export type FitParameters = (items: FSRSBindingItem[]) => Promise<readonly number[]>;

/** The defaults ts-fsrs (and so Factdeck) schedules with: FSRS-6, 21 parameters. */
export const DEFAULT_WEIGHTS: readonly number[] = default_w;

// A fit takes ~0.5 s for 8,000 reviews; a second one for the same learner while the first runs
// would only repeat it, so it is refused, on every server process (a lease in the database).
const FIT_LEASE_MS = 5 * 60_000;

/**
 * The fsrs-rs optimizer with Factdeck's scheduler settings: short-term
 * (same-day learning-step) parameters on, as ts-fsrs' learning steps make
 * same-day reviews, and one relearning step (ts-fsrs' default "10m").
 */
const fitWithBinding: FitParameters = (items) => computeParameters(items, { enableShortTerm: true, numRelearningSteps: 1 });

async function loadItems({ userId, timeZone }: { userId: string; timeZone: string }): Promise<FsrsItemData[]> {
  const rows = await db
    .select({
      cardId: reviews.questionId,
      rating: reviews.rating,
      reviewedAt: reviews.reviewedAt,
      stateBefore: sql<CardState | null>`json_extract(${reviews.before}, '$.state')`,
    })
    .from(reviews)
    .where(and(eq(reviews.userId, userId), isNull(reviews.undoneAt)))
    .orderBy(asc(reviews.reviewedAt), asc(sql`rowid`));
  return reviewLogToItems(
    rows.map((r) => ({ ...r, reviewedAt: r.reviewedAt.getTime() })),
    { timeZone },
  );
}

function toBindingItems(items: readonly FsrsItemData[]): FSRSBindingItem[] {
  return items.map((item) => new FSRSBindingItem(item.reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaT))));
}

function evaluate(weights: readonly number[], items: FSRSBindingItem[]): FitMetrics {
  const { logLoss, rmseBins } = new FSRSBinding([...weights]).evaluate(items);
  return { logLoss, rmse: rmseBins };
}

/** fsrs-rs works in f32: keep the 4 decimals Anki shows rather than float noise (0.0010000000474974513). */
function tidy(weights: readonly number[]): number[] {
  return weights.map((w) => Math.round(w * 10_000) / 10_000);
}

function assertUsable(weights: readonly number[]): void {
  if (weights.length !== DEFAULT_WEIGHTS.length || !weights.every(Number.isFinite)) {
    throw new Error(`the optimizer returned ${weights.length} parameters, not ${DEFAULT_WEIGHTS.length} finite numbers`);
  }
}

function tooFew(have: number): ApiError {
  return unprocessable(`Optimising your schedule needs at least ${OPTIMISE_MIN_REVIEWS} reviews; you have ${have}.`);
}

/**
 * How many of the learner's reviews the optimizer can use, how many it needs,
 * and, once optimised, how their parameters compare with the defaults.
 */
export async function getOptimiseStatus({ userId }: { userId: string }): Promise<OptimiseStatus> {
  const { timeZone, weights } = await getSettings({ userId });
  const items = await loadItems({ userId, timeZone });
  const status: OptimiseStatus = { reviews: items.length, needed: OPTIMISE_MIN_REVIEWS, optimised: weights !== null };
  if (weights !== null && items.length > 0) {
    const train = toBindingItems(items);
    try {
      status.lastResult = { before: evaluate(DEFAULT_WEIGHTS, train), after: evaluate(weights, train) };
    } catch {
      // Too few items for fsrs-rs to evaluate (weights restored from a backup onto a small log): no table.
    }
  }
  return status;
}

/**
 * "Optimise my schedule": fits FSRS parameters to the learner's own reviews
 * (undone ones left out, days counted in their time zone) and saves them when
 * they predict those reviews at least as well (log loss) as the parameters in
 * use; otherwise keeps the current ones and says so. Throws a 422 ApiError
 * when there are fewer than `OPTIMISE_MIN_REVIEWS` usable reviews, a 409 when
 * a fit for the learner is already running or their parameters changed meanwhile.
 */
export async function optimiseSchedule({ userId, fit = fitWithBinding }: { userId: string; fit?: FitParameters }): Promise<OptimiseResult> {
  const release = await takeLease({ key: `job:optimise:${userId}`, ttlMs: FIT_LEASE_MS, now: Date.now() });
  if (!release) throw conflict("Your schedule is already being optimised; please wait for it to finish.");
  try {
    const { timeZone, weights: stored } = await getSettings({ userId });
    const items = await loadItems({ userId, timeZone });
    if (items.length < OPTIMISE_MIN_REVIEWS) throw tooFew(items.length);

    const train = toBindingItems(items);
    let current = stored ?? DEFAULT_WEIGHTS;
    let before: FitMetrics;
    try {
      before = evaluate(current, train);
    } catch (err) {
      // Saved weights fsrs-rs refuses (a hand-edited backup): compare with, and fall back to, the defaults.
      if (current === DEFAULT_WEIGHTS) throw err;
      current = DEFAULT_WEIGHTS;
      before = evaluate(current, train);
    }
    const fitted = tidy(await fit(train));
    assertUsable(fitted);
    const after = evaluate(fitted, train);

    if (!(after.logLoss <= before.logLoss)) {
      return {
        status: "kept",
        reviews: items.length,
        before,
        after,
        weights: [...current],
        message: `The fitted parameters predicted your reviews no better, so your ${current === stored ? "current" : "default"} parameters stay.`,
      };
    }

    // Compare-and-set: save only if nobody changed the parameters while this fit ran (a reset
    // in another tab), and touch no other setting (a concurrent settings save keeps its values).
    const saved = await db
      .insert(settings)
      .values({ userId, weights: fitted })
      .onConflictDoUpdate({
        target: settings.userId,
        set: { weights: fitted },
        setWhere: stored === null ? isNull(settings.weights) : sql`${settings.weights} = ${JSON.stringify(stored)}`,
      });
    if (saved.rowsAffected !== 1) throw conflict("Your parameters changed while they were being optimised; please try again.");
    return {
      status: "optimised",
      reviews: items.length,
      before,
      after,
      weights: fitted,
      message: "Your schedule now uses parameters fitted to your own reviews.",
    };
  } finally {
    await release();
  }
}

/** "Reset to default parameters": schedules with ts-fsrs' defaults again. */
export async function resetWeights({ userId }: { userId: string }): Promise<OptimiseStatus> {
  await db.update(settings).set({ weights: null }).where(eq(settings.userId, userId));
  return getOptimiseStatus({ userId });
}

/**
 * FSRS scheduling for Factdeck, wrapped around ts-fsrs (FSRS-6, the default
 * parameters it ships). Everything here is pure: `now` is always an argument,
 * fuzz is off so the same review always gives the same interval.
 *
 * `SrsCard` is the plain, serialisable card state the rest of the app stores
 * (camelCase, string state, `null` instead of a missing last review);
 * `toFsrsCard` / `fromFsrsCard` are the one conversion pair to ts-fsrs.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type FSRS, type Grade } from "ts-fsrs";
import { formatInterval } from "./format-interval";

/** Learning phases of a card, as stored (db/schema.ts's `cards.state` takes its enum from here). */
export const CARD_STATES = ["new", "learning", "review", "relearning"] as const;
/** Learning phase of a card, as stored. */
export type CardState = (typeof CARD_STATES)[number];

/** 1 Again, 2 Hard, 3 Good, 4 Easy (the keys a learner presses). */
export type SrsRating = 1 | 2 | 3 | 4;

/**
 * Plain, serialisable FSRS card state: the one definition of a card's FSRS fields. db/schema.ts's
 * card columns are typed against it (`srsCardColumns`), and everything else (the card row
 * conversions, the raw SQL that copies a card, the backup's zod schema) derives from those columns.
 */
export interface SrsCard {
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: Date | null;
}

/** Bounds of desired retention a learner may choose. */
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;
/** Default desired retention (the FSRS authors' recommendation; db/schema.ts's column default). */
export const DEFAULT_RETENTION = 0.9;
/** ts-fsrs' own ceiling: 100 years. */
const DEFAULT_MAX_INTERVAL_DAYS = 36500;

const DAY_MS = 86_400_000;

const STATE_TO_FSRS: Record<CardState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};
const STATE_FROM_FSRS: Record<State, CardState> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

/** Options shared by `scheduleReview` and `previewIntervals`. */
export interface ScheduleOptions {
  card: SrsCard;
  now: Date;
  /** Desired retention in [0.7, 0.97]. */
  retention: number;
  /** Longest interval in days (whole, ≥ 1); defaults to 36500. */
  maxIntervalDays?: number;
  /**
   * The learner's exam instant. While it is in the future no card is
   * scheduled past it: the maximum interval is capped at the whole days left,
   * and a due date that would still overshoot is pulled back to it. Once the
   * exam has passed it has no effect.
   */
  examDate?: Date | null;
  /** The learner's own FSRS parameters (21 for FSRS-6), fitted by "Optimise my schedule"; ts-fsrs' defaults when absent. */
  weights?: readonly number[] | null;
}

/** The scheduling part of a learner's settings, as db/settings.ts stores it. */
export interface SchedulingSettings {
  desiredRetention: number;
  /** Calendar date (YYYY-MM-DD), or null. */
  examDate: string | null;
  weights: readonly number[] | null;
}

/** The exam date (YYYY-MM-DD) as the instant no interval may pass (its midnight, UTC), or undefined. */
function examInstant(examDate: string | null): Date | undefined {
  return examDate ? new Date(`${examDate}T00:00:00Z`) : undefined;
}

/**
 * A learner's settings as scheduler options: the one place they are built, for recording a review
 * and for previewing the intervals alike.
 *
 * @example
 * scheduleReview({ card, rating: 3, now, ...schedulerOptions(settings) });
 */
export function schedulerOptions(settings: SchedulingSettings): Pick<ScheduleOptions, "retention" | "examDate" | "weights"> {
  return { retention: settings.desiredRetention, examDate: examInstant(settings.examDate), weights: settings.weights };
}

/** Throws a RangeError unless `retention` is a number in [0.7, 0.97]. */
function assertRetention(retention: number): void {
  if (!Number.isFinite(retention) || retention < MIN_RETENTION || retention > MAX_RETENTION) {
    throw new RangeError(`retention must be between ${MIN_RETENTION} and ${MAX_RETENTION}, got ${retention}`);
  }
}

/** A fresh card, due at `now`. */
export function newSrsCard(now: Date): SrsCard {
  return fromFsrsCard(createEmptyCard(now));
}

/** Converts a stored card to the ts-fsrs shape. Inverse of `fromFsrsCard`. */
export function toFsrsCard(card: SrsCard): Card {
  const out: Card = {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    // Deprecated in ts-fsrs 5 and only copied into logs; the scheduler
    // derives elapsed time from last_review.
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_TO_FSRS[card.state],
  };
  if (card.lastReview) out.last_review = new Date(card.lastReview.getTime());
  return out;
}

/** Converts a ts-fsrs card to the stored shape. Inverse of `toFsrsCard`. */
export function fromFsrsCard(card: Card): SrsCard {
  return {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_FROM_FSRS[card.state],
    lastReview: card.last_review ? new Date(card.last_review.getTime()) : null,
  };
}

/** ts-fsrs' bounds of a memory state (S_MIN, difficulty 1–10). */
const MIN_STABILITY = 0.001;

/**
 * The card as the scheduler may take it at `now`, whatever the clock did: a card last reviewed
 * "in the future" (the clock stepped back, or a device's clock ran ahead) is treated as reviewed
 * just now, so it is rescheduled from now instead of ts-fsrs throwing `Invalid delta_t`; a memory
 * state out of FSRS' range (stability 0, difficulty past 1–10) is brought back into it.
 */
function saneCard(card: SrsCard, now: Date): SrsCard {
  let out = card;
  if (out.lastReview && !(out.lastReview.getTime() <= now.getTime())) out = { ...out, lastReview: new Date(now.getTime()) };
  if (out.state !== "new") {
    const stability = Number.isFinite(out.stability) && out.stability >= MIN_STABILITY ? out.stability : MIN_STABILITY;
    const difficulty = Number.isFinite(out.difficulty) ? Math.min(10, Math.max(1, out.difficulty)) : 5;
    if (stability !== out.stability || difficulty !== out.difficulty) out = { ...out, stability, difficulty };
  }
  return out;
}

/** Whole days from `now` to a future exam, or null when there is no (future) exam. */
function daysUntilExam(now: Date, examDate: Date | null | undefined): number | null {
  if (!examDate || examDate.getTime() <= now.getTime()) return null;
  return Math.floor((examDate.getTime() - now.getTime()) / DAY_MS);
}

function maxIntervalOf(opts: Pick<ScheduleOptions, "maxIntervalDays">): number {
  const max = opts.maxIntervalDays ?? DEFAULT_MAX_INTERVAL_DAYS;
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`maxIntervalDays must be a whole number ≥ 1, got ${max}`);
  }
  return max;
}

function makeScheduler(opts: Omit<ScheduleOptions, "card">): FSRS {
  assertRetention(opts.retention);
  const max = maxIntervalOf(opts);
  const examDays = daysUntilExam(opts.now, opts.examDate);
  // ts-fsrs needs maximum_interval ≥ 1 (it treats 0 as "unset"); an exam less
  // than a day away is handled by `capDue`.
  const maximumInterval = examDays === null ? max : Math.max(1, Math.min(max, examDays));
  return fsrs({
    request_retention: opts.retention,
    maximum_interval: maximumInterval,
    enable_fuzz: false,
    ...(opts.weights && opts.weights.length > 0 ? { w: [...opts.weights] } : {}),
  });
}

/**
 * Enforces the interval cap on the due date itself. ts-fsrs applies
 * `maximum_interval` before it spreads Hard < Good < Easy by a day each, so
 * Easy can land a day or two past the cap; and an exam less than a day away
 * is below its resolution. Near the cap, Hard/Good/Easy may therefore share
 * one due date: being ready for the exam matters more than spreading them.
 */
function capDue(card: SrsCard, opts: Omit<ScheduleOptions, "card">): SrsCard {
  const now = opts.now.getTime();
  let limit = now + maxIntervalOf(opts) * DAY_MS;
  if (daysUntilExam(opts.now, opts.examDate) !== null && opts.examDate) {
    limit = Math.min(limit, opts.examDate.getTime());
  }
  if (card.due.getTime() <= limit) return card;
  return {
    ...card,
    due: new Date(limit),
    scheduledDays: Math.min(card.scheduledDays, Math.floor((limit - now) / DAY_MS)),
  };
}

/** Exact interval from `now` to `due` in days (fractional for learning steps). */
function intervalDays(now: Date, due: Date): number {
  return (due.getTime() - now.getTime()) / DAY_MS;
}

/**
 * Applies one review to a card.
 *
 * `intervalDays` is the time until the new due date in (fractional) days:
 * 10 minutes is ≈ 0.00694.
 *
 * @example
 * const now = new Date("2026-01-01T09:00:00Z");
 * const { card } = scheduleReview({ card: newSrsCard(now), rating: 3, now, retention: 0.9 });
 * card.state; // "learning", due 10 minutes later
 */
export function scheduleReview(opts: ScheduleOptions & { rating: SrsRating }): { card: SrsCard; intervalDays: number } {
  const f = makeScheduler(opts);
  const grade = opts.rating as Grade;
  if (grade < Rating.Again || grade > Rating.Easy || !Number.isInteger(grade)) {
    throw new RangeError(`rating must be 1, 2, 3 or 4, got ${String(opts.rating)}`);
  }
  const { card } = f.next(toFsrsCard(saneCard(opts.card, opts.now)), opts.now, grade);
  const next = capDue(fromFsrsCard(card), opts);
  return { card: next, intervalDays: intervalDays(opts.now, next.due) };
}

/** What each rating would do to a card: its due date and an Anki-style label. */
export type IntervalPreview = Record<SrsRating, { due: Date; label: string }>;

/**
 * Previews all four ratings without changing the card (for the answer buttons).
 *
 * @example
 * previewIntervals({ card: newSrsCard(now), now, retention: 0.9 });
 * // { 1: { label: "1m" }, 2: { label: "6m" }, 3: { label: "10m" }, 4: { label: "8d" } } (due dates omitted)
 */
export function previewIntervals(opts: ScheduleOptions): IntervalPreview {
  const f = makeScheduler(opts);
  const preview = f.repeat(toFsrsCard(saneCard(opts.card, opts.now)), opts.now);
  const entry = (rating: Grade): { due: Date; label: string } => {
    const card = capDue(fromFsrsCard(preview[rating].card), opts);
    return { due: card.due, label: formatInterval(card.due.getTime() - opts.now.getTime()) };
  };
  return {
    1: entry(Rating.Again),
    2: entry(Rating.Hard),
    3: entry(Rating.Good),
    4: entry(Rating.Easy),
  };
}

// Retrievability does not depend on retention or the interval cap, only on the weights (FSRS-6's
// w20 is the forgetting curve's decay): one scheduler per set of weights, the defaults shared.
const defaultScheduler = fsrs({ enable_fuzz: false });
const fittedSchedulers = new Map<string, FSRS>();

function retrievabilityScheduler(weights: readonly number[] | null | undefined): FSRS {
  if (!weights || weights.length === 0) return defaultScheduler;
  const key = weights.join(",");
  let f = fittedSchedulers.get(key);
  if (!f) {
    if (fittedSchedulers.size > 100) fittedSchedulers.clear();
    f = fsrs({ enable_fuzz: false, w: [...weights] });
    fittedSchedulers.set(key, f);
  }
  return f;
}

/**
 * Probability in [0, 1] that the learner recalls the card at `now`
 * (FSRS forgetting curve from the last review). 0 for a new card.
 * `weights`: the learner's fitted FSRS parameters, when optimised (their w20 changes the curve).
 */
export function retrievability(card: Pick<SrsCard, "state" | "stability" | "lastReview">, now: Date, weights?: readonly number[] | null): number {
  if (card.state === "new") return 0;
  // ts-fsrs's get_retrievability on the sane card (saneCard), without copying the card twice:
  // whole days since the last review (never negative, a future last review counts as now), the
  // stability rounded to 8 places, through the scheduler's own forgetting curve. /progress makes
  // one call per card the learner has. A studied card without a last review is ts-fsrs's error, as before.
  if (!card.lastReview) {
    const r = retrievabilityScheduler(weights).get_retrievability(toFsrsCard(saneCard({ ...newSrsCard(now), ...card }, now)), now, false);
    return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
  }
  const last = card.lastReview.getTime() <= now.getTime() ? card.lastReview.getTime() : now.getTime();
  return retrievabilityAfter(weights)(Math.max(Math.floor((now.getTime() - last) / DAY_MS), 0), card.stability);
}

/**
 * {@link retrievability} of a studied card (not new) with a last review, `days` whole days after
 * it (floor of the milliseconds since the last review over 86,400,000, a future last review
 * counting as now), as a function of (days, stability) for one set of weights: what /progress uses
 * when SQLite has counted the days (db/stats.ts), one call per card, the scheduler looked up once.
 */
export function retrievabilityAfter(weights?: readonly number[] | null): (days: number, stability: number) => number {
  const scheduler = retrievabilityScheduler(weights);
  return (days, stability) => {
    const s = Number.isFinite(stability) && stability >= MIN_STABILITY ? stability : MIN_STABILITY;
    const r = scheduler.forgetting_curve(days, +s.toFixed(8));
    return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
  };
}

/**
 * Statistics of a learner's review history, Anki-style: streak, true retention, due forecast,
 * review heatmap, distributions. Pure: rows and `now` come in, numbers go out. Days are the
 * learner's local calendar days (lib/day.ts).
 */
import { localDate } from "./day";
import type { CardState } from "./srs";

const DAY_MS = 86_400_000;

/** The calendar date `n` days after `date` (YYYY-MM-DD; n may be negative). */
export function addDays(date: string, n: number): string {
  return dateOf(dayNumber(date) + n);
}

// /progress turns hundreds of days into dates and back on every call; Date.parse and toISOString
// cost more than a lookup, so both directions are remembered (a few thousand days at most).
const dayNumbers = new Map<string, number>();
const dates = new Map<number, string>();

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
function dayNumber(date: string): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    n = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
    if (!Number.isInteger(n)) return n;
    if (dayNumbers.size >= 50_000) dayNumbers.clear();
    dayNumbers.set(date, n);
  }
  return n;
}

/** The YYYY-MM-DD date of a day number (a RangeError for a day no Date can hold, as toISOString). */
function dateOf(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dates.size >= 50_000) dates.clear();
    dates.set(day, date);
  }
  return date;
}

/**
 * Consecutive days with at least one review, ending today — or yesterday, so a streak is not
 * lost before today's reviews are done.
 * @example dayStreak({ days: new Set(["2026-11-20", "2026-11-21"]), today: "2026-11-22" }) // 2
 */
export function dayStreak({ days, today }: { days: ReadonlySet<string>; today: string }): number {
  let day = days.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day = addDays(day, -1);
  }
  return streak;
}

export interface ReviewFact {
  reviewedAt: Date;
  rating: number;
  /** The card's state before this review; null for a card's first review. */
  beforeState: CardState | null;
  /** How many such reviews this row stands for (an aggregated row); 1 when left out. */
  count?: number;
}

export interface RetentionPoint {
  /** First day of the period (Monday for weeks, the 1st for months). */
  start: string;
  passed: number;
  total: number;
  /** passed / total, or null when no review card was due in the period. */
  rate: number | null;
}

function mondayOf(date: string): string {
  const day = dayNumber(date);
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday; 1970-01-01 was a Thursday
  return dateOf(day - ((weekday + 6) % 7));
}

function rate(passed: number, total: number): number | null {
  return total === 0 ? null : passed / total;
}

/**
 * True retention: the pass rate (any rating but Again) of reviews of cards in the review state,
 * which is what desired retention predicts. Learning steps do not count.
 */
export function trueRetention(
  reviews: readonly ReviewFact[],
  { now, timeZone, weeks = 12, months = 12, windowDays = 30 }: { now: Date; timeZone: string; weeks?: number; months?: number; windowDays?: number },
): { recent: number | null; recentReviews: number; byWeek: RetentionPoint[]; byMonth: RetentionPoint[] } {
  const today = localDate(now, timeZone);
  const weekStarts = Array.from({ length: weeks }, (_, i) => addDays(mondayOf(today), -7 * (weeks - 1 - i)));
  const monthStarts = Array.from({ length: months }, (_, i) => {
    const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - (months - 1 - i));
    return d.toISOString().slice(0, 10);
  });
  const week = new Map(weekStarts.map((s) => [s, { passed: 0, total: 0 }]));
  const month = new Map(monthStarts.map((s) => [s, { passed: 0, total: 0 }]));
  const windowStart = addDays(today, -(windowDays - 1));
  let recentPassed = 0;
  let recentTotal = 0;
  for (const r of reviews) {
    if (r.beforeState !== "review") continue;
    const day = localDate(r.reviewedAt, timeZone);
    const n = r.count ?? 1;
    const pass = r.rating > 1 ? n : 0;
    const w = week.get(mondayOf(day));
    if (w) {
      w.total += n;
      w.passed += pass;
    }
    const m = month.get(`${day.slice(0, 7)}-01`);
    if (m) {
      m.total += n;
      m.passed += pass;
    }
    if (day >= windowStart && day <= today) {
      recentTotal += n;
      recentPassed += pass;
    }
  }
  const points = (m: Map<string, { passed: number; total: number }>) => [...m.entries()].map(([start, v]) => ({ start, ...v, rate: rate(v.passed, v.total) }));
  return { recent: rate(recentPassed, recentTotal), recentReviews: recentTotal, byWeek: points(week), byMonth: points(month) };
}

/** Cards coming due on each of the next `days` days; overdue cards count today. A row's `count` (default 1) is how many cards it stands for. */
export function dueForecast(
  cards: readonly { due: Date; state: CardState; count?: number }[],
  { now, timeZone, days = 30 }: { now: Date; timeZone: string; days?: number },
): { date: string; due: number }[] {
  const today = localDate(now, timeZone);
  const out = Array.from({ length: days }, (_, i) => ({ date: addDays(today, i), due: 0 }));
  const index = new Map(out.map((d, i) => [d.date, i]));
  for (const c of cards) {
    if (c.state === "new") continue;
    const day = c.due <= now ? today : localDate(c.due, timeZone);
    const i = index.get(day);
    if (i !== undefined) out[i]!.due += c.count ?? 1;
  }
  return out;
}

/** Reviews on each day of the last `days` days (oldest first), zeros included; a row's `count` (default 1) is how many reviews it stands for. */
export function reviewHeatmap(
  reviews: readonly { reviewedAt: Date; count?: number }[],
  { now, timeZone, days = 365 }: { now: Date; timeZone: string; days?: number },
): { date: string; reviews: number }[] {
  const today = localDate(now, timeZone);
  const out = Array.from({ length: days }, (_, i) => ({ date: addDays(today, i - days + 1), reviews: 0 }));
  const index = new Map(out.map((d, i) => [d.date, i]));
  for (const r of reviews) {
    const i = index.get(localDate(r.reviewedAt, timeZone));
    if (i !== undefined) out[i]!.reviews += r.count ?? 1;
  }
  return out;
}

/**
 * Counts of `values` in buckets bounded by `edges` (ascending): bucket i holds
 * edges[i] ≤ v < edges[i+1]; the last is open-ended.
 */
export function histogram(values: readonly number[], edges: readonly number[], label: (lo: number, hi: number | undefined) => string) {
  const counts = edges.map(() => 0);
  for (const v of values) {
    let i = edges.length - 1;
    while (i > 0 && v < edges[i]!) i--;
    counts[i]!++;
  }
  return edges.map((lo, i) => ({ bucket: label(lo, edges[i + 1]), count: counts[i]! }));
}

/**
 * Whether every card will have been reviewed before the exam: true when no card's next review
 * falls on or after the exam day (new cards count as not yet reviewed).
 */
export function examReadiness({
  examDate,
  today,
  lastDue,
  unseen,
}: {
  examDate: string | null;
  today: string;
  /** The local date of the latest due among the learner's cards, or null. */
  lastDue: string | null;
  unseen: number;
}): { examDate: string; daysLeft: number; onTrack: boolean } | null {
  if (!examDate) return null;
  const daysLeft = Math.round((Date.parse(`${examDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  return { examDate, daysLeft, onTrack: daysLeft > 0 && unseen === 0 && (lastDue === null || lastDue < examDate) };
}

/**
 * Factdeck's review log as the FSRS optimizer's training data (plain data: the
 * server turns it into `@open-spaced-repetition/binding` objects). Pure: time
 * zones come from the built-in Intl data, nothing is read or written.
 *
 * The shape follows fsrs-rs (and the binding's own `convertCsvToFsrsItems`):
 * a card with reviews r0, r1, …, rn gives n items; item k is the history
 * r0…rk, and the optimizer learns to predict whether rk was recalled from
 * r0…r(k-1) and the time that passed. `deltaT` is counted in whole calendar
 * days of the learner's time zone (0 for the first review and for same-day
 * learning steps), as FSRS expects.
 *
 * Only items whose last review came at least a day after the one before it
 * are kept: those are the reviews the forgetting curve predicts (as the FSRS
 * benchmark evaluates). Same-day steps still shape the memory state inside
 * later items' histories, which is how the short-term parameters are fitted.
 * (The binding's evaluate() fails with InvalidInput on items that end in a
 * same-day lapse: the curve gives recall 1 at 0 days.)
 *
 * @example
 * reviewLogToItems([
 *   { cardId: "q1", rating: 3, reviewedAt: Date.parse("2026-03-01T09:00:00Z"), stateBefore: null },
 *   { cardId: "q1", rating: 3, reviewedAt: Date.parse("2026-03-01T09:10:00Z"), stateBefore: "learning" },
 *   { cardId: "q1", rating: 1, reviewedAt: Date.parse("2026-03-04T08:00:00Z"), stateBefore: "review" },
 * ], { timeZone: "UTC" });
 * // [{ reviews: [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 1, deltaT: 3 }] }]
 * // (the item ending at the 10-minute step is dropped: it came the same day)
 */
import type { CardState, SrsRating } from "./srs";

/**
 * Reviews the optimizer must be able to learn from before Factdeck fits a
 * learner's parameters: Anki's long-standing minimum (docs/optimise.md),
 * counted after filtering, i.e. as items of `reviewLogToItems`.
 */
export const OPTIMISE_MIN_REVIEWS = 400;

/** One answer from the review log (undone reviews already left out). */
export interface LoggedReview {
  /** The card reviewed (Factdeck: the question id; one card per user and question). */
  cardId: string;
  /** 1 Again … 4 Easy; anything else is not an answer and is ignored. */
  rating: number;
  /** Epoch milliseconds. */
  reviewedAt: number;
  /** The card's state before this review; null for its very first review (a new card). */
  stateBefore: CardState | null;
}

/** One review inside an item: its rating and the whole local days since the review before it. */
interface FsrsReviewData {
  rating: SrsRating;
  deltaT: number;
}

/** One training item: a card's history up to and including one review after its first. */
export interface FsrsItemData {
  reviews: FsrsReviewData[];
}

const DAY_MS = 86_400_000;
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric" });
    dayFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar day of instant `at` in `timeZone`, as days since 1970-01-01
 * (so the difference of two is the whole days between them). The day starts
 * at local midnight, as everywhere in Factdeck. Throws a RangeError for an
 * unknown zone.
 *
 * @example
 * localDayNumber(Date.parse("2026-03-01T19:00:00Z"), "Asia/Kolkata"); // 20514 (2 March there)
 */
export function localDayNumber(at: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of dayFormatter(timeZone).formatToParts(new Date(at))) {
    if (p.type === "year" || p.type === "month" || p.type === "day") parts[p.type] = Number(p.value);
  }
  return Math.round(Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1) / DAY_MS);
}

/**
 * `localDayNumber` memoised per quarter hour: UTC offsets in use are whole
 * quarter hours, so local midnights and offset changes fall on quarter-hour
 * instants and one quarter hour never spans two local days. A study session's
 * reviews then cost one Intl call per quarter hour instead of one each.
 */
function dayCounter(timeZone: string): (at: number) => number {
  const seen = new Map<number, number>();
  return (at) => {
    const bucket = Math.floor(at / 900_000);
    let day = seen.get(bucket);
    if (day === undefined) {
      day = localDayNumber(bucket * 900_000, timeZone);
      seen.set(bucket, day);
    }
    return day;
  };
}

function isRating(r: number): r is SrsRating {
  return r === 1 || r === 2 || r === 3 || r === 4;
}

const isLearningState = (s: CardState | null) => s === null || s === "new" || s === "learning";

/**
 * Keeps the reviews from the start of the card's last run of new/learning
 * reviews: a card that was reset ("forget") starts a fresh history there, and
 * a history that never began as new cannot be modelled (fsrs-rs does the same).
 */
function sinceLastFirstLearning(reviews: readonly LoggedReview[]): readonly LoggedReview[] {
  let start: number | null = null;
  for (let i = reviews.length - 1; i >= 0; i--) {
    if (isLearningState(reviews[i]?.stateBefore ?? null)) start = i;
    else if (start !== null) break;
  }
  return start === null ? [] : reviews.slice(start);
}

/**
 * The training items of one card's reviews (any order: sorted by time here,
 * ties kept in the given order): one per review that came on a later local
 * day than the card's review before it. None for a card reviewed once.
 */
export function cardReviewsToItems(reviews: readonly LoggedReview[], { timeZone }: { timeZone: string }): FsrsItemData[] {
  return itemsOfCard(reviews, dayCounter(timeZone));
}

function itemsOfCard(reviews: readonly LoggedReview[], dayOf: (at: number) => number): FsrsItemData[] {
  const answers = reviews.filter((r) => isRating(r.rating) && Number.isFinite(r.reviewedAt));
  const ordered = sinceLastFirstLearning([...answers].sort((a, b) => a.reviewedAt - b.reviewedAt));
  const history: FsrsReviewData[] = [];
  const items: FsrsItemData[] = [];
  let prevDay: number | null = null;
  for (const r of ordered) {
    const day = dayOf(r.reviewedAt);
    const deltaT = prevDay === null ? 0 : Math.max(0, day - prevDay);
    prevDay = day;
    history.push({ rating: r.rating as SrsRating, deltaT });
    if (history.length > 1 && deltaT > 0) items.push({ reviews: history.map((h) => ({ ...h })) });
  }
  return items;
}

/**
 * The training items of a whole review log: grouped by card, then
 * `cardReviewsToItems` for each. Its length is the number of reviews the
 * optimizer can learn from (compare with `OPTIMISE_MIN_REVIEWS`).
 */
export function reviewLogToItems(reviews: readonly LoggedReview[], { timeZone }: { timeZone: string }): FsrsItemData[] {
  const byCard = new Map<string, LoggedReview[]>();
  for (const r of reviews) {
    const list = byCard.get(r.cardId);
    if (list) list.push(r);
    else byCard.set(r.cardId, [r]);
  }
  const dayOf = dayCounter(timeZone);
  const items: FsrsItemData[] = [];
  for (const list of byCard.values()) items.push(...itemsOfCard(list, dayOf));
  return items;
}

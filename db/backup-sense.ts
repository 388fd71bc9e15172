import { CLAMP_PARAMETERS, S_MAX, S_MIN } from "ts-fsrs";
import { badRequest } from "@/lib/errors";
import type { Backup } from "./backup";
import type { CardSnapshot } from "./schema";
import { forEachSliced } from "./yield";

/**
 * Sense checks of a backup that passed the schema (`backupSchema` checks shape; this checks that
 * the values can have happened and that the scheduler can work with them). A backup that fails is
 * refused with a 400 naming the first bad record, before anything is written, so an import can
 * never leave an account whose later calls (study, progress, exports, undo) fail.
 *
 * - Every date of something that happened (reviews, last reviews, creation, undo, submission,
 *   retirement, suspension, edits, drops, flags, the export itself) lies between 2000-01-01 and now plus `CLOCK_SKEW_MS`.
 * - Every due date lies between 1970 and the end of year 9999 (the ISO/Date range the exports use).
 * - A card's state agrees with its fields: a new card has no reps, no lapses and no last review; a
 *   studied one has a last review, reps ≥ 1 and an FSRS memory state (stability 0.001–36500,
 *   difficulty 1–10); lapses never exceed reps. The same holds for a review's before/after
 *   snapshots, and a review's `after` is never new.
 * - An undo is not earlier than its review; an exam ends after it starts and within a day.
 * - The settings' FSRS weights lie within the bounds ts-fsrs accepts.
 * - An edit's and a flag's dates are past ones; an edit's choices are distinct and hold its answer.
 */

/** How far ahead of this server's clock a date in a backup may be (another server's clock). */
const CLOCK_SKEW_MS = 2 * 60_000;
/** Nothing in a backup happened before this (Factdeck is younger). */
const EARLIEST_MS = Date.UTC(2000, 0, 1);
/** The last instant an ISO date with a four-digit year can name. */
const LATEST_DUE_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const DAY_MS = 86_400_000;

/** One scheduling state as a backup holds it (dates as epoch milliseconds). */
type Scheduling = CardSnapshot;

const iso = (ms: number) => (Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : String(ms));

/** What is wrong with one scheduling state, or null. */
function schedulingProblem(s: Scheduling, latest: number): string | null {
  if (!Number.isFinite(s.due) || s.due < 0 || s.due > LATEST_DUE_MS) return `due ${iso(s.due)} is outside the dates a schedule can name`;
  if (s.lastReview !== null) {
    if (!Number.isFinite(s.lastReview) || s.lastReview > latest) return `lastReview ${iso(s.lastReview)} is in the future`;
    if (s.lastReview < EARLIEST_MS) return `lastReview ${iso(s.lastReview)} is before 2000`;
  }
  if (s.lapses > s.reps) return `${s.lapses} lapses but only ${s.reps} reps`;
  if (s.scheduledDays > S_MAX) return `scheduledDays ${s.scheduledDays} is over ${S_MAX}`;
  if (s.state === "new") {
    if (s.reps !== 0 || s.lapses !== 0) return `a new card with ${s.reps} reps and ${s.lapses} lapses`;
    if (s.lastReview !== null) return "a new card with a last review";
    return null;
  }
  if (s.lastReview === null) return `a ${s.state} card without a last review`;
  if (s.reps < 1) return `a ${s.state} card with no reps`;
  if (!(s.stability >= S_MIN && s.stability <= S_MAX)) return `stability ${s.stability} is outside FSRS' range (${S_MIN}–${S_MAX})`;
  if (!(s.difficulty >= 1 && s.difficulty <= 10)) return `difficulty ${s.difficulty} is outside FSRS' range (1–10)`;
  return null;
}

/**
 * Rejects (400) naming the first record of `backup` that makes no sense at `now`; resolves when all
 * do. Yields to the event loop every few hundred records.
 */
export async function checkBackupSense(backup: Backup, now: Date): Promise<void> {
  const latest = now.getTime() + CLOCK_SKEW_MS;
  const refuse = (where: string, what: string): never => {
    throw badRequest(`This backup cannot be imported: ${where}: ${what}. Nothing was imported.`);
  };
  /** A date of something that happened: not before 2000, not after now (plus skew). */
  const past = (where: string, field: string, value: string | null | undefined) => {
    if (value === null || value === undefined) return;
    const ms = Date.parse(value);
    if (!Number.isFinite(ms) || ms > latest) refuse(where, `${field} ${value} is in the future`);
    if (ms < EARLIEST_MS) refuse(where, `${field} ${value} is before 2000`);
  };

  past("the backup", "exportedAt", backup.exportedAt);

  const weights = backup.user.settings.weights;
  if (weights) {
    const bounds = CLAMP_PARAMETERS(2, false);
    weights.forEach((w, i) => {
      const lo = bounds[i]?.[0] ?? -Infinity;
      const hi = bounds[i]?.[1] ?? Infinity;
      if (!(Number.isFinite(w) && w >= lo && w <= hi)) refuse("settings", `FSRS weight w[${i}] = ${w} is outside ${lo}–${hi}`);
    });
  }

  await forEachSliced(backup.cards, (c, i) => {
    const where = `cards[${i}] (question "${c.questionId}")`;
    past(where, "lastReview", c.lastReview);
    past(where, "createdAt", c.createdAt);
    past(where, "suspendedAt", c.suspendedAt);
    const due = Date.parse(c.due);
    const problem = schedulingProblem({ ...c, due, lastReview: c.lastReview ? Date.parse(c.lastReview) : null }, latest);
    if (problem) refuse(where, problem);
  });

  await forEachSliced(backup.reviews, (r, i) => {
    const where = `reviews[${i}] (id "${r.id}")`;
    past(where, "reviewedAt", r.reviewedAt);
    past(where, "undoneAt", r.undoneAt);
    if (r.undoneAt && Date.parse(r.undoneAt) < Date.parse(r.reviewedAt)) refuse(where, `undoneAt ${r.undoneAt} is before reviewedAt ${r.reviewedAt}`);
    if (r.before) {
      const problem = schedulingProblem(r.before, latest);
      if (problem) refuse(where, `before: ${problem}`);
    }
    if (r.after.state === "new") refuse(where, "after: a review cannot leave a card new");
    const problem = schedulingProblem(r.after, latest);
    if (problem) refuse(where, `after: ${problem}`);
  });

  await forEachSliced(backup.articles, (a, i) => {
    const where = `articles[${i}] (id "${a.id}")`;
    past(where, "createdAt", a.createdAt);
    a.facts.forEach((f, j) => {
      past(`${where}.facts[${j}] (id "${f.id}")`, "retiredAt", f.retiredAt);
      if (f.spanEnd < f.spanStart) refuse(`${where}.facts[${j}] (id "${f.id}")`, `spanEnd ${f.spanEnd} is before spanStart ${f.spanStart}`);
    });
    a.questions.forEach((q, j) => {
      const qWhere = `${where}.questions[${j}] (id "${q.id}")`;
      past(qWhere, "retiredAt", q.retiredAt);
      if (!Number.isFinite(q.score)) refuse(qWhere, `score ${q.score} is not a number`);
    });
  });

  await forEachSliced(backup.exams ?? [], (e, i) => {
    const where = `exams[${i}] (id "${e.id}")`;
    past(where, "createdAt", e.createdAt);
    past(where, "submittedAt", e.submittedAt);
    const start = Date.parse(e.createdAt);
    const end = Date.parse(e.endsAt);
    if (!(end >= start && end - start <= DAY_MS)) refuse(where, `endsAt ${e.endsAt} is not within a day after createdAt ${e.createdAt}`);
    if (e.submittedAt && Date.parse(e.submittedAt) < start) refuse(where, `submittedAt ${e.submittedAt} is before createdAt ${e.createdAt}`);
  });

  await forEachSliced(backup.edits ?? [], (e, i) => {
    const where = `edits[${i}] (question "${e.questionId}")`;
    past(where, "updatedAt", e.updatedAt);
    past(where, "droppedAt", e.droppedAt);
    if (e.choices && new Set(e.choices).size !== e.choices.length) refuse(where, "the choices repeat one another");
    if (e.answer !== null && e.choices && !e.choices.includes(e.answer)) refuse(where, `the answer "${e.answer}" is not among the choices`);
  });

  await forEachSliced(backup.flags ?? [], (f, i) => {
    past(`flags[${i}] (question "${f.questionId}")`, "createdAt", f.createdAt);
  });
}

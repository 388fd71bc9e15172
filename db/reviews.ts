import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { RevealResponse, ReviewResult, UndoResponse } from "@/lib/api-types";
import { startOfLocalDay } from "@/lib/day";
import { gradeResponse } from "@/lib/grade";
import type { QuestionType } from "@/lib/question-types";
import { newSrsCard, scheduleReview, schedulerOptions, type SrsCard, type SrsRating } from "@/lib/srs";
import { conflict, notFound } from "@/lib/errors";
import { cardFromRow, cardFromSnapshot, cardToRow, cardToSnapshot } from "./cards";
import { db, raw, type RawStatement } from "./client";
import { editColumns, editOf, withEdit } from "./question-view";
import { articles, cards, questionEdits, questions, reviews, SETTINGS_DEFAULTS, type CardSnapshot, type QuestionRow, type ReviewRow } from "./schema";
import { getSettings } from "./settings";
import { visibleArticle, visibleArticleSqlNumbered } from "./visibility";

export interface ReviewResponse {
  choice?: string;
  text?: string;
  truth?: boolean;
  rating?: SrsRating;
}

export function resultOf(
  review: Pick<ReviewRow, "id" | "correct" | "rating" | "after">,
  q: { answer: string; evidence: string },
  duplicate: boolean,
): ReviewResult {
  const a: CardSnapshot = review.after;
  return {
    reviewId: review.id,
    correct: review.correct,
    answer: q.answer,
    evidence: q.evidence,
    rating: review.rating as SrsRating,
    card: {
      due: new Date(a.due).toISOString(),
      state: a.state,
      stability: a.stability,
      difficulty: a.difficulty,
      reps: a.reps,
      lapses: a.lapses,
    },
    duplicate,
  };
}

/**
 * A review by id (any user's: the caller checks whose), with its question's answer and evidence
 * through the visibility rule for the review's owner (empty when they may no longer see it).
 */
export async function findReview(id: string) {
  const [row] = await db
    .select({
      review: reviews,
      // The answer as the review's owner sees it: their edit, when they edited the question.
      answer: sql<string>`case when ${articles.id} is null then '' else coalesce(${questionEdits.answer}, ${questions.answer}) end`,
      evidence: sql<string>`case when ${articles.id} is null then '' else ${questions.evidence} end`,
    })
    .from(reviews)
    .innerJoin(questions, eq(questions.id, reviews.questionId))
    .leftJoin(articles, and(eq(articles.id, questions.articleId), visibleArticle(reviews.userId)))
    .leftJoin(questionEdits, and(eq(questionEdits.questionId, reviews.questionId), eq(questionEdits.userId, reviews.userId)))
    .where(eq(reviews.id, id));
  return row;
}

interface ReviewContextOfQuestion {
  seen: number;
  type: QuestionType | null;
  answer: string;
  choices: string | null;
  evidence: string;
  editAnswer: string | null;
  editChoices: string | null;
  desiredRetention: number | null;
  examDate: string | null;
  weights: string | null;
}

/** The stored card's scheduling fields; `due` and `reps` are null when the learner has no card yet. */
type ReviewContext = ReviewContextOfQuestion & Omit<CardSnapshot, "due" | "reps"> & { due: number | null; reps: number | null };

// One row always (from the constant row `one_row`), with nulls for what is missing; the settings as
// scalar subqueries (a LEFT JOIN on a constant condition was planned as a scan of settings). The
// question must be in an article the learner may see: shared (no owner) or their own (db/visibility.ts).
const REVIEW_CONTEXT_SQL = `select
  exists (select 1 from reviews where id = ?1) as seen,
  q.type as type, q.answer as answer, q.choices as choices, q.evidence as evidence,
  e.answer as editAnswer, e.choices as editChoices,
  (select desired_retention from settings where user_id = ?3) as desiredRetention,
  (select exam_date from settings where user_id = ?3) as examDate,
  (select weights from settings where user_id = ?3) as weights,
  c.due as due, c.stability as stability, c.difficulty as difficulty, c.scheduled_days as scheduledDays,
  c.learning_steps as learningSteps, c.reps as reps, c.lapses as lapses, c.state as state, c.last_review as lastReview
from (select 1) one_row
left join questions q on q.id = ?2
  and exists (select 1 from articles a where a.id = q.article_id and ${visibleArticleSqlNumbered(3)})
left join question_edits e on e.user_id = ?3 and e.question_id = q.id
left join cards c on c.user_id = ?3 and c.question_id = q.id`;

const CARD_COLUMNS = "due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, state, last_review";
const INSERT_CARD_SQL = `insert into cards (user_id, question_id, ${CARD_COLUMNS}, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing`;
const UPDATE_CARD_SQL = `update cards set due = ?, stability = ?, difficulty = ?, scheduled_days = ?, learning_steps = ?, reps = ?, lapses = ?, state = ?, last_review = ?
  where user_id = ? and question_id = ? and reps = ? and due = ?`;
const APPEND_REVIEW_SQL = `insert into reviews (id, user_id, question_id, rating, response, correct, duration_ms, reviewed_at, before, after)
  select ?, ?, ?, ?, ?, ?, ?, ?, ?, ? where changes() = 1 on conflict (id) do nothing`;

const parseChoices = (json: string | null) => (json === null ? null : (JSON.parse(json) as string[] | null));

function cardOfContext(r: ReviewContext): SrsCard {
  return cardFromRow({
    due: new Date(r.due!),
    stability: r.stability,
    difficulty: r.difficulty,
    scheduledDays: r.scheduledDays,
    learningSteps: r.learningSteps,
    reps: r.reps!,
    lapses: r.lapses,
    state: r.state,
    lastReview: r.lastReview === null ? null : new Date(r.lastReview),
  });
}

/**
 * Records one answer: grades it, schedules the card with FSRS and appends the review, in one
 * transaction. The client-made id makes it idempotent: the same id again returns the first result
 * with `duplicate: true` and writes nothing.
 */
/**
 * The question with this id, if the user may see it (the one visibility rule); else a 404. It comes
 * as this learner sees it: with their edit laid over (so grading follows the edit).
 */
export async function findVisibleQuestion(userId: string, questionId: string): Promise<QuestionRow> {
  const [row] = await db
    .select({ question: questions, edit: editColumns })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(questionEdits, editOf(userId))
    .where(and(eq(questions.id, questionId), visibleArticle(userId)));
  if (!row) throw notFound(`No question with id "${questionId}".`);
  return withEdit(row.question, row.edit);
}

export async function recordReview({
  userId,
  id,
  questionId,
  response,
  durationMs,
  now,
}: {
  userId: string;
  id: string;
  questionId: string;
  response: ReviewResponse;
  durationMs: number;
  now: Date;
}): Promise<ReviewResult> {
  for (let attempt = 0; attempt < 5; attempt++) {
    // Everything the answer needs in one kept statement (db/client.ts `raw`): whether the id is
    // taken, the question as this learner may see it (with their edit), their settings, their card.
    const r = await raw.get<ReviewContext>(REVIEW_CONTEXT_SQL, [id, questionId, userId]);
    if (!r || r.seen) {
      // A duplicate (or another user's id): answered from the review that was recorded first.
      const first = await findReview(id);
      if (first) {
        if (first.review.userId !== userId) throw conflict("This review id is already taken; make a new one.");
        return resultOf(first.review, first, true);
      }
    }
    if (!r || r.type === null) throw notFound(`No question with id "${questionId}".`);
    const q = { type: r.type, answer: r.editAnswer ?? r.answer, choices: parseChoices(r.editChoices) ?? parseChoices(r.choices), evidence: r.evidence };
    const graded = gradeResponse({ question: { type: q.type, answer: q.answer, choices: q.choices ?? undefined }, response });
    const userSettings = {
      desiredRetention: r.desiredRetention ?? SETTINGS_DEFAULTS.desiredRetention,
      examDate: r.examDate,
      weights: r.weights === null ? null : (JSON.parse(r.weights) as number[] | null),
    };

    // Read, compute, then write in one atomic batch (no interactive transaction: the embedded driver
    // would hold the lock across awaits). The card write is a compare-and-set on the state read; the
    // review is appended only if that write took effect, so a racing duplicate or a concurrent review
    // of the same card writes nothing and is sorted out on the next attempt.
    const before = r.reps === null ? newSrsCard(now) : cardOfContext(r);
    const { card: after } = scheduleReview({ card: before, rating: graded.rating, now, ...schedulerOptions(userSettings) });
    const a = cardToRow(after);
    const cardArgs = [a.due.getTime(), a.stability, a.difficulty, a.scheduledDays, a.learningSteps, a.reps, a.lapses, a.state, a.lastReview?.getTime() ?? null];
    const cardWrite: RawStatement =
      r.reps === null
        ? { sql: INSERT_CARD_SQL, args: [userId, questionId, ...cardArgs, now.getTime()] }
        : { sql: UPDATE_CARD_SQL, args: [...cardArgs, userId, questionId, r.reps, r.due!] };
    const snapshot = cardToSnapshot(after);
    const correct = graded.correct === null ? null : graded.correct ? 1 : 0;
    const [, appended] = await raw.batch([
      cardWrite,
      {
        sql: APPEND_REVIEW_SQL,
        args: [
          id,
          userId,
          questionId,
          graded.rating,
          JSON.stringify(response),
          correct,
          durationMs,
          now.getTime(),
          r.reps === null ? null : JSON.stringify(cardToSnapshot(before)),
          JSON.stringify(snapshot),
        ],
      },
    ]);
    if (appended === 1) return resultOf({ id, correct: graded.correct, rating: graded.rating, after: snapshot }, q, false);
    // Nothing appended: either the same id won a race (a duplicate: the next read sees it), or the card changed under us (retry).
  }
  throw conflict("The card kept changing while this answer was saved; please try again.");
}

/**
 * Undoes the caller's last review (Anki's Ctrl+Z): the card goes back to the state it had before,
 * and the review is marked undone (its id stays taken, so a late retry is not recorded again).
 * To undo one named review, whatever came after it, see `undoReview` in ./review-history.
 */
export async function undoLastReview({ userId, now }: { userId: string; now: Date }): Promise<UndoResponse> {
  const [last] = await db
    .select()
    .from(reviews)
    .where(and(eq(reviews.userId, userId), isNull(reviews.undoneAt)))
    .orderBy(desc(reviews.reviewedAt), desc(sql`rowid`))
    .limit(1);
  if (!last) throw notFound("There is no review to undo.");

  // Atomic: mark the review undone (only if nobody did already), then restore the card only if that took effect.
  const whereCard = and(eq(cards.userId, userId), eq(cards.questionId, last.questionId), sql`changes() = 1`);
  const restore = last.before
    ? db
        .update(cards)
        .set(cardToRow(cardFromSnapshot(last.before)))
        .where(whereCard)
    : db.delete(cards).where(whereCard);
  const [marked] = await db.batch([
    db
      .update(reviews)
      .set({ undoneAt: now })
      .where(and(eq(reviews.id, last.id), isNull(reviews.undoneAt))),
    restore,
  ]);
  return { undone: last.id, questionId: last.questionId, alreadyUndone: marked.rowsAffected === 0 };
}

/**
 * A cram answer (GET /api/study/next `cram=1`): graded like a review, nothing written — no review,
 * no card — so the schedule never changes. → what the feedback shows.
 */
export async function checkCramAnswer({ userId, questionId, response }: { userId: string; questionId: string; response: ReviewResponse }) {
  const q = await findVisibleQuestion(userId, questionId);
  const graded = gradeResponse({ question: { type: q.type, answer: q.answer, choices: q.choices ?? undefined }, response });
  return { questionId, correct: graded.correct, answer: q.answer, evidence: q.evidence, rating: graded.rating, cram: true as const };
}

/** The answer and evidence of a question the user may see (a flashcard's back). */
export async function revealQuestion({ userId, questionId }: { userId: string; questionId: string }): Promise<RevealResponse> {
  const [row] = await db
    .select({ answer: sql<string>`coalesce(${questionEdits.answer}, ${questions.answer})`, evidence: questions.evidence, articleId: questions.articleId })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(questionEdits, editOf(userId))
    .where(and(eq(questions.id, questionId), visibleArticle(userId)));
  if (!row) throw notFound(`No question with id "${questionId}".`);
  return row;
}

/** Reviews counted today in the learner's time zone (undone ones excluded). */
export async function getTodayStats({ userId, now }: { userId: string; now: Date }) {
  const { timeZone } = await getSettings({ userId });
  return reviewsSince(userId, startOfLocalDay(now, timeZone));
}

/** The learner's reviews since `since` (undone ones excluded), counted on a kept statement: getTodayStats once the day's start is known. */
export async function reviewsSince(userId: string, since: Date) {
  const row = await raw.get<{ reviewed: number; correct: number; graded: number; ms: number }>(
    `select count(*) as reviewed, coalesce(sum(case when correct = 1 then 1 else 0 end), 0) as correct,
       coalesce(sum(case when correct is not null then 1 else 0 end), 0) as graded, coalesce(sum(duration_ms), 0) as ms
     from reviews where user_id = ? and undone_at is null and reviewed_at >= ?`,
    [userId, since.getTime()],
  );
  return {
    reviewed: Number(row?.reviewed ?? 0),
    correct: Number(row?.correct ?? 0),
    /** Answers graded right or wrong (self-rated flashcards are not): accuracy is correct / graded. */
    graded: Number(row?.graded ?? 0),
    minutes: Math.round(Number(row?.ms ?? 0) / 6000) / 10,
  };
}

import "server-only";
import { and, desc, eq, gte, isNull, sql } from "drizzle-orm";
import type { RevealResponse, ReviewResult, UndoResponse } from "@/lib/api-types";
import { startOfLocalDay } from "@/lib/day";
import { gradeResponse } from "@/lib/grade";
import { newSrsCard, scheduleReview, schedulerOptions, type SrsRating } from "@/lib/srs";
import { conflict, notFound } from "@/lib/errors";
import { cardFromRow, cardFromSnapshot, cardToRow, cardToSnapshot } from "./cards";
import { db } from "./client";
import { editColumns, editOf, withEdit } from "./question-view";
import { articles, cards, questionEdits, questions, reviews, type CardSnapshot, type QuestionRow, type ReviewRow } from "./schema";
import { getSettings } from "./settings";
import { visibleArticle } from "./visibility";

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
  const seen = await findReview(id);
  if (seen) {
    if (seen.review.userId !== userId) throw conflict("This review id is already taken; make a new one.");
    return resultOf(seen.review, seen, true);
  }

  const q = await findVisibleQuestion(userId, questionId);

  const graded = gradeResponse({ question: { type: q.type, answer: q.answer, choices: q.choices ?? undefined }, response });
  const userSettings = await getSettings({ userId });

  // Read, compute, then write in one atomic batch (no interactive transaction: the embedded driver
  // would hold the lock across awaits). The card write is a compare-and-set on the state read; the
  // review is appended only if that write took effect, so a racing duplicate or a concurrent review
  // of the same card writes nothing and is sorted out below.
  for (let attempt = 0; attempt < 5; attempt++) {
    const [row] = await db
      .select()
      .from(cards)
      .where(and(eq(cards.userId, userId), eq(cards.questionId, questionId)));
    const before = row ? cardFromRow(row) : newSrsCard(now);
    const { card: after } = scheduleReview({
      card: before,
      rating: graded.rating,
      now,
      ...schedulerOptions(userSettings),
    });
    const columns = cardToRow(after);
    const cardWrite = row
      ? db
          .update(cards)
          .set(columns)
          .where(and(eq(cards.userId, userId), eq(cards.questionId, questionId), eq(cards.reps, row.reps), eq(cards.due, row.due)))
      : db
          .insert(cards)
          .values({ userId, questionId, ...columns, createdAt: now })
          .onConflictDoNothing();
    const review = {
      id,
      userId,
      questionId,
      rating: graded.rating,
      response: JSON.stringify(response),
      correct: graded.correct === null ? null : graded.correct ? 1 : 0,
      durationMs,
      reviewedAt: now.getTime(),
      before: row ? JSON.stringify(cardToSnapshot(before)) : null,
      after: JSON.stringify(cardToSnapshot(after)),
    };
    const [, appended] = await db.batch([
      cardWrite,
      db.run(sql`insert into ${reviews} (id, user_id, question_id, rating, response, correct, duration_ms, reviewed_at, before, after)
        select ${review.id}, ${review.userId}, ${review.questionId}, ${review.rating}, ${review.response}, ${review.correct},
               ${review.durationMs}, ${review.reviewedAt}, ${review.before}, ${review.after}
        where changes() = 1
        on conflict (id) do nothing`),
    ]);
    if (appended.rowsAffected === 1) {
      return resultOf({ id, correct: graded.correct, rating: graded.rating, after: cardToSnapshot(after) }, q, false);
    }
    // Nothing appended: either the same id won a race (a duplicate), or the card changed under us (retry).
    const first = await findReview(id);
    if (first) {
      if (first.review.userId !== userId) throw conflict("This review id is already taken; make a new one.");
      return resultOf(first.review, first, true);
    }
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
  const since = startOfLocalDay(now, timeZone);
  const [row] = await db
    .select({
      reviewed: sql<number>`count(*)`,
      correct: sql<number>`coalesce(sum(case when ${reviews.correct} = 1 then 1 else 0 end), 0)`,
      graded: sql<number>`coalesce(sum(case when ${reviews.correct} is not null then 1 else 0 end), 0)`,
      ms: sql<number>`coalesce(sum(${reviews.durationMs}), 0)`,
    })
    .from(reviews)
    .where(and(eq(reviews.userId, userId), isNull(reviews.undoneAt), gte(reviews.reviewedAt, since)));
  return {
    reviewed: Number(row?.reviewed ?? 0),
    correct: Number(row?.correct ?? 0),
    /** Answers graded right or wrong (self-rated flashcards are not): accuracy is correct / graded. */
    graded: Number(row?.graded ?? 0),
    minutes: Math.round(Number(row?.ms ?? 0) / 6000) / 10,
  };
}

import "server-only";
import { and, desc, eq, gte, isNull, sql } from "drizzle-orm";
import type { RevealResponse, ReviewResult, UndoResponse } from "@/lib/api-types";
import { startOfLocalDay } from "@/lib/day";
import { gradeResponse } from "@/lib/grade";
import { newSrsCard, scheduleReview, type SrsRating } from "@/lib/srs";
import { ApiError, notFound } from "@/lib/errors";
import { cardFromRow, cardFromSnapshot, cardToRow, cardToSnapshot } from "./cards";
import { db } from "./client";
import { editColumns, editOf, withEdit } from "./question-view";
import { articles, cards, questionEdits, questions, reviews, type CardSnapshot, type ReviewRow } from "./schema";
import { getSettings } from "./settings";
import { examInstant } from "./study";
import { visibleArticle } from "./visibility";

export interface ReviewResponse {
  choice?: string;
  text?: string;
  truth?: boolean;
  rating?: SrsRating;
}

function resultOf(review: Pick<ReviewRow, "id" | "correct" | "rating" | "after">, q: { answer: string; evidence: string }, duplicate: boolean): ReviewResult {
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

async function findReview(id: string) {
  const [row] = await db
    .select({ review: reviews, answer: sql<string>`coalesce(${questionEdits.answer}, ${questions.answer})`, evidence: questions.evidence })
    .from(reviews)
    .innerJoin(questions, eq(questions.id, reviews.questionId))
    .leftJoin(questionEdits, and(eq(questionEdits.questionId, reviews.questionId), eq(questionEdits.userId, reviews.userId)))
    .where(eq(reviews.id, id));
  return row;
}

/**
 * Records one answer: grades it, schedules the card with FSRS and appends the review, in one
 * transaction. The client-made id makes it idempotent: the same id again returns the first result
 * with `duplicate: true` and writes nothing.
 */
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
    if (seen.review.userId !== userId) throw new ApiError(409, "This review id is already taken; make a new one.");
    return resultOf(seen.review, seen, true);
  }

  const [question] = await db
    .select({ question: questions, edit: editColumns })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(questionEdits, editOf(userId))
    .where(and(eq(questions.id, questionId), visibleArticle(userId)));
  if (!question) throw notFound(`No question with id "${questionId}".`);
  // Graded against the learner's own version of the question when they edited it.
  const q = withEdit(question.question, question.edit);

  const graded = gradeResponse({ question: { type: q.type, answer: q.answer, choices: q.choices ?? undefined }, response });
  const userSettings = await getSettings({ userId });

  // Read, compute, then write in one atomic batch (no interactive transaction: the embedded driver
  // would hold the lock across awaits). The card write is a compare-and-set on the state read; the
  // review is appended only if that write took effect, so a racing duplicate or a concurrent review
  // of the same card writes nothing and is sorted out below.
  for (let attempt = 0; attempt < 5; attempt++) {
    const [row] = await db.select().from(cards).where(and(eq(cards.userId, userId), eq(cards.questionId, questionId)));
    const before = row ? cardFromRow(row) : newSrsCard(now);
    const { card: after } = scheduleReview({
      card: before,
      rating: graded.rating,
      now,
      retention: userSettings.desiredRetention,
      examDate: examInstant(userSettings.examDate),
      weights: userSettings.weights,
    });
    const columns = cardToRow(after);
    const cardWrite = row
      ? db
          .update(cards)
          .set(columns)
          .where(and(eq(cards.userId, userId), eq(cards.questionId, questionId), eq(cards.reps, row.reps), eq(cards.due, row.due)))
      : db.insert(cards).values({ userId, questionId, ...columns, createdAt: now }).onConflictDoNothing();
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
      if (first.review.userId !== userId) throw new ApiError(409, "This review id is already taken; make a new one.");
      return resultOf(first.review, first, true);
    }
  }
  throw new ApiError(409, "The card kept changing while this answer was saved; please try again.");
}

/**
 * Undoes the caller's last review (Anki's Ctrl+Z): the card goes back to the state it had before,
 * and the review is marked undone (its id stays taken, so a late retry is not recorded again).
 * With `reviewId`, undoes exactly that review, and only if it is the caller's last one; asking
 * again for a review already undone answers `alreadyUndone: true` and changes nothing, so a client
 * may retry an undo safely.
 */
export async function undoLastReview({ userId, reviewId, now }: { userId: string; reviewId?: string; now: Date }): Promise<UndoResponse> {
  if (reviewId) {
    const [named] = await db.select().from(reviews).where(and(eq(reviews.id, reviewId), eq(reviews.userId, userId)));
    if (!named) throw notFound(`No review with id "${reviewId}".`);
    if (named.undoneAt) return { undone: named.id, questionId: named.questionId, alreadyUndone: true };
  }
  const [last] = await db
    .select()
    .from(reviews)
    .where(and(eq(reviews.userId, userId), isNull(reviews.undoneAt)))
    .orderBy(desc(reviews.reviewedAt), desc(sql`rowid`))
    .limit(1);
  if (!last) throw notFound("There is no review to undo.");
  if (reviewId && last.id !== reviewId) throw new ApiError(409, "Only your most recent review can be undone.");

  // Atomic: mark the review undone (only if nobody did already), then restore the card only if that took effect.
  const whereCard = sql`${cards.userId} = ${userId} and ${cards.questionId} = ${last.questionId}`;
  const restore = last.before
    ? (() => {
        const c = cardToRow(cardFromSnapshot(last.before));
        return db.run(sql`update ${cards} set due = ${c.due.getTime()}, stability = ${c.stability}, difficulty = ${c.difficulty},
          scheduled_days = ${c.scheduledDays}, learning_steps = ${c.learningSteps}, reps = ${c.reps}, lapses = ${c.lapses},
          state = ${c.state}, last_review = ${c.lastReview ? c.lastReview.getTime() : null}
          where ${whereCard} and changes() = 1`);
      })()
    : db.run(sql`delete from ${cards} where ${whereCard} and changes() = 1`);
  const [marked] = await db.batch([
    db.update(reviews).set({ undoneAt: now }).where(and(eq(reviews.id, last.id), isNull(reviews.undoneAt))),
    restore,
  ]);
  return { undone: last.id, questionId: last.questionId, alreadyUndone: marked.rowsAffected === 0 };
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

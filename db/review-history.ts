import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { ReviewResult, UndoResponse } from "@/lib/api-types";
import { badRequest, conflict, notFound } from "@/lib/errors";
import { gradeResponse } from "@/lib/grade";
import { newSrsCard, scheduleReview, schedulerOptions, type SrsCard, type SrsRating } from "@/lib/srs";
import { cardFromSnapshot, cardToRow, cardToSnapshot } from "./cards";
import { db } from "./client";
import { findReview, findVisibleQuestion, resultOf, type ReviewResponse } from "./reviews";
import { cards, reviews, type CardSnapshot, type ReviewRow } from "./schema";
import { getSettings } from "./settings";

/**
 * Changing one review in the past — a rating override (`replaces`) or undoing a named review —
 * whatever else the learner did since on other devices. The card's later reviews (if another
 * device answered the same card since) are replayed on top of the changed history, so the card
 * ends where its live reviews lead; reviews of other cards are untouched. One atomic batch, guarded
 * by a compare-and-set on the card: a concurrent change makes it re-read and try again.
 */

type Replacement = { id: string; rating: SrsRating; response: ReviewResponse; correct: boolean | null; durationMs: number };

const ATTEMPTS = 5;

function json(v: unknown): string {
  return JSON.stringify(v);
}

/** The target review of the user, with its rowid (the log's tie-break), or 404. */
async function targetOf(userId: string, reviewId: string) {
  const [row] = await db
    .select({ review: reviews, rowid: sql<number>`${reviews}.rowid` })
    .from(reviews)
    .where(and(eq(reviews.id, reviewId), eq(reviews.userId, userId)));
  if (!row) throw notFound(`No review with id "${reviewId}".`);
  return row;
}

/**
 * Rewrites the history of the target's card: the target is marked undone, `replacement` (if any)
 * takes its place at the same instant, and the card's later live reviews are re-scheduled from there.
 * Returns false when the card changed meanwhile (the caller re-reads and tries again).
 */
async function rewrite({
  userId,
  target,
  rowid,
  replacement,
  now,
}: {
  userId: string;
  target: ReviewRow;
  rowid: number;
  replacement: Replacement | null;
  now: Date;
}): Promise<{ ok: boolean; after: CardSnapshot | null }> {
  const questionId = target.questionId;
  const [row] = await db
    .select()
    .from(cards)
    .where(and(eq(cards.userId, userId), eq(cards.questionId, questionId)));
  if (!row) throw conflict("This answer's card is gone (undone elsewhere); nothing was changed.");
  const later = await db
    .select()
    .from(reviews)
    .where(
      and(
        eq(reviews.userId, userId),
        eq(reviews.questionId, questionId),
        isNull(reviews.undoneAt),
        sql`(${reviews.reviewedAt} > ${target.reviewedAt.getTime()} or (${reviews.reviewedAt} = ${target.reviewedAt.getTime()} and ${reviews}.rowid > ${rowid}))`,
      ),
    )
    .orderBy(asc(reviews.reviewedAt), asc(sql`${reviews}.rowid`));

  const options = schedulerOptions(await getSettings({ userId }));
  const schedule = (card: SrsCard | null, rating: SrsRating, at: Date) => scheduleReview({ card: card ?? newSrsCard(at), rating, now: at, ...options }).card;

  let card: SrsCard | null = target.before ? cardFromSnapshot(target.before) : null;
  let replacementAfter: CardSnapshot | null = null;
  if (replacement) {
    const next = schedule(card, replacement.rating, target.reviewedAt);
    replacementAfter = cardToSnapshot(next);
    card = next;
  }
  const replayed: { id: string; before: CardSnapshot | null; after: CardSnapshot }[] = [];
  for (const l of later) {
    const next = schedule(card, l.rating as SrsRating, l.reviewedAt);
    replayed.push({ id: l.id, before: card ? cardToSnapshot(card) : null, after: cardToSnapshot(next) });
    card = next;
  }

  const sameCard = sql`${cards.userId} = ${userId} and ${cards.questionId} = ${questionId} and ${cards.reps} = ${row.reps} and ${cards.due} = ${row.due.getTime()}
    and exists (select 1 from ${reviews} where id = ${target.id} and undone_at is null)`;
  const cardWrite = card ? db.update(cards).set(cardToRow(card)).where(sameCard) : db.delete(cards).where(sameCard);
  const marked = db.run(sql`update ${reviews} set undone_at = ${now.getTime()} where id = ${target.id} and undone_at is null and changes() = 1`);
  // Later statements only take effect when the target was marked by this batch.
  const ours = sql`(select undone_at from ${reviews} where id = ${target.id}) = ${now.getTime()}`;
  const statements = [cardWrite, marked];
  if (replacement) {
    statements.push(
      db.run(sql`insert into ${reviews} (id, user_id, question_id, rating, response, correct, duration_ms, reviewed_at, before, after)
        select ${replacement.id}, ${userId}, ${questionId}, ${replacement.rating}, ${json(replacement.response)},
               ${replacement.correct === null ? null : replacement.correct ? 1 : 0}, ${replacement.durationMs}, ${target.reviewedAt.getTime()},
               ${target.before ? json(target.before) : null}, ${json(replacementAfter)}
        where changes() = 1
        on conflict (id) do nothing`),
    );
  }
  for (const r of replayed) {
    statements.push(db.run(sql`update ${reviews} set before = ${r.before ? json(r.before) : null}, after = ${json(r.after)} where id = ${r.id} and ${ours}`));
  }
  const results = await db.batch(statements as unknown as Parameters<typeof db.batch>[0]);
  const ok = (results[1] as { rowsAffected: number }).rowsAffected === 1;
  return { ok, after: replacementAfter };
}

/**
 * A rating override: records `id` as the same answer re-rated, in place of review `replaces`
 * (which is marked undone), in one atomic step. Idempotent by `id`: the same request again returns
 * the first result with `duplicate: true`. Valid whatever the learner did since on other devices;
 * 409 when the replaced review was already undone (by another device), 400 when it is of another question.
 */
export async function replaceReview({
  userId,
  id,
  questionId,
  replaces,
  response,
  durationMs,
  now,
}: {
  userId: string;
  id: string;
  questionId: string;
  replaces: string;
  response: ReviewResponse;
  durationMs: number;
  now: Date;
}): Promise<ReviewResult> {
  if (id === replaces) throw badRequest("A review cannot replace itself; make a new id.");
  const q = await findVisibleQuestion(userId, questionId);
  const graded = gradeResponse({ question: { type: q.type, answer: q.answer, choices: q.choices ?? undefined }, response });

  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const seen = await findReview(id);
    if (seen) {
      if (seen.review.userId !== userId) throw conflict("This review id is already taken; make a new one.");
      return resultOf(seen.review, seen, true);
    }
    const { review: target, rowid } = await targetOf(userId, replaces);
    if (target.questionId !== questionId) throw badRequest(`Review "${replaces}" is of another question.`);
    if (target.undoneAt) throw conflict("That answer was undone meanwhile (perhaps on another device); its rating was not changed.");
    const replacement = { id, rating: graded.rating, response, correct: graded.correct, durationMs };
    const { ok, after } = await rewrite({ userId, target, rowid, replacement, now });
    if (ok && after) return resultOf({ id, correct: graded.correct, rating: graded.rating, after }, q, false);
  }
  throw conflict("The card kept changing while this answer was saved; please try again.");
}

/**
 * Undoes one named review of the caller, whatever came after it: the review is marked undone and
 * its card re-scheduled as if it had never been given (later answers on that card replayed).
 * Undoing it again answers `alreadyUndone: true` and changes nothing.
 */
export async function undoReview({ userId, reviewId, now }: { userId: string; reviewId: string; now: Date }): Promise<UndoResponse> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const { review: target, rowid } = await targetOf(userId, reviewId);
    if (target.undoneAt) return { undone: target.id, questionId: target.questionId, alreadyUndone: true };
    const { ok } = await rewrite({ userId, target, rowid, replacement: null, now });
    if (ok) return { undone: target.id, questionId: target.questionId, alreadyUndone: false };
  }
  throw conflict("The card kept changing while this undo was saved; please try again.");
}

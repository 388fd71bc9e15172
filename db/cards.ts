import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { newSrsCard, type SrsCard } from "@/lib/srs";
import { db } from "./client";
import { SRS_CARD_FIELDS, cards, questions, articles, type CardRow, type CardSnapshot } from "./schema";
import { visibleArticle } from "./visibility";

/** A stored card row as the scheduler's card (its FSRS fields, nothing else). */
export function cardFromRow(row: Pick<CardRow, keyof SrsCard>): SrsCard {
  return Object.fromEntries(SRS_CARD_FIELDS.map((f) => [f, row[f]])) as Pick<CardRow, keyof SrsCard>;
}

/** The SQL column names of a card's FSRS fields, in order: for raw SQL that copies a schedule. */
export const SRS_CARD_COLUMNS: readonly string[] = SRS_CARD_FIELDS.map((f) => cards[f].name);

/** The scheduler's card as the columns of a card row. */
export function cardToRow(card: SrsCard): Pick<CardRow, keyof SrsCard> {
  return { ...card };
}

/** A card as kept in a review's before/after columns (epoch milliseconds, JSON-safe). */
export function cardToSnapshot(card: SrsCard): CardSnapshot {
  return { ...card, due: card.due.getTime(), lastReview: card.lastReview ? card.lastReview.getTime() : null };
}

/** The last instant a Date can hold that an ISO date with a four-digit year can name (9999-12-31). */
const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** A snapshot's epoch milliseconds as a Date that can be stored and printed, whatever was written there. */
const dateOf = (ms: number) => new Date(Number.isFinite(ms) ? Math.min(Math.max(ms, 0), LATEST_MS) : 0);

/**
 * The inverse of `cardToSnapshot`. A time past what a Date can hold (a snapshot written before the
 * import's sense checks, issue 10) is brought into range, so undoing such a review cannot fail.
 */
export function cardFromSnapshot(s: CardSnapshot): SrsCard {
  return { ...s, due: dateOf(s.due), lastReview: s.lastReview === null ? null : dateOf(s.lastReview) };
}

/**
 * Suspends a question for one learner (Anki's suspend: never studied until unsuspended), or lifts it.
 * Its schedule is kept; a question never studied gets a new card that stays new.
 */
export async function setQuestionSuspended({
  userId,
  questionId,
  suspended,
  now,
}: {
  userId: string;
  questionId: string;
  suspended: boolean;
  now: Date;
}): Promise<{ questionId: string; suspended: boolean }> {
  const [visible] = await db
    .select({ id: questions.id })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(and(eq(questions.id, questionId), visibleArticle(userId)));
  if (!visible) throw notFound(`No question with id "${questionId}".`);
  const mine = and(eq(cards.userId, userId), eq(cards.questionId, questionId));
  if (suspended) {
    await db
      .insert(cards)
      .values({ userId, questionId, ...cardToRow(newSrsCard(now)), createdAt: now, suspendedAt: now })
      .onConflictDoUpdate({ target: [cards.userId, cards.questionId], set: { suspendedAt: now } });
  } else {
    // A question never studied goes back to being new (no card); a studied one keeps its schedule.
    await db.batch([db.delete(cards).where(and(mine, eq(cards.reps, 0))), db.update(cards).set({ suspendedAt: null }).where(mine)]);
  }
  return { questionId, suspended };
}

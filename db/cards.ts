import "server-only";
import type { SrsCard } from "@/lib/srs";
import type { CardRow, CardSnapshot } from "./schema";

/** A stored card row as the scheduler's card. */
export function cardFromRow(row: Pick<CardRow, keyof SrsCard>): SrsCard {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview,
  };
}

/** The scheduler's card as the columns of a card row. */
export function cardToRow(card: SrsCard): Pick<CardRow, keyof SrsCard> {
  return { ...card };
}

/** A card as kept in a review's before/after columns (epoch milliseconds, JSON-safe). */
export function cardToSnapshot(card: SrsCard): CardSnapshot {
  return { ...card, due: card.due.getTime(), lastReview: card.lastReview ? card.lastReview.getTime() : null };
}

/** The inverse of `cardToSnapshot`. */
export function cardFromSnapshot(s: CardSnapshot): SrsCard {
  return { ...s, due: new Date(s.due), lastReview: s.lastReview === null ? null : new Date(s.lastReview) };
}

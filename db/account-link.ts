import "server-only";
import { eq, sql } from "drizzle-orm";
import { SRS_CARD_COLUMNS } from "./cards";
import { db } from "./client";
import { articles, cards, exams, questionBuries, questionEdits, questionFlags, reviews, settings } from "./schema";

/**
 * Tables holding a user's own data, by the column that names the user. `transferUserData` moves
 * each of them; db/account-link.test.ts fails when a table with a user column is missing here, so
 * a new per-user table cannot be silently lost when a guest signs up (better-auth deletes the
 * guest right after, and the foreign keys cascade).
 */
export const USER_DATA_TABLES = {
  cards: "user_id",
  reviews: "user_id",
  settings: "user_id",
  articles: "owner_id",
  exams: "user_id",
  question_edits: "user_id",
  question_flags: "user_id",
  question_buries: "user_id",
  // Derived from reviews and moved with them by its triggers (migration 0006): not moved here.
  review_quarters: "user_id",
  // Derived from cards and moved with them by its triggers (migration 0010): not moved here.
  learner_articles: "user_id",
} as const;

/**
 * Moves a guest's progress to the account they signed up with (or into), in one atomic batch:
 *
 * - every review (the log is append-only: nothing the guest answered is lost);
 * - cards: a question only the guest has moves over; for a question both have, the card reviewed
 *   more recently wins (the same rule as importing a backup);
 * - the settings, when the account has none;
 * - the articles the guest added;
 * - the guest's exam papers;
 * - the guest's edits, drops and flags of questions, and today's buries (where the account has its own, the account's stays).
 *
 * Called by better-auth's anonymous plugin (`onLinkAccount`) before it deletes the guest user.
 *
 * @example
 * await transferUserData({ fromUserId: guest.id, toUserId: account.id });
 */
export async function transferUserData({ fromUserId, toUserId }: { fromUserId: string; toUserId: string }) {
  if (fromUserId === toUserId) return;
  await db.batch([
    // Both have the card: take the guest's state when it was reviewed later.
    db.run(sql`update ${cards} set (${sql.raw(SRS_CARD_COLUMNS.join(", "))}) =
        (select ${sql.raw(SRS_CARD_COLUMNS.map((c) => `g.${c}`).join(", "))}
         from ${cards} g where g.user_id = ${fromUserId} and g.question_id = ${cards}.question_id)
      where user_id = ${toUserId} and exists (select 1 from ${cards} g where g.user_id = ${fromUserId}
        and g.question_id = ${cards}.question_id and coalesce(g.last_review, -1) > coalesce(${cards}.last_review, -1))`),
    db.run(sql`update ${cards} set user_id = ${toUserId} where user_id = ${fromUserId}
      and question_id not in (select question_id from ${cards} where user_id = ${toUserId})`),
    db.delete(cards).where(eq(cards.userId, fromUserId)),
    db.update(reviews).set({ userId: toUserId }).where(eq(reviews.userId, fromUserId)),
    db.run(sql`update ${settings} set user_id = ${toUserId} where user_id = ${fromUserId}
      and not exists (select 1 from ${settings} where user_id = ${toUserId})`),
    db.update(articles).set({ ownerId: toUserId }).where(eq(articles.ownerId, fromUserId)),
    db.update(exams).set({ userId: toUserId }).where(eq(exams.userId, fromUserId)),
    // "or ignore": a question the account edited or flagged itself keeps the account's row.
    db.run(sql`update or ignore ${questionEdits} set user_id = ${toUserId} where user_id = ${fromUserId}`),
    db.run(sql`update or ignore ${questionFlags} set user_id = ${toUserId} where user_id = ${fromUserId}`),
    db.run(sql`update or ignore ${questionBuries} set user_id = ${toUserId} where user_id = ${fromUserId}`),
  ]);
}

import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "./client";
import { cards, reviews, settings } from "./schema";

/**
 * Moves a guest's progress to the account they signed up with (or into): cards the account does
 * not have yet, every review, and the settings when the account has none. One transaction.
 */
export async function transferUserData({ fromUserId, toUserId }: { fromUserId: string; toUserId: string }) {
  if (fromUserId === toUserId) return;
  await db.batch([
    db.run(sql`update ${cards} set user_id = ${toUserId} where user_id = ${fromUserId}
      and question_id not in (select question_id from ${cards} where user_id = ${toUserId})`),
    db.update(reviews).set({ userId: toUserId }).where(eq(reviews.userId, fromUserId)),
    db.run(sql`update ${settings} set user_id = ${toUserId} where user_id = ${fromUserId}
      and not exists (select 1 from ${settings} where user_id = ${toUserId})`),
  ]);
}

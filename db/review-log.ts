import "server-only";
import { and, asc, eq, gt, gte, isNull, or } from "drizzle-orm";
import { db } from "./client";
import { reviews, type ReviewRow } from "./schema";
import { yieldToEventLoop } from "./yield";

/** Rows per page of the review log: each page is one short query, with a yield to the event loop between pages. */
const PAGE = 500;

/**
 * A learner's whole review log, oldest first (by time, then id), read a page at a time (keyset on
 * `(reviewed_at, id)`, so a page never skips or repeats a row) so a long history does not stall
 * other requests. `liveOnly` leaves out undone reviews.
 */
export async function readReviewLog({
  userId,
  liveOnly = false,
  pageSize = PAGE,
}: {
  userId: string;
  liveOnly?: boolean;
  pageSize?: number;
}): Promise<ReviewRow[]> {
  const out: ReviewRow[] = [];
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const page: ReviewRow[] = await db
      .select()
      .from(reviews)
      .where(
        and(
          eq(reviews.userId, userId),
          liveOnly ? isNull(reviews.undoneAt) : undefined,
          // A range on the (user_id, reviewed_at) index, then the tie-break on id.
          after ? and(gte(reviews.reviewedAt, after.at), or(gt(reviews.reviewedAt, after.at), gt(reviews.id, after.id))) : undefined,
        ),
      )
      .orderBy(asc(reviews.reviewedAt), asc(reviews.id))
      .limit(pageSize);
    out.push(...page);
    const last = page[page.length - 1];
    if (page.length < pageSize || !last) return out;
    after = { at: last.reviewedAt, id: last.id };
    await yieldToEventLoop();
  }
}

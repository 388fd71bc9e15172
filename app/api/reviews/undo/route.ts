import { z } from "zod";
import { undoReview } from "@/db/review-history";
import { undoLastReview } from "@/db/reviews";
import { readJson, withUser } from "../../_lib/respond";

const undoSchema = z.strictObject({ reviewId: z.string().min(1).max(200).optional() });

/**
 * POST /api/reviews/undo: undo the caller's last review. An optional `{ "reviewId" }` names the
 * review meant: that one is undone whatever came after it (on this or another device), and a
 * retried undo is safe (it never undoes a second review).
 */
export const POST = withUser(async (req, user) => {
  const hasBody = (req.headers.get("content-length") ?? "0") !== "0" || req.headers.has("content-type");
  const body = hasBody ? await readJson(req, undoSchema) : {};
  const now = new Date();
  return Response.json(body.reviewId ? await undoReview({ userId: user.id, reviewId: body.reviewId, now }) : await undoLastReview({ userId: user.id, now }));
});

import { z } from "zod";
import { undoLastReview } from "@/db/reviews";
import { readJson, withUser } from "../../_lib/respond";

const undoSchema = z.strictObject({ reviewId: z.string().min(1).max(200).optional() });

/**
 * POST /api/reviews/undo: undo the caller's last review. An optional `{ "reviewId" }` names the
 * review meant, which makes a retried undo safe (it never undoes a second review).
 */
export const POST = withUser(async (req, user) => {
  const hasBody = (req.headers.get("content-length") ?? "0") !== "0" || req.headers.has("content-type");
  const body = hasBody ? await readJson(req, undoSchema) : {};
  return Response.json(await undoLastReview({ userId: user.id, reviewId: body.reviewId, now: new Date() }));
});

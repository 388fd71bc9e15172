import { recordReview } from "@/db/reviews";
import { reviewRequestSchema } from "@/lib/schemas";
import { readJson, withUser } from "../_lib/respond";

/** POST /api/reviews: grade an answer, schedule the card, append the review (idempotent by id). */
export const POST = withUser(async (req, user) => {
  const body = await readJson(req, reviewRequestSchema);
  const result = await recordReview({ userId: user.id, ...body, now: new Date() });
  return Response.json(result, { status: result.duplicate ? 200 : 201 });
});

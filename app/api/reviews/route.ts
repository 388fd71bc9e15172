import { replaceReview } from "@/db/review-history";
import { recordReview } from "@/db/reviews";
import { otherMethods } from "@/lib/api-routes";
import { reviewRequestSchema } from "@/lib/schemas";
import { readJson, withUser } from "../_lib/respond";

/**
 * POST /api/reviews: grade an answer, schedule the card, append the review (idempotent by id).
 * With `replaces`, a rating override: the named review is replaced by this one, atomically.
 */
export const POST = withUser(async (req, user) => {
  const { replaces, ...body } = await readJson(req, reviewRequestSchema);
  const now = new Date();
  const result = replaces ? await replaceReview({ userId: user.id, ...body, replaces, now }) : await recordReview({ userId: user.id, ...body, now });
  return Response.json(result, { status: result.duplicate ? 200 : 201 });
});

// proxy.ts skips this route (lib/api-routes.ts PROXY_SKIPS): the methods it lacks are answered here, as the proxy would.
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods("/api/reviews");

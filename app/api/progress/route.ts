import { getProgress } from "@/db/stats";
import { withUser } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/progress: where the learner stands (docs/api.md). */
export const GET = withUser(async (_req, user) => {
  const progress = await getProgress({ userId: user.id, now: new Date() });
  return Response.json(progress, { headers: { "Cache-Control": "no-store" } });
});

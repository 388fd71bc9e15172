import { getProgress } from "@/db/stats";
import { otherMethods } from "@/lib/api-routes";
import { withUser } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/progress: where the learner stands (docs/api.md). */
export const GET = withUser(async (_req, user) => {
  const progress = await getProgress({ userId: user.id, now: new Date() });
  return Response.json(progress, { headers: { "Cache-Control": "no-store" } });
});

// proxy.ts skips this route (lib/api-routes.ts PROXY_SKIPS): the methods it lacks are answered here, as the proxy would.
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("/api/progress");

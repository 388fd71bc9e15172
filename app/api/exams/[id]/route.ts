import { getExam } from "@/db/exams";
import { routeId, withUser, type IdParams } from "../../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/exams/:id: one of your papers; the result sheet once it is submitted. */
export const GET = withUser<IdParams>(async (_req, user, ctx) => {
  const id = await routeId(ctx, "exam");
  return Response.json(await getExam({ userId: user.id, id }), { headers: { "Cache-Control": "no-store" } });
});

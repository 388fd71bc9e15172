import { getExam } from "@/db/exams";
import { badRequest } from "@/lib/errors";
import { withUser } from "../../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/exams/:id: one of your papers; the result sheet once it is submitted. */
export const GET = withUser<{ params: Promise<{ id: string }> }>(async (_req, user, { params }) => {
  const { id } = await params;
  if (!id || id.length > 200) throw badRequest("Give an exam id.");
  return Response.json(await getExam({ userId: user.id, id }), { headers: { "Cache-Control": "no-store" } });
});

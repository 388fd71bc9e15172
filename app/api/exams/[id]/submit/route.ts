import { submitExam } from "@/db/exams";
import { examSubmitSchema } from "@/lib/schemas";
import { readJson, routeId, withUser, type IdParams } from "../../../_lib/respond";

/** POST /api/exams/:id/submit: score the paper once; a second submission returns the first result. */
export const POST = withUser<IdParams>(async (req, user, ctx) => {
  const id = await routeId(ctx, "exam");
  const body = await readJson(req, examSubmitSchema);
  return Response.json(await submitExam({ userId: user.id, id, answers: body.answers, now: new Date() }));
});

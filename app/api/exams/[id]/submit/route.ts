import { submitExam } from "@/db/exams";
import { badRequest } from "@/lib/errors";
import { examSubmitSchema } from "@/lib/schemas";
import { readJson, withUser } from "../../../_lib/respond";

/** POST /api/exams/:id/submit: score the paper once; a second submission returns the first result. */
export const POST = withUser<{ params: Promise<{ id: string }> }>(async (req, user, { params }) => {
  const { id } = await params;
  if (!id || id.length > 200) throw badRequest("Give an exam id.");
  const body = await readJson(req, examSubmitSchema);
  return Response.json(await submitExam({ userId: user.id, id, answers: body.answers, now: new Date() }));
});

import { setQuestionDropped } from "@/db/question-browser";
import { badRequest } from "@/lib/errors";
import { dropRequestSchema } from "@/lib/schemas";
import { readJson, withUser } from "../../../_lib/respond";

/** POST /api/questions/:id/drop `{ "dropped": true | false }`: retire a question for the learner, or restore it. */
export const POST = withUser<{ params: Promise<{ id: string }> }>(async (req, user, { params }) => {
  const { id } = await params;
  if (!id || id.length > 200) throw badRequest("Give a question id.");
  const { dropped } = await readJson(req, dropRequestSchema);
  return Response.json(await setQuestionDropped({ userId: user.id, questionId: id, dropped, now: new Date() }));
});

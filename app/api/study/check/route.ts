import { checkCramAnswer } from "@/db/reviews";
import { studyCheckSchema } from "@/lib/schemas";
import { readJson, withUser } from "../../_lib/respond";

/** POST /api/study/check: grade a cram answer; nothing is recorded and no schedule changes. */
export const POST = withUser(async (req, user) => {
  const body = await readJson(req, studyCheckSchema);
  return Response.json(await checkCramAnswer({ userId: user.id, questionId: body.questionId, response: body.response }));
});

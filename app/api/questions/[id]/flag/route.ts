import { setQuestionFlag } from "@/db/question-browser";
import { badRequest } from "@/lib/errors";
import { flagRequestSchema } from "@/lib/schemas";
import { readJson, withUser } from "../../../_lib/respond";

type Ctx = { params: Promise<{ id: string }> };

async function idOf({ params }: Ctx): Promise<string> {
  const { id } = await params;
  if (!id || id.length > 200) throw badRequest("Give a question id.");
  return id;
}

/** POST /api/questions/:id/flag `{ reason }`: flag a question; it leaves the learner's study at once. */
export const POST = withUser<Ctx>(async (req, user, ctx) => {
  const questionId = await idOf(ctx);
  const { reason } = await readJson(req, flagRequestSchema);
  return Response.json(await setQuestionFlag({ userId: user.id, questionId, reason, now: new Date() }));
});

/** DELETE /api/questions/:id/flag: remove the flag (undo); the question is studied again. */
export const DELETE = withUser<Ctx>(async (_req, user, ctx) =>
  Response.json(await setQuestionFlag({ userId: user.id, questionId: await idOf(ctx), reason: null, now: new Date() })),
);

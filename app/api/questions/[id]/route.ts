import { editQuestion, getQuestionDetail } from "@/db/question-browser";
import { badRequest } from "@/lib/errors";
import { questionPatchSchema } from "@/lib/schemas";
import { readJson, withUser } from "../../_lib/respond";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

async function idOf({ params }: Ctx): Promise<string> {
  const { id } = await params;
  if (!id || id.length > 200) throw badRequest("Give a question id.");
  return id;
}

/** GET /api/questions/:id: the question with its evidence, article, the learner's schedule and review history. */
export const GET = withUser<Ctx>(async (_req, user, ctx) =>
  Response.json(await getQuestionDetail({ userId: user.id, questionId: await idOf(ctx), now: new Date() }), { headers: { "Cache-Control": "no-store" } }),
);

/** PATCH /api/questions/:id `{ prompt?, answer?, choices? }`: the learner's own version of the question. */
export const PATCH = withUser<Ctx>(async (req, user, ctx) => {
  const questionId = await idOf(ctx);
  const patch = await readJson(req, questionPatchSchema);
  return Response.json(await editQuestion({ userId: user.id, questionId, patch, now: new Date() }));
});

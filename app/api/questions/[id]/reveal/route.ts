import { revealQuestion } from "@/db/reviews";
import { badRequest } from "@/lib/errors";
import { withUser } from "../../../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/questions/:id/reveal: a flashcard's back (answer and evidence), for the flip. */
export const GET = withUser<{ params: Promise<{ id: string }> }>(async (_req, user, { params }) => {
  const { id } = await params;
  if (!id || id.length > 200) throw badRequest("Give a question id.");
  return Response.json(await revealQuestion({ userId: user.id, questionId: id }));
});

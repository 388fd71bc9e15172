import { revealQuestion } from "@/db/reviews";
import { routeId, withUser, type IdParams } from "../../../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/questions/:id/reveal: a flashcard's back (answer and evidence), for the flip. */
export const GET = withUser<IdParams>(async (_req, user, ctx) => {
  const id = await routeId(ctx, "question");
  return Response.json(await revealQuestion({ userId: user.id, questionId: id }));
});

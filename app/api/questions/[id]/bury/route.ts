import { buryQuestion, unburyQuestion } from "@/db/bury";
import { routeId, withUser, type IdParams } from "../../../_lib/respond";

/**
 * POST /api/questions/:id/bury: Anki's bury — the question leaves today's study and comes back at
 * the start of the learner's next local day; its schedule is kept. No body.
 */
export const POST = withUser<IdParams>(async (_req, user, ctx) =>
  Response.json(await buryQuestion({ userId: user.id, questionId: await routeId(ctx, "question"), now: new Date() })),
);

/** DELETE /api/questions/:id/bury: restore (un-bury) a question, buried by the learner or by a sibling studied today; it is studied today. */
export const DELETE = withUser<IdParams>(async (_req, user, ctx) =>
  Response.json(await unburyQuestion({ userId: user.id, questionId: await routeId(ctx, "question"), now: new Date() })),
);

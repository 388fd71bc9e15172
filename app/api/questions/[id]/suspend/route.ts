import { z } from "zod";
import { setQuestionSuspended } from "@/db/cards";
import { readJson, routeId, withUser, type IdParams } from "../../../_lib/respond";

const suspendSchema = z.strictObject({ suspended: z.boolean() });

/**
 * POST /api/questions/:id/suspend `{ "suspended": true | false }`: Anki's suspend — the question is
 * never studied until unsuspended; its schedule is kept.
 */
export const POST = withUser<IdParams>(async (req, user, ctx) => {
  const id = await routeId(ctx, "question");
  const { suspended } = await readJson(req, suspendSchema);
  return Response.json(await setQuestionSuspended({ userId: user.id, questionId: id, suspended, now: new Date() }));
});

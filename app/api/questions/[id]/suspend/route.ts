import { z } from "zod";
import { setQuestionSuspended } from "@/db/cards";
import { badRequest } from "@/lib/errors";
import { readJson, withUser } from "../../../_lib/respond";

const suspendSchema = z.strictObject({ suspended: z.boolean() });

/**
 * POST /api/questions/:id/suspend `{ "suspended": true | false }`: Anki's suspend — the question is
 * never studied until unsuspended; its schedule is kept.
 */
export const POST = withUser<{ params: Promise<{ id: string }> }>(async (req, user, { params }) => {
  const { id } = await params;
  if (!id || id.length > 200) throw badRequest("Give a question id.");
  const { suspended } = await readJson(req, suspendSchema);
  return Response.json(await setQuestionSuspended({ userId: user.id, questionId: id, suspended, now: new Date() }));
});

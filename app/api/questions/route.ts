import { listQuestions } from "@/db/question-browser";
import { questionListQuerySchema } from "@/lib/schemas";
import { readQuery, withUser } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/questions?q=&article=&tag=&type=&state=&flagged=&due=&sort=&dir=&limit=&cursor=: the learner's question browser (docs/api.md). */
export const GET = withUser(async (req, user) => {
  const query = readQuery(req, questionListQuerySchema);
  return Response.json(await listQuestions({ userId: user.id, query, now: new Date() }), { headers: { "Cache-Control": "no-store" } });
});

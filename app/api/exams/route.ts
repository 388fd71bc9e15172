import { createExam, listExams } from "@/db/exams";
import { examCreateSchema } from "@/lib/schemas";
import { readJson, withUser } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/exams: the caller's papers, newest first. */
export const GET = withUser(async (_req, user) => Response.json({ exams: await listExams({ userId: user.id }) }, { headers: { "Cache-Control": "no-store" } }));

/** POST /api/exams: draw a new timed paper; its questions come without answers. */
export const POST = withUser(async (req, user) => {
  const body = await readJson(req, examCreateSchema);
  const paper = await createExam({
    userId: user.id,
    now: new Date(),
    count: body.count,
    minutes: body.minutes,
    filter: { ...(body.article ? { articleId: body.article } : {}), ...(body.tag ? { tag: body.tag } : {}) },
  });
  return Response.json(paper, { status: 201 });
});

import { previewUserArticle } from "@/db/articles";
import { previewArticleSchema } from "@/lib/schemas";
import { readJson, withUser } from "../../_lib/respond";
import { UserLimit } from "../../_lib/user-limit";

export const dynamic = "force-dynamic";

/** As POST /api/articles: the generator's limit, with room for the JSON around it. */
const MAX_ARTICLE_BODY = 256 * 1024;

const previewing = new UserLimit(60, 10 * 60_000, "previews");

/** POST /api/articles/preview: the questions a pasted text would give, to edit or drop before saving; nothing is saved. */
export const POST = withUser(async (req, user) => {
  const body = await readJson(req, previewArticleSchema, { maxBytes: MAX_ARTICLE_BODY });
  await previewing.take(user.id);
  return Response.json(await previewUserArticle({ userId: user.id, input: body }), { headers: { "Cache-Control": "no-store" } });
});

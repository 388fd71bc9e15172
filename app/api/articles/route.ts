import { addUserArticle, listArticles } from "@/db/articles";
import { addArticleSchema } from "@/lib/schemas";
import { readJson, withUser } from "../_lib/respond";
import { UserLimit } from "../_lib/user-limit";

export const dynamic = "force-dynamic";

/** Articles as large as the generator takes (200 kB of text), with room for the JSON around them. */
const MAX_ARTICLE_BODY = 256 * 1024;

const adding = new UserLimit(30, 10 * 60_000, "articles added");

/** GET /api/articles: the shipped articles and the caller's own. */
export const GET = withUser(async (_req, user) => Response.json({ articles: await listArticles({ userId: user.id }) }));

/** POST /api/articles: add a pasted article; its questions are generated at once, with the preview's edits and drops. */
export const POST = withUser(async (req, user) => {
  const body = await readJson(req, addArticleSchema, { maxBytes: MAX_ARTICLE_BODY });
  await adding.take(user.id);
  const created = await addUserArticle({ userId: user.id, input: body, now: new Date() });
  // The same text added again changes nothing and says so (200, `duplicate: true`).
  return Response.json(created, { status: created.duplicate ? 200 : 201 });
});

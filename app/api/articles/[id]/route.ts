import { deleteUserArticle, updateArticleDetails } from "@/db/articles";
import { articleDetailsPatchSchema } from "@/lib/schemas";
import { readJson, routeId, withUser, type IdParams } from "../../_lib/respond";

/** PATCH /api/articles/:id: change the title, source, date or tags of one of your own articles. */
export const PATCH = withUser<IdParams>(async (req, user, ctx) => {
  const id = await routeId(ctx, "article");
  const patch = await readJson(req, articleDetailsPatchSchema);
  return Response.json(await updateArticleDetails({ userId: user.id, id, patch }));
});

/** DELETE /api/articles/:id: delete one of your own articles, its questions and your history of them. */
export const DELETE = withUser<IdParams>(async (_req, user, ctx) => {
  const id = await routeId(ctx, "article");
  return Response.json(await deleteUserArticle({ userId: user.id, id }));
});

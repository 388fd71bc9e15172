import { deleteUserArticle } from "@/db/articles";
import { routeId, withUser, type IdParams } from "../../_lib/respond";

/** DELETE /api/articles/:id: delete one of your own articles, its questions and your history of them. */
export const DELETE = withUser<IdParams>(async (_req, user, ctx) => {
  const id = await routeId(ctx, "article");
  return Response.json(await deleteUserArticle({ userId: user.id, id }));
});

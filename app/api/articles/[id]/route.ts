import { deleteUserArticle } from "@/db/articles";
import { badRequest } from "@/lib/errors";
import { withUser } from "../../_lib/respond";

/** DELETE /api/articles/:id: delete one of your own articles, its questions and your history of them. */
export const DELETE = withUser<{ params: Promise<{ id: string }> }>(async (_req, user, { params }) => {
  const { id } = await params;
  if (!id || id.length > 200) throw badRequest("Give an article id.");
  return Response.json(await deleteUserArticle({ userId: user.id, id }));
});

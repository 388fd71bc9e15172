import "server-only";
import { eq, isNull, or, type SQL } from "drizzle-orm";
import { articles } from "./schema";

/** Articles a user may study: the shipped ones and their own. */
export function visibleArticle(userId: string): SQL {
  return or(isNull(articles.ownerId), eq(articles.ownerId, userId))!;
}

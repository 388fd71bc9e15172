import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { db } from "./client";
import { articles, questions } from "./schema";

// Qualified by hand: inside a one-table select drizzle writes column names without their table.
const liveQuestionCount = sql<number>`(select count(*) from ${questions} q where q.article_id = ${articles}.id and q.retired_at is null)`;

/** A shipped (shared) article with its live question count, or undefined. */
export async function getSharedArticle({ id }: { id: string }) {
  const [row] = await db
    .select({
      id: articles.id,
      title: articles.title,
      source: articles.source,
      published: articles.published,
      tags: articles.tags,
      body: articles.body,
      questionCount: liveQuestionCount,
    })
    .from(articles)
    .where(and(eq(articles.id, id), isNull(articles.ownerId)));
  return row;
}

/** The shipped articles with their live question counts, by title. */
export async function listSharedArticles() {
  return db
    .select({
      id: articles.id,
      title: articles.title,
      published: articles.published,
      tags: articles.tags,
      words: articles.words,
      questionCount: liveQuestionCount,
    })
    .from(articles)
    .where(isNull(articles.ownerId))
    .orderBy(asc(articles.title));
}

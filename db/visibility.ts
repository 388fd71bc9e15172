import "server-only";
import { and, eq, isNull, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { notSetAside, notSetAsideSql } from "./question-view";
import { articles, questions } from "./schema";

/**
 * The one rule of which articles a user may see (and so study, answer, export): the shipped ones
 * (no owner) and their own. Without a user, the shipped ones only. Every query that reaches an
 * article, a question or a card through `articles` filters with this, never with a copy of it.
 * `userId` may also be a column (e.g. `reviews.userId`, `exams.userId`) when the user is the row's.
 */
export function visibleArticle(userId: string | null | AnyColumn): SQL {
  return userId ? or(isNull(articles.ownerId), eq(articles.ownerId, userId))! : isNull(articles.ownerId);
}

/**
 * Live questions a user may study (a query joining `questions` to `articles`), optionally of one
 * article or one tag: what the study queue and exam papers draw from. Questions the learner dropped
 * or flagged are left out at once (`notSetAside`).
 */
export function studyableQuestions(userId: string, filter: { articleId?: string; tag?: string }): SQL {
  return and(studyableArticles(userId, filter), isNull(questions.retiredAt), notSetAside(userId))!;
}

/** The articles whose live questions {@link studyableQuestions} allows (a query over `articles`). */
function studyableArticles(userId: string, filter: { articleId?: string; tag?: string }): SQL {
  const parts: SQL[] = [visibleArticle(userId)];
  if (filter.articleId) parts.push(eq(articles.id, filter.articleId));
  if (filter.tag) parts.push(sql`exists (select 1 from json_each(${articles.tags}) where json_each.value = ${filter.tag})`);
  return and(...parts)!;
}

/**
 * {@link studyableQuestions} as hand-written SQL for kept statements (db/client.ts `raw`), over
 * `questions q` joined to `articles a`: the same rule, with its arguments in order. The SQL text
 * depends only on which filters are set, so one kept statement serves every user.
 */
export function studyableQuestionsSql(userId: string, filter: { articleId?: string; tag?: string }): { sql: string; args: string[] } {
  const articlesPart = studyableArticlesSql(userId, filter);
  const setAside = notSetAsideSql(userId);
  return { sql: `${articlesPart.sql} and q.retired_at is null and ${setAside.sql}`, args: [...articlesPart.args, ...setAside.args] };
}

/** {@link visibleArticle} as hand-written SQL over `articles a`, for kept statements (db/client.ts `raw`). */
export function visibleArticleSql(userId: string): { sql: string; args: string[] } {
  return { sql: "(a.owner_id is null or a.owner_id = ?)", args: [userId] };
}

/** {@link studyableArticles} as hand-written SQL over `articles a` (see studyableQuestionsSql). */
export function studyableArticlesSql(userId: string, filter: { articleId?: string; tag?: string }): { sql: string; args: string[] } {
  const visible = visibleArticleSql(userId);
  let sql = visible.sql;
  const args = [...visible.args];
  if (filter.articleId) {
    sql += " and a.id = ?";
    args.push(filter.articleId);
  }
  if (filter.tag) {
    sql += " and exists (select 1 from json_each(a.tags) where json_each.value = ?)";
    args.push(filter.tag);
  }
  return { sql, args };
}

import "server-only";
import { and, eq, isNull, or, sql, type AnyColumn, type Placeholder, type SQL } from "drizzle-orm";
import { A, keptSql, keptSqlNumbered, Q, type KeptArg } from "./kept-sql";
import { notSetAsideOn } from "./question-view";
import { articles, questions } from "./schema";

/** The columns of `articles` and `questions` the rules read: the tables themselves, or the kept statements' aliases (db/kept-sql.ts). */
interface ArticleColumns {
  id: AnyColumn;
  ownerId: AnyColumn;
  tags: AnyColumn;
}
interface QuestionColumns {
  id: AnyColumn;
  retiredAt: AnyColumn;
}

/** A user: their id, a placeholder for it (kept statements), or a column holding it. */
type UserRef = string | Placeholder | AnyColumn;
type Filter<V> = { articleId?: V; tag?: V };

/**
 * The one rule of which articles a user may see (and so study, answer, export): the shipped ones
 * (no owner) and their own. Without a user, the shipped ones only. Every query that reaches an
 * article, a question or a card through `articles` filters with this, never with a copy of it.
 * `userId` may also be a column (e.g. `reviews.userId`, `exams.userId`) when the user is the row's.
 */
export function visibleArticle(userId: string | null | AnyColumn): SQL {
  return userId ? visibleArticleOn(articles, userId) : sharedArticleOn(articles);
}

function visibleArticleOn(a: ArticleColumns, userId: UserRef): SQL {
  return or(sharedArticleOn(a), eq(a.ownerId, userId))!;
}

/** The articles every user sees, the shipped ones: what {@link visibleArticle} allows without a user. */
function sharedArticleOn(a: ArticleColumns): SQL {
  return isNull(a.ownerId);
}

/**
 * Live questions a user may study (a query joining `questions` to `articles`), optionally of one
 * article or one tag: what the study queue and exam papers draw from. Questions the learner dropped
 * or flagged are left out at once (`notSetAsideOn`, db/question-view.ts).
 */
export function studyableQuestions(userId: string, filter: { articleId?: string; tag?: string }): SQL {
  return studyableQuestionsOn(articles, questions, userId, filter);
}

function studyableQuestionsOn(a: ArticleColumns, q: QuestionColumns, userId: string | Placeholder, filter: Filter<string | Placeholder>): SQL {
  return and(studyableArticlesOn(a, userId, filter), isNull(q.retiredAt), notSetAsideOn(q, userId))!;
}

/** The articles whose live questions {@link studyableQuestions} allows (a query over `articles`). */
function studyableArticlesOn(a: ArticleColumns, userId: string | Placeholder, filter: Filter<string | Placeholder>): SQL {
  const parts: SQL[] = [visibleArticleOn(a, userId)];
  if (filter.articleId) parts.push(eq(a.id, filter.articleId));
  if (filter.tag) parts.push(sql`exists (select 1 from json_each(${a.tags}) where json_each.value = ${filter.tag})`);
  return and(...parts)!;
}

// The same rules as SQL text for kept statements (db/client.ts `raw`), over `questions q` joined to
// `articles a`: rendered from the definitions above once per shape (which filters are set), so one
// kept statement serves every user, and there is no second copy of a rule to keep in step.

/** The placeholders of a filter: only the filters that are set appear in the text. */
function filterPlaceholders(filter: { articleId?: string; tag?: string }, p: (name: string) => Placeholder): Filter<Placeholder> {
  return { articleId: filter.articleId ? p("articleId") : undefined, tag: filter.tag ? p("tag") : undefined };
}
const shapeOf = (filter: { articleId?: string; tag?: string }) => `${filter.articleId ? "a" : ""}${filter.tag ? "t" : ""}`;

/** {@link studyableQuestions} as SQL text over `questions q` joined to `articles a`, with its arguments in order. */
export function studyableQuestionsSql(userId: string, filter: { articleId?: string; tag?: string }): { sql: string; args: KeptArg[] } {
  return keptSql(`studyableQuestions:${shapeOf(filter)}`, (p) => studyableQuestionsOn(A, Q, p("userId"), filterPlaceholders(filter, p)), { userId, ...filter });
}

/** {@link visibleArticle} (of a user) as SQL text over `articles a`. */
export function visibleArticleSql(userId: string): { sql: string; args: KeptArg[] } {
  return keptSql("visibleArticle", (p) => visibleArticleOn(A, p("userId")), { userId });
}

/** The articles every user sees (the shared ones: {@link visibleArticle} without a user) as SQL text over `articles a`. */
export function sharedArticleSql(): string {
  return keptSql("sharedArticle", () => sharedArticleOn(A), {}).sql;
}

/** {@link visibleArticle} (of a user) over `articles a`, for a statement with numbered parameters: the user is `?n`. */
export function visibleArticleSqlNumbered(userParam: number): string {
  return keptSqlNumbered("visibleArticle", (p) => visibleArticleOn(A, p("userId")), { userId: userParam });
}

/** The articles whose live questions {@link studyableQuestionsSql} allows, as SQL text over `articles a`. */
export function studyableArticlesSql(userId: string, filter: { articleId?: string; tag?: string }): { sql: string; args: KeptArg[] } {
  return keptSql(`studyableArticles:${shapeOf(filter)}`, (p) => studyableArticlesOn(A, p("userId"), filterPlaceholders(filter, p)), { userId, ...filter });
}

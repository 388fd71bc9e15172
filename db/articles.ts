import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { ArticleError, GENERATOR_VERSION, generateCorpus, parseArticle, slugify, type Article } from "@/questions";
import { badRequest, notFound, unprocessable } from "@/lib/errors";
import { db } from "./client";
import { articles, questionFlags, questions } from "./schema";
import { saveGeneratedArticle, shippedLibrary } from "./seed";
import { visibleArticle } from "./visibility";

/** Most articles one user may add: a guard against runaway storage, far above daily use. */
const MAX_USER_ARTICLES = 500;

const liveQuestionCount = sql<number>`(select count(*) from ${questions} q where q.article_id = ${articles}.id and q.retired_at is null)`;

/** What a list of articles shows of each. */
const summary = {
  id: articles.id,
  title: articles.title,
  source: articles.source,
  published: articles.published,
  tags: articles.tags,
  words: articles.words,
  own: sql<boolean>`${articles.ownerId} is not null`,
  questionCount: liveQuestionCount,
};

/** Articles the user may read: the shipped ones and their own, newest first for their own. */
export async function listArticles({ userId }: { userId: string }) {
  // The learner's flags on the article's live questions (Anki-like "marked" counts, for /questions and the generator).
  const flagged = sql<number>`(select count(*) from ${questionFlags} f join ${questions} q on q.id = f.question_id
    where f.user_id = ${userId} and q.article_id = ${articles}.id and q.retired_at is null)`;
  return db
    .select({ ...summary, createdAt: articles.createdAt, flagged })
    .from(articles)
    .where(visibleArticle(userId))
    .orderBy(sql`${articles.ownerId} is null`, sql`${articles.createdAt} desc`, asc(articles.title));
}

/** One article the user may read (shared or theirs), with its live question count, or undefined. */
export async function getArticle({ userId, id }: { userId: string | null; id: string }) {
  const [row] = await db
    .select({ ...summary, body: articles.body })
    .from(articles)
    .where(and(eq(articles.id, id), visibleArticle(userId)));
  return row;
}

/** A user's article id: their own namespace, so two learners may add articles with the same title. */
function userArticleId(userId: string, article: Article): string {
  const owner = createHash("sha1").update(userId).digest("hex").slice(0, 8);
  const body = createHash("sha1").update(article.body).digest("hex").slice(0, 6);
  return `u${owner}-${slugify(article.title).slice(0, 60) || "article"}-${body}`;
}

export interface AddArticleInput {
  text: string;
  title?: string;
  source?: string;
  published?: string;
  tags?: string[];
}

/**
 * Adds a pasted article (raw text, or the Markdown article format) for one user: parses it,
 * generates its questions with the shipped corpus as the pool of distractors, and stores it all in
 * one batch. The same text added twice is the same article (its questions keep their ids).
 */
export async function addUserArticle({ userId, input, now }: { userId: string; input: AddArticleInput; now: Date }) {
  let parsed: Article;
  try {
    parsed = parseArticle(input.text, {});
  } catch (err) {
    if (err instanceof ArticleError) throw badRequest(err.message);
    throw err;
  }
  const article: Article = {
    ...parsed,
    title: input.title?.trim() || parsed.title,
    ...(input.source?.trim() ? { source: input.source.trim() } : {}),
    ...(input.published ? { published: input.published } : {}),
    tags: input.tags?.length ? input.tags : parsed.tags,
  };
  article.id = userArticleId(userId, article);

  const [count] = await db
    .select({ n: sql<number>`count(*)` })
    .from(articles)
    .where(eq(articles.ownerId, userId));
  if (Number(count?.n ?? 0) >= MAX_USER_ARTICLES) throw unprocessable(`You can keep up to ${MAX_USER_ARTICLES} articles; delete some first.`);

  const generated = generateCorpus([article], { library: await shippedLibrary() })[0];
  if (!generated) throw new Error("the generator returned no result for the article");
  if (generated.questions.length === 0) {
    throw unprocessable("No exam-grade questions could be made from this text. Paste a news article of a few paragraphs with names, dates and numbers.");
  }
  const contentHash = createHash("sha1").update(GENERATOR_VERSION).update(JSON.stringify(article)).digest("hex");
  await saveGeneratedArticle(generated, { ownerId: userId, contentHash, now });
  return { id: article.id, title: article.title, facts: generated.facts.length, questions: generated.questions.length, words: generated.words };
}

/**
 * Deletes one of the user's own articles with its questions, and the user's cards and reviews of
 * them (cascade). Shared articles cannot be deleted.
 */
export async function deleteUserArticle({ userId, id }: { userId: string; id: string }) {
  const result = await db.delete(articles).where(and(eq(articles.id, id), eq(articles.ownerId, userId)));
  if (result.rowsAffected === 0) throw notFound(`You have no article with id "${id}".`);
  return { deleted: id };
}

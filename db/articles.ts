import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { ArticleError, GENERATOR_VERSION, generateCorpus, parseArticle, slugify, type Article } from "@/questions";
import { cleanPastedText } from "@/questions/article/clean";
import { ApiError, badRequest, forbidden, notFound, unprocessable } from "@/lib/errors";
import type { ArticleDetailsPatch, QuestionPatch } from "@/lib/schemas";
import { db } from "./client";
import { editFields } from "./question-browser";
import { articles, questionEdits, questionFlags, questions } from "./schema";
import { saveGeneratedArticle, shippedLibrary } from "./seed";
import { editColumns, editOf, withEdit } from "./question-view";
import { studyableQuestions, visibleArticle } from "./visibility";

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
  // SQLite answers 1/0: read as a boolean, as docs/api.md has it.
  own: sql<boolean>`${articles.ownerId} is not null`.mapWith(Boolean),
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

/**
 * Changes the details (title, source, published date, tags) of one of the learner's own articles and
 * returns it as `listArticles` gives it. Its text, questions, cards and history are untouched; its
 * id stays. A shared article's details are everyone's (403); an unknown or someone else's → 404.
 */
export async function updateArticleDetails({ userId, id, patch }: { userId: string; id: string; patch: ArticleDetailsPatch }) {
  const [row] = await db
    .select({ ownerId: articles.ownerId })
    .from(articles)
    .where(and(eq(articles.id, id), visibleArticle(userId)));
  if (!row) throw notFound(`No article with id "${id}".`);
  if (row.ownerId !== userId) throw forbidden("This article is shared by everyone: only the details of articles you added can be changed.");
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<typeof articles.$inferInsert>;
  if (set.tags) set.tags = [...new Set(set.tags)];
  // An empty source is "not given".
  if (set.source === "") set.source = null;
  await db
    .update(articles)
    .set(set)
    .where(and(eq(articles.id, id), eq(articles.ownerId, userId)));
  const [updated] = (await listArticles({ userId })).filter((a) => a.id === id);
  return updated!;
}

/**
 * The questions a learner can study of one article (their edits applied, dropped and flagged ones
 * left out), with their evidence sentence: what the article page highlights.
 */
export async function getArticleQuestions({ userId, id }: { userId: string; id: string }) {
  const rows = await db
    .select({ question: questions, edit: editColumns })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(questionEdits, editOf(userId))
    .where(and(eq(questions.articleId, id), studyableQuestions(userId, {})))
    .orderBy(asc(questions.position));
  return rows.map((r) => {
    const q = withEdit(r.question, r.edit);
    return { id: q.id, type: q.type, prompt: q.prompt, answer: q.answer, evidence: q.evidence };
  });
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
  /** Replace an article already added with the same text; without it the existing one is left alone. */
  update?: boolean;
  /** The learner's own versions of questions, made in the preview (question id → patch). */
  edits?: Record<string, QuestionPatch>;
  /** Questions dropped in the preview. */
  drop?: string[];
}

/**
 * Cleans the pasted text (Markdown links to their text; images, captions, ads, newsletter prompts and
 * event promos dropped: questions/article/clean.ts), parses it and generates its questions: what
 * both the preview and the save start from. `cleaned` says what was dropped, for the preview.
 */
async function prepare(userId: string, input: AddArticleInput) {
  const { text, dropped, links } = cleanPastedText(input.text);
  const cleaned = { dropped, links };
  const noQuestions = "No exam-grade questions could be made from this text. Paste a news article of a few paragraphs with names, dates and numbers.";
  // Only page furniture (a newsletter prompt, an ad): nothing of a story to parse.
  if (!text.trim() && input.text.trim()) throw unprocessable(`${noQuestions} (All of it looked like page furniture: ads, prompts, links.)`);
  let parsed: Article;
  try {
    parsed = parseArticle(text, {});
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
  const existing = await sameArticle(userId, article);
  // Regenerated under its first id, so its questions keep their ids (and the learner's history).
  if (existing) article.id = existing.id;
  const generated = generateCorpus([article], { library: await shippedLibrary() })[0];
  if (!generated) throw new Error("the generator returned no result for the article");
  if (generated.questions.length === 0) {
    throw unprocessable(noQuestions);
  }
  return { article, generated, existing, cleaned };
}

/** A body as compared for "the same text pasted again": cleaned (as a paste is now) and with its white space collapsed. */
function comparableBody(body: string): string {
  return cleanPastedText(body).text.replace(/\s+/g, " ").trim();
}

/**
 * The learner's article with the same text (whatever title it was given then), if any. The same id
 * or stored body is the quick answer; otherwise both bodies are compared cleaned, so a text stored
 * before pastes were cleaned (with its ads, captions and links in it) is still recognised when it is
 * pasted again.
 */
async function sameArticle(userId: string, article: Article) {
  const columns = { id: articles.id, title: articles.title, tags: articles.tags };
  const [exact] = await db
    .select(columns)
    .from(articles)
    .where(and(eq(articles.ownerId, userId), sql`(${articles.id} = ${article.id} or ${articles.body} = ${article.body})`))
    .limit(1);
  if (exact) return exact;
  const wanted = comparableBody(article.body);
  if (!wanted) return undefined;
  const mine = await db
    .select({ ...columns, body: articles.body })
    .from(articles)
    .where(eq(articles.ownerId, userId))
    .orderBy(asc(articles.createdAt));
  const found = mine.find((a) => comparableBody(a.body) === wanted);
  return found ? { id: found.id, title: found.title, tags: found.tags } : undefined;
}

/** What POST /api/articles/preview shows: the questions the text would give, nothing saved. */
export async function previewUserArticle({ userId, input }: { userId: string; input: AddArticleInput }) {
  const { article, generated, existing, cleaned } = await prepare(userId, input);
  return {
    title: article.title,
    cleaned,
    words: generated.words,
    facts: generated.facts.length,
    duplicate: existing ? { id: existing.id, title: existing.title } : null,
    questions: generated.questions.map((q) => ({
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      answer: q.answer,
      choices: q.type === "mcq" ? (q.choices ?? null) : null,
      evidence: q.evidence,
    })),
  };
}

/**
 * Adds a pasted article (raw text, or the Markdown article format) for one user: parses it,
 * generates its questions with the shipped corpus as the pool of distractors, and stores it all in
 * one batch, with the preview's edits and drops. The same text added again is recognised: the
 * existing article (tags, edits, history) is left as it is and returned with `duplicate: true`,
 * unless `update` asks to regenerate it (its questions keep their ids; its tags stay unless new
 * ones are given). Edits are checked before anything is written (400 names the question).
 */
export async function addUserArticle({ userId, input, now }: { userId: string; input: AddArticleInput; now: Date }) {
  const { article, generated, existing, cleaned } = await prepare(userId, input);
  if (existing && !input.update) {
    const [row] = await db.select({ words: articles.words, questionCount: liveQuestionCount }).from(articles).where(eq(articles.id, existing.id));
    return { id: existing.id, title: existing.title, facts: 0, questions: Number(row?.questionCount ?? 0), words: row?.words ?? 0, duplicate: true, cleaned };
  }
  if (existing && !input.tags?.length) article.tags = existing.tags;
  const target = { ...generated, article: { ...generated.article, tags: article.tags } };

  const [count] = await db
    .select({ n: sql<number>`count(*)` })
    .from(articles)
    .where(eq(articles.ownerId, userId));
  if (!existing && Number(count?.n ?? 0) >= MAX_USER_ARTICLES) throw unprocessable(`You can keep up to ${MAX_USER_ARTICLES} articles; delete some first.`);

  // The preview's changes, checked against the questions as generated before anything is written.
  const byId = new Map(generated.questions.map((q) => [q.id, q]));
  const editRows = Object.entries(input.edits ?? {}).map(([questionId, patch]) => {
    const q = byId.get(questionId);
    if (!q) throw badRequest(`edits: "${questionId}" is not one of this article's questions.`);
    try {
      return { questionId, ...editFields({ type: q.type, prompt: q.prompt, answer: q.answer, choices: q.choices ?? null }, null, patch) };
    } catch (err) {
      if (err instanceof ApiError) throw badRequest(`edits of “${q.prompt.slice(0, 60)}”: ${err.message}`);
      throw err;
    }
  });
  for (const id of input.drop ?? []) if (!byId.has(id)) throw badRequest(`drop: "${id}" is not one of this article's questions.`);
  const dropped = new Set(input.drop ?? []);

  const contentHash = createHash("sha1").update(GENERATOR_VERSION).update(JSON.stringify(article)).digest("hex");
  await saveGeneratedArticle(target, { ownerId: userId, contentHash, now });
  const rows = [
    ...editRows.map((e) => ({ userId, ...e, droppedAt: dropped.has(e.questionId) ? now : null, updatedAt: now })),
    ...[...dropped].filter((id) => !editRows.some((e) => e.questionId === id)).map((questionId) => ({ userId, questionId, droppedAt: now, updatedAt: now })),
  ].filter((r) => r.droppedAt || ("prompt" in r && (r.prompt !== null || r.answer !== null || r.choices !== null)));
  if (rows.length) {
    await db
      .insert(questionEdits)
      .values(rows)
      .onConflictDoUpdate({
        target: [questionEdits.userId, questionEdits.questionId],
        set: {
          prompt: sql.raw("excluded.prompt"),
          answer: sql.raw("excluded.answer"),
          choices: sql.raw("excluded.choices"),
          droppedAt: sql.raw("excluded.dropped_at"),
          updatedAt: sql.raw("excluded.updated_at"),
        },
      });
  }
  return {
    id: target.article.id,
    title: article.title,
    facts: generated.facts.length,
    questions: generated.questions.length - dropped.size,
    words: generated.words,
    duplicate: false,
    cleaned,
  };
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

import "server-only";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { and, eq, isNull, notInArray, sql } from "drizzle-orm";
import { GENERATOR_VERSION, generateCorpus, libraryOf, parseArticle, type Article, type GeneratedArticle, type Library } from "@/questions";
import { db } from "./client";
import { articles, cards, facts, questions, reviews } from "./schema";

export const SHIPPED_ARTICLES_DIR = path.join(process.cwd(), "questions", "articles");

export interface SeedResult {
  articles: number;
  updated: number;
  questions: number;
}

/** Reads the shipped articles (questions/articles/*.md), sorted by file name. */
export async function readShippedArticles(dir = SHIPPED_ARTICLES_DIR): Promise<Article[]> {
  const names = (await readdir(/*turbopackIgnore: true*/ dir)).filter((n) => n.endsWith(".md")).sort();
  return Promise.all(names.map(async (name) => parseArticle(await readFile(path.join(/*turbopackIgnore: true*/ dir, name), "utf8"), { filename: name })));
}

function hashOf(...parts: string[]): string {
  return createHash("sha1").update(parts.join("\u0000")).digest("hex");
}

// The shipped articles are read once per process (they are seeded at start and do not change while
// the server runs): their names and figures are wrong options for every learner's own article.
let shippedCache: Promise<Library> | undefined;
/** The shipped articles as a distractor library, read and analysed once per process. */
export function shippedLibrary(): Promise<Library> {
  shippedCache ??= readShippedArticles()
    .then(libraryOf)
    .catch((err: unknown) => {
      shippedCache = undefined;
      throw err;
    });
  return shippedCache;
}

/** What must survive for a question to keep its history across generator versions. */
function survivalKey(q: { type: string; answer: string; evidence: string }): string {
  return [q.type, q.answer.trim().toLowerCase(), q.evidence.replace(/\s+/g, " ").trim()].join("\u0000");
}

/**
 * Loads the shipped articles and their generated questions, idempotently:
 * an unchanged corpus writes nothing; a changed one updates questions in place (stable ids),
 * retires what the generator no longer produces, and never touches cards or reviews.
 */
export async function seedShippedArticles(options: { dir?: string; now?: Date } = {}): Promise<SeedResult> {
  const list = await readShippedArticles(options.dir);
  // Distractors come from the whole corpus, so a change anywhere re-seeds every shipped article.
  const corpusHash = hashOf(GENERATOR_VERSION, ...list.map((a) => JSON.stringify(a)));
  const existing = await db.select({ id: articles.id, contentHash: articles.contentHash }).from(articles).where(isNull(articles.ownerId));
  const known = new Map(existing.map((r) => [r.id, r.contentHash]));
  const stale = list.filter((a) => known.get(a.id) !== corpusHash);
  if (stale.length === 0) return { articles: list.length, updated: 0, questions: 0 };

  const generated = generateCorpus(list);
  let written = 0;
  for (const g of generated) {
    if (known.get(g.article.id) === corpusHash) continue;
    written += await saveGeneratedArticle(g, { ownerId: null, contentHash: corpusHash, now: options.now ?? new Date() });
  }
  return { articles: list.length, updated: stale.length, questions: written };
}

/**
 * Learners' own articles made by an older generator get this one's questions, with the same
 * survival rule as the shipped ones (a question whose sentence, answer and type survive keeps its
 * cards and reviews). One article at a time, each in its own batch; returns how many were redone.
 */
export async function regenerateUserArticles(options: { now?: Date } = {}): Promise<number> {
  const stale = await db
    .select({
      id: articles.id,
      title: articles.title,
      source: articles.source,
      published: articles.published,
      tags: articles.tags,
      body: articles.body,
      ownerId: articles.ownerId,
    })
    .from(articles)
    .where(and(sql`${articles.ownerId} IS NOT NULL`, sql`${articles.generatorVersion} IS NOT ${GENERATOR_VERSION}`));
  if (stale.length === 0) return 0;
  const library = await shippedLibrary();
  for (const row of stale) {
    const article: Article = {
      id: row.id,
      title: row.title,
      tags: row.tags ?? [],
      body: row.body,
      ...(row.source ? { source: row.source } : {}),
      ...(row.published ? { published: row.published } : {}),
    };
    const [generated] = generateCorpus([article], { library });
    if (!generated) continue;
    const contentHash = hashOf(GENERATOR_VERSION, JSON.stringify(article));
    await saveGeneratedArticle(generated, { ownerId: row.ownerId, contentHash, now: options.now ?? new Date() });
  }
  return stale.length;
}

/** Writes one generated article in one atomic batch: all of it or nothing. Returns the number of live questions. */
export async function saveGeneratedArticle(g: GeneratedArticle, opts: { ownerId: string | null; contentHash: string; now: Date }): Promise<number> {
  const { article } = g;
  const now = opts.now;
  const row = {
    id: article.id,
    title: article.title,
    source: article.source ?? null,
    published: article.published ?? null,
    tags: article.tags,
    body: article.body,
    words: g.words,
    ownerId: opts.ownerId,
    contentHash: opts.contentHash,
    generatorVersion: GENERATOR_VERSION,
    updatedAt: now,
  };
  const factIds = g.facts.map((f) => f.id);
  const questionIds = g.questions.map((q) => q.id);
  // A question whose sentence, answer and type survive a new generator keeps its learners'
  // cards and reviews under its new id; the rest retire below, history intact.
  const live = await db
    .select({ id: questions.id, type: questions.type, answer: questions.answer, evidence: questions.evidence })
    .from(questions)
    .where(and(eq(questions.articleId, article.id), isNull(questions.retiredAt)));
  const successor = new Map(g.questions.map((q) => [survivalKey(q), q.id]));
  const kept = new Set(questionIds);
  const moves = live.flatMap((old) => {
    const next = kept.has(old.id) ? undefined : successor.get(survivalKey(old));
    return next ? [{ from: old.id, to: next }] : [];
  });
  await db.batch([
    db
      .insert(articles)
      .values({ ...row, createdAt: now })
      .onConflictDoUpdate({ target: articles.id, set: row }),
    ...g.facts.map((f) => {
      const values = {
        id: f.id,
        articleId: article.id,
        kind: f.kind,
        subject: f.subject,
        relation: f.relation,
        object: f.object,
        objectType: f.objectType,
        sentence: f.sentence,
        spanStart: f.span[0],
        spanEnd: f.span[1],
        retiredAt: null,
      };
      return db.insert(facts).values(values).onConflictDoUpdate({ target: facts.id, set: values });
    }),
    // What the generator no longer finds is retired, never deleted: learners' history points at it.
    db
      .update(facts)
      .set({ retiredAt: now })
      .where(and(eq(facts.articleId, article.id), isNull(facts.retiredAt), factIds.length ? notInArray(facts.id, factIds) : sql`1`)),
    ...g.questions.map((q, position) => {
      const values = {
        id: q.id,
        articleId: article.id,
        factId: q.factId,
        type: q.type,
        prompt: q.prompt,
        answer: q.answer,
        choices: q.choices ?? null,
        evidence: q.evidence,
        kind: q.kind,
        score: q.score,
        position,
        retiredAt: null,
        updatedAt: now,
      };
      return db.insert(questions).values(values).onConflictDoUpdate({ target: questions.id, set: values });
    }),
    // Re-point history only after the successors exist; a learner who somehow has both keeps the old card.
    ...moves.flatMap(({ from, to }) => [
      db.run(sql`UPDATE OR IGNORE ${cards} SET question_id = ${to} WHERE question_id = ${from}`),
      db
        .update(reviews)
        .set({ questionId: to })
        .where(and(eq(reviews.questionId, from), sql`NOT EXISTS (SELECT 1 FROM ${cards} c WHERE c.question_id = ${from} AND c.user_id = ${reviews.userId})`)),
    ]),
    db
      .update(questions)
      .set({ retiredAt: now })
      .where(and(eq(questions.articleId, article.id), isNull(questions.retiredAt), questionIds.length ? notInArray(questions.id, questionIds) : sql`1`)),
  ]);
  return g.questions.length;
}

import "server-only";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { and, eq, isNull, notInArray, sql } from "drizzle-orm";
import { GENERATOR_VERSION, generateCorpus, parseArticle, type Article, type GeneratedArticle } from "@/questions";
import { db } from "./client";
import { articles, facts, questions } from "./schema";

export const SHIPPED_ARTICLES_DIR = path.join(process.cwd(), "questions", "articles");

export interface SeedResult {
  articles: number;
  updated: number;
  questions: number;
}

/** Reads the shipped articles (questions/articles/*.md), sorted by file name. */
export async function readShippedArticles(dir = SHIPPED_ARTICLES_DIR): Promise<Article[]> {
  const names = (await readdir(/*turbopackIgnore: true*/ dir)).filter((n) => n.endsWith(".md")).sort();
  return Promise.all(
    names.map(async (name) => parseArticle(await readFile(path.join(/*turbopackIgnore: true*/ dir, name), "utf8"), { filename: name })),
  );
}

function hashOf(...parts: string[]): string {
  return createHash("sha1").update(parts.join("\u0000")).digest("hex");
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
  const existing = await db
    .select({ id: articles.id, contentHash: articles.contentHash })
    .from(articles)
    .where(isNull(articles.ownerId));
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

/** Writes one generated article in one atomic batch: all of it or nothing. Returns the number of live questions. */
export async function saveGeneratedArticle(
  g: GeneratedArticle,
  opts: { ownerId: string | null; contentHash: string; now: Date },
): Promise<number> {
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
  await db.batch([
    db.insert(articles).values({ ...row, createdAt: now }).onConflictDoUpdate({ target: articles.id, set: row }),
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
    db
      .update(questions)
      .set({ retiredAt: now })
      .where(
        and(eq(questions.articleId, article.id), isNull(questions.retiredAt), questionIds.length ? notInArray(questions.id, questionIds) : sql`1`),
      ),
  ]);
  return g.questions.length;
}

/**
 * The switch from generator 1.2.0 to 2.0 on a database that holds 1.2.0 reviews: a question whose
 * sentence, answer and type survive keeps its learners' cards and reviews under its new id; the
 * rest retire with their history intact. db/fixtures/questions-1.2.0.json is what 1.2.0 produced
 * for the shipped articles (its ids, types, answers and evidence), kept when 1.2.0 was removed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GENERATOR_VERSION } from "@/questions";
import { db } from "./client";
import { recordReview } from "./reviews";
import { articles, cards, questions, reviews } from "./schema";
import { readShippedArticles, regenerateUserArticles, saveGeneratedArticle, seedShippedArticles } from "./seed";
import { freshDatabase, makeUser, summitArticle } from "./test-helpers";

const NOW = new Date("2026-11-22T10:00:00Z");

interface OldQuestion {
  id: string;
  articleId: string;
  factId: string;
  type: "recall" | "mcq" | "cloze" | "true_false";
  prompt: string;
  answer: string;
  choices: string[] | null;
  evidence: string;
  kind: string;
  score: number;
}
const fixture = JSON.parse(readFileSync(path.join(process.cwd(), "db", "fixtures", "questions-1.2.0.json"), "utf8")) as {
  generatorVersion: string;
  questions: OldQuestion[];
};

let survivors: OldQuestion[] = [];
let retirees: OldQuestion[] = [];

beforeAll(async () => {
  await freshDatabase();
  await makeUser("ana");
  await makeUser("ben");
  // The database as generator 1.2.0 left it: the shipped articles and their 1.2.0 questions.
  const shipped = await readShippedArticles();
  for (const a of shipped) {
    await db.insert(articles).values({
      id: a.id,
      title: a.title,
      tags: a.tags,
      body: a.body,
      words: 100,
      ownerId: null,
      contentHash: "1.2.0",
      generatorVersion: "1.2.0",
      createdAt: NOW,
      updatedAt: NOW,
    });
  }
  await db.insert(questions).values(fixture.questions.map((q, position) => ({ ...q, position, updatedAt: NOW })));
});

describe("switching from generator 1.2.0", () => {
  it("keeps the cards and reviews of every question whose sentence, answer and type survive", async () => {
    expect(fixture.generatorVersion).toBe("1.2.0");
    expect(GENERATOR_VERSION).not.toBe("1.2.0");
    // Which 1.2.0 questions 2.0 also asks is decided by the generator; find both kinds first.
    const { generateCorpus } = await import("@/questions");
    const generated = generateCorpus(await readShippedArticles()).flatMap((g) => g.questions);
    const key = (q: { type: string; answer: string; evidence: string }) => `${q.type}|${q.answer.toLowerCase()}|${q.evidence}`;
    const next = new Set(generated.map(key));
    survivors = fixture.questions.filter((q) => next.has(key(q)));
    retirees = fixture.questions.filter((q) => !next.has(key(q)));
    expect(survivors.length).toBeGreaterThan(0);
    expect(retirees.length).toBeGreaterThan(0);

    // Two learners have history on both kinds.
    const history = [...survivors.slice(0, 3), ...retirees.slice(0, 3)];
    const reviewIds: string[] = [];
    for (const [i, q] of history.entries()) {
      for (const userId of ["ana", "ben"]) {
        const r = await recordReview({
          userId,
          id: crypto.randomUUID(),
          questionId: q.id,
          response: q.type === "mcq" ? { choice: q.answer } : { rating: 3 },
          durationMs: 900,
          now: new Date(NOW.getTime() + i * 60_000),
        });
        reviewIds.push(r.reviewId);
      }
    }

    const seeded = await seedShippedArticles({ now: new Date(NOW.getTime() + 86_400_000) });
    expect(seeded.updated).toBe(2);

    // Every review is still there, none lost, none doubled.
    const after = await db.select().from(reviews).where(inArray(reviews.id, reviewIds));
    expect(after).toHaveLength(reviewIds.length);

    for (const old of survivors.slice(0, 3)) {
      const [successor] = await db
        .select()
        .from(questions)
        .where(
          and(
            eq(questions.articleId, old.articleId),
            eq(questions.type, old.type),
            eq(questions.answer, old.answer),
            eq(questions.evidence, old.evidence),
            isNull(questions.retiredAt),
          ),
        );
      expect(successor, old.prompt).toBeDefined();
      expect(successor!.id).not.toBe(old.id);
      const moved = await db.select().from(cards).where(eq(cards.questionId, successor!.id));
      expect(moved.map((c) => c.userId).sort()).toEqual(["ana", "ben"]);
      expect(moved.every((c) => c.reps === 1)).toBe(true);
      expect(await db.select().from(reviews).where(eq(reviews.questionId, successor!.id))).toHaveLength(2);
      const [retired] = await db.select().from(questions).where(eq(questions.id, old.id));
      expect(retired?.retiredAt).not.toBeNull();
      expect(await db.select().from(cards).where(eq(cards.questionId, old.id))).toHaveLength(0);
    }
    for (const old of retirees.slice(0, 3)) {
      // Retired as today: the question stays with its cards and reviews, out of study.
      const [retired] = await db.select().from(questions).where(eq(questions.id, old.id));
      expect(retired?.retiredAt).not.toBeNull();
      expect(await db.select().from(cards).where(eq(cards.questionId, old.id))).toHaveLength(2);
      expect(await db.select().from(reviews).where(eq(reviews.questionId, old.id))).toHaveLength(2);
    }
  });

  it("a second start changes nothing", async () => {
    const before = await db.select().from(cards);
    expect(await seedShippedArticles({ now: new Date(NOW.getTime() + 2 * 86_400_000) })).toMatchObject({ updated: 0 });
    expect(await db.select().from(cards)).toEqual(before);
  });

  it("regenerates a learner's own article made by an older generator, keeping what survives", async () => {
    const mine = summitArticle("u-ana-summit");
    mine.article.body = `${mine.article.body}\n\nThe summit was attended by leaders of 11 countries, and the next summit will be held in Kazan in October 2024.`;
    await saveGeneratedArticle(mine, { ownerId: "ana", contentHash: "old", now: NOW });
    await db.update(articles).set({ generatorVersion: "1.2.0" }).where(eq(articles.id, mine.article.id));
    const cloze = mine.questions.find((q) => q.type === "cloze")!;
    await recordReview({ userId: "ana", id: crypto.randomUUID(), questionId: cloze.id, response: { rating: 4 }, durationMs: 500, now: NOW });

    expect(await regenerateUserArticles({ now: new Date(NOW.getTime() + 1000) })).toBe(1);
    const [row] = await db.select().from(articles).where(eq(articles.id, mine.article.id));
    expect(row?.generatorVersion).toBe(GENERATOR_VERSION);
    expect(row?.ownerId).toBe("ana");
    const live = await db
      .select()
      .from(questions)
      .where(and(eq(questions.articleId, mine.article.id), isNull(questions.retiredAt)));
    expect(live.length).toBeGreaterThan(0);
    expect(live.some((q) => q.id === cloze.id)).toBe(false);
    // The hand-written ids are gone from study; the learner's review is kept, on a survivor or on the retired question.
    const [review] = await db.select().from(reviews).where(eq(reviews.userId, "ana")).orderBy(reviews.reviewedAt).limit(1);
    expect(review).toBeDefined();
    expect(await regenerateUserArticles()).toBe(0);
  });
});

// The study queue reads only what the learner touched plus one step per article (db/study.ts); this
// checks it against the plain definition, which reads every unseen question (the queue as it was
// before issue 11), on random libraries: shared and private articles, siblings, retired questions,
// seen, suspended and due cards, reviews today (some undone), edits, drops and flags, tags, filters,
// small and large limits.
import { and, asc, eq, gte, isNull, lte, ne, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { startOfLocalDay } from "@/lib/day";
import { buildQueue } from "@/lib/queue";
import { seededRandom } from "@/lib/random";
import { siblingKey } from "@/lib/siblings";
import { db } from "./client";
import { editColumns, editOf, withEdit } from "./question-view";
import { articles, cards, questionEdits, questionFlags, questions, reviews, settings } from "./schema";
import { getSettings } from "./settings";
import { getStudyQueue, LEECH_LAPSES } from "./study";
import { freshDatabase, makeUser } from "./test-helpers";
import { studyableQuestions, visibleArticle } from "./visibility";

const NOW = new Date("2026-11-22T10:00:00Z");
const DAY = 86_400_000;

/** The queue's definition: every unseen question read, buried siblings dropped, dealt by lib/queue. */
async function reference({
  userId,
  now,
  limit,
  articleId,
  tag,
  leeches = false,
}: {
  userId: string;
  now: Date;
  limit: number;
  articleId?: string;
  tag?: string;
  leeches?: boolean;
}) {
  const s = await getSettings({ userId });
  const where = studyableQuestions(userId, { articleId, tag });
  const dayStart = startOfLocalDay(now, s.timeZone);
  const dueRows = await db
    .select({ card: cards, question: questions, edit: editColumns })
    .from(cards)
    .innerJoin(questions, eq(questions.id, cards.questionId))
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(questionEdits, editOf(userId))
    .where(
      and(eq(cards.userId, userId), leeches ? gte(cards.lapses, LEECH_LAPSES) : lte(cards.due, now), ne(cards.state, "new"), isNull(cards.suspendedAt), where),
    )
    .orderBy(asc(cards.due));
  const [introduced] = await db
    .select({ n: sql<number>`count(*)` })
    .from(cards)
    .where(and(eq(cards.userId, userId), gte(cards.createdAt, dayStart), sql`${cards.reps} > 0`));
  const newLeft = leeches ? 0 : Math.max(0, s.newPerDay - Number(introduced?.n ?? 0));
  const unseen = await db
    .select({ question: questions, edit: editColumns })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(cards, and(eq(cards.questionId, questions.id), eq(cards.userId, userId)))
    .leftJoin(questionEdits, editOf(userId))
    .where(and(isNull(cards.questionId), where))
    .orderBy(asc(questions.position), asc(questions.id));
  const studiedToday = await db
    .selectDistinct({ articleId: questions.articleId, evidence: questions.evidence })
    .from(reviews)
    .innerJoin(questions, eq(questions.id, reviews.questionId))
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(and(eq(reviews.userId, userId), gte(reviews.reviewedAt, dayStart), isNull(reviews.undoneAt), visibleArticle(userId)));
  const buried = new Set(studiedToday.map(siblingKey));
  const fresh = unseen.filter((r) => {
    if (buried.has(siblingKey(r.question))) return false;
    buried.add(siblingKey(r.question));
    return true;
  });
  const queue = buildQueue({
    due: dueRows.map((r) => ({ ...r, articleId: r.question.articleId, due: r.card.due })),
    fresh: fresh.map((r) => ({ ...r, articleId: r.question.articleId, position: r.question.position })),
    newLimit: newLeft,
    limit,
  });
  // Learning counts every learning or relearning card due before tomorrow (issue 12), as Anki does.
  const tomorrow = startOfLocalDay(new Date(dayStart.getTime() + 36 * 3_600_000), s.timeZone).getTime();
  const learningToday = (
    await db
      .select({ card: cards })
      .from(cards)
      .innerJoin(questions, eq(questions.id, cards.questionId))
      .innerJoin(articles, eq(articles.id, questions.articleId))
      .where(and(eq(cards.userId, userId), isNull(cards.suspendedAt), where))
  ).filter((r) => (r.card.state === "learning" || r.card.state === "relearning") && r.card.due.getTime() < tomorrow).length;
  return {
    ids: queue.map((q) => q.question.id),
    prompts: queue.map((q) => withEdit(q.question, q.edit).prompt),
    counts: {
      new: Math.min(newLeft, fresh.length),
      learning: leeches ? dueRows.filter((r) => r.card.state === "learning" || r.card.state === "relearning").length : learningToday,
      review: dueRows.filter((r) => r.card.state === "review").length,
    },
  };
}

const USERS = ["ann", "bob", "cat"];

/** A random library and history for `seed`. */
async function build(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  await db.delete(reviews);
  await db.delete(cards);
  await db.delete(questionEdits);
  await db.delete(questionFlags);
  await db.delete(questions);
  await db.delete(articles);
  await db.delete(settings);
  const articleCount = 2 + Math.floor(random() * 14);
  const qids: string[] = [];
  for (let a = 0; a < articleCount; a++) {
    const id = `a${seed}-${a}`;
    const ownerId = random() < 0.6 ? null : pick(USERS);
    await db.insert(articles).values({
      id,
      title: `Article ${a}`,
      tags: random() < 0.5 ? ["red"] : ["blue", "red"].slice(Math.floor(random() * 2)),
      body: "x",
      ownerId,
      contentHash: "h",
      generatorVersion: "t",
      createdAt: NOW,
      updatedAt: NOW,
    });
    const n = Math.floor(random() * 9);
    const sentences = 1 + Math.floor(random() * 4);
    for (let i = 0; i < n; i++) {
      // Random ids, positions with some ties (a regenerated article keeps retired questions' places), shared sentences.
      const qid = `q${Math.floor(random() * 1e6).toString(36)}-${seed}-${a}-${i}`;
      qids.push(qid);
      await db.insert(questions).values({
        id: qid,
        articleId: id,
        factId: "f",
        type: "recall",
        prompt: "p",
        answer: "x",
        evidence: `s${Math.floor(random() * sentences)}`,
        kind: "k",
        score: 0.5,
        position: random() < 0.2 ? Math.floor(random() * 3) : i,
        retiredAt: random() < 0.1 ? NOW : null,
        updatedAt: NOW,
      });
    }
  }
  const dueTimes = new Set<number>();
  for (const userId of USERS) {
    await db.insert(settings).values({ userId, newPerDay: pick([0, 1, 2, 3, 5, 20, 500]), timeZone: pick(["UTC", "Europe/Berlin", "Pacific/Auckland"]) });
    for (const questionId of qids) {
      // The learner's own version of some questions: an edited prompt, a drop, a flag.
      const e = random();
      if (e < 0.05) await db.insert(questionEdits).values({ userId, questionId, prompt: `edited by ${userId}`, updatedAt: NOW });
      else if (e < 0.1) await db.insert(questionEdits).values({ userId, questionId, droppedAt: NOW, updatedAt: NOW });
      else if (e < 0.13) await db.insert(questionFlags).values({ userId, questionId, reason: "unclear", createdAt: NOW });
      const r = random();
      if (r < 0.3) {
        // Distinct due times: the old and the new read may order equal due times differently.
        let due = NOW.getTime() + Math.floor((random() - 0.5) * 10 * DAY);
        while (dueTimes.has(due)) due++;
        dueTimes.add(due);
        const reps = random() < 0.1 ? 0 : 1 + Math.floor(random() * 5);
        await db.insert(cards).values({
          userId,
          questionId,
          due: new Date(due),
          stability: 3,
          difficulty: 5,
          scheduledDays: 2,
          learningSteps: 0,
          reps,
          lapses: Math.floor(random() * 6),
          state: reps === 0 ? "new" : pick(["learning", "review", "relearning"] as const),
          lastReview: new Date(NOW.getTime() - DAY),
          createdAt: new Date(NOW.getTime() - Math.floor(random() * 2) * DAY),
          suspendedAt: random() < 0.1 ? NOW : null,
        });
        if (random() < 0.5) {
          const snap = {
            due: due,
            stability: 3,
            difficulty: 5,
            scheduledDays: 2,
            learningSteps: 0,
            reps,
            lapses: 0,
            state: "review" as const,
            lastReview: null,
          };
          await db.insert(reviews).values({
            id: `r-${userId}-${questionId}`,
            userId,
            questionId,
            rating: 3,
            response: {},
            durationMs: 1,
            reviewedAt: new Date(NOW.getTime() - Math.floor(random() * 30) * 3_600_000),
            after: snap,
            undoneAt: random() < 0.2 ? NOW : null,
          });
        }
      }
    }
  }
  // Questions retired and revived after learners have cards of them (learner_articles.live_cards through its triggers).
  for (const questionId of qids) {
    const r = random();
    if (r < 0.08) await db.update(questions).set({ retiredAt: NOW }).where(eq(questions.id, questionId));
    else if (r < 0.16) await db.update(questions).set({ retiredAt: null }).where(eq(questions.id, questionId));
  }
  return articleCount;
}

beforeAll(async () => {
  await freshDatabase();
  for (const u of USERS) await makeUser(u);
});

describe("getStudyQueue", () => {
  it("deals the same cards and counts as the plain definition on random libraries", async () => {
    let compared = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const articleCount = await build(seed);
      for (const userId of USERS) {
        for (const opts of [
          { limit: 1 },
          { limit: 4 },
          { limit: 50 },
          { limit: 50, tag: "blue" },
          { limit: 50, articleId: `a${seed}-${seed % articleCount}` },
          { limit: 10, leeches: true },
        ]) {
          const args = { userId, now: NOW, ...opts };
          const got = await getStudyQueue(args);
          const want = await reference(args);
          expect({ seed, userId, opts, ids: got.cards.map((c) => c.questionId), prompts: got.cards.map((c) => c.prompt), counts: got.counts }).toEqual({
            seed,
            userId,
            opts,
            ...want,
          });
          compared++;
        }
      }
    }
    expect(compared).toBe(40 * USERS.length * 6);
  }, 120_000);
});

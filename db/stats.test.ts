// getProgress reads per-article counts, the learner's own cards and their reviews counted per
// quarter hour (db/stats.ts); this checks it against the plain definition, which reads every visible
// question and every review (the statistics as they were before issue 11), on random histories in
// zones with DST, half-hour DST and 45-minute offsets.
import { and, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { localDate } from "@/lib/day";
import { seededRandom } from "@/lib/random";
import { dayStreak, dueForecast, examReadiness, histogram, reviewHeatmap, trueRetention } from "@/lib/stats";
import { retrievability, type CardState } from "@/lib/srs";
import { cardFromRow } from "./cards";
import { db } from "./client";
import { getTodayStats } from "./reviews";
import { DEFAULT_WEIGHTS } from "./optimise";
import { articles, cards, questionBuries, questionEdits, questionFlags, questions, reviews, settings as settingsTable } from "./schema";
import { getSettings } from "./settings";
import { getProgress } from "./stats";
import { LEECH_LAPSES } from "./study";
import { freshDatabase, makeUser } from "./test-helpers";
import { visibleArticle } from "./visibility";

const NOW = new Date("2026-11-22T10:00:00Z");
const DAY = 86_400_000;
const USERS = ["ann", "bob"];

/** The statistics' definition: every visible live question and every review of 400 days read. */
async function reference({ userId, now }: { userId: string; now: Date }) {
  const settings = await getSettings({ userId });
  const tz = settings.timeZone;
  const today = localDate(now, tz);

  const live = await db
    .select({
      questionId: questions.id,
      prompt: questions.prompt,
      articleId: articles.id,
      title: articles.title,
      tags: articles.tags,
      card: cards,
    })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(cards, and(eq(cards.questionId, questions.id), eq(cards.userId, userId)))
    .where(and(visibleArticle(userId), isNull(questions.retiredAt)));

  const history = await db
    .select({ reviewedAt: reviews.reviewedAt, rating: reviews.rating, before: sql<string | null>`json_extract(${reviews.before}, '$.state')` })
    .from(reviews)
    .where(and(eq(reviews.userId, userId), isNull(reviews.undoneAt), sql`${reviews.reviewedAt} >= ${now.getTime() - 400 * 86_400_000}`));

  const seen = live.filter((r) => r.card !== null);
  const states: Record<CardState, number> = { new: live.length - seen.length, learning: 0, review: 0, relearning: 0 };
  const recall = new Map<string, number>();
  for (const r of seen) {
    const card = cardFromRow(r.card!);
    states[card.state]++;
    recall.set(r.questionId, retrievability(card, now, settings.weights));
  }

  const group = (key: (r: (typeof live)[number]) => string[]) => {
    const m = new Map<string, { total: number; seen: number; recall: number }>();
    for (const r of live) {
      for (const k of key(r)) {
        const g = m.get(k) ?? { total: 0, seen: 0, recall: 0 };
        g.total++;
        if (r.card) {
          g.seen++;
          g.recall += recall.get(r.questionId) ?? 0;
        }
        m.set(k, g);
      }
    }
    return m;
  };
  // Mastery: mean retrievability over all of the article's questions, unseen ones counting 0.
  const mastery = (g: { total: number; recall: number }) => (g.total ? Math.round((g.recall / g.total) * 1000) / 1000 : 0);
  const titles = new Map(live.map((r) => [r.articleId, r.title]));
  const byArticle = group((r) => [r.articleId]);
  const byTag = group((r) => r.tags);

  const retention = trueRetention(
    history.map((h) => ({ reviewedAt: h.reviewedAt, rating: h.rating, beforeState: (h.before as CardState | null) ?? null })),
    { now, timeZone: tz },
  );
  const reviewDays = new Set(history.map((h) => localDate(h.reviewedAt, tz)));
  const scheduled = seen.filter((r) => !r.card!.suspendedAt).map((r) => ({ due: r.card!.due, state: r.card!.state }));
  const lastDue = scheduled.length ? localDate(new Date(Math.max(...scheduled.map((c) => c.due.getTime()))), tz) : null;

  const todayStats = await getTodayStats({ userId, now });
  // Due now as study counts it: not the questions the learner buried today, flagged or dropped.
  const heldBack = new Set([
    ...(await db.select().from(questionBuries).where(eq(questionBuries.userId, userId)))
      .filter((b) => b.kind === "buried" && b.until > now)
      .map((b) => b.questionId),
    ...(await db.select().from(questionFlags).where(eq(questionFlags.userId, userId))).map((f) => f.questionId),
    ...(await db.select().from(questionEdits).where(eq(questionEdits.userId, userId))).filter((e) => e.droppedAt !== null).map((e) => e.questionId),
  ]);
  const dueNow = seen.filter((r) => !r.card!.suspendedAt && r.card!.due <= now && !heldBack.has(r.questionId)).length;

  return {
    today: { due: dueNow, ...todayStats },
    streak: dayStreak({ days: reviewDays, today }),
    retention: {
      desired: settings.desiredRetention,
      true: retention.recent,
      reviews: retention.recentReviews,
      byWeek: retention.byWeek,
      byMonth: retention.byMonth,
    },
    forecast: dueForecast(scheduled, { now, timeZone: tz, days: 30 }),
    heatmap: reviewHeatmap(history, { now, timeZone: tz, days: 365 }),
    states,
    /** Questions the learner suspended (counted in their state above too). */
    suspended: seen.filter((r) => r.card!.suspendedAt).length,
    stability: histogram(
      seen.map((r) => r.card!.stability),
      [0, 1, 3, 7, 14, 30, 90, 180, 365],
      (lo, hi) => (hi === undefined ? `${lo}d+` : `${lo}–${hi}d`),
    ),
    retrievability: histogram(
      [...recall.values()].map((v) => v * 100),
      [0, 50, 70, 80, 90, 95],
      (lo, hi) => (hi === undefined ? `${lo}–100%` : `${lo}–${hi}%`),
    ),
    articles: [...byArticle.entries()]
      .map(([id, g]) => ({ id, title: titles.get(id) ?? id, mastery: mastery(g), seen: g.seen, total: g.total }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    tags: [...byTag.entries()].map(([tag, g]) => ({ tag, mastery: mastery(g), seen: g.seen, total: g.total })).sort((a, b) => a.tag.localeCompare(b.tag)),
    leeches: seen
      .filter((r) => r.card!.lapses >= LEECH_LAPSES)
      .sort((a, b) => b.card!.lapses - a.card!.lapses)
      .slice(0, 20)
      .map((r) => ({ questionId: r.questionId, prompt: r.prompt, articleId: r.articleId, lapses: r.card!.lapses })),
    exam: examReadiness({ examDate: settings.examDate, today, lastDue, unseen: states.new }),
  };
}

async function build(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  await db.delete(reviews);
  await db.delete(cards);
  await db.delete(questionBuries);
  await db.delete(questionFlags);
  await db.delete(questionEdits);
  await db.delete(questions);
  await db.delete(articles);
  await db.delete(settingsTable);
  const qids: string[] = [];
  const articleCount = 1 + Math.floor(random() * 10);
  for (let a = 0; a < articleCount; a++) {
    const id = `a${seed}-${a}`;
    const tags = ["red", "blue", "green"].filter(() => random() < 0.5);
    await db.insert(articles).values({
      id,
      title: `Article ${Math.floor(random() * 1000)} ${a}`,
      tags,
      body: "x",
      ownerId: random() < 0.7 ? null : pick(USERS),
      contentHash: "h",
      generatorVersion: "t",
      createdAt: NOW,
      updatedAt: NOW,
    });
    for (let i = 0, n = Math.floor(random() * 8); i < n; i++) {
      const qid = `q${seed}-${a}-${i}`;
      qids.push(qid);
      await db.insert(questions).values({
        id: qid,
        articleId: id,
        factId: "f",
        type: "recall",
        prompt: `prompt ${qid}`,
        answer: "x",
        evidence: `s${i}`,
        kind: "k",
        score: 0.5,
        position: i,
        retiredAt: random() < 0.15 ? NOW : null,
        updatedAt: NOW,
      });
    }
  }
  for (const userId of USERS) {
    await db.insert(settingsTable).values({
      userId,
      timeZone: pick(["UTC", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu"]),
      examDate: random() < 0.5 ? "2027-01-10" : null,
      // Fitted weights: another forgetting curve (w20).
      weights: random() < 0.3 ? DEFAULT_WEIGHTS.map((w, i) => (i === 20 ? 0.1 + random() * 0.7 : w)) : null,
    });
    let leeches = 0;
    for (const questionId of qids) {
      // Set aside or buried (some buries over, some restored): out of "due now", still counted everywhere else.
      const aside = random();
      if (aside < 0.05) await db.insert(questionFlags).values({ userId, questionId, reason: "unclear", createdAt: NOW });
      else if (aside < 0.1) await db.insert(questionEdits).values({ userId, questionId, droppedAt: NOW, updatedAt: NOW });
      else if (aside < 0.13) await db.insert(questionEdits).values({ userId, questionId, prompt: "edited", updatedAt: NOW });
      else if (aside < 0.2)
        await db.insert(questionBuries).values({
          userId,
          questionId,
          kind: pick(["buried", "buried", "restored"] as const),
          until: new Date(NOW.getTime() + pick([-1, 1]) * 3_600_000),
          createdAt: NOW,
        });
      if (random() < 0.45) continue;
      const reps = 1 + Math.floor(random() * 6);
      // At most 20 leeches: the old read picked among equal lapses in no defined order.
      const lapses = leeches < 20 && random() < 0.3 ? 4 + Math.floor(random() * 3) : Math.floor(random() * 4);
      if (lapses >= LEECH_LAPSES) leeches++;
      await db.insert(cards).values({
        userId,
        questionId,
        due: new Date(NOW.getTime() + Math.floor((random() - 0.3) * 40 * DAY)),
        stability: random() * 200,
        difficulty: 1 + random() * 9,
        scheduledDays: 3,
        learningSteps: 0,
        reps,
        lapses,
        state: pick(["new", "learning", "review", "relearning"] as const),
        // To the millisecond, some in the future (a clock that ran ahead: counted as now).
        lastReview: new Date(NOW.getTime() - Math.floor((random() - 0.05) * 60 * DAY)),
        createdAt: NOW,
        suspendedAt: random() < 0.1 ? NOW : null,
      });
      for (let k = 0, n = Math.floor(random() * 6); k < n; k++) {
        const state = pick([null, "learning", "review", "review", "relearning"] as const);
        const snap = {
          due: 0,
          stability: 1,
          difficulty: 5,
          scheduledDays: 1,
          learningSteps: 0,
          reps: 1,
          lapses: 0,
          state: "review" as const,
          lastReview: null,
        };
        await db.insert(reviews).values({
          id: `r-${userId}-${questionId}-${k}`,
          userId,
          questionId,
          rating: 1 + Math.floor(random() * 4),
          response: {},
          correct: pick([true, false, null]),
          durationMs: 1000,
          // Over 420 days, to the millisecond, some at quarter-hour and local-midnight edges.
          reviewedAt: new Date(
            random() < 0.2
              ? Math.floor(NOW.getTime() / 900_000 - random() * 40_000) * 900_000 - pick([0, 1, -1])
              : NOW.getTime() - Math.floor(random() * 420 * DAY),
          ),
          before: state ? { ...snap, state } : null,
          after: snap,
          undoneAt: random() < 0.1 ? NOW : null,
        });
      }
    }
  }
}

beforeAll(async () => {
  await freshDatabase();
  for (const u of USERS) await makeUser(u);
});

describe("getProgress", () => {
  it("gives the same statistics as the plain definition on random histories", async () => {
    for (let seed = 1; seed <= 25; seed++) {
      await build(seed);
      for (const userId of USERS) {
        const got = await getProgress({ userId, now: NOW });
        const want = await reference({ userId, now: NOW });
        // Mastery is a rounded mean: the sums are added in another order, so allow the last digit.
        const close = <T extends { mastery: number }>(xs: T[]) => xs.map((x) => ({ ...x, mastery: Math.round(x.mastery * 100) }));
        const leeches = (xs: { questionId: string }[]) => [...xs].sort((a, b) => (a.questionId < b.questionId ? -1 : 1));
        expect({ seed, userId, ...got, articles: close(got.articles), tags: close(got.tags), leeches: leeches(got.leeches) }).toEqual({
          seed,
          userId,
          ...want,
          articles: close(want.articles),
          tags: close(want.tags),
          leeches: leeches(want.leeches),
        });
      }
    }
  }, 120_000);

  it("reads the shared library again after any change to it (library_version), in every order SQLite gives titles", async () => {
    await build(3);
    const same = async (what: string) => {
      for (const userId of USERS) {
        const got = await getProgress({ userId, now: NOW });
        const want = await reference({ userId, now: NOW });
        const close = <T extends { mastery: number }>(xs: T[]) => xs.map((x) => ({ ...x, mastery: Math.round(x.mastery * 100) }));
        expect({ what, userId, articles: close(got.articles), tags: close(got.tags), states: got.states }).toEqual({
          what,
          userId,
          articles: close(want.articles),
          tags: close(want.tags),
          states: want.states,
        });
      }
    };
    await same("built");
    const [shared] = await db.select().from(articles).where(isNull(articles.ownerId)).limit(1);
    await db
      .update(articles)
      .set({ title: "Renamed", tags: ["renamed"] })
      .where(eq(articles.id, shared!.id));
    await same("a shared article renamed and retagged");
    const [live] = await db
      .select({ id: questions.id })
      .from(questions)
      .innerJoin(articles, eq(articles.id, questions.articleId))
      .where(and(isNull(articles.ownerId), isNull(questions.retiredAt)))
      .limit(1);
    await db.update(questions).set({ retiredAt: NOW }).where(eq(questions.id, live!.id));
    await same("a shared question retired");
    // Titles beyond U+FFFF and from U+E000 (UTF-16 and UTF-8 order them differently), equal titles (then by id), shared and own.
    const titles = ["\uFF01 wide", "😀 smile", "Renamed", "\uE000 private", "😀 smile", "𝄞 clef"];
    for (const [i, title] of titles.entries()) {
      const id = `extra-${i}`;
      await db.insert(articles).values({ id, title, tags: ["extra"], body: "x", ownerId: i % 2 ? "ann" : null, contentHash: "h", generatorVersion: "t" });
      await db
        .insert(questions)
        .values({ id: `${id}-q`, articleId: id, factId: "f", type: "recall", prompt: "p", answer: "a", evidence: "e", kind: "k", score: 0.5, position: 0 });
    }
    // The plain definition leaves equal titles in no order; getProgress gives them by id, as before (SQLite's order by title, id).
    const smiles = (await getProgress({ userId: "ann", now: NOW })).articles.filter((a) => a.title === "😀 smile").map((a) => a.id);
    expect(smiles).toEqual(["extra-1", "extra-4"]);
    await db.update(articles).set({ title: "😀 smile 2" }).where(eq(articles.id, "extra-4"));
    await same("shared and own articles added");
    await db.delete(articles).where(eq(articles.id, shared!.id));
    await same("a shared article deleted");
  });
});

import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { localDate } from "@/lib/day";
import { dayStreak, dueForecast, examReadiness, histogram, reviewHeatmap, trueRetention } from "@/lib/stats";
import { retrievability, type CardState } from "@/lib/srs";
import { cardFromRow } from "./cards";
import { db } from "./client";
import { getTodayStats } from "./reviews";
import { articles, cards, questions, reviews } from "./schema";
import { getSettings } from "./settings";
import { LEECH_LAPSES } from "./study";
import { visibleArticle } from "./visibility";

/**
 * Everything /progress and the dashboard show (docs/api.md, GET /api/progress): today, streak,
 * true retention beside the desired one, a 30-day forecast, a 12-month heatmap, cards by state,
 * distributions, and mastery per article and tag with the leeches.
 */
export async function getProgress({ userId, now }: { userId: string; now: Date }) {
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
  const dueNow = scheduled.filter((c) => c.due <= now).length;

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

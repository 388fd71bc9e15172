import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import { localDate } from "@/lib/day";

/** Every zone's UTC offset is a whole number of quarter hours (tzdata since 1970s). */
const QUARTER_HOUR = 900_000;
import { dayStreak, dueForecast, examReadiness, histogram, reviewHeatmap, trueRetention } from "@/lib/stats";
import { retrievability, type CardState, type SrsCard } from "@/lib/srs";
import { heldBackToday } from "./bury";
import { db } from "./client";
import { getTodayStats } from "./reviews";
import { articles, cards, questions, reviewQuarters } from "./schema";
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

  // Each read comes back as one JSON array built by SQLite (json_group_array): the driver's cost is
  // per value it hands over (~1.5 µs), so thousands of rows cost one value and a JSON.parse.

  // Live questions per visible article, as the triggers on questions keep them (articles.live_questions).
  const library = (
    await jsonRows<[string, string, string[], number]>(sql`
      select json_group_array(json_array(${articles.id}, ${articles.title}, json(${articles.tags}), ${articles.liveQuestions}))
      from ${articles} where ${visibleArticle(userId)} and ${articles.liveQuestions} > 0`)
  ).map(([id, title, tags, total]) => ({ id, title, tags, total }));

  // The learner's cards on live questions they can see: what they studied, not the library. The
  // article is a check, not a join, so SQLite starts from the learner's cards. Only the fields
  // progress uses (each value costs SQLite and the driver ~0.3 µs, and there is one card per question studied).
  const seen = (
    await jsonRows<[string, string, number | null, ...unknown[]]>(sql`
      select json_group_array(json_array(${cards.questionId}, ${questions.articleId}, ${cards.suspendedAt}, ${sql.join(
        PROGRESS_CARD_FIELDS.map((f) => cards[f]),
        sql`, `,
      )}))
      from ${cards} inner join ${questions} on ${questions.id} = ${cards.questionId}
      where ${cards.userId} = ${userId} and ${questions.retiredAt} is null
        and exists (select 1 from ${articles} where ${articles.id} = ${questions.articleId} and ${visibleArticle(userId)})`)
  ).map(([questionId, articleId, suspendedAt, ...fields]) => ({
    questionId,
    articleId,
    suspendedAt: suspendedAt === null ? null : new Date(suspendedAt),
    // Each value through its column's own mapping, as drizzle would (timestamps to Dates).
    card: cardOf(fields),
  }));

  // Reviews of the last 400 days per quarter hour, as the triggers on reviews keep them
  // (review_quarters, db/schema.ts): the learner's study sessions, not their review log. Every
  // zone's offset is a whole number of quarter hours, so all reviews of one quarter hour fall on
  // the same local day (lib/day.ts).
  const history = await jsonRows<[number, number, number, number]>(sql`
      select json_group_array(json_array(${reviewQuarters.quarter}, ${reviewQuarters.reviews}, ${reviewQuarters.due}, ${reviewQuarters.passed}))
      from ${reviewQuarters}
      where ${reviewQuarters.userId} = ${userId} and ${reviewQuarters.quarter} >= ${Math.ceil((now.getTime() - 400 * 86_400_000) / QUARTER_HOUR)}
        and ${reviewQuarters.reviews} > 0`);
  // …and then per local day, each day standing at one of its own instants.
  const days = new Map<string, { reviewedAt: Date; reviews: number; due: number; passed: number }>();
  for (const [quarter, reviews, due, passed] of history) {
    const at = new Date(quarter * QUARTER_HOUR);
    const day = localDate(at, tz);
    const d = days.get(day);
    if (d) {
      d.reviews += reviews;
      d.due += due;
      d.passed += passed;
    } else days.set(day, { reviewedAt: at, reviews, due, passed });
  }
  const perDay = [...days.values()];

  const totalLive = library.reduce((n, a) => n + a.total, 0);
  const states: Record<CardState, number> = { new: totalLive - seen.length, learning: 0, review: 0, relearning: 0 };
  const recall = new Map<string, number>();
  const byArticleSeen = new Map<string, { seen: number; recall: number }>();
  for (const r of seen) {
    const card = r.card;
    states[card.state]++;
    const p = retrievability(card, now, settings.weights);
    recall.set(r.questionId, p);
    const g = byArticleSeen.get(r.articleId) ?? { seen: 0, recall: 0 };
    g.seen++;
    g.recall += p;
    byArticleSeen.set(r.articleId, g);
  }

  const byArticle = new Map<string, { total: number; seen: number; recall: number }>();
  const byTag = new Map<string, { total: number; seen: number; recall: number }>();
  for (const a of library) {
    const s = byArticleSeen.get(a.id) ?? { seen: 0, recall: 0 };
    byArticle.set(a.id, { total: a.total, ...s });
    for (const tag of a.tags) {
      const g = byTag.get(tag) ?? { total: 0, seen: 0, recall: 0 };
      g.total += a.total;
      g.seen += s.seen;
      g.recall += s.recall;
      byTag.set(tag, g);
    }
  }
  // Mastery: mean retrievability over all of the article's questions, unseen ones counting 0.
  const mastery = (g: { total: number; recall: number }) => (g.total ? Math.round((g.recall / g.total) * 1000) / 1000 : 0);
  const titles = new Map(library.map((a) => [a.id, a.title]));

  const retention = trueRetention(
    perDay.flatMap((h) => [
      { reviewedAt: h.reviewedAt, rating: 3, beforeState: "review" as const, count: h.passed },
      { reviewedAt: h.reviewedAt, rating: 1, beforeState: "review" as const, count: h.due - h.passed },
    ]),
    { now, timeZone: tz },
  );
  const reviewDays = new Set(days.keys());
  const scheduled = seen.filter((r) => !r.suspendedAt).map((r) => ({ due: r.card.due, state: r.card.state }));
  const lastDue = scheduled.length ? localDate(new Date(Math.max(...scheduled.map((c) => c.due.getTime()))), tz) : null;

  const leeches = seen
    .filter((r) => r.card.lapses >= LEECH_LAPSES)
    .sort((a, b) => b.card.lapses - a.card.lapses || (a.questionId < b.questionId ? -1 : 1))
    .slice(0, 20);
  const prompts = leeches.length
    ? new Map(
        (
          await db
            .select({ id: questions.id, prompt: questions.prompt })
            .from(questions)
            .where(
              inArray(
                questions.id,
                leeches.map((r) => r.questionId),
              ),
            )
        ).map((q) => [q.id, q.prompt]),
      )
    : new Map<string, string>();

  const todayStats = await getTodayStats({ userId, now });
  // Due now as study counts it: not the cards the learner buried today, flagged or dropped.
  const heldBack = await heldBackToday(userId, now);
  const dueNow = seen.filter((r) => !r.suspendedAt && r.card.due <= now && !heldBack.has(r.questionId)).length;

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
    heatmap: reviewHeatmap(
      perDay.map((h) => ({ reviewedAt: h.reviewedAt, count: h.reviews })),
      { now, timeZone: tz, days: 365 },
    ),
    states,
    /** Questions the learner suspended (counted in their state above too). */
    suspended: seen.filter((r) => r.suspendedAt).length,
    stability: histogram(
      seen.map((r) => r.card.stability),
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
      .sort((a, b) => byText.compare(a.title, b.title)),
    tags: [...byTag.entries()].map(([tag, g]) => ({ tag, mastery: mastery(g), seen: g.seen, total: g.total })).sort((a, b) => byText.compare(a.tag, b.tag)),
    leeches: leeches.map((r) => ({ questionId: r.questionId, prompt: prompts.get(r.questionId) ?? "", articleId: r.articleId, lapses: r.card.lapses })),
    exam: examReadiness({ examDate: settings.examDate, today, lastDue, unseen: states.new }),
  };
}

/** localeCompare's order (the default locale), one collator for all: localeCompare makes one a call. */
const byText = new Intl.Collator();

/** The rows of a statement that selects one `json_group_array(json_array(…))`. */
async function jsonRows<T>(query: SQL): Promise<T[]> {
  const [row] = await db.all<Record<string, string | null>>(query);
  const text = row ? Object.values(row)[0] : null;
  return text ? (JSON.parse(text) as T[]) : [];
}

/** The card fields progress reads: state, due and lapses, and what retrievability needs. */
const PROGRESS_CARD_FIELDS = ["due", "stability", "lapses", "state", "lastReview"] as const satisfies readonly (keyof SrsCard)[];
type ProgressCard = Pick<SrsCard, (typeof PROGRESS_CARD_FIELDS)[number]>;

/** A card's fields in PROGRESS_CARD_FIELDS order, each through its column's own mapping (timestamps to Dates), as drizzle reads it. */
function cardOf(fields: readonly unknown[]): ProgressCard {
  const card: Record<string, unknown> = {};
  for (let i = 0; i < PROGRESS_CARD_FIELDS.length; i++) {
    const f = PROGRESS_CARD_FIELDS[i]!;
    const v = fields[i];
    card[f] = v === null ? null : cards[f].mapFromDriverValue(v as never);
  }
  return card as unknown as ProgressCard;
}

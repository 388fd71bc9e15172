import "server-only";
import { dayNumberDate, localDate, localDayNumber, startOfLocalDay } from "@/lib/day";
import { dayStreak, dueForecast, examReadiness, histogram, reviewHeatmap, trueRetention } from "@/lib/stats";
import { retrievability, retrievabilityAfter, type CardState } from "@/lib/srs";
import { compareUtf8 } from "@/lib/utf8-order";
import { notBuriedSql } from "./bury";
import { raw } from "./client";
import type { KeptArg } from "./kept-sql";
import { notSetAsideSql } from "./question-view";
import { reviewsSince } from "./reviews";
import { getSettings } from "./settings";
import { LEECH_LAPSES } from "./study";
import { sharedArticleSql, visibleArticleSql } from "./visibility";

/** Every zone's UTC offset is a whole number of quarter hours (tzdata since 1970s). */
const QUARTER_HOUR = 900_000;
const DAY_MS = 86_400_000;

/** The histograms' bucket edges (lib/stats.ts histogram). */
const STABILITY_EDGES = [0, 1, 3, 7, 14, 30, 90, 180, 365];
const RECALL_EDGES = [0, 50, 70, 80, 90, 95];

/**
 * One row per article the learner has cards of (learner_articles), visible to them, counting only
 * the cards of its live questions, in article order; each a JSON array:
 * [article id, cards, new, learning, review, relearning, suspended, latest due of the unsuspended
 *  (ms), due now (unsuspended, due, not held back today), overdue (unsuspended, studied, due),
 *  [days] and [stability] per card, [due quarter] of the unsuspended studied cards due after now
 *  (within the forecast's 30 days), [[question id, lapses]] of its leeches, [[state, due]] of its
 *  studied cards without a last review]. Flat lists: JSON.parse makes one array per list, not per card.
 * Per card: `days` = whole days since the last review (-1 for a new card, -2 without a last review),
 * `due quarter` = due / 15 min.
 * Days are counted as lib/srs.ts retrievability counts them (the same double division, floored),
 * so retrievabilityAfter gives the same value. From learner_articles outwards, the article's live
 * questions in questions_live_idx order and the learner's card of each: the learner's own cards,
 * never the library. Held back today = set aside (db/question-view.ts) or buried (db/bury.ts).
 */
function cardsByArticleSql(userId: string, now: Date): { sql: string; args: (string | number)[] } {
  const visible = visibleArticleSql(userId);
  const setAside = notSetAsideSql(userId);
  const buried = notBuriedSql(userId, now);
  const t = now.getTime();
  const days = `case when c.state = 'new' then -1 when c.last_review is null then -2 else cast((? - min(c.last_review, ?)) / 86400000.0 as integer) end`;
  return {
    sql: `select '[' || group_concat(x) || ']' as rows from (
      select json_array(la.article_id, count(*), count(*) filter (where c.state = 'new'), count(*) filter (where c.state = 'learning'),
          count(*) filter (where c.state = 'review'), count(*) filter (where c.state = 'relearning'),
          count(*) filter (where c.suspended_at is not null), max(c.due) filter (where c.suspended_at is null),
          count(*) filter (where c.suspended_at is null and c.due <= ? and ${setAside.sql} and ${buried.sql}),
          count(*) filter (where c.suspended_at is null and c.state <> 'new' and c.due <= ?),
          json_group_array(${days}), json_group_array(c.stability),
          json_group_array(c.due / ${QUARTER_HOUR}) filter (where c.suspended_at is null and c.state <> 'new' and c.due > ? and c.due < ?),
          json_group_array(json_array(c.question_id, c.lapses)) filter (where c.lapses >= ${LEECH_LAPSES}),
          json_group_array(json_array(c.state, c.due)) filter (where c.state <> 'new' and c.last_review is null)) as x
      from learner_articles la
      cross join articles a on a.id = la.article_id
      cross join questions q indexed by questions_live_idx on q.article_id = la.article_id
      cross join cards c on c.user_id = la.user_id and c.question_id = q.id
      where la.user_id = ? and q.retired_at is null and ${visible.sql}
      group by la.article_id)`,
    args: [t, ...setAside.args, ...buried.args, t, t, t, t, t + 31 * DAY_MS, userId, ...visible.args],
  };
}

type ArticleCards = [
  id: string,
  cards: number,
  fresh: number,
  learning: number,
  review: number,
  relearning: number,
  suspended: number,
  lastDue: number | null,
  dueNow: number,
  overdue: number,
  days: number[],
  stabilities: number[],
  quarters: number[],
  leeches: [questionId: string, lapses: number][],
  withoutLastReview: [state: CardState, due: number][],
];

/**
 * Everything /progress and the dashboard show (docs/api.md, GET /api/progress): today, streak,
 * true retention beside the desired one, a 30-day forecast, a 12-month heatmap, cards by state,
 * distributions, and mastery per article and tag with the leeches.
 */
export async function getProgress({ userId, now }: { userId: string; now: Date }) {
  const settings = await getSettings({ userId });
  const tz = settings.timeZone;
  const today = localDate(now, tz);

  // Every read is a kept statement (db/client.ts `raw`) that comes back as JSON text built by
  // SQLite (one text, or one per column): the driver's cost is per value it hands over, so thousands
  // of rows cost a few values and JSON.parse. What is counted per card is counted by SQLite; JavaScript only computes each card's
  // retrievability (ts-fsrs's forgetting curve) from the days SQLite counted.

  // Every visible article with a live question (articles.live_questions, kept by triggers on
  // questions), in (title, id) order: the shared ones as this process keeps them (libraryOf).
  const library = await libraryOf(userId);

  // The learner's cards on live questions they can see, counted per article (cardsByArticleSql).
  const mine = cardsByArticleSql(userId, now);
  const byArticle = parseRows<ArticleCards>(await raw.get<{ rows: string | null }>(mine.sql, mine.args));

  // Reviews of the last 400 days per quarter hour, as the triggers on reviews keep them
  // (review_quarters, db/schema.ts): the learner's study sessions, not their review log. Every
  // zone's offset is a whole number of quarter hours, so all reviews of one quarter hour fall on
  // the same local day (lib/day.ts). One JSON array per column, in quarter order (the primary key's).
  const history = parseColumns<QuarterReviews>(
    await raw.get<Record<keyof QuarterReviews, string | null>>(
      `select json_group_array(quarter) as quarters, json_group_array(reviews) as reviews, json_group_array(due) as due, json_group_array(passed) as passed
       from review_quarters where user_id = ? and quarter >= ? and reviews > 0`,
      [userId, Math.ceil((now.getTime() - 400 * DAY_MS) / QUARTER_HOUR)],
    ),
    ["quarters", "reviews", "due", "passed"],
  );
  // …and then per local day, each day standing at one of its own instants.
  const days = perLocalDay(history, tz);
  const perDay = [...days.values()];

  const totalLive = library.live.reduce((n, live) => n + live, 0);
  const { states, suspended, dueNow, lastDueMs, stabilities, recalls, perQuarter, overdue, leechRows, byArticleSeen } = summariseCards(byArticle, {
    totalLive,
    now,
    weights: settings.weights,
  });
  const forecastRows = forecastRowsOf({ now, overdue, perQuarter });

  const { articles, byTag } = masteryOf(library, byArticleSeen);

  const retention = trueRetention(
    perDay.flatMap((h) => [
      { reviewedAt: h.reviewedAt, rating: 3, beforeState: "review" as const, count: h.passed },
      { reviewedAt: h.reviewedAt, rating: 1, beforeState: "review" as const, count: h.due - h.passed },
    ]),
    { now, timeZone: tz },
  );
  const reviewDays = new Set(days.keys());
  const lastDue = lastDueMs === null ? null : localDate(new Date(lastDueMs), tz);

  const leeches = leechRows.sort((a, b) => b.lapses - a.lapses || (a.questionId < b.questionId ? -1 : 1)).slice(0, 20);
  const prompts = leeches.length
    ? new Map(
        (
          await raw.all<{ id: string; prompt: string }>("select id, prompt from questions where id in (select value from json_each(?))", [
            JSON.stringify(leeches.map((r) => r.questionId)),
          ])
        ).map((q) => [q.id, q.prompt]),
      )
    : new Map<string, string>();

  const todayStats = await reviewsSince(userId, startOfLocalDay(now, tz));

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
    forecast: dueForecast(forecastRows, { now, timeZone: tz, days: 30 }),
    heatmap: reviewHeatmap(
      perDay.map((h) => ({ reviewedAt: h.reviewedAt, count: h.reviews })),
      { now, timeZone: tz, days: 365 },
    ),
    states,
    /** Questions the learner suspended (counted in their state above too). */
    suspended,
    stability: histogram(stabilities, STABILITY_EDGES, (lo, hi) => (hi === undefined ? `${lo}d+` : `${lo}–${hi}d`)),
    retrievability: histogram(recalls, RECALL_EDGES, (lo, hi) => (hi === undefined ? `${lo}–100%` : `${lo}–${hi}%`)),
    articles: articles.sort((a, b) => byText.compare(a.title, b.title)),
    tags: [...byTag.entries()]
      .map(([tag, g]) => ({ tag, mastery: masteryOfGroup(g), seen: g.seen, total: g.total }))
      .sort((a, b) => byText.compare(a.tag, b.tag)),
    leeches: leeches.map((r) => ({ questionId: r.questionId, prompt: prompts.get(r.questionId) ?? "", articleId: r.articleId, lapses: r.lapses })),
    exam: examReadiness({ examDate: settings.examDate, today, lastDue, unseen: states.new }),
  };
}

// The loops over the learner's cards, quarter hours and the library are plain functions, not part of
// getProgress: V8 cannot optimise a loop of an async function while it runs (no on-stack replacement
// of a resumable function), so inside getProgress they ran unoptimised until the whole function was
// compiled, after tens of calls; a plain function's loop is optimised within its first call or two.

/** A local day's reviews: how many, how many of cards in the review state (`due`) and of those not rated Again (`passed`), at the day's first reviewed quarter hour. */
interface DayReviews {
  reviewedAt: Date;
  reviews: number;
  due: number;
  passed: number;
}

/** Articles column by column (ids, titles, tags, live questions), in (title, id) order. */
type Library = { ids: string[]; titles: string[]; tags: string[][]; live: number[] };

/** The articles (over `articles a`) that `where` selects and that have a live question, in (title, id) order: one JSON array per column, the tags as stored (JSON text, never null). */
async function readLibrary(where: string, args: readonly KeptArg[]): Promise<Library> {
  return parseColumns<Library>(
    await raw.get<Record<keyof Library, string | null>>(
      `select json_group_array(id) as ids, json_group_array(title) as titles, '[' || coalesce(group_concat(tags), '') || ']' as tags,
         json_group_array(live_questions) as live
       from (select a.id, a.title, a.tags, a.live_questions from articles a where ${where} and a.live_questions > 0 order by a.title, a.id)`,
      args,
    ),
    ["ids", "titles", "tags", "live"],
  );
}

/** The shared articles as this process last read them, and the library_version they were read at: the same for every learner. */
let sharedKept: { version: number; library: Library } | undefined;

/**
 * Every article the learner sees that has a live question, in (title, id) order as SQLite orders
 * text: the shared ones (most of a library) as this process kept them while library_version
 * (migration 0012: changed by every write of a shared article, in the same transaction) stays the
 * same, so each process reads them once per change of the library, not once per call; the
 * learner's own articles every call.
 */
async function libraryOf(userId: string): Promise<Library> {
  // The version before the articles: what is read after it is at least as new, so a kept library is never older than its number.
  const version = (await raw.get<{ version: number }>("select version from library_version where id = 1"))?.version;
  let shared = sharedKept !== undefined && sharedKept.version === version ? sharedKept.library : undefined;
  if (!shared) {
    shared = await readLibrary(sharedArticleSql(), []);
    if (version !== undefined) sharedKept = { version, library: shared };
  }
  // The learner's own: visible and not shared (`owner_id = ?` beside the rule picks the index range).
  const visible = visibleArticleSql(userId);
  const own = await readLibrary(`${visible.sql} and not (${sharedArticleSql()}) and a.owner_id = ?`, [...visible.args, userId]);
  return own.ids.length ? mergeLibraries(shared, own) : shared;
}

/** Two libraries in (title, id) order as one, in the order SQLite's `order by title, id` gives (compareUtf8). */
function mergeLibraries(a: Library, b: Library): Library {
  const out: Library = { ids: [], titles: [], tags: [], live: [] };
  const take = (from: Library, k: number) => {
    out.ids.push(from.ids[k]!);
    out.titles.push(from.titles[k]!);
    out.tags.push(from.tags[k]!);
    out.live.push(from.live[k]!);
  };
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const order = compareUtf8(a.titles[i]!, b.titles[j]!) || compareUtf8(a.ids[i]!, b.ids[j]!);
    if (order < 0) take(a, i++);
    else take(b, j++);
  }
  while (i < a.ids.length) take(a, i++);
  while (j < b.ids.length) take(b, j++);
  return out;
}

/** A learner's reviews per quarter hour (review_quarters), column by column, in quarter order. */
type QuarterReviews = {
  quarters: number[];
  reviews: number[];
  due: number[];
  passed: number[];
};

/** Reviews per quarter hour summed per local day, days in order of their first quarter; each day at its first quarter's instant. */
function perLocalDay(history: QuarterReviews, tz: string): Map<string, DayReviews> {
  const days = new Map<string, DayReviews>();
  // The quarters come in order, so most share the previous one's day: that day's entry is kept at hand.
  let lastDay = Number.NaN;
  let last: DayReviews | undefined;
  for (let i = 0; i < history.quarters.length; i++) {
    const t = history.quarters[i]! * QUARTER_HOUR;
    const reviews = history.reviews[i]!;
    const due = history.due[i]!;
    const passed = history.passed[i]!;
    const dayNumber = localDayNumber(t, tz);
    let d = dayNumber === lastDay ? last : days.get(dayNumberDate(dayNumber));
    if (d) {
      d.reviews += reviews;
      d.due += due;
      d.passed += passed;
    } else {
      d = { reviewedAt: new Date(t), reviews, due, passed };
      days.set(dayNumberDate(dayNumber), d);
    }
    lastDay = dayNumber;
    last = d;
  }
  return days;
}

/** The learner's cards (cardsByArticleSql's rows) summed up: states, due counts, forecast quarters, leeches, each card's stability and retrievability, recall per article. */
function summariseCards(byArticle: readonly ArticleCards[], { totalLive, now, weights }: { totalLive: number; now: Date; weights: readonly number[] | null }) {
  const states: Record<CardState, number> = { new: totalLive, learning: 0, review: 0, relearning: 0 };
  let suspended = 0;
  let dueNow = 0;
  let lastDueMs: number | null = null;
  const stabilities: number[] = [];
  const recallAfter = retrievabilityAfter(weights);
  const recalls: number[] = [];
  // The forecast's cards due after now, per due quarter hour (forecastRowsOf).
  const perQuarter = new Map<number, number>();
  let overdue = 0;
  const leechRows: { questionId: string; articleId: string; lapses: number }[] = [];
  const byArticleSeen = new Map<string, { seen: number; recall: number }>();
  // Indexed reads, not destructuring: until V8 optimises the loop, each destructured element is a step of the iterator protocol.
  for (let j = 0; j < byArticle.length; j++) {
    const row = byArticle[j]!;
    const articleId = row[0];
    const n = row[1];
    const fresh = row[2];
    const lastDue = row[7];
    const daysSince = row[10];
    const stability = row[11];
    const quarters = row[12];
    const leeches = row[13];
    const withoutLastReview = row[14];
    // A card is counted once in its state; `new` starts at every live question and loses the studied ones.
    states.new -= n - fresh;
    states.learning += row[3];
    states.review += row[4];
    states.relearning += row[5];
    suspended += row[6];
    dueNow += row[8];
    if (lastDue !== null && (lastDueMs === null || lastDue > lastDueMs)) lastDueMs = lastDue;
    let sum = 0;
    let k = 0;
    for (let i = 0; i < daysSince.length; i++) {
      const d = daysSince[i]!;
      stabilities.push(stability[i]!);
      // -1: new (0); -2: no last review (lib/srs retrievability, ts-fsrs's error as before).
      let p = 0;
      if (d >= 0) p = recallAfter(d, stability[i]!);
      else if (d === -2) {
        const [state, dueMs] = withoutLastReview[k++]!;
        p = retrievability({ state, stability: stability[i]!, lastReview: null, due: new Date(dueMs) } as Parameters<typeof retrievability>[0], now, weights);
      }
      recalls.push(p * 100);
      sum += p;
    }
    for (let i = 0; i < quarters.length; i++) perQuarter.set(quarters[i]!, (perQuarter.get(quarters[i]!) ?? 0) + 1);
    overdue += row[9];
    byArticleSeen.set(articleId, { seen: n, recall: sum });
    for (let i = 0; i < leeches.length; i++) leechRows.push({ questionId: leeches[i]![0], articleId, lapses: leeches[i]![1] });
  }
  return { states, suspended, dueNow, lastDueMs, stabilities, recalls, perQuarter, overdue, leechRows, byArticleSeen };
}

/** The forecast's cards: the overdue ones on now, the others on the start of their due quarter hour (same local day). */
function forecastRowsOf({ now, overdue, perQuarter }: { now: Date; overdue: number; perQuarter: ReadonlyMap<number, number> }) {
  const rows: { due: Date; state: CardState; count: number }[] = [{ due: now, state: "review", count: overdue }];
  perQuarter.forEach((count, quarter) => rows.push({ due: new Date(quarter * QUARTER_HOUR), state: "review", count }));
  return rows;
}

/** Mastery: mean retrievability over all of a group's questions, unseen ones counting 0. */
function masteryOfGroup(g: { total: number; recall: number }): number {
  return g.total ? Math.round((g.recall / g.total) * 1000) / 1000 : 0;
}

/** Mastery per visible article (the library's columns: ids, titles, tags, live questions) and per tag, from the recall per article of the learner's cards. */
function masteryOf(library: Library, byArticleSeen: ReadonlyMap<string, { seen: number; recall: number }>) {
  const byTag = new Map<string, { total: number; seen: number; recall: number }>();
  const articles: { id: string; title: string; mastery: number; seen: number; total: number }[] = [];
  for (let j = 0; j < library.ids.length; j++) {
    const id = library.ids[j]!;
    const tags = library.tags[j]!;
    const total = library.live[j]!;
    const s = byArticleSeen.get(id);
    const seen = s?.seen ?? 0;
    const recall = s?.recall ?? 0;
    articles.push({ id, title: library.titles[j]!, mastery: masteryOfGroup({ total, recall }), seen, total });
    for (let i = 0; i < tags.length; i++) {
      const g = byTag.get(tags[i]!);
      if (g) {
        g.total += total;
        g.seen += seen;
        g.recall += recall;
      } else byTag.set(tags[i]!, { total, seen, recall });
    }
  }
  return { articles, byTag };
}

/** localeCompare's order (the default locale), one collator for all: localeCompare makes one a call. */
const byText = new Intl.Collator();

/** The columns of a statement that selects one JSON array text per column (empty when null: no row aggregated). */
function parseColumns<T extends Record<string, unknown[]>>(row: Record<string, string | null> | undefined, names: readonly (keyof T & string)[]): T {
  const out: Record<string, unknown[]> = {};
  for (const name of names) {
    const text = row?.[name];
    out[name] = text ? (JSON.parse(text) as unknown[]) : [];
  }
  return out as T;
}

/** The rows of a statement that selects one JSON array text as `rows` (none when it is null). */
function parseRows<T>(row: { rows: string | null } | undefined): T[] {
  return row?.rows ? (JSON.parse(row.rows) as T[]) : [];
}

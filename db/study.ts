import "server-only";
import { and, asc, eq, gte, inArray, isNull, lt, lte, ne, sql } from "drizzle-orm";
import { startOfLocalDay, startOfNextLocalDay } from "@/lib/day";
import { buildQueue } from "@/lib/queue";
import { siblingKey } from "@/lib/siblings";
import type { StudyCard, StudyCounts, StudyNextResponse } from "@/lib/api-types";
import { newSrsCard, previewIntervals, schedulerOptions } from "@/lib/srs";
import { notBuried, restoredToday, sentencesStudiedToday } from "./bury";
import { cardFromRow } from "./cards";
import { db } from "./client";
import { editColumns, editOf, withEdit } from "./question-view";
import { articles, cards, questionBuries, questionEdits, questionFlags, questions } from "./schema";
import { getSettings } from "./settings";
import { studyableArticles, studyableQuestions } from "./visibility";

/** A card forgotten this many times is a leech (Anki's default). */
export const LEECH_LAPSES = 4;

/**
 * The next cards to study, Anki's way: cards due now first (oldest due first), then new cards up
 * to what is left of today's new-card limit, interleaved across articles. No answers are included.
 */
export async function getStudyQueue({
  userId,
  now,
  limit,
  articleId,
  tag,
  leeches = false,
  more = false,
  aheadDays,
  cram = false,
}: {
  userId: string;
  now: Date;
  limit: number;
  articleId?: string;
  tag?: string;
  /** Study the leeches (4+ lapses) whether due or not, and no new cards. */
  leeches?: boolean;
  /**
   * Custom study ("Study this article now", "Study more"): new cards beyond today's limit and
   * siblings not buried, so every question of the article (or tag, or all) can be studied today.
   * Siblings still come as far apart as they can: one question of each sentence before a second.
   */
  more?: boolean;
  /** Review ahead: the cards due within this many days, oldest due first, no new cards. Answers are scheduled as usual. */
  aheadDays?: number;
  /** Cram: every question in scope, seen or not, siblings apart; answers are only checked (the schedule never changes). */
  cram?: boolean;
}): Promise<StudyNextResponse> {
  const userSettings = await getSettings({ userId });
  if (cram) return getCramQueue({ userId, now, limit, filter: { articleId, tag } });
  // What the learner buried today (key `-`) waits for tomorrow, in every kind of study.
  const where = and(studyableQuestions(userId, { articleId, tag }), notBuried(userId, now))!;
  const dayStart = startOfLocalDay(now, userSettings.timeZone);
  const dueBy = aheadDays ? new Date(now.getTime() + aheadDays * 86_400_000) : now;

  const dueWhere = and(
    eq(cards.userId, userId),
    leeches ? gte(cards.lapses, LEECH_LAPSES) : lte(cards.due, dueBy),
    ne(cards.state, "new"),
    isNull(cards.suspendedAt),
    where,
  );
  // Only the first `limit` due cards are read in full; the rest are only counted.
  const dueRows = await db
    .select({ card: cards, question: questions, articleTitle: articles.title, edit: editColumns })
    .from(cards)
    .innerJoin(questions, eq(questions.id, cards.questionId))
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(questionEdits, editOf(userId))
    .where(dueWhere)
    .orderBy(asc(cards.due))
    .limit(limit);
  const dueByState = await db
    .select({ state: cards.state, n: sql<number>`count(*)` })
    .from(cards)
    .innerJoin(questions, eq(questions.id, cards.questionId))
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(dueWhere)
    .groupBy(cards.state);
  const dueCount = (state: string) => Number(dueByState.find((r) => r.state === state)?.n ?? 0);

  const [introduced] = await db
    .select({ n: sql<number>`count(*)` })
    .from(cards)
    // New cards introduced today: reviewed at least once (a suspended new question has a card row too).
    .where(and(eq(cards.userId, userId), gte(cards.createdAt, dayStart), sql`${cards.reps} > 0`));
  const newLeft = leeches || aheadDays ? 0 : more ? Number.MAX_SAFE_INTEGER : Math.max(0, userSettings.newPerDay - Number(introduced?.n ?? 0));

  const fresh = more
    ? await allFreshQuestions({ userId, now, filter: { articleId, tag } })
    : newLeft > 0
      ? await freshQuestions({ userId, now, dayStart, filter: { articleId, tag }, want: newLeft })
      : { rows: [], count: 0 };

  // Anki's learning count: every card in learning or relearning that falls due today, not only
  // those due this minute.
  const tomorrow = startOfNextLocalDay(now, userSettings.timeZone);
  const [learningToday] = leeches
    ? [{ n: dueCount("learning") + dueCount("relearning") }]
    : await db
        .select({ n: sql<number>`count(*)` })
        .from(cards)
        .innerJoin(questions, eq(questions.id, cards.questionId))
        .innerJoin(articles, eq(articles.id, questions.articleId))
        .where(and(eq(cards.userId, userId), inArray(cards.state, ["learning", "relearning"]), lt(cards.due, tomorrow), isNull(cards.suspendedAt), where));

  const [later] = await db
    .select({ due: sql<number | null>`min(${cards.due})` })
    .from(cards)
    .innerJoin(questions, eq(questions.id, cards.questionId))
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(and(eq(cards.userId, userId), sql`${cards.due} > ${now.getTime()}`, ne(cards.state, "review"), isNull(cards.suspendedAt), where));

  const counts: StudyCounts = {
    new: Math.min(newLeft, fresh.count),
    learning: Number(learningToday?.n ?? 0),
    review: dueCount("review"),
  };

  const order = buildQueue({
    due: dueRows.map((r) => ({ ...r, articleId: r.question.articleId, due: r.card.due })),
    fresh: fresh.rows,
    newLimit: newLeft,
    limit,
  });
  // Full rows only for the new questions that made it into the queue.
  const chosen = order.filter((item): item is FreshRow => !("card" in item)).map((item) => item.id);
  const chosenRows = chosen.length
    ? await db
        .select({ question: questions, articleTitle: articles.title, edit: editColumns })
        .from(questions)
        .innerJoin(articles, eq(articles.id, questions.articleId))
        .leftJoin(questionEdits, editOf(userId))
        .where(inArray(questions.id, chosen))
    : [];
  const byId = new Map(chosenRows.map((r) => [r.question.id, r]));
  const queue = order.map((item) => ("card" in item ? item : { ...byId.get(item.id)!, card: undefined }));

  const out: StudyCard[] = queue.map((item) => {
    const card = item.card ? cardFromRow(item.card) : undefined;
    const q = withEdit(item.question, item.edit);
    const preview = previewIntervals({
      card: card ?? newSrsCard(now),
      now,
      ...schedulerOptions(userSettings),
    });
    return studyCard(q, item.articleTitle, card?.state ?? "new", card?.due ?? now, {
      "1": preview[1].label,
      "2": preview[2].label,
      "3": preview[3].label,
      "4": preview[4].label,
    });
  });

  const nextDueMs = later?.due == null ? null : Number(later.due);
  return { cards: out, counts, nextDue: nextDueMs === null ? null : new Date(nextDueMs).toISOString() };
}

/** One card of a study queue as the client shows it: the question as the learner sees it, its state, due date and the rating buttons' intervals. */
function studyCard(q: typeof questions.$inferSelect, articleTitle: string, state: StudyCard["state"], due: Date, intervals: StudyCard["intervals"]): StudyCard {
  return {
    questionId: q.id,
    type: q.type,
    prompt: q.prompt,
    ...(q.type === "mcq" && q.choices ? { choices: q.choices } : {}),
    articleId: q.articleId,
    articleTitle,
    state,
    due: due.toISOString(),
    intervals,
  };
}

/**
 * Cram (Anki's filtered deck without rescheduling): every live question in scope the learner has not
 * suspended, set aside or dropped, seen or not, one of each sentence before a second of any, up to
 * `limit`. Answers go to POST /api/study/check, which grades and writes nothing, so no card moves.
 * The intervals are empty: a rating changes no schedule.
 */
async function getCramQueue({
  userId,
  now,
  limit,
  filter,
}: {
  userId: string;
  now: Date;
  limit: number;
  filter: { articleId?: string; tag?: string };
}): Promise<StudyNextResponse> {
  const rows = await db
    .select({ question: questions, articleTitle: articles.title, edit: editColumns, state: cards.state, due: cards.due })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(cards, and(eq(cards.questionId, questions.id), eq(cards.userId, userId)))
    .leftJoin(questionEdits, editOf(userId))
    .where(and(studyableQuestions(userId, filter), notBuried(userId, now), isNull(cards.suspendedAt)))
    .orderBy(asc(questions.position), asc(questions.id));
  const rank = new Map<string, number>();
  const ordered = rows
    .map((r) => {
      const key = siblingKey(r.question);
      const n = rank.get(key) ?? 0;
      rank.set(key, n + 1);
      return { ...r, order: n * 1_000_000 + r.question.position };
    })
    .sort((a, b) => a.order - b.order || (a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0));
  const counts: StudyCounts = { new: 0, learning: 0, review: 0 };
  for (const r of ordered) {
    if (!r.state || r.state === "new") counts.new++;
    else if (r.state === "review") counts.review++;
    else counts.learning++;
  }
  const out: StudyCard[] = ordered.slice(0, limit).map((r) => {
    const q = withEdit(r.question, r.edit);
    return studyCard(q, r.articleTitle, r.state ?? "new", r.due ?? now, { "1": "", "2": "", "3": "", "4": "" });
  });
  return { cards: out, counts, nextDue: null };
}

/** A new question's place in the queue's order: within its article by position, across articles by the first. */
interface FreshRow {
  id: string;
  articleId: string;
  position: number;
}

/** The unseen-question read's order: position, then id (SQLite compares text bytewise; ids are ASCII). */
function byPositionThenId(a: FreshRow, b: FreshRow): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The new questions the queue deals from, without reading every unseen question of the library.
 *
 * What the queue means (lib/queue.ts): the learner's unseen live questions in (position, id) order,
 * less the buried siblings (a sentence studied today, and every question of a sentence but its first:
 * lib/siblings.ts), dealt one per article in turn, articles in the order of their first such question.
 * Siblings share an article, so each article's lane is its own business:
 * - an article the learner never touched (no card, no review today) has as its lane every live
 *   question, its first being the article's first live question: one index step per article;
 * - the lanes of the articles the learner touched (a card, a review today, an edit, drop or flag of
 *   one of its questions) are read in full (their unseen questions and today's studied sentences),
 *   which costs what the learner has done, not the size of the library.
 * When there are at least `want` lanes, the first question of each of the first `want` lanes is all
 * any queue of at most `want` new cards can take; with fewer lanes every question of them is read.
 * Returns those rows in the queue's order, and how many fresh questions there are (at most `want`).
 */
async function freshQuestions({
  userId,
  now,
  dayStart,
  filter,
  want,
}: {
  userId: string;
  now: Date;
  dayStart: Date;
  filter: { articleId?: string; tag?: string };
  want: number;
}): Promise<{ rows: FreshRow[]; count: number }> {
  // Sentences studied today (Anki's "bury siblings"); a sibling key names its article, so no
  // visibility join is needed here (a key of an article the learner cannot see matches nothing).
  const studiedToday = await sentencesStudiedToday(userId, dayStart);
  const withCards = await db
    .selectDistinct({ id: questions.articleId })
    .from(cards)
    .innerJoin(questions, eq(questions.id, cards.questionId))
    .where(eq(cards.userId, userId));
  // Questions the learner dropped, flagged, buried or restored (db/question-view.ts, db/bury.ts) make their article a touched one too.
  const setAside = await db
    .selectDistinct({ id: questions.articleId })
    .from(questions)
    .where(
      sql`${questions.id} in (select question_id from ${questionEdits} where user_id = ${userId} union all select question_id from ${questionFlags} where user_id = ${userId} union all select question_id from ${questionBuries} where user_id = ${userId})`,
    );
  const touchedIds = JSON.stringify([...new Set([...withCards.map((r) => r.id), ...studiedToday.map((r) => r.articleId), ...setAside.map((r) => r.id)])]);

  // Untouched articles: the first live question of each, the first `want` lanes in order.
  const first = db
    .select({
      articleId: articles.id,
      // Written out: drizzle drops the table name of a column inside a subquery, and "id" would be q's.
      firstId: sql<string>`(select q.id from questions q where q.article_id = articles.id and q.retired_at is null order by q.position, q.id limit 1)`.as(
        "first_id",
      ),
    })
    .from(articles)
    .where(and(studyableArticles(userId, filter), sql`${articles.id} not in (select value from json_each(${touchedIds}))`))
    .as("first");
  const untouched = await db
    .select({ id: questions.id, articleId: questions.articleId, position: questions.position })
    .from(first)
    .innerJoin(questions, eq(questions.id, first.firstId))
    .orderBy(asc(questions.position), asc(questions.id))
    .limit(want);

  // Touched articles: their unseen live questions, buried siblings dropped.
  // From the list of touched articles outwards (CROSS JOIN keeps SQLite from walking every visible article).
  const unseenTouched = await db.all<FreshRow & { evidence: string }>(sql`
    select ${questions.id} as id, ${questions.articleId} as articleId, ${questions.position} as position, ${questions.evidence} as evidence
    from json_each(${touchedIds}) touched
    cross join ${questions}
    inner join ${articles} on ${articles.id} = ${questions.articleId}
    left join ${cards} on ${cards.questionId} = ${questions.id} and ${cards.userId} = ${userId}
    where ${questions.articleId} = touched.value and ${studyableQuestions(userId, filter)} and ${notBuried(userId, now)} and ${cards.questionId} is null
    order by ${questions.position}, ${questions.id}`);
  const keptTouched = unburied(unseenTouched, new Set(studiedToday.map(siblingKey)), await restoredToday(userId, now));

  const lanes = [...untouched, ...firstPerArticle(keptTouched)].sort(byPositionThenId);
  if (lanes.length >= want) return { rows: lanes.slice(0, want), count: want };

  // Fewer lanes than new cards wanted: every question of the untouched lanes too.
  const rest = untouched.length
    ? await db
        .select({ id: questions.id, articleId: questions.articleId, position: questions.position, evidence: questions.evidence })
        .from(questions)
        .where(
          and(
            inArray(
              questions.articleId,
              untouched.map((r) => r.articleId),
            ),
            isNull(questions.retiredAt),
          ),
        )
        .orderBy(asc(questions.position), asc(questions.id))
    : [];
  const rows = [...keptTouched, ...unburied(rest, new Set())].sort(byPositionThenId).map(({ id, articleId, position }) => ({ id, articleId, position }));
  return { rows, count: Math.min(want, rows.length) };
}

/**
 * Custom study's new questions: every unseen live question in scope, nothing buried, in an order
 * that keeps siblings apart — a question's position counts after its rank among its sentence's
 * unseen questions, so the queue deals one question of each sentence before a second of any.
 * It reads the whole scope (usually one article or tag; the learner asked for all of it).
 */
async function allFreshQuestions({
  userId,
  now,
  filter,
}: {
  userId: string;
  now: Date;
  filter: { articleId?: string; tag?: string };
}): Promise<{ rows: FreshRow[]; count: number }> {
  const unseen = await db
    .select({ id: questions.id, articleId: questions.articleId, position: questions.position, evidence: questions.evidence })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(cards, and(eq(cards.questionId, questions.id), eq(cards.userId, userId)))
    .where(and(isNull(cards.questionId), studyableQuestions(userId, filter), notBuried(userId, now)))
    .orderBy(asc(questions.position), asc(questions.id));
  const rank = new Map<string, number>();
  const rows = unseen.map((r) => {
    const key = siblingKey(r);
    const n = rank.get(key) ?? 0;
    rank.set(key, n + 1);
    return { id: r.id, articleId: r.articleId, position: n * 1_000_000 + r.position };
  });
  return { rows: rows.sort(byPositionThenId), count: rows.length };
}

/**
 * Drops the buried: a sentence in `buried`, and every question of a sentence after its first (rows
 * in queue order), except the questions the learner restored today.
 */
function unburied<R extends FreshRow & { evidence: string }>(rows: readonly R[], buried: Set<string>, restored: ReadonlySet<string> = new Set()): R[] {
  return rows.filter((r) => {
    const key = siblingKey(r);
    if (restored.has(r.id)) {
      buried.add(key);
      return true;
    }
    if (buried.has(key)) return false;
    buried.add(key);
    return true;
  });
}

/** The first row of each article (rows in queue order). */
function firstPerArticle<R extends FreshRow>(rows: readonly R[]): FreshRow[] {
  const seen = new Set<string>();
  const out: FreshRow[] = [];
  for (const r of rows) {
    if (seen.has(r.articleId)) continue;
    seen.add(r.articleId);
    out.push({ id: r.id, articleId: r.articleId, position: r.position });
  }
  return out;
}

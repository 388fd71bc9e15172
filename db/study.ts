import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { startOfLocalDay, startOfNextLocalDay } from "@/lib/day";
import { buildQueue } from "@/lib/queue";
import { siblingKey } from "@/lib/siblings";
import type { StudyCard, StudyCounts, StudyNextResponse } from "@/lib/api-types";
import { newSrsCard, previewIntervals, schedulerOptions, type SrsCard } from "@/lib/srs";
import { notBuried, notBuriedSql, restoredToday, sentencesStudiedToday } from "./bury";
import { db, raw } from "./client";
import { editColumns, editOf, withEdit } from "./question-view";
import { articles, cards, questionEdits, questions, type CardSnapshot, type QuestionRow } from "./schema";
import { getSettings } from "./settings";
import { studyableArticlesSql, studyableQuestions, studyableQuestionsSql } from "./visibility";

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
  // Every statement below is hand-written SQL on a kept statement (db/client.ts `raw`): through
  // drizzle each one was built and prepared again on every call, which cost more than the reads.
  // What the learner buried today (key `-`) waits for tomorrow, in every kind of study.
  const visible = studyableQuestionsSql(userId, { articleId, tag });
  const buried = notBuriedSql(userId, now);
  const where = `${visible.sql} and ${buried.sql}`;
  const whereArgs = [...visible.args, ...buried.args];
  const dayStart = startOfLocalDay(now, userSettings.timeZone);
  const dueBy = aheadDays ? new Date(now.getTime() + aheadDays * 86_400_000) : now;
  const fromCards = "from cards c inner join questions q on q.id = c.question_id inner join articles a on a.id = q.article_id";

  // The due cards: only the first `limit` are read in full; every row also carries how many due
  // cards there are in each state (the window counts run before the limit), so one statement reads
  // and counts. The inner select finds and counts the due cards by rowid alone; only the page's
  // cards are joined again for what a card shows. Ties of `due` keep the index's order (rowid).
  const dueRows = await raw.all<DueRow>(
    `select ${DUE_COLUMNS}, d.nReview as nReview, d.nLearning as nLearning from (
       select c.rowid as rid, c.due as due, sum(c.state = 'review') over () as nReview, sum(c.state <> 'review') over () as nLearning
       ${fromCards}
       where c.user_id = ? and ${leeches ? "c.lapses >= ?" : "c.due <= ?"} and c.state <> 'new' and c.suspended_at is null and ${where}
       order by c.due, c.rowid limit ?) d
     cross join cards c on c.rowid = d.rid
     inner join questions q on q.id = c.question_id
     inner join articles a on a.id = q.article_id
     left join question_edits e on e.question_id = q.id and e.user_id = ?
     order by d.due, d.rid`,
    [userId, leeches ? LEECH_LAPSES : dueBy.getTime(), ...whereArgs, limit, userId],
  );
  // With no row read (limit 0) the counts come from a count of their own.
  const dueCounts =
    dueRows.length > 0 || limit > 0
      ? { review: Number(dueRows[0]?.nReview ?? 0), learning: Number(dueRows[0]?.nLearning ?? 0) }
      : await dueCountsOnly({ userId, leeches, dueBy, fromCards, where, whereArgs });

  // New cards introduced today: reviewed at least once (a suspended new question has a card row too).
  const introduced = await raw.get<{ n: number }>("select count(*) as n from cards where user_id = ? and created_at >= ? and reps > 0", [
    userId,
    dayStart.getTime(),
  ]);
  const newLeft = leeches || aheadDays ? 0 : more ? Number.MAX_SAFE_INTEGER : Math.max(0, userSettings.newPerDay - Number(introduced?.n ?? 0));

  const fresh = more
    ? await allFreshQuestions({ userId, now, filter: { articleId, tag } })
    : newLeft > 0
      ? await freshQuestions({ userId, now, dayStart, filter: { articleId, tag }, want: newLeft })
      : { rows: [], count: 0 };

  // Anki's learning count: every card in learning or relearning that falls due today, not only
  // those due this minute.
  const tomorrow = startOfNextLocalDay(now, userSettings.timeZone);
  const learningToday = leeches
    ? { n: dueCounts.learning }
    : await raw.get<{ n: number }>(
        `select count(*) as n ${fromCards} where c.user_id = ? and c.state in ('learning', 'relearning') and c.due < ? and c.suspended_at is null and ${where}`,
        [userId, tomorrow.getTime(), ...whereArgs],
      );

  const later = await raw.get<{ due: number | null }>(
    `select min(c.due) as due ${fromCards} where c.user_id = ? and c.due > ? and c.state <> 'review' and c.suspended_at is null and ${where}`,
    [userId, now.getTime(), ...whereArgs],
  );

  const counts: StudyCounts = {
    new: Math.min(newLeft, fresh.count),
    learning: Number(learningToday?.n ?? 0),
    review: dueCounts.review,
  };

  const order = buildQueue({
    due: dueRows.map((r) => ({ row: r, articleId: r.articleId, due: new Date(r.due) })),
    fresh: fresh.rows,
    newLimit: newLeft,
    limit,
  });
  // Full rows only for the new questions that made it into the queue.
  const chosen = order.filter((item): item is FreshRow => !("row" in item)).map((item) => item.id);
  const chosenRows = chosen.length
    ? await raw.all<ShownRow>(
        `select ${SHOWN_COLUMNS} from questions q inner join articles a on a.id = q.article_id
         left join question_edits e on e.question_id = q.id and e.user_id = ? where q.id in (select value from json_each(?))`,
        [userId, JSON.stringify(chosen)],
      )
    : [];
  const byId = new Map(chosenRows.map((r) => [r.id, r]));

  const scheduling = schedulerOptions(userSettings);
  const out: StudyCard[] = order.map((item) => {
    const row = "row" in item ? item.row : byId.get(item.id)!;
    const card = "row" in item ? cardOfDueRow(item.row) : undefined;
    const preview = previewIntervals({ card: card ?? newSrsCard(now), now, ...scheduling });
    return studyCard(shownQuestion(row), row.articleTitle, card?.state ?? "new", card?.due ?? now, {
      "1": preview[1].label,
      "2": preview[2].label,
      "3": preview[3].label,
      "4": preview[4].label,
    });
  });

  const nextDueMs = later?.due == null ? null : Number(later.due);
  return { cards: out, counts, nextDue: nextDueMs === null ? null : new Date(nextDueMs).toISOString() };
}

/** The columns a study card shows, over `questions q`, `articles a` and the learner's edit `e`. */
const SHOWN_COLUMNS =
  "q.id as id, q.type as type, q.prompt as prompt, q.choices as choices, q.article_id as articleId, a.title as articleTitle, e.updated_at as editedAt, e.prompt as editPrompt, e.choices as editChoices";
/** SHOWN_COLUMNS and the card's FSRS fields (alias `c`). */
const DUE_COLUMNS = `${SHOWN_COLUMNS}, c.due as due, c.stability as stability, c.difficulty as difficulty, c.scheduled_days as scheduledDays, c.learning_steps as learningSteps, c.reps as reps, c.lapses as lapses, c.state as state, c.last_review as lastReview`;

interface ShownRow {
  id: string;
  type: QuestionRow["type"];
  prompt: string;
  /** JSON text, as stored. */
  choices: string | null;
  articleId: string;
  articleTitle: string;
  /** Not null when the learner has an edit row for the question. */
  editedAt: number | null;
  editPrompt: string | null;
  editChoices: string | null;
}

/** A due card's row: the question as shown, the card's scheduling fields (as stored), the due counts per state. */
type DueRow = ShownRow & CardSnapshot & { nReview: number; nLearning: number };

const parseChoices = (text: string | null): string[] | null => (text === null ? null : (JSON.parse(text) as string[] | null));

/** The question as the learner sees it (their edit laid over it, as db/question-view.ts `withEdit`). */
function shownQuestion(r: ShownRow): Pick<QuestionRow, "id" | "type" | "prompt" | "choices" | "articleId"> {
  const q = { id: r.id, type: r.type, prompt: r.prompt, answer: "", choices: parseChoices(r.choices), articleId: r.articleId };
  return withEdit(q, r.editedAt === null ? null : { prompt: r.editPrompt, choices: parseChoices(r.editChoices) });
}

/** A due row's card, as db/cards.ts `cardFromRow` gives it. */
function cardOfDueRow(r: DueRow): SrsCard {
  return {
    due: new Date(r.due),
    stability: r.stability,
    difficulty: r.difficulty,
    scheduledDays: r.scheduledDays,
    learningSteps: r.learningSteps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    lastReview: r.lastReview === null ? null : new Date(r.lastReview),
  };
}

/** The due counts alone, for a queue of no cards (the window counts of the due read need a row). */
async function dueCountsOnly({
  userId,
  leeches,
  dueBy,
  fromCards,
  where,
  whereArgs,
}: {
  userId: string;
  leeches: boolean;
  dueBy: Date;
  fromCards: string;
  where: string;
  whereArgs: (string | number)[];
}): Promise<{ review: number; learning: number }> {
  const r = await raw.get<{ nReview: number | null; nLearning: number | null }>(
    `select sum(c.state = 'review') as nReview, sum(c.state <> 'review') as nLearning ${fromCards}
     where c.user_id = ? and ${leeches ? "c.lapses >= ?" : "c.due <= ?"} and c.state <> 'new' and c.suspended_at is null and ${where}`,
    [userId, leeches ? LEECH_LAPSES : dueBy.getTime(), ...whereArgs],
  );
  return { review: Number(r?.nReview ?? 0), learning: Number(r?.nLearning ?? 0) };
}

/** One card of a study queue as the client shows it: the question as the learner sees it, its state, due date and the rating buttons' intervals. */
function studyCard(
  q: Pick<QuestionRow, "id" | "type" | "prompt" | "choices" | "articleId">,
  articleTitle: string,
  state: StudyCard["state"],
  due: Date,
  intervals: StudyCard["intervals"],
): StudyCard {
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
  // The articles the learner has cards of, and those of them where they have a card of every live
  // question (learner_articles, kept by triggers on cards and questions): two JSON arrays.
  const cardsOf = await raw.get<{ all: string; seen: string }>(
    `select json_group_array(la.article_id) as "all", json_group_array(la.article_id) filter (where la.live_cards >= a.live_questions) as seen
     from learner_articles la inner join articles a on a.id = la.article_id where la.user_id = ?`,
    [userId],
  );
  const withCards = JSON.parse(cardsOf?.all ?? "[]") as string[];
  const allSeen = new Set(JSON.parse(cardsOf?.seen ?? "[]") as string[]);
  // Questions the learner dropped, flagged, buried or restored (db/question-view.ts, db/bury.ts) make their article a touched one too.
  const setAside = await raw.all<{ id: string }>(
    "select distinct article_id as id from questions where id in (select question_id from question_edits where user_id = ? union all select question_id from question_flags where user_id = ? union all select question_id from question_buries where user_id = ?)",
    [userId, userId, userId],
  );
  const touched = [...new Set([...withCards, ...studiedToday.map((r) => r.articleId), ...setAside.map((r) => r.id)])];
  const touchedIds = JSON.stringify(touched);
  // A touched article the learner has a card of every live question of has no new question to give.
  const unseenIn = JSON.stringify(touched.filter((id) => !allSeen.has(id)));

  // Untouched articles: the first live question of each (articles.first_live_*, kept by triggers),
  // the first `want` lanes in order. Shared and own articles are two ranges of one index in that
  // order, each walked only past the touched ones it skips: the cost is `want` plus what the learner touched.
  const articlesPart = studyableArticlesSql(userId, filter);
  const lane = (owner: string) =>
    `select * from (select a.first_live_id as id, a.id as articleId, a.first_live_position as position from articles a indexed by articles_owner_first_live_idx
     where ${owner} and a.first_live_id is not null and ${articlesPart.sql} and a.id not in (select value from json_each(?))
     order by a.first_live_position, a.first_live_id limit ?)`;
  const laneArgs = [...articlesPart.args, touchedIds, want];
  const untouched = await raw.all<FreshRow>(`select * from (${lane("a.owner_id is null")} union all ${lane("a.owner_id = ?")}) order by position, id limit ?`, [
    ...laneArgs,
    userId,
    ...laneArgs,
    want,
  ]);

  // Touched articles (but the fully seen): their unseen live questions, buried siblings dropped.
  // From the list of touched articles outwards (CROSS JOIN keeps SQLite from walking every visible article);
  // the card check first, as most questions of a touched article are usually seen.
  const visible = studyableQuestionsSql(userId, filter);
  const buried = notBuriedSql(userId, now);
  const unseenTouched = await raw.all<FreshRow & { evidence: string }>(
    `select q.id as id, q.article_id as articleId, q.position as position, q.evidence as evidence
     from json_each(?) touched
     cross join questions q
     inner join articles a on a.id = q.article_id
     where q.article_id = touched.value and not exists (select 1 from cards c where c.user_id = ? and c.question_id = q.id) and ${visible.sql} and ${buried.sql}
     order by q.position, q.id`,
    [unseenIn, userId, ...visible.args, ...buried.args],
  );
  const keptTouched = unburied(unseenTouched, new Set(studiedToday.map(siblingKey)), await restoredToday(userId, now));

  const lanes = [...untouched, ...firstPerArticle(keptTouched)].sort(byPositionThenId);
  if (lanes.length >= want) return { rows: lanes.slice(0, want), count: want };

  // Fewer lanes than new cards wanted: every question of the untouched lanes too.
  const rest = untouched.length
    ? await raw.all<FreshRow & { evidence: string }>(
        "select id, article_id as articleId, position, evidence from questions where article_id in (select value from json_each(?)) and retired_at is null order by position, id",
        [JSON.stringify(untouched.map((r) => r.articleId))],
      )
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

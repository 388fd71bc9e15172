import "server-only";
import { and, asc, desc, eq, gte, isNull, sql, type SQL } from "drizzle-orm";
import type { QuestionDetail, QuestionListItem, QuestionListResponse } from "@/lib/api-types";
import { startOfLocalDay } from "@/lib/day";
import { badRequest, notFound } from "@/lib/errors";
import type { QuestionListQuery, QuestionPatch } from "@/lib/schemas";
import { retrievability, type SrsRating } from "@/lib/srs";
import { buriedQuestionIds } from "./bury";
import { cardFromRow } from "./cards";
import { db } from "./client";
import { editColumns, editOf, isEdited, withEdit } from "./question-view";
import { articles, cards, questionEdits, questionFlags, questions, reviews, type FlagReason, type QuestionRow } from "./schema";
import { getSettings } from "./settings";
import { LEECH_LAPSES } from "./study";
import { visibleArticle } from "./visibility";

/**
 * The learner's question browser (Anki's Browse): every question they may study, searchable and
 * filterable, paged with a keyset cursor so thousands stay fast; and the per-learner changes made
 * from it — edit, drop/restore, flag/unflag. See docs/api.md, "Questions".
 */

const DAY_MS = 86_400_000;
const FAR = Number.MAX_SAFE_INTEGER;

/** The sort expressions: one scalar each (the question id breaks ties), and their natural direction. */
const SORTS: Record<QuestionListQuery["sort"], { key: SQL; dir: "asc" | "desc" }> = {
  article: { key: sql`${articles.title} || char(1) || printf('%08d', ${questions.position})`, dir: "asc" },
  due: { key: sql`coalesce(${cards.due}, ${FAR})`, dir: "asc" },
  prompt: { key: sql`lower(coalesce(${questionEdits.prompt}, ${questions.prompt}))`, dir: "asc" },
  lapses: { key: sql`coalesce(${cards.lapses}, 0)`, dir: "desc" },
  reviewed: { key: sql`coalesce(${cards.lastReview}, 0)`, dir: "desc" },
  type: { key: sql`${questions.type}`, dir: "asc" },
};

function encodeCursor(key: unknown, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString("base64url");
}

function decodeCursor(cursor: string): [string | number, string] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 2 && (typeof v[0] === "string" || typeof v[0] === "number") && typeof v[1] === "string") return [v[0], v[1]];
  } catch {
    // fall through
  }
  throw badRequest("cursor: not a cursor this list gave out.");
}

/** `like` pattern for a search word, its wildcards escaped. */
function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const rowColumns = {
  question: questions,
  articleTitle: articles.title,
  articleSource: articles.source,
  articlePublished: articles.published,
  own: sql<number>`${articles.ownerId} is not null`,
  card: cards,
  edit: editColumns,
  flag: questionFlags.reason,
};

/** The browser's base query: the questions the learner may see, with their card, edit and flag. */
function baseQuery(userId: string, sortKey: SQL = sql`0`) {
  return db
    .select({ ...rowColumns, sortKey: sql<string | number>`${sortKey}` })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(cards, and(eq(cards.questionId, questions.id), eq(cards.userId, userId)))
    .leftJoin(questionEdits, editOf(userId))
    .leftJoin(questionFlags, and(eq(questionFlags.questionId, questions.id), eq(questionFlags.userId, userId)));
}

type Row = {
  question: QuestionRow;
  articleTitle: string;
  card: typeof cards.$inferSelect | null;
  edit: { prompt: string | null; answer: string | null; choices: string[] | null; droppedAt: Date | null } | null;
  flag: FlagReason | null;
};

function itemOf(r: Row, buried: ReadonlySet<string>): QuestionListItem {
  const q = withEdit(r.question, r.edit);
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    answer: q.answer,
    articleId: q.articleId,
    articleTitle: r.articleTitle,
    state: r.card?.state ?? "new",
    due: r.card && r.card.state !== "new" ? r.card.due.toISOString() : null,
    suspended: Boolean(r.card?.suspendedAt),
    flagged: r.flag !== null,
    flagReason: r.flag,
    edited: isEdited(r.edit),
    dropped: Boolean(r.edit?.droppedAt),
    buried: buried.has(r.question.id),
    lapses: r.card?.lapses ?? 0,
  };
}

/**
 * One page of the learner's questions, filtered and sorted (docs/api.md, GET /api/questions).
 * Dropped questions show only with `state=dropped`; suspended and flagged ones are listed (marked).
 */
export async function listQuestions({ userId, query, now }: { userId: string; query: QuestionListQuery; now: Date }): Promise<QuestionListResponse> {
  const buried = await buriedQuestionIds(userId, now);
  const parts: SQL[] = [visibleArticle(userId), isNull(questions.retiredAt)];
  if (query.state === "dropped") parts.push(sql`${questionEdits.droppedAt} is not null`);
  else parts.push(sql`${questionEdits.droppedAt} is null`);
  if (query.article) parts.push(eq(questions.articleId, query.article));
  if (query.tag) parts.push(sql`exists (select 1 from json_each(${articles.tags}) where json_each.value = ${query.tag})`);
  if (query.type) parts.push(eq(questions.type, query.type));
  if (query.q) {
    const p = likePattern(query.q);
    parts.push(sql`(lower(coalesce(${questionEdits.prompt}, ${questions.prompt})) like ${p} escape '\\'
      or lower(coalesce(${questionEdits.answer}, ${questions.answer})) like ${p} escape '\\'
      or lower(${questions.evidence}) like ${p} escape '\\'
      or lower(${articles.title}) like ${p} escape '\\')`);
  }
  if (query.flagged === "1") parts.push(sql`${questionFlags.reason} is not null`);
  if (query.flagged === "0") parts.push(sql`${questionFlags.reason} is null`);
  switch (query.state) {
    case "new":
      parts.push(sql`(${cards.state} is null or ${cards.state} = 'new')`);
      break;
    case "learning":
    case "review":
    case "relearning":
      parts.push(eq(cards.state, query.state));
      break;
    case "suspended":
      parts.push(sql`${cards.suspendedAt} is not null`);
      break;
    case "flagged":
      parts.push(sql`${questionFlags.reason} is not null`);
      break;
    case "leech":
      parts.push(gte(cards.lapses, LEECH_LAPSES));
      break;
    case "buried":
      // Anki's buried: the learner's own buries and the sibling buries of today (db/bury.ts).
      parts.push(sql`${questions.id} in (select value from json_each(${JSON.stringify([...buried])}))`);
      break;
  }
  if (query.due) {
    const { timeZone } = await getSettings({ userId });
    const dayStart = startOfLocalDay(now, timeZone).getTime();
    const until = { now: now.getTime(), today: dayStart + DAY_MS, week: dayStart + 8 * DAY_MS, overdue: dayStart }[query.due];
    parts.push(sql`${cards.state} <> 'new' and ${cards.suspendedAt} is null and ${cards.due} ${query.due === "overdue" ? sql`<` : sql`<=`} ${until}`);
  }

  const sort = SORTS[query.sort];
  const dir = query.dir ?? sort.dir;
  if (query.cursor) {
    const [key, id] = decodeCursor(query.cursor);
    parts.push(
      dir === "asc"
        ? sql`(${sort.key} > ${key} or (${sort.key} = ${key} and ${questions.id} > ${id}))`
        : sql`(${sort.key} < ${key} or (${sort.key} = ${key} and ${questions.id} < ${id}))`,
    );
  }
  const order = dir === "asc" ? [asc(sort.key), asc(questions.id)] : [desc(sort.key), desc(questions.id)];
  const rows = await baseQuery(userId, sort.key)
    .where(and(...parts))
    .orderBy(...order)
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    questions: page.map((r) => itemOf(r as Row, buried)),
    next: rows.length > query.limit && last ? encodeCursor(last.sortKey, last.question.id) : null,
  };
}

async function findVisible(userId: string, questionId: string) {
  const [row] = await baseQuery(userId).where(and(eq(questions.id, questionId), visibleArticle(userId)));
  if (!row) throw notFound(`No question with id "${questionId}".`);
  return row;
}

function answeredText(response: Record<string, unknown>): string {
  if (typeof response.choice === "string") return response.choice;
  if (typeof response.text === "string") return response.text;
  if (typeof response.truth === "boolean") return response.truth ? "True" : "False";
  return "(self-rated)";
}

/** One question with its evidence, article, the learner's schedule and review history (newest first). */
export async function getQuestionDetail({ userId, questionId, now }: { userId: string; questionId: string; now: Date }): Promise<QuestionDetail> {
  const row = await findVisible(userId, questionId);
  const item = itemOf(row as Row, await buriedQuestionIds(userId, now));
  const seen = withEdit(row.question, row.edit);
  const { weights } = await getSettings({ userId });
  const history = await db
    .select()
    .from(reviews)
    .where(and(eq(reviews.userId, userId), eq(reviews.questionId, questionId)))
    .orderBy(desc(reviews.reviewedAt))
    .limit(200);
  const c = row.card && row.card.state !== "new" ? row.card : null;
  return {
    ...item,
    choices: seen.choices,
    evidence: row.question.evidence,
    article: { id: row.question.articleId, title: row.articleTitle, source: row.articleSource, published: row.articlePublished, own: Boolean(row.own) },
    original: item.edited ? { prompt: row.question.prompt, answer: row.question.answer, choices: row.question.choices } : null,
    card: c
      ? {
          due: c.due.toISOString(),
          state: c.state,
          stability: c.stability,
          difficulty: c.difficulty,
          scheduledDays: c.scheduledDays,
          reps: c.reps,
          lapses: c.lapses,
          lastReview: c.lastReview ? c.lastReview.toISOString() : null,
          retrievability: retrievability(cardFromRow(c), now, weights),
        }
      : null,
    reviews: history.map((r) => ({
      id: r.id,
      reviewedAt: r.reviewedAt.toISOString(),
      rating: r.rating as SrsRating,
      correct: r.correct,
      answered: answeredText(r.response),
      durationMs: r.durationMs,
      undone: r.undoneAt !== null,
    })),
  };
}

const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Checks an edited question as a whole: an mcq keeps 4 distinct choices with the answer among them
 * exactly once; a true/false answer is True or False; a cloze keeps its blank; only an mcq has choices.
 */
function checkEditedQuestion(q: { type: QuestionRow["type"]; prompt: string; answer: string; choices: string[] | null }): void {
  if (q.type === "mcq") {
    const choices = q.choices ?? [];
    if (choices.length !== 4) throw badRequest("choices: a multiple-choice question needs exactly 4 choices.");
    if (new Set(choices.map(norm)).size !== 4) throw badRequest("choices: the 4 choices must all be different.");
    const hits = choices.filter((c) => norm(c) === norm(q.answer)).length;
    if (hits !== 1) throw badRequest("answer: the answer must be one of the choices, exactly once.");
  } else if (q.choices !== null) {
    throw badRequest("choices: only a multiple-choice question has choices.");
  }
  if (q.type === "true_false" && q.answer !== "True" && q.answer !== "False") throw badRequest('answer: a true/false answer is "True" or "False".');
  if (q.type === "cloze" && !/_{3,}/.test(q.prompt)) throw badRequest("prompt: a fill-in-the-blank prompt keeps its blank (____).");
}

/**
 * The edit row's fields for `patch` applied to the question as the learner sees it now (null: as
 * generated), checked as a whole (400 when the result is no valid question). Pure: also used to
 * check a preview's edits before anything is saved (db/articles.ts).
 */
export function editFields(
  g: { type: QuestionRow["type"]; prompt: string; answer: string; choices: string[] | null },
  edit: Partial<{ prompt: string | null; answer: string | null; choices: string[] | null }> | null,
  patch: QuestionPatch,
): { prompt: string | null; answer: string | null; choices: string[] | null } {
  const current = withEdit(g, edit);
  const type = g.type;
  let answer = patch.answer ?? current.answer;
  if (type === "true_false") answer = /^t(rue)?$/i.test(answer) ? "True" : /^f(alse)?$/i.test(answer) ? "False" : answer;
  const next = { type, prompt: patch.prompt ?? current.prompt, answer, choices: patch.choices ?? current.choices };
  if (type === "mcq" && next.choices) {
    // The answer as the choices spell it, so grading an option's text matches.
    next.answer = next.choices.find((c) => norm(c) === norm(next.answer)) ?? next.answer;
  }
  checkEditedQuestion(next);
  return {
    prompt: next.prompt === g.prompt ? null : next.prompt,
    answer: next.answer === g.answer ? null : next.answer,
    choices: JSON.stringify(next.choices) === JSON.stringify(g.choices) ? null : next.choices,
  };
}

/**
 * The learner's edit of a question's prompt, answer or choices: their own version (shared questions
 * stay as they are for everyone else), the card and review history untouched. A field edited back
 * to the generated text is no longer an edit. Returns the question as the learner now sees it.
 */
export async function editQuestion({
  userId,
  questionId,
  patch,
  now,
}: {
  userId: string;
  questionId: string;
  patch: QuestionPatch;
  now: Date;
}): Promise<QuestionListItem> {
  const row = await findVisible(userId, questionId);
  if (row.question.retiredAt) throw notFound(`No question with id "${questionId}".`);
  const fields = editFields(row.question, row.edit, patch);
  const droppedAt = row.edit?.droppedAt ?? null;
  if (!isEdited(fields) && !droppedAt) {
    await db.delete(questionEdits).where(and(eq(questionEdits.userId, userId), eq(questionEdits.questionId, questionId)));
  } else {
    await db
      .insert(questionEdits)
      .values({ userId, questionId, ...fields, droppedAt, updatedAt: now })
      .onConflictDoUpdate({ target: [questionEdits.userId, questionEdits.questionId], set: { ...fields, updatedAt: now } });
  }
  return itemOf({ ...(row as Row), edit: { ...fields, droppedAt } }, await buriedQuestionIds(userId, now));
}

/** Drops a question for the learner (retired for them: never studied, kept with its history) or restores it. */
export async function setQuestionDropped({ userId, questionId, dropped, now }: { userId: string; questionId: string; dropped: boolean; now: Date }) {
  const row = await findVisible(userId, questionId);
  const mine = and(eq(questionEdits.userId, userId), eq(questionEdits.questionId, questionId));
  if (dropped) {
    await db
      .insert(questionEdits)
      .values({ userId, questionId, droppedAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: [questionEdits.userId, questionEdits.questionId], set: { droppedAt: now, updatedAt: now } });
  } else if (isEdited(row.edit)) {
    await db.update(questionEdits).set({ droppedAt: null, updatedAt: now }).where(mine);
  } else {
    await db.delete(questionEdits).where(mine);
  }
  return { questionId, dropped };
}

/** Flags a question (it leaves the learner's study at once) or, with `reason: null`, removes the flag. */
export async function setQuestionFlag({ userId, questionId, reason, now }: { userId: string; questionId: string; reason: FlagReason | null; now: Date }) {
  await findVisible(userId, questionId);
  if (reason) {
    await db
      .insert(questionFlags)
      .values({ userId, questionId, reason, createdAt: now })
      .onConflictDoUpdate({ target: [questionFlags.userId, questionFlags.questionId], set: { reason, createdAt: now } });
  } else {
    await db.delete(questionFlags).where(and(eq(questionFlags.userId, userId), eq(questionFlags.questionId, questionId)));
  }
  return { questionId, flagged: reason };
}

import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { ExamCreated, ExamPaper, ExamQuestion, ExamResult, ExamResultItem, ExamSummary } from "@/lib/api-types";
import { badRequest, notFound, unprocessable } from "@/lib/errors";
import { EXAM_MIN_QUESTIONS, EXAM_MINUTES_PER_QUESTION, EXAM_QUESTION_TYPES, MARKS_RIGHT, scoreExam } from "@/lib/exam";
import { pickExamQuestions } from "@/lib/exam-paper";
import { db } from "./client";
import { editColumns, editOf, withEdit } from "./question-view";
import { articles, exams, questionEdits, questions, type ExamFilter, type ExamRow } from "./schema";
import { studyableQuestions, visibleArticle } from "./visibility";

/** A submission this long after the time ran out is still scored, but flagged late. */
const EXAM_GRACE_MS = 30_000;

const TRUE_FALSE_CHOICES = ["True", "False"];

/** The question columns a paper and its result sheet need. */
const paperColumns = {
  id: questions.id,
  factId: questions.factId,
  type: questions.type,
  prompt: questions.prompt,
  answer: questions.answer,
  choices: questions.choices,
  evidence: questions.evidence,
  articleId: questions.articleId,
  articleTitle: articles.title,
};
type PaperQuestion = {
  id: string;
  type: string;
  prompt: string;
  answer: string;
  choices: string[] | null;
  evidence: string;
  articleId: string;
  articleTitle: string;
};

function choicesOf(q: Pick<PaperQuestion, "type" | "choices">): string[] {
  return q.type === "true_false" ? TRUE_FALSE_CHOICES : (q.choices ?? []);
}

function asked(q: PaperQuestion): ExamQuestion {
  return { questionId: q.id, type: q.type as ExamQuestion["type"], prompt: q.prompt, choices: choicesOf(q) };
}

/**
 * Draws a new paper for a user: objective questions (mcq, true/false) of the articles they may see,
 * live, optionally of one article or tag, one per fact, mixed across articles by a seeded shuffle.
 * Fewer than asked is fine (the paper says how many were asked); fewer than 5 is a 422.
 * Without `minutes`, the time is the prelims pace (1.2 minutes a question).
 */
export async function createExam({
  userId,
  now,
  count,
  minutes,
  filter = {},
  seed = randomInt(0, 2 ** 31),
}: {
  userId: string;
  now: Date;
  count: number;
  minutes?: number;
  filter?: ExamFilter;
  seed?: number;
}): Promise<ExamCreated> {
  // Dropped and flagged questions are not asked (studyableQuestions); edited ones are asked as the learner edited them.
  const pool = (
    await db
      .select({ ...paperColumns, edit: editColumns })
      .from(questions)
      .innerJoin(articles, eq(articles.id, questions.articleId))
      .leftJoin(questionEdits, editOf(userId))
      .where(and(studyableQuestions(userId, filter), inArray(questions.type, EXAM_QUESTION_TYPES)))
      .orderBy(questions.articleId, questions.position, questions.id)
  )
    .map(({ edit, ...q }) => withEdit(q, edit))
    .filter((q) => q.type === "true_false" || (q.choices?.length ?? 0) >= 2);

  const picked = pickExamQuestions({ pool, count, seed });
  if (picked.length < EXAM_MIN_QUESTIONS) {
    const what = filter.articleId ? "this article" : filter.tag ? `the tag “${filter.tag}”` : "your articles";
    throw unprocessable(`Only ${picked.length} multiple-choice or true/false questions match ${what}; a paper needs at least ${EXAM_MIN_QUESTIONS}.`);
  }
  const timeMs = minutes !== undefined ? minutes * 60_000 : Math.round(picked.length * EXAM_MINUTES_PER_QUESTION * 60_000);
  const row: ExamRow = {
    id: randomUUID(),
    userId,
    createdAt: now,
    endsAt: new Date(now.getTime() + timeMs),
    seed,
    filter,
    questionIds: picked.map((q) => q.id),
    submittedAt: null,
    answers: null,
    score: null,
    right: null,
    wrong: null,
    skipped: null,
  };
  await db.insert(exams).values(row);
  return { ...paperOf(row, picked), requested: count };
}

async function findExam(userId: string, id: string): Promise<ExamRow> {
  const [row] = await db
    .select()
    .from(exams)
    .where(and(eq(exams.id, id), eq(exams.userId, userId)));
  if (!row) throw notFound(`No exam with id "${id}".`);
  return row;
}

/**
 * The paper's questions in its fixed order, through the visibility rule: a question deleted since
 * (with its article), or one the paper's owner may not see, is left out (and scores as blank).
 */
async function paperQuestions(row: ExamRow): Promise<PaperQuestion[]> {
  if (row.questionIds.length === 0) return [];
  const found = await db
    .select({ ...paperColumns, edit: editColumns })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(questionEdits, editOf(row.userId))
    .where(and(inArray(questions.id, row.questionIds), visibleArticle(row.userId)));
  const byId = new Map(found.map(({ edit, ...q }) => [q.id, withEdit(q, edit)]));
  return row.questionIds.flatMap((id) => byId.get(id) ?? []);
}

function paperOf(row: ExamRow, qs: PaperQuestion[]): ExamPaper {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    minutes: Math.round((row.endsAt.getTime() - row.createdAt.getTime()) / 6_000) / 10,
    count: row.questionIds.length,
    filter: { ...(row.filter.articleId ? { article: row.filter.articleId } : {}), ...(row.filter.tag ? { tag: row.filter.tag } : {}) },
    questions: qs.map(asked),
    result: row.submittedAt ? resultOf(row, qs) : null,
  };
}

function itemOf(q: PaperQuestion, given: string | null): ExamResultItem {
  return {
    questionId: q.id,
    type: q.type as ExamResultItem["type"],
    prompt: q.prompt,
    choices: choicesOf(q),
    given,
    answer: q.answer,
    correct: given === null ? null : given === q.answer,
    evidence: q.evidence,
    articleId: q.articleId,
    articleTitle: q.articleTitle,
  };
}

/** The result sheet of a submitted paper: the stored marks, and each question with the stored answer. */
function resultOf(row: ExamRow, qs: PaperQuestion[]): ExamResult {
  const answers = row.answers ?? {};
  return {
    score: row.score ?? 0,
    maxScore: MARKS_RIGHT * row.questionIds.length,
    right: row.right ?? 0,
    wrong: row.wrong ?? 0,
    skipped: row.skipped ?? 0,
    submittedAt: (row.submittedAt ?? row.createdAt).toISOString(),
    late: isLate(row),
    items: qs.map((q) => itemOf(q, Object.hasOwn(answers, q.id) ? (answers[q.id] ?? null) : null)),
  };
}

function isLate(row: Pick<ExamRow, "submittedAt" | "endsAt">): boolean {
  return row.submittedAt !== null && row.submittedAt.getTime() > row.endsAt.getTime() + EXAM_GRACE_MS;
}

/** One of the user's papers: without answers while open, with the result sheet once submitted. Not theirs → 404. */
export async function getExam({ userId, id }: { userId: string; id: string }): Promise<ExamPaper> {
  const row = await findExam(userId, id);
  return paperOf(row, await paperQuestions(row));
}

/**
 * Scores a paper (+2 right, −⅔ wrong, 0 blank) and stores the answers and marks, once: a second
 * submission (or one racing the first) writes nothing and returns the first result. An answer for a
 * question not in the paper, or one that is none of its choices, is a 400. A submission later than
 * the time plus 30 s grace is scored all the same and flagged `late`.
 */
export async function submitExam({
  userId,
  id,
  answers,
  now,
}: {
  userId: string;
  id: string;
  answers: Record<string, string | null>;
  now: Date;
}): Promise<ExamResult> {
  const row = await findExam(userId, id);
  const qs = await paperQuestions(row);
  if (row.submittedAt) return resultOf(row, qs);

  const inPaper = new Set(row.questionIds);
  const byId = new Map(qs.map((q) => [q.id, q]));
  const given: Record<string, string | null> = {};
  for (const [questionId, choice] of Object.entries(answers)) {
    if (!inPaper.has(questionId)) throw badRequest(`answers: question "${questionId}" is not in this paper.`);
    const q = byId.get(questionId);
    if (choice !== null && q && !choicesOf(q).includes(choice)) throw badRequest(`answers: "${choice}" is not one of the choices of question "${questionId}".`);
    given[questionId] = choice;
  }
  // A question deleted since the paper was drawn counts as left blank.
  const marks = scoreExam(
    row.questionIds.map((qid) => {
      const q = byId.get(qid);
      const choice = given[qid] ?? null;
      return { correct: !q || choice === null ? null : choice === q.answer };
    }),
  );
  const updated = await db
    .update(exams)
    .set({ submittedAt: now, answers: given, score: marks.score, right: marks.right, wrong: marks.wrong, skipped: marks.skipped })
    .where(and(eq(exams.id, id), eq(exams.userId, userId), isNull(exams.submittedAt)))
    .returning();
  // Nothing updated: another submission won the race; its result is the one that counts.
  const stored = updated[0] ?? (await findExam(userId, id));
  return resultOf(stored, qs);
}

/** The user's papers, newest first (the last 100). */
export async function listExams({ userId }: { userId: string }): Promise<ExamSummary[]> {
  const rows = await db.select().from(exams).where(eq(exams.userId, userId)).orderBy(desc(exams.createdAt)).limit(100);
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    score: r.score,
    maxScore: MARKS_RIGHT * r.questionIds.length,
    right: r.right,
    wrong: r.wrong,
    skipped: r.skipped,
    count: r.questionIds.length,
  }));
}

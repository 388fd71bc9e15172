import "server-only";
import { and, eq, gt, inArray, isNull, lte, sql, type AnyColumn, type Placeholder, type SQL } from "drizzle-orm";
import { startOfLocalDay, startOfNextLocalDay } from "@/lib/day";
import { notFound } from "@/lib/errors";
import { siblingKey } from "@/lib/siblings";
import { db, raw } from "./client";
import { keptSql, Q, type KeptArg } from "./kept-sql";
import { articles, cards, questionBuries, questions } from "./schema";
import { getSettings } from "./settings";
import { studyableQuestions, visibleArticle } from "./visibility";

/**
 * Anki's bury, per learner and for the rest of their local day (lib/day.ts):
 *
 * - a **manual bury** (key `-` in study, "Bury" on /questions) is stored: a `question_buries` row
 *   of kind `buried` that ends at the start of the learner's next local day;
 * - a **sibling bury** is computed, never stored: a question not yet studied whose sentence was
 *   studied today waits for tomorrow (db/study.ts, lib/siblings.ts);
 * - **restoring** (un-burying) either kind stores a row of kind `restored` for the rest of the day:
 *   the question is studied today after all, whatever its siblings do.
 *
 * Rows whose day is over mean nothing; the learner's stale rows are cleared on their next bury or
 * restore. Buries are a day's state, like a session's queue: backups do not carry them (docs/data.md).
 */

/** SQL (over `questions`): the learner has not buried the question for today. */
export function notBuried(userId: string, now: Date): SQL {
  return notBuriedOn(questions, userId, now.getTime());
}

/** The rule of {@link notBuried}, over the given `questions` (the table or the kept statements' `q`, db/kept-sql.ts). */
function notBuriedOn(q: { id: AnyColumn }, userId: string | Placeholder, nowMs: number | Placeholder): SQL {
  return sql`not exists (select 1 from ${questionBuries} b where b.user_id = ${userId} and b.question_id = ${q.id}
    and b.kind = 'buried' and b.until > ${nowMs})`;
}

/** {@link notBuried} as SQL text over `questions q`, for kept statements (db/client.ts `raw`): the same rule, rendered once. */
export function notBuriedSql(userId: string, now: Date): { sql: string; args: KeptArg[] } {
  return keptSql("notBuried", (p) => notBuriedOn(Q, p("userId"), p("now")), { userId, now: now.getTime() });
}

/** The questions the learner restored today (a sibling bury does not hold them back). */
export async function restoredToday(userId: string, now: Date): Promise<Set<string>> {
  const rows = await raw.all<{ id: string }>("select question_id as id from question_buries where user_id = ? and kind = 'restored' and until > ?", [
    userId,
    now.getTime(),
  ]);
  return new Set(rows.map((r) => r.id));
}

/** The sentences (sibling keys) the learner studied today, in their time zone (undone reviews do not count). */
export async function sentencesStudiedToday(userId: string, dayStart: Date): Promise<{ articleId: string; evidence: string }[]> {
  return raw.all<{ articleId: string; evidence: string }>(
    "select distinct q.article_id as articleId, q.evidence as evidence from reviews r inner join questions q on q.id = r.question_id where r.user_id = ? and r.reviewed_at >= ? and r.undone_at is null",
    [userId, dayStart.getTime()],
  );
}

/**
 * Every question buried for the learner right now: the ones they buried today, and the sibling
 * buries (studyable, never studied, a question of the same sentence studied today), less the ones
 * they restored. What /questions lists under "buried".
 */
export async function buriedQuestionIds(userId: string, now: Date): Promise<Set<string>> {
  const manual = await db
    .select({ id: questionBuries.questionId })
    .from(questionBuries)
    .where(and(eq(questionBuries.userId, userId), eq(questionBuries.kind, "buried"), gt(questionBuries.until, now)));
  const out = new Set(manual.map((r) => r.id));
  for (const id of await siblingBuried(userId, now)) out.add(id);
  return out;
}

/** The sibling buries of right now (computed as the study queue computes them), less the restored. */
async function siblingBuried(userId: string, now: Date, only?: string): Promise<string[]> {
  const { timeZone } = await getSettings({ userId });
  const studied = await sentencesStudiedToday(userId, startOfLocalDay(now, timeZone));
  if (!studied.length) return [];
  const keys = new Set(studied.map(siblingKey));
  const unseen = await db
    .select({ id: questions.id, articleId: questions.articleId, evidence: questions.evidence })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(cards, and(eq(cards.questionId, questions.id), eq(cards.userId, userId)))
    .where(
      and(
        inArray(questions.articleId, [...new Set(studied.map((s) => s.articleId))]),
        isNull(cards.questionId),
        studyableQuestions(userId, {}),
        only ? eq(questions.id, only) : undefined,
      ),
    );
  const restored = await restoredToday(userId, now);
  return unseen.filter((q) => keys.has(siblingKey(q)) && !restored.has(q.id)).map((q) => q.id);
}

async function checkVisible(userId: string, questionId: string): Promise<void> {
  const [visible] = await db
    .select({ id: questions.id })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(and(eq(questions.id, questionId), visibleArticle(userId), isNull(questions.retiredAt)));
  if (!visible) throw notFound(`No question with id "${questionId}".`);
}

/** The learner's buries whose day is over: they mean nothing any more. */
function staleRows(userId: string, now: Date) {
  return db.delete(questionBuries).where(and(eq(questionBuries.userId, userId), lte(questionBuries.until, now)));
}

/**
 * Buries a question for the rest of the learner's local day (Anki's bury, key `-`): it leaves
 * today's study, new or not, and comes back at the start of their next day. Its schedule is kept.
 */
export async function buryQuestion({ userId, questionId, now }: { userId: string; questionId: string; now: Date }) {
  await checkVisible(userId, questionId);
  const { timeZone } = await getSettings({ userId });
  const until = startOfNextLocalDay(now, timeZone);
  await db.batch([
    staleRows(userId, now),
    db
      .insert(questionBuries)
      .values({ userId, questionId, kind: "buried", until, createdAt: now })
      .onConflictDoUpdate({ target: [questionBuries.userId, questionBuries.questionId], set: { kind: "buried", until, createdAt: now } }),
  ]);
  return { questionId, buried: true, until: until.toISOString() };
}

/**
 * Restores (un-buries) a question: buried by the learner or held back because a sibling was
 * studied today, it is studied again today (a new one within today's new-card limit). Restoring a
 * question that is not buried changes nothing.
 */
export async function unburyQuestion({ userId, questionId, now }: { userId: string; questionId: string; now: Date }) {
  await checkVisible(userId, questionId);
  const mine = and(eq(questionBuries.userId, userId), eq(questionBuries.questionId, questionId));
  // Without the manual bury, is it still held back by a sibling? Then it is let through for today.
  await db.batch([staleRows(userId, now), db.delete(questionBuries).where(mine)]);
  if ((await siblingBuried(userId, now, questionId)).length) {
    const { timeZone } = await getSettings({ userId });
    const until = startOfNextLocalDay(now, timeZone);
    await db
      .insert(questionBuries)
      .values({ userId, questionId, kind: "restored", until, createdAt: now })
      .onConflictDoUpdate({ target: [questionBuries.userId, questionBuries.questionId], set: { kind: "restored", until, createdAt: now } });
  }
  return { questionId, buried: false };
}

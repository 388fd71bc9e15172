import "server-only";
import { and, eq, sql, type AnyColumn, type Placeholder, type SQL } from "drizzle-orm";
import { keptSql, Q, type KeptArg } from "./kept-sql";
import { questionEdits, questionFlags, questions } from "./schema";

/**
 * A question as one learner sees it: their edit (docs/questions-browser.md) laid over the
 * generated question. Every place that shows, grades or exports a question for a learner reads it
 * through these helpers, so an edit of a shared question reaches that learner everywhere and
 * nobody else.
 */

/** The join condition of a learner's edit row for `questions` (use with leftJoin). */
export function editOf(userId: string): SQL {
  return and(eq(questionEdits.questionId, questions.id), eq(questionEdits.userId, userId))!;
}

/**
 * The columns of a learner's edit to select beside the question. A never-null column comes first:
 * drizzle reads a left-joined object as absent when its first column is null, and a drop alone has
 * no prompt, answer or choices.
 */
export const editColumns = {
  updatedAt: questionEdits.updatedAt,
  prompt: questionEdits.prompt,
  answer: questionEdits.answer,
  choices: questionEdits.choices,
  droppedAt: questionEdits.droppedAt,
};

export interface EditFields {
  prompt: string | null;
  answer: string | null;
  choices: string[] | null;
}

/** The question with the learner's edit applied (fields they did not edit stay as generated). */
export function withEdit<Q extends { prompt: string; answer: string; choices: string[] | null }>(q: Q, edit: Partial<EditFields> | null | undefined): Q {
  if (!edit) return q;
  return { ...q, prompt: edit.prompt ?? q.prompt, answer: edit.answer ?? q.answer, choices: edit.choices ?? q.choices };
}

/** True when an edit row changes something of the question's text (a drop alone is not an edit). */
export function isEdited(edit: Partial<EditFields> | null | undefined): boolean {
  return Boolean(edit && (edit.prompt != null || edit.answer != null || edit.choices != null));
}

/**
 * SQL: the learner has neither dropped nor flagged the question — it may be studied or asked in a
 * paper. Over the given `questions`: the table (db/visibility.ts studyableQuestions) or the kept
 * statements' `q` (db/kept-sql.ts).
 */
export function notSetAsideOn(q: { id: AnyColumn }, userId: string | Placeholder): SQL {
  return sql`not exists (select 1 from ${questionEdits} e where e.user_id = ${userId} and e.question_id = ${q.id} and e.dropped_at is not null)
    and not exists (select 1 from ${questionFlags} f where f.user_id = ${userId} and f.question_id = ${q.id})`;
}

/** {@link notSetAsideOn} as SQL text over `questions q`, for kept statements (db/client.ts `raw`): the same rule, rendered once. */
export function notSetAsideSql(userId: string): { sql: string; args: KeptArg[] } {
  return keptSql("notSetAside", (p) => notSetAsideOn(Q, p("userId")), { userId });
}

import "server-only";
import { and, asc, eq, isNotNull, isNull, or } from "drizzle-orm";
import { db } from "./client";
import { editColumns, editOf, isEdited, withEdit } from "./question-view";
import { articles, cards, questionEdits, questionFlags, questions, reviews, type CardRow, type FlagReason, type QuestionRow } from "./schema";
import { visibleArticle } from "./visibility";

/** One question of the learner's deck (their edit applied), with their card when they have one and their flag. */
export interface DeckEntry {
  question: Pick<QuestionRow, "id" | "type" | "prompt" | "answer" | "choices" | "evidence" | "articleId" | "retiredAt">;
  articleTitle: string;
  articleTags: string[];
  card: CardRow | null;
  /** The learner's flag on the question (docs/api.md), or null. */
  flag: FlagReason | null;
  /** True when the learner edited the prompt, answer or choices. */
  edited: boolean;
}

/**
 * The learner's deck as they see it: every live question of the articles they can see (shared and
 * their own), plus retired questions they have a card for (their history stays exportable), with
 * their own edit applied; questions they dropped are left out. Flagged questions stay in (with
 * their flag), so a generator can learn from them. Ordered by article and position, so new cards
 * come out in the order the app would introduce them.
 */
export async function getDeck({ userId }: { userId: string }): Promise<DeckEntry[]> {
  const rows = await db
    .select({
      question: questions,
      articleTitle: articles.title,
      articleTags: articles.tags,
      card: cards,
      edit: editColumns,
      flag: questionFlags.reason,
    })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(cards, and(eq(cards.questionId, questions.id), eq(cards.userId, userId)))
    .leftJoin(questionEdits, editOf(userId))
    .leftJoin(questionFlags, and(eq(questionFlags.questionId, questions.id), eq(questionFlags.userId, userId)))
    .where(and(visibleArticle(userId), or(isNull(questions.retiredAt), isNotNull(cards.questionId)), isNull(questionEdits.droppedAt)))
    .orderBy(asc(articles.title), asc(questions.articleId), asc(questions.position));
  return rows.map((r) => ({
    question: withEdit(r.question, r.edit),
    articleTitle: r.articleTitle,
    articleTags: r.articleTags,
    card: r.card,
    flag: r.flag ?? null,
    edited: isEdited(r.edit),
  }));
}

// Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice on CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF, quotes doubled.
 * `null`/`undefined` become an empty field.
 */
export function csvField(value: string | number | boolean | null | undefined, opts: { text?: boolean } = {}): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (opts.text && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text: a header line, CRLF line ends (RFC 4180). Columns named in `textColumns` are formula-guarded. */
function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
  textColumns: ReadonlySet<string> = new Set(),
): string {
  const lines = [header.map((h) => csvField(h)).join(",")];
  for (const row of rows) lines.push(row.map((v, i) => csvField(v, { text: textColumns.has(header[i] ?? "") })).join(","));
  return lines.join("\r\n") + "\r\n";
}

/** ISO 8601, or empty for no date — and for a date past what a Date can hold (a row written before the import's sense checks). */
const iso = (d: Date | number | null | undefined) => {
  if (d === null || d === undefined) return null;
  const t = new Date(d);
  return Number.isNaN(t.getTime()) ? null : t.toISOString();
};
const RATING_NAMES = ["", "again", "hard", "good", "easy"] as const;

const REVIEW_COLUMNS = [
  "review_id",
  "reviewed_at",
  "question_id",
  "question_type",
  "article_title",
  "prompt",
  "answer",
  "response",
  "correct",
  "rating",
  "rating_name",
  "duration_ms",
  "state_before",
  "state_after",
  "due_after",
  "stability_after",
  "difficulty_after",
  "undone_at",
] as const;

/** The learner's review log as CSV, oldest first, one row per answer (undone ones marked in `undone_at`). */
export async function getReviewsCsv({ userId }: { userId: string }): Promise<string> {
  const rows = await db
    .select({ review: reviews, type: questions.type, prompt: questions.prompt, answer: questions.answer, articleTitle: articles.title })
    .from(reviews)
    .innerJoin(questions, eq(questions.id, reviews.questionId))
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(and(eq(reviews.userId, userId), visibleArticle(userId)))
    .orderBy(asc(reviews.reviewedAt), asc(reviews.id));
  const text = new Set<string>(["article_title", "prompt", "answer", "response"]);
  return toCsv(
    REVIEW_COLUMNS,
    rows.map(({ review: r, ...q }) => [
      r.id,
      iso(r.reviewedAt),
      r.questionId,
      q.type,
      q.articleTitle,
      q.prompt,
      q.answer,
      responseText(r.response),
      r.correct,
      r.rating,
      RATING_NAMES[r.rating] ?? "",
      r.durationMs,
      r.before?.state ?? "new",
      r.after.state,
      iso(r.after.due),
      round(r.after.stability),
      round(r.after.difficulty),
      iso(r.undoneAt),
    ]),
    text,
  );
}

/** What the learner answered, as one readable cell. */
function responseText(response: Record<string, unknown>): string {
  if (typeof response.choice === "string") return response.choice;
  if (typeof response.text === "string") return response.text;
  if (typeof response.truth === "boolean") return response.truth ? "True" : "False";
  if (typeof response.rating === "number") return `(self-rated ${RATING_NAMES[response.rating] ?? response.rating})`;
  return "";
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

const CARD_COLUMNS = [
  "question_id",
  "question_type",
  "article_id",
  "article_title",
  "prompt",
  "choices",
  "answer",
  "evidence",
  "state",
  "due",
  "stability",
  "difficulty",
  "scheduled_days",
  "reps",
  "lapses",
  "last_review",
  "retired",
  "tags",
  "suspended",
  "flagged",
] as const;

/**
 * The learner's deck as CSV: one row per question as they see it (their edit applied, dropped ones
 * left out) with their FSRS state (`new` and empty dates when never studied), the article's tags,
 * whether they suspended it and their flag's reason.
 */
export async function getCardsCsv({ userId }: { userId: string }): Promise<string> {
  const deck = await getDeck({ userId });
  const text = new Set<string>(["article_title", "prompt", "choices", "answer", "evidence", "tags"]);
  return toCsv(
    CARD_COLUMNS,
    deck.map(({ question: q, articleTitle, articleTags, card: c, flag }) => [
      q.id,
      q.type,
      q.articleId,
      articleTitle,
      q.prompt,
      q.choices ? q.choices.join(" | ") : null,
      q.answer,
      q.evidence,
      c?.state ?? "new",
      iso(c?.due),
      c ? round(c.stability) : null,
      c ? round(c.difficulty) : null,
      c?.scheduledDays ?? null,
      c?.reps ?? 0,
      c?.lapses ?? 0,
      iso(c?.lastReview),
      q.retiredAt ? "yes" : "",
      articleTags.join(" | "),
      c?.suspendedAt ? "yes" : "",
      flag ?? "",
    ]),
    text,
  );
}

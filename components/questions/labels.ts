import type { FlagReasonName, QuestionKind } from "@/lib/api-types";
import type { CardState } from "@/lib/srs";

/** Words the learner reads for the browser's codes. */

export const TYPE_LABEL: Record<QuestionKind, string> = {
  recall: "Flashcard",
  mcq: "Multiple choice",
  cloze: "Fill in the blank",
  true_false: "True or false",
};

export const STATE_LABEL: Record<CardState, string> = { new: "New", learning: "Learning", review: "Review", relearning: "Relearning" };

export const STATE_FILTER_LABEL: Record<string, string> = {
  new: "New",
  learning: "Learning",
  review: "Review",
  relearning: "Relearning",
  suspended: "Suspended",
  flagged: "Flagged",
  leech: "Leeches (forgotten 4+ times)",
  buried: "Buried",
  dropped: "Dropped",
};

export const FLAG_LABEL: Record<FlagReasonName, string> = {
  wrong: "Wrong",
  unclear: "Unclear",
  trivial: "Trivial",
  "bad-options": "Bad options",
  "gives-away": "Gives another away",
};

export const RATING_LABEL = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" } as const;

/** A due date as a learner says it: "overdue 3 d", "today", "in 5 d", or a date further out. */
export function dueText(iso: string | null, now: Date): string {
  if (!iso) return "—";
  const ms = new Date(iso).getTime() - now.getTime();
  const days = Math.round(ms / 86_400_000);
  if (ms <= 0) return days <= -1 ? `overdue ${-days} d` : "due now";
  if (days < 1) return "today";
  if (days < 60) return `in ${days} d`;
  return new Date(iso).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
}

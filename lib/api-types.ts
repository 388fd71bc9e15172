/**
 * The JSON shapes of Factdeck's API as the browser sees them (docs/api.md). Shared by db/
 * (which builds them) and components/ (which reads them), so the two cannot drift apart.
 */
import type { CardState, SrsRating } from "./srs";

export type QuestionKind = "recall" | "mcq" | "cloze" | "true_false";

/** One card of GET /api/study/next: everything needed to ask, nothing that gives the answer away. */
export interface StudyCard {
  questionId: string;
  type: QuestionKind;
  prompt: string;
  /** mcq only. */
  choices?: string[];
  articleId: string;
  articleTitle: string;
  state: CardState;
  /** ISO instant. */
  due: string;
  /** What each rating would schedule, as Anki shows on its buttons ("10m", "3d"). */
  intervals: Record<"1" | "2" | "3" | "4", string>;
}

export interface StudyCounts {
  new: number;
  learning: number;
  review: number;
}

export interface StudyNextResponse {
  cards: StudyCard[];
  counts: StudyCounts;
  /** When the next learning card (not yet due) comes due, ISO; null when none. */
  nextDue: string | null;
}

export interface ReviewResult {
  reviewId: string;
  /** null for a flashcard rated without a typed answer (self-graded). */
  correct: boolean | null;
  answer: string;
  evidence: string;
  rating: SrsRating;
  card: { due: string; state: CardState; stability: number; difficulty: number; reps: number; lapses: number };
  duplicate: boolean;
}

export interface RevealResponse {
  answer: string;
  evidence: string;
  articleId: string;
}

export interface UndoResponse {
  undone: string;
  questionId: string;
  alreadyUndone: boolean;
}

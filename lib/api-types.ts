/**
 * The JSON shapes of Factdeck's API as the browser sees them (docs/api.md). Shared by db/
 * (which builds them) and components/ (which reads them), so the two cannot drift apart.
 */
import type { ExamQuestionType } from "./exam";
import type { QuestionType } from "./question-types";
import type { CardState, SrsRating } from "./srs";

/** Every error response (4xx and 5xx): a message fit to show the learner. */
export interface ApiErrorBody {
  error: string;
}

/** The question types (./question-types), under the name the API's docs use. */
export type QuestionKind = QuestionType;

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

/** One question of an exam paper as it is asked: no answer, no evidence. True/false comes as two choices. */
export interface ExamQuestion {
  questionId: string;
  type: ExamQuestionType;
  prompt: string;
  /** Four options for mcq; ["True", "False"] for true_false. */
  choices: string[];
}

/** One line of a result sheet: what was asked, what the learner chose, the answer and its source sentence. */
export interface ExamResultItem {
  questionId: string;
  type: ExamQuestionType;
  prompt: string;
  choices: string[];
  /** The chosen option's text; null when left blank. */
  given: string | null;
  answer: string;
  /** null when skipped. */
  correct: boolean | null;
  evidence: string;
  articleId: string;
  articleTitle: string;
}

/** The marks of a submitted paper (+2 right, −⅔ wrong, 0 skipped) and every question with its evidence. */
export interface ExamResult {
  score: number;
  maxScore: number;
  right: number;
  wrong: number;
  skipped: number;
  /** ISO instant of the (first) submission. */
  submittedAt: string;
  /** Submitted more than 30 s after the time ran out: scored all the same, but flagged. */
  late: boolean;
  items: ExamResultItem[];
}

/** A paper: its questions (never with answers) and, once submitted, its result sheet. */
export interface ExamPaper {
  id: string;
  /** ISO instants. */
  createdAt: string;
  endsAt: string;
  /** The time allowed, in minutes. */
  minutes: number;
  count: number;
  filter: { article?: string; tag?: string };
  questions: ExamQuestion[];
  /** null while the paper is open. */
  result: ExamResult | null;
}

/** POST /api/exams: the new paper, and how many questions were asked for (more than `count` when fewer matched). */
export interface ExamCreated extends ExamPaper {
  requested: number;
}

/** One past paper in GET /api/exams; the marks are null until it is submitted. */
export interface ExamSummary {
  id: string;
  createdAt: string;
  endsAt: string;
  submittedAt: string | null;
  score: number | null;
  maxScore: number;
  right: number | null;
  wrong: number | null;
  skipped: number | null;
  count: number;
}

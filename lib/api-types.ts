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

/** Why a learner flagged a question. */
export type FlagReasonName = "wrong" | "unclear" | "trivial" | "bad-options" | "gives-away";

/** One row of GET /api/questions: a question as the learner sees it (their edit applied), with their card's state. */
export interface QuestionListItem {
  id: string;
  type: QuestionKind;
  prompt: string;
  answer: string;
  articleId: string;
  articleTitle: string;
  /** The card's state; "new" when never studied. */
  state: CardState;
  /** ISO instant; null for a question never studied. */
  due: string | null;
  suspended: boolean;
  flagged: boolean;
  flagReason: FlagReasonName | null;
  /** The learner changed its prompt, answer or choices. */
  edited: boolean;
  /** The learner dropped it (retired for them, restorable). */
  dropped: boolean;
  /** Held back until the learner's next day: they buried it, or a sibling was studied today (restorable). */
  buried: boolean;
  lapses: number;
}

export interface QuestionListResponse {
  questions: QuestionListItem[];
  /** Pass as `cursor` for the next page; null on the last page. */
  next: string | null;
}

/** GET /api/questions/:id: one question with its evidence, article, the learner's schedule and history. */
export interface QuestionDetail extends QuestionListItem {
  choices: string[] | null;
  evidence: string;
  article: { id: string; title: string; source: string | null; published: string | null; own: boolean };
  /** The question as generated, when the learner edited it. */
  original: { prompt: string; answer: string; choices: string[] | null } | null;
  card: {
    due: string;
    state: CardState;
    stability: number;
    difficulty: number;
    scheduledDays: number;
    reps: number;
    lapses: number;
    lastReview: string | null;
    /** Probability of recall now, 0–1 (the learner's FSRS weights when optimised). */
    retrievability: number;
  } | null;
  reviews: { id: string; reviewedAt: string; rating: SrsRating; correct: boolean | null; answered: string; durationMs: number; undone: boolean }[];
}

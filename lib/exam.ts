/**
 * Exam-mode marking as in the civil-services preliminary exam: +2 for a
 * right answer, −⅔ for a wrong one, 0 for a question left blank.
 */
import type { QuestionType } from "./question-types";

/**
 * Fewest and most questions in an exam paper. Here, not in lib/schemas.ts, so that the quiz page's
 * form reads them without loading zod and the scheduler into the browser (issue 11).
 */
export const EXAM_MIN_QUESTIONS = 5;
export const EXAM_MAX_QUESTIONS = 100;
/** The prelims pace: 100 questions in 2 hours. */
export const EXAM_MINUTES_PER_QUESTION = 1.2;

/** The objective question types an exam paper is drawn from. */
export const EXAM_QUESTION_TYPES = ["mcq", "true_false"] as const satisfies readonly QuestionType[];
export type ExamQuestionType = (typeof EXAM_QUESTION_TYPES)[number];

// The marks, in thirds so that sums are exact: +2 for a right answer, −2/3 for a wrong one, 0 for a blank.
const RIGHT_THIRDS = 6;
const WRONG_THIRDS = -2;
export const MARKS_RIGHT = RIGHT_THIRDS / 3;

export interface ExamScore {
  right: number;
  wrong: number;
  skipped: number;
  /** Net marks, rounded to 2 decimals (may be negative). */
  score: number;
  /** 2 × the number of questions. */
  maxScore: number;
}

/**
 * Scores a paper. `correct: null` means the question was skipped.
 *
 * @example
 * scoreExam([{ correct: true }, { correct: false }, { correct: null }]);
 * // { right: 1, wrong: 1, skipped: 1, score: 1.33, maxScore: 6 }
 */
export function scoreExam(answers: ReadonlyArray<{ correct: boolean | null }>): ExamScore {
  let right = 0;
  let wrong = 0;
  let skipped = 0;
  for (const a of answers) {
    if (a.correct === null) skipped += 1;
    else if (a.correct) right += 1;
    else wrong += 1;
  }
  // In thirds, so the sum is exact before the one rounding.
  const thirds = RIGHT_THIRDS * right + WRONG_THIRDS * wrong;
  return { right, wrong, skipped, score: roundTo2(thirds / 3), maxScore: MARKS_RIGHT * answers.length };
}

function roundTo2(x: number): number {
  const r = Math.round(Math.abs(x) * 100 + 1e-9) / 100; // half away from zero, both signs alike
  return x < 0 ? -r : r === 0 ? 0 : r;
}

/** The four question types: the one definition; every other list derives from it. */
export const QUESTION_TYPES = ["recall", "mcq", "cloze", "true_false"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

import type { FactDraft } from "../extract/types";

/** A question before ranking: the public fields except id/score, plus what ranking needs. */
export interface QuestionDraft {
  type: "recall" | "mcq" | "cloze" | "true_false";
  prompt: string;
  answer: string;
  choices?: string[];
  /** For true_false: the value swapped in, when the statement is false. */
  swapped?: string;
  draft: FactDraft;
}

/**
 * A front/back flashcard: the fact's question and its answer as the text states it.
 *
 * @example makeRecall(d) // { prompt: "Who led the Indian delegation at …?", answer: "…" }
 */
export function makeRecall(d: FactDraft): QuestionDraft | undefined {
  if (d.skip?.includes("recall")) return undefined;
  return { type: "recall", prompt: d.question, answer: d.answer, draft: d };
}

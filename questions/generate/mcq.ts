import type { FactDraft } from "../extract/types";
import { mulberry32, seedFrom, shuffled } from "../random";
import type { QuestionDraft } from "./recall";

/**
 * A four-option question: the answer and three distractors in a fixed order, seeded by
 * the question itself so a regeneration shows the same order.
 */
export function makeMcq(d: FactDraft, distractors: readonly string[], seed: number): QuestionDraft | undefined {
  if (d.skip?.includes("mcq") || distractors.length < 3) return undefined;
  const options = [d.answer, ...distractors.slice(0, 3)];
  if (new Set(options.map((o) => o.toLowerCase())).size !== 4) return undefined;
  const choices = shuffled(options, mulberry32(seedFrom(`${d.question}|mcq`, seed)));
  return { type: "mcq", prompt: d.question, answer: d.answer, choices, draft: d };
}

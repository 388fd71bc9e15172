import type { FactDraft } from "../extract/types";
import { seedFrom } from "../random";
import type { QuestionDraft } from "./recall";

/**
 * A statement to judge: the fact as stated, or with its answer swapped for a distractor
 * (which part is swapped never changes: always the answer). Which of the two is made is
 * decided by a seeded coin per fact, so a deck holds both true and false statements.
 */
export function makeTrueFalse(d: FactDraft, distractors: readonly string[], seed: number): QuestionDraft | undefined {
  if (d.skip?.includes("true_false")) return undefined;
  const st = d.statement;
  const at = st.indexOf(d.answer);
  if (at < 0 || at !== st.lastIndexOf(d.answer)) return undefined;
  const wantFalse = (seedFrom(`${d.statement}|tf`, seed) & 1) === 1;
  const swap = distractors[0];
  if (wantFalse && swap !== undefined) {
    const prompt = st.slice(0, at) + swap + st.slice(at + d.answer.length);
    return { type: "true_false", prompt: `True or false: ${prompt}`, answer: "False", swapped: swap, draft: d };
  }
  return { type: "true_false", prompt: `True or false: ${st}`, answer: "True", draft: d };
}

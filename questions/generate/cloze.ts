import type { FactDraft } from "../extract/types";
import type { QuestionDraft } from "./recall";

/** The blank a cloze shows in place of the answer. */
export const BLANK = "____";

/**
 * The evidence sentence with the answer blanked once. Skipped when the answer occurs
 * twice (the other occurrence would give it away) or the sentence is very long.
 */
export function makeCloze(d: FactDraft): QuestionDraft | undefined {
  if (d.skip?.includes("cloze")) return undefined;
  const s = d.sentence.text;
  if (s.split(/\s+/).length > 55) return undefined;
  const first = s.indexOf(d.answer);
  if (first !== s.lastIndexOf(d.answer)) return undefined;
  const prompt = s.slice(0, d.answerStart) + BLANK + s.slice(d.answerStart + d.answer.length);
  return { type: "cloze", prompt, answer: d.answer, draft: d };
}

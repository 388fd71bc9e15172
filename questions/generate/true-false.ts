import type { FactDraft } from "../extract/types";
import { seedFrom } from "../random";
import type { QuestionDraft } from "./recall";
import { countryRef } from "../nlp/vocab-places";

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
    // "the United States" where the answer had its own article in the text ("India" → "the United States").
    let before = st.slice(0, at);
    const hasThe = /\bthe\s$/i.test(before);
    let value = d.answerType === "country" && !hasThe ? countryRef(swap) : swap;
    // "The United States is …" → "Bhutan is …": a country that takes no article loses the text's "the".
    if (d.answerType === "country" && hasThe && !/^the\s/i.test(countryRef(swap))) before = before.replace(/\bthe\s$/i, "");
    if (at === 0 || /[.!?:]\s$/.test(before)) value = value.charAt(0).toUpperCase() + value.slice(1);
    const prompt = before + value + st.slice(at + d.answer.length);
    return { type: "true_false", prompt: `True or false: ${prompt}`, answer: "False", swapped: swap, draft: d };
  }
  return { type: "true_false", prompt: `True or false: ${st}`, answer: "True", draft: d };
}

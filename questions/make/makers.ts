/**
 * The four question makers. Each takes an analysed fact and returns a draft or nothing:
 * recall (front/back), mcq (four distinct options, the answer once, seeded order), cloze
 * (the sentence with the answer blanked) and true/false (the clause stated rightly, or with the
 * answer swapped for a plausible wrong one of the same type).
 */
import type { QuestionType } from "../../lib/question-types";
import { mulberry32, seedFrom, shuffled } from "../random";
import { sameKey } from "../distractors/pick";

/** A question before ids and scores. */
export interface Draft {
  type: QuestionType;
  prompt: string;
  answer: string;
  choices?: string[];
}

/** The blank a cloze shows. */
export const BLANK = "____";

/** @example makeRecall("Where was the summit held?", "Kazan") */
export function makeRecall(prompt: string | undefined, answer: string): Draft | undefined {
  return prompt ? { type: "recall", prompt, answer } : undefined;
}

/** Four options in a fixed order per question (seeded by the prompt), the answer once. */
export function makeMcq(prompt: string | undefined, answer: string, distractors: readonly string[], seed: number): Draft | undefined {
  if (!prompt || distractors.length < 3) return undefined;
  const options = [answer, ...distractors.slice(0, 3)];
  if (new Set(options.map(sameKey)).size !== 4) return undefined;
  const choices = shuffled(options, mulberry32(seedFrom(prompt, seed)));
  return { type: "mcq", prompt, answer, choices };
}

/** The sentence with the answer's one occurrence blanked; none when it occurs twice or the sentence is long. */
export function makeCloze(sentence: string, start: number, end: number): Draft | undefined {
  const answer = sentence.slice(start, end);
  if (sentence.split(/\s+/).length > 55) return undefined;
  if (sentence.indexOf(answer) !== sentence.lastIndexOf(answer)) return undefined;
  const prompt = `${sentence.slice(0, start)}${BLANK}${sentence.slice(end)}`;
  return { type: "cloze", prompt, answer };
}

/** A statement, true as given or false with the answer swapped (the caller decides which). */
export function makeTrueFalse(statement: string | undefined, answer: string, swap: string | undefined, asFalse: boolean): Draft | undefined {
  if (!statement || !statement.includes(answer)) return undefined;
  if (asFalse) {
    if (!swap) return undefined;
    return { type: "true_false", prompt: statement.replace(answer, swap), answer: "False" };
  }
  return { type: "true_false", prompt: statement, answer: "True" };
}

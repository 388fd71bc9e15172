/**
 * A well-formed question, the contract every generated question keeps and the eval checks
 * (eval/coverage): its evidence is a verbatim part of the article, its answer stands in the
 * evidence and not in the prompt, a statement is True or False, and a multiple choice has four
 * distinct options with the answer once. The generator drops a draft that breaks it.
 */
import type { Question } from "../types";
import { BLANK } from "./makers";

/** Every dash or hyphen the rule names: -, U+2010, U+2011, U+2012, en dash, em dash, U+2015, minus sign. */
export const DASHES = /[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
/** Whitespace, no-break and narrow spaces included. */
export const SPACES = /[\s\u00a0\u2007\u202f\u2009\u200a\u2002\u2003]+/g;

/**
 * The answer normalisation of the coverage rule: lowercase; every dash → space; all other
 * punctuation (and symbols such as $, ₹, %) dropped; whitespace collapsed.
 *
 * @example normaliseAnswer("$29.5 billion") === normaliseAnswer("29.5 billion")
 * @example normaliseAnswer("U.S.") === "us"
 */
export function normaliseAnswer(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(DASHES, " ")
    .replace(/[\p{P}\p{S}]/gu, "")
    .replace(SPACES, " ")
    .trim();
}

/** True when `needle` occurs in `hay` as whole words, both already normalised. */
function containsWords(hay: string, needle: string): boolean {
  return needle !== "" && ` ${hay} `.includes(` ${needle} `);
}

/** The reasons a question is malformed (empty when it is well formed). */
export function malformedReasons(q: Pick<Question, "type" | "prompt" | "answer" | "evidence" | "choices">, body: string): string[] {
  const reasons: string[] = [];
  if (!body.includes(q.evidence)) reasons.push("evidence is not a verbatim substring of the article body");
  const ans = normaliseAnswer(q.answer);
  if (q.type !== "true_false") {
    // "Europe" is in "Europe’s largest": try the evidence with possessive 's dropped too.
    const ev = [q.evidence, q.evidence.replace(/['\u2019]s\b/g, "")].map(normaliseAnswer);
    if (!ev.some((e) => containsWords(e, ans))) reasons.push("answer not found in the evidence");
    if (containsWords(normaliseAnswer(q.prompt), ans)) reasons.push("answer appears in the prompt");
  } else if (q.answer !== "True" && q.answer !== "False") reasons.push(`true_false answer is "${q.answer}", not True/False`);
  // "India is working on five Arihant class boats." keyed "three": a cut that took the blank with it leaves nothing to ask.
  if (q.type !== "true_false" && !q.prompt.includes(BLANK) && !/\?["”’]?$/.test(q.prompt.trim())) reasons.push("prompt has no blank and is no question");
  if (q.type === "true_false" && q.prompt.includes(BLANK)) reasons.push("statement has a blank");
  // "approximately 7 ____ children" keyed "000": a number cut from its thousands.
  if (/^0+$/.test(q.answer.trim())) reasons.push("answer is a cut number");
  if (q.type === "mcq") {
    const c = q.choices ?? [];
    if (c.length !== 4) reasons.push(`mcq has ${c.length} choices, not 4`);
    if (new Set(c.map(normaliseAnswer)).size !== c.length) reasons.push("mcq choices are not distinct");
    const hits = c.filter((x) => x === q.answer).length;
    if (hits !== 1) reasons.push(`mcq choices contain the answer ${hits} times`);
  }
  return reasons;
}

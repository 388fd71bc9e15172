/**
 * Turns a typed or expected answer into comparable tokens: the lenient part
 * of grading that needs no judgement. Case, accents, curly vs straight
 * quotes, dashes, punctuation, leading articles, thousands separators and
 * number words all vanish here.
 */
import { numberWordsToDigits } from "./number-words";

const ARTICLES = new Set(["a", "an", "the"]);

/**
 * Folds text to plain lower-case ASCII-ish words separated by single spaces.
 * Keeps digits together ("1,000" → "1000", "3.5" stays "3.5") and drops
 * apostrophes inside words ("O’Neill" → "oneill").
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "") // accents: "São" → "Sao"
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/&/g, " and ")
    .replace(/%/g, " percent ")
    .replace(/(\d),(?=\d{3}\b)/g, "$1") // thousands separators
    .replace(/(\p{L})'(\p{L})/gu, "$1$2") // o'neill, xi's
    .replace(/(\d)\.(?=\d)/g, "$1\u0000") // protect decimal points
    .replace(/[^\p{L}\p{N}\u0000]+/gu, " ")
    .replace(/\u0000/g, ".")
    .trim()
    .replace(/\s+/g, " ");
}

/**
 * The tokens an answer is compared by: folded words, number words as digits,
 * one leading article dropped.
 *
 * @example
 * answerTokens("The “Quad” — four nations"); // ["quad", "4", "nations"]
 */
export function answerTokens(text: string): string[] {
  const folded = foldText(text);
  if (folded === "") return [];
  const tokens = numberWordsToDigits(folded.split(" "));
  if (tokens.length > 1 && ARTICLES.has(tokens[0] ?? "")) tokens.shift();
  return tokens;
}

/** True when a token is (or contains) a number: such tokens never match by typo. */
export function isNumericToken(token: string): boolean {
  return /\d/.test(token);
}

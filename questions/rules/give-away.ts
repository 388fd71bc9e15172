/**
 * Rules over candidates and prompts: answers the rest of the prompt gives away, or that are no
 * fact of their own. "A ____-judge bench ruled by a majority of 2-1" is three by arithmetic; "the
 * ____ arms supplier after Russia" is second by the "after"; "the remaining ____" is the total less
 * the part the sentence names; the one who "said" a figure is the figure's source, not the fact.
 */
import type { Candidate } from "../answers/types";
import { plain } from "../answers/types";
import { leadingNumber } from "../distractors/numbers";

/**
 * A count the prompt's own tally sums to: "ruled by a majority of 2-1" (three judges), "voted 5-to-4"
 * (nine members), "by 198 votes to 87".
 *
 * @example tallyGivesAway("A ____-judge bench ruled by a majority of 2-1.", three) // true
 */
export function tallyGivesAway(prompt: string, c: Candidate): boolean {
  if (c.kind !== "number" && c.kind !== "quantity") return false;
  const v = leadingNumber(c.text);
  if (v === undefined) return false;
  for (const m of plain(prompt).matchAll(/\b(\d{1,3})(?:-to-|\sto\s|\s?[-–]\s?)(\d{1,3})\b(?!\s?(?:per ?cent|%|years?|months?|days?))/g)) {
    if (Number(m[1]) + Number(m[2]) === v) return true;
  }
  return false;
}

/**
 * A rank the words after it give away: "France is India's ____ arms supplier after Russia"
 * (second), "the ____ largest economy behind the U.S. and China" (third).
 *
 * @example rankGivenByAfter("France is India’s second-largest arms supplier after Russia.", rank) // true
 */
export function rankGivenByAfter(sentence: string, c: Candidate): boolean {
  if (c.kind !== "rank" || !/^(?:second|third)\b/i.test(c.text)) return false;
  return /^\s(?:[\p{L}-]+\s){0,3}(?:after|behind|only to|trailing)\s(?:the\s)?\p{Lu}/u.test(plain(sentence).slice(c.end));
}

/**
 * "the remaining four had forecast a pause", "the other two": the rest of a count the sentence or
 * the article gives, worked out by subtraction rather than learned.
 *
 * @example remainderCount("… 14 of 18 economists …, while the remaining four had forecast a pause.", four) // true
 */
export function remainderCount(sentence: string, c: Candidate): boolean {
  if (c.kind !== "number") return false;
  return /\bthe\s(?:remaining|other|rest of the)\s$/i.test(plain(sentence).slice(Math.max(0, c.outerStart - 20), c.outerStart));
}

/**
 * A person who only tells the fact the sentence reports: "Health Secretary X said about 62% of the
 * patients were children" asks the figure, or who holds the post, never "Which Health Secretary said …?".
 *
 * @example sayerOf("Health Secretary Ramon Abad said about 62% of the patients were children.", person) // true
 */
export function sayerOf(sentence: string, c: Candidate): boolean {
  if (c.kind !== "person") return false;
  const after = plain(sentence).slice(c.end);
  return /^(?:,[^,]{0,90},)?\s(?:also\s)?(?:said|says|told|added|noted|stated|wrote|posted|tweeted)\b/.test(after);
}

/**
 * A wrong option a run rules out: "for the ____ straight month" is never the first.
 *
 * @example ruledOutByRun("first", "… below target for the second straight month.", second) // true
 */
export function ruledOutByRun(option: string, sentence: string, c: Candidate): boolean {
  if (!/^first$/i.test(option.trim())) return false;
  return /^\s(?:straight|consecutive|successive)\b|^\s(?:\p{L}+\s)?in a row\b/u.test(plain(sentence).slice(c.end));
}

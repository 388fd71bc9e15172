/**
 * The four question makers. Each takes an analysed fact and returns a draft or nothing:
 * recall (front/back), mcq (four distinct options, the answer once, seeded order), cloze
 * (the sentence with the answer blanked) and true/false (the clause stated rightly, or with the
 * answer swapped for a plausible wrong one of the same type).
 */
import type { QuestionType } from "../../lib/question-types";
import { mulberry32, seedFrom, shuffled } from "../random";
import { sameKey, sameName } from "../distractors/pick";

/** A question before ids and scores. */
export interface Draft {
  type: QuestionType;
  prompt: string;
  answer: string;
  choices?: string[];
}

/** Country names that take "the" in running text. */
const TAKES_THE =
  /^(?:U\.S\.|US|U\.K\.|UK|UAE|U\.A\.E\.|Netherlands|Philippines|Maldives|Bahamas|Gambia|Czech Republic|Dominican Republic|Central African Republic|United States|United Kingdom|United Arab Emirates|European Union|EU)$/;

/** A figure written as a bound, whose wrong options would be true as well. */
const BOUND = /^(?:more than|over|at least|above|below|under|less than|fewer than|up to|well over|in excess of)\s/i;

/** The blank a cloze shows. */
export const BLANK = "____";

/** Case, dashes and punctuation ignored, as a learner reads: "U.S" gives away "U.S.". */
function loose(s: string): string {
  return ` ${s
    .toLowerCase()
    .replace(/[-\u2010-\u2015]/g, " ")
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim()} `;
}

/** True when the prompt (blank aside) contains the answer as whole words: the question gives itself away. */
function givesAway(prompt: string, answer: string): boolean {
  const a = loose(answer);
  return a.trim().length > 0 && loose(prompt.replace(BLANK, " ")).includes(a);
}

/** @example makeRecall("Where was the summit held?", "Kazan") */
export function makeRecall(prompt: string | undefined, answer: string): Draft | undefined {
  return prompt && !givesAway(prompt, answer) ? { type: "recall", prompt, answer } : undefined;
}

/** Four options in a fixed order per question (seeded by the prompt), the answer once. */
export function makeMcq(prompt: string | undefined, answer: string, distractors: readonly string[], seed: number): Draft | undefined {
  if (!prompt || distractors.length < 3 || givesAway(prompt, answer)) return undefined;
  // "more than 50 years" and "more than 57 years" are both true: a bound is asked without options.
  if (BOUND.test(answer)) return undefined;
  // A wrong option already written in the question ("Saudi" beside "Saudi Arabia") is absurd.
  if (distractors.slice(0, 3).some((d) => loose(prompt.replace(BLANK, " ")).includes(loose(d)))) return undefined;
  const options = [answer, ...distractors.slice(0, 3)];
  if (new Set(options.map(sameKey)).size !== 4 || options.some((o, i) => options.some((p, j) => j > i && sameName(o, p)))) return undefined;
  const choices = shuffled(options, mulberry32(seedFrom(prompt, seed)));
  return { type: "mcq", prompt, answer, choices };
}

/** The sentence with the answer's one occurrence blanked; none when it occurs twice or the sentence is long. */
export function makeCloze(sentence: string, start: number, end: number): Draft | undefined {
  const answer = sentence.slice(start, end);
  if (sentence.split(/\s+/).length > 55) return undefined;
  if (sentence.indexOf(answer) !== sentence.lastIndexOf(answer)) return undefined;
  // "The International Atomic Energy Agency (IAEA) said …" → "The ____ said …": the short form goes with the
  // name it would give away, unless the sentence uses it again.
  const short = /^\s*\(([\p{Lu}][\p{Lu}\p{Ll}.&-]{1,9})\)/u.exec(sentence.slice(end));
  const rest = short ? sentence.slice(end + short[0].length) : sentence.slice(end);
  if (short && new RegExp(`\\b${short[1]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(sentence.slice(0, start) + rest)) return undefined;
  const prompt = `${sentence.slice(0, start)}${BLANK}${rest}`;
  if (givesAway(prompt, answer)) return undefined;
  // "International Atomic Energy Agency (____)": the name gives its short form away.
  if (/\)\s*$/.test(answer) || /\(\s*$/.test(sentence.slice(0, start))) return undefined;
  return { type: "cloze", prompt, answer };
}

/** A statement, true as given or false with the answer swapped (the caller decides which). */
export function makeTrueFalse(statement: string | undefined, answer: string, swap: string | undefined, asFalse: boolean): Draft | undefined {
  if (!statement || !statement.includes(answer)) return undefined;
  if (statement.indexOf(answer) !== statement.lastIndexOf(answer)) return undefined;
  if (asFalse) {
    if (!swap) return undefined;
    const at = statement.indexOf(answer);
    let before = statement.slice(0, at);
    // "the Nvidia": a bare name takes no article where the answer did.
    if (
      /\bthe $/i.test(before) &&
      !/^(?:Ministry|Department|Bank|International|European|World|United|Institute|National|Federal|Reserve|Supreme|Central|Organi[sz]ation|U\.S\.|US|UN)\b/.test(
        swap,
      ) &&
      /^\p{Lu}/u.test(swap) &&
      !/\s(?:of|for)\s/.test(swap)
    )
      before = before.replace(/\bthe $/i, "");
    // "with U.S." → "with the U.S.": a country that takes an article where the answer did not.
    if (TAKES_THE.test(swap) && !TAKES_THE.test(answer) && !/\bthe $/i.test(before) && /(?:^|\s)$/.test(before)) before = `${before}the `;
    const prompt = `${before}${swap}${statement.slice(at + answer.length)}`.replace(/\.\.$/, ".");
    return { type: "true_false", prompt: prompt.charAt(0).toUpperCase() + prompt.slice(1), answer: "False" };
  }
  return { type: "true_false", prompt: statement, answer: "True" };
}

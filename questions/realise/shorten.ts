/**
 * Shortening a long prompt that copies its sentence: the asides that do not hold the answer go,
 * so the question tests its fact and the reader does not wade through the rest of the sentence.
 *
 *   "Google researchers used Gemini — Google's large language model — to sort through ____ news
 *    articles from around the world, isolating reports of 2.6 million floods."
 *   → "Google researchers used Gemini to sort through ____ news articles from around the world."
 *
 * Pure text work on the final prompt; `keep` is the part that must stay (the blank, or the
 * statement's answer or swap).
 */
import { LISTED_DASHES, listRunningOn } from "../analyse/clause";

/** Prompts of more words than this are shortened. */
export const LONG_PROMPT_WORDS = 24;

/** A shortened prompt keeps at least this many words: the fact's own clause. */
const MIN_WORDS = 8;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** A dash that opens or closes an aside: em or en dash, with or without spaces around it. */
const DASH = String.raw`\s?[—–]\s?`;

/** An aside between two dashes: "Gemini — Google's large language model — to sort". */
const DASH_ASIDE = new RegExp(String.raw`\s?[—–]\s?[^—–]{3,120}?\s?[—–]\s?`, "g");

/** A non-restrictive relative clause between commas: ", which is prescribed for weight loss,". */
const RELATIVE_ASIDE = /,\s(?:which|who)\s(?:[^,;]|(?<=\d),(?=\d)){3,100},\s/g;

/** Where a trailing aside starts after the fact's clause. */
const TRAILING =
  /,\s(?:while|whereas|which|who|with|including|according to|according|in what|a move|in a move|in a bid|adding|citing|amid)\s|,\s(?:and\s)?[a-z]{3,}ing\s|\s(?:and|while)\s[a-z]{3,}ing\s(?=(?:the|a|an|its|their|his|her)\s)|\samid\s|\sin an effort to\s|\sin a bid to\s|\sin coordination with\s|,\sat\s\d{1,2}[:.]\d\d\b|\s[—–]\s/g;

function tidy(s: string): string {
  return s
    .replace(/\s+([,;:.?])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .replace(/,\./g, ".")
    .trim();
}

/**
 * The prompt without the asides that do not hold `keep`, when it is longer than LONG_PROMPT_WORDS;
 * the prompt as it is otherwise, or when shortening would leave too little.
 *
 * @example shorten("The agency — set up in 1992 after a long campaign by farmers — lent ____ in 2025, its highest ever.", "____")
 * // "The agency lent ____ in 2025, its highest ever."
 */
export function shorten(prompt: string, keep: string, limit: number = LONG_PROMPT_WORDS): string {
  if (words(prompt) <= limit || !prompt.includes(keep)) return prompt;
  const end = /[.?!]["”’]?$/.exec(prompt)?.[0] ?? "";
  let out = prompt;
  // Asides inside the sentence that do not hold what is asked.
  const drop = (re: RegExp, joiner: string): void => {
    out = out.replace(re, (m) => (m.includes(keep) ? m : joiner));
  };
  // "AfD — 151, SPD — 121, the Greens — 85": dashes that pair names with figures are a list, not an aside.
  if (!LISTED_DASHES.test(out)) drop(DASH_ASIDE, " ");
  // "…, which ISRO has pencilled in for 2027, as of April 2026": the date the question adds keeps its comma.
  // ", which covers the regions of Goa, Konkan, Maharashtra and Chhattisgarh, was …": the list goes with its clause.
  out = out.replace(RELATIVE_ASIDE, (m: string, at: number, all: string) => {
    const list = listRunningOn(` ${all.slice(at + m.length)}`);
    if (m.includes(keep) || list > 0) return m;
    return /^as of\b/.test(all.slice(at + m.length)) ? ", " : " ";
  });
  // What trails the clause that holds the answer.
  if (words(out) > limit) {
    const at = out.indexOf(keep) + keep.length;
    TRAILING.lastIndex = at;
    for (let m = TRAILING.exec(out); m; m = TRAILING.exec(out)) {
      const head = out.slice(0, m.index);
      // A quote or bracket left open would be cut in half.
      const open =
        (head.match(/["“]/g) ?? []).length % 2 === 1 ||
        (head.match(/\(/g) ?? []).length > (head.match(/\)/g) ?? []).length ||
        (head.match(/[—–]/g) ?? []).length % 2 === 1;
      // "with one member, ____, dissenting …": an apposition's name is no clause of its own.
      const apposition = head.endsWith(keep) && head.slice(0, -keep.length).endsWith(", ");
      // "the rupiah, which slid to ____ in February, …": the answer sits in a relative clause whose main clause follows.
      const inRelative = /,\s(?:which|who)\s(?:[^,]|(?<=\d),(?=\d))*$/.test(head.slice(0, head.indexOf(keep) + keep.length));
      if (inRelative) break;
      if (!open && !apposition && words(head) >= MIN_WORDS) {
        out = `${head.replace(/[\s,;:]+$/, "")}${end.startsWith("?") ? "?" : "."}`;
        break;
      }
    }
  }
  out = tidy(out);
  if (!/[.?!]["”’]?$/.test(out)) out = `${out}${end.slice(0, 1) || "."}`;
  // Never shorter than the fact's clause, and the dashes that are left still pair.
  const dashes = (x: string): number => (x.match(new RegExp(DASH, "g")) ?? []).length;
  if (words(out) < MIN_WORDS || !out.includes(keep) || (dashes(out) % 2 === 1 && dashes(prompt) % 2 === 0)) return prompt;
  return out;
}

/** Who said or showed it, at the end of a prompt: ", the National Office of Electoral Processes said." */
const ATTRIBUTION =
  /,\s((?:[^,;“”"]|(?<=\d),(?=\d)){2,100}?)\s(?:said|says|told\s(?:reporters|lawmakers|journalists|parliament|[\p{Lu}][^,;.]{1,50})|showed|show|shows|reported|reports|noted|added|estimated|wrote|stated)(?:\s(?:on|in|after|at)\s(?:[^,;.]|,(?=\s(?:19|20)\d\d))*)?([.?!])$/u;

/** The same, inverted: ", said Rocky Lu, head of India business at the company." */
const INVERTED_ATTRIBUTION = /,\s(?:said|says|according to)\s((?:[^,;“”"]){2,60}(?:,\s[^,;“”"]{2,80})?)([.?!])$/u;

/**
 * The prompt without its trailing attribution (", Governor X told reporters.", ", data from the trade
 * ministry showed.") when the answer is not in it and the clause before it reads on its own.
 *
 * @example dropAttribution("Farfán had ____ of valid votes, the electoral office said.", "____") // "Farfán had ____ of valid votes."
 */
export function dropAttribution(prompt: string, keep: string): string {
  const m = ATTRIBUTION.exec(prompt) ?? INVERTED_ATTRIBUTION.exec(prompt);
  if (!m || m[0].includes(keep)) return prompt;
  // The speaker is a short name or title, not a clause with figures of its own.
  if (words(m[1]!) > 14 || /\d/.test(m[1]!)) return prompt;
  const head = prompt.slice(0, m.index);
  if (!head.includes(keep) || words(head) < 4) return prompt;
  // A quote or bracket left open would be cut in half.
  if ((head.match(/["“”]/g) ?? []).length % 2 === 1 || (head.match(/\(/g) ?? []).length > (head.match(/\)/g) ?? []).length) return prompt;
  return `${head.replace(/[\s,;:]+$/, "")}${m[2]}`;
}

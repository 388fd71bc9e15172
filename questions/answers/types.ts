/**
 * Answer candidates: typed spans of a sentence that an examiner could ask for.
 * Every candidate is a verbatim span of its sentence, found by offset.
 */

/** What an answer is. The kinds a distractor must share with its answer. */
export type AnswerKind =
  "number" | "percent" | "money" | "quantity" | "date" | "year" | "duration" | "rank" | "person" | "organisation" | "country" | "place" | "named" | "other";

/** The kinds that are figures with a value: a wrong option is a near value, a range has two ends. */
export const FIGURE_KINDS: ReadonlySet<AnswerKind> = new Set(["percent", "money", "number", "quantity", "duration", "year"]);

/** One typed span of a sentence. Offsets are into the sentence text. */
export interface Candidate {
  kind: AnswerKind;
  /** [start, end) of the answer itself (qualifiers such as "more than" excluded). */
  start: number;
  end: number;
  text: string;
  /** "more than", "about", "nearly" … written before the answer, kept in the prompt. */
  qualifier?: string;
  /** Start of the qualifier when there is one, else `start`. */
  outerStart: number;
  /** For counts: the noun the number counts ("patrol vessels"), and where that phrase ends. */
  noun?: string;
  nounEnd?: number;
  /** For entities: the category noun a "Which …?" question uses ("company", "ministry", "city"). */
  category?: string;
  /** Numeric value, for numbers, money, percentages, years and durations. */
  value?: number;
  /** Extra confidence or doubt from the finder, added to the salience score. */
  bonus?: number;
}

/**
 * The sentence with look-alike characters made plain, of the same length, so patterns can be
 * simple and offsets still point into the original: U+2010/U+2011 hyphens → "-", no-break
 * spaces → " ", curly quotes → straight ones.
 *
 * @example plain("third\u2011largest") === "third-largest"
 */
export function plain(text: string): string {
  return text
    .replace(/[\u2010\u2011\u2012]/g, "-")
    .replace(/[\u00a0\u2009\u202f]/g, " ")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
}

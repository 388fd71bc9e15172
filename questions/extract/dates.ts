/**
 * Absolute date phrases as news copy writes them: "March 3 and 4", "August 22 to 24,
 * 2023", "19-20 December 2024", "December 19". Relative dates ("on Wednesday", "earlier
 * this year") never match.
 */
import { MONTHS } from "../nlp/vocab-words";

const M = `(?:${MONTHS.join("|")})`;
const RANGE = `(?:\\s+(?:and|to)\\s+|\\s*[–-]\\s*)`;

/** A regex source for one absolute date phrase (no capture groups). */
export const DATE_PHRASE = `(?:${M}\\s+\\d{1,2}(?!\\d)(?:${RANGE}(?:${M}\\s+)?\\d{1,2}(?!\\d))?(?:,\\s+\\d{4})?|\\d{1,2}(?:${RANGE}\\d{1,2})?\\s+${M}(?:,?\\s+\\d{4})?|${M}\\s+\\d{4})`;

/** True when the whole text is an absolute date phrase. */
export function isAbsoluteDate(text: string): boolean {
  return new RegExp(`^${DATE_PHRASE}$`).test(text);
}

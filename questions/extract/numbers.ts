/** Number phrases: cardinal words or digits, as a regex source and a value reader. */
import { NUMBER_WORDS } from "../nlp/vocab-words";

/** A regex source matching one cardinal ("five", "Ten", "14", "1,200"). No capture groups. */
export const NUMBER = `(?:${Object.keys(NUMBER_WORDS).map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`).join("|")}|\\d{1,3}(?:,\\d{3})+|\\d+)`;

/** The value of a cardinal word or digits, or NaN. */
export function numberValue(text: string): number {
  const w = NUMBER_WORDS[text.toLowerCase()];
  if (w !== undefined) return w;
  return Number(text.replace(/,/g, ""));
}

/**
 * Wrong dates that could be true: a past event's options lie on or before the article's date, a
 * coming one's on or after it. "In which month of 2026 did real wages climb 1.4%?" in an article of
 * March 2026 offers no November 2026; "ahead of Taiwan's ____ presidential election" offers no
 * year already past.
 */
import type { Candidate } from "../answers/types";
import { plain } from "../answers/types";
import { monthIndex } from "./dates";

/** What a sentence says is still to come. */
const FUTURE = /\b(?:will|shall|ahead of|next|upcoming|is to|are to|is due|are due|due to|scheduled|planned|set to|expected to|plans? to|aims? to|by)\b/i;

interface When {
  year?: number;
  month?: number;
  day?: number;
}

function whenOf(text: string): When {
  const t = plain(text);
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(t);
  const month = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?/.exec(t);
  const day = month ? /^\s([12]?\d|3[01])\b(?!\d)/.exec(t.slice(month.index + month[0].length)) : null;
  return {
    ...(year ? { year: Number(year[1]) } : {}),
    ...(month ? { month: monthIndex(month[1]!) } : {}),
    ...(day ? { day: Number(day[1]) } : {}),
  };
}

/** -1, 0 or 1: whether a time lies before, in or after the article's day (0 when it cannot tell). */
function compare(w: When, year: number, month: number, day: number): number {
  if (w.year === undefined) return 0;
  if (w.year !== year || w.month === undefined) return Math.sign(w.year - year);
  if (w.month !== month || w.day === undefined) return Math.sign(w.month - month);
  return Math.sign(w.day - day);
}

/**
 * A test for wrong options of a date or year: true for an option that could be the answer in
 * time. `context` is the year the prompt puts the option in when the option has none ("____ 2026").
 * Everything passes when the article has no date, or the answer itself breaks the rule.
 *
 * @example plausibleWhen(cand, "Real wages climbed 1.4% in January.", "2026-03-19", 2026)("November") // false
 */
export function plausibleWhen(c: Candidate, sentence: string, published: string | undefined, context?: number): (option: string) => boolean {
  const pass = (): boolean => true;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published ?? "");
  if (!iso || (c.kind !== "date" && c.kind !== "year")) return pass;
  const [year, month, day] = [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])];
  const future = FUTURE.test(plain(sentence));
  const at = (text: string): When => {
    const w = whenOf(text);
    return w.year === undefined && w.month !== undefined && context !== undefined ? { ...w, year: context } : w;
  };
  const wrongSide = (w: When): boolean => compare(w, year, month, day) === (future ? -1 : 1);
  if (wrongSide(at(c.text))) return pass;
  return (option) => !wrongSide(at(option));
}

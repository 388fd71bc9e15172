/** Neighbouring dates in the same form as the answer ("Feb. 28" → "Feb. 21"; "January" → "March"). */
import { mulberry32, seedFrom } from "../random";

const FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/** 0–11 for a month's name or short form ("Sept.", "Feb"), -1 for any other word. */
export function monthIndex(word: string): number {
  const w = word.replace(/\.$/, "").toLowerCase();
  return FULL.findIndex((m) => m.toLowerCase() === w || m.toLowerCase().slice(0, 3) === w.slice(0, 3));
}

const MONTH_WORD =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)(?![\p{L}])/u;

/**
 * @example dateNeighbours("Feb. 28", 1) // e.g. ["Feb. 21", "Mar. 3", "Feb. 14", …]
 */
export function dateNeighbours(text: string, seed: number, count = 6): string[] {
  const rand = mulberry32(seedFrom(text, seed));
  const mm =
    /(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)/.exec(
      text,
    );
  if (!mm) return [];
  const mi = monthIndex(mm[1]!);
  if (mi < 0) return [];
  const abbr = /\.$/.test(mm[1]!) || (mm[1]!.length <= 4 && mm[1] !== "May" && mm[1] !== "June" && mm[1] !== "July");
  const name = (i: number): string => (abbr ? ABBR[(i + 12) % 12]! : FULL[(i + 12) % 12]!);
  const out = new Set<string>();
  const days = [...text.matchAll(/\b([12]?\d|3[01])\b(?!\d)/g)].filter((d) => !/\d{4}/.test(d[0]));
  // "Jan. 1, 2028", "31 March 2036": the first or last day of a month is a deadline's date; other
  // deadlines are other months' first or last days ("July 1, 2028", "Jan. 1, 2027"), not "Jan. 3".
  const edge = days.length === 1 ? Number(days[0]![1]) : 0;
  if (edge === 1 || edge >= 30) {
    const year = /\b((?:19|20)\d\d)\b/.exec(text);
    const shifts = [-6, -3, 3, 6, ...(year ? [-12, 12] : [])].sort(() => rand() - 0.5);
    for (const sh of shifts) {
      const at = mi + sh;
      const month = ((at % 12) + 12) % 12;
      const y = year ? Number(year[1]) + Math.floor(at / 12) : 2001;
      const day = edge === 1 ? 1 : new Date(Date.UTC(y, month + 1, 0)).getUTCDate();
      let moved = text.slice(0, days[0]!.index) + String(day) + text.slice((days[0]!.index ?? 0) + days[0]![0].length);
      moved = moved.replace(mm[1]!, name(month));
      if (year) moved = moved.replace(year[1]!, String(y));
      out.add(moved);
      if (out.size >= count) break;
    }
    out.delete(text);
    return [...out];
  }
  if (days.length > 0) {
    const shifts = [-7, 7, -3, 4, -10, 10, 2, -14].sort(() => rand() - 0.5);
    for (const s of shifts) {
      let ok = true;
      let moved = text;
      // shift every day number by the same amount, keeping the month unless it overflows
      for (const d of [...days].reverse()) {
        const n = Number(d[1]) + s;
        if (n < 1 || n > 28) ok = false;
        moved = moved.slice(0, d.index) + String(n) + moved.slice((d.index ?? 0) + d[0].length);
      }
      if (ok && moved !== text) out.add(moved);
      if (out.size >= count) break;
    }
    for (const dm of [-1, 1]) {
      if (out.size >= count) break;
      out.add(text.replace(mm[1]!, name(mi + dm)));
    }
  } else {
    const shifts = [-2, -1, 1, 2, 3, -3, 4].sort(() => rand() - 0.5);
    // "September and October" → "July and August": every month of a pair or range moves by the same amount.
    const every = new RegExp(MONTH_WORD.source, "gu");
    for (const s of shifts) {
      out.add(text.replace(every, (m: string) => name(monthIndex(m) + s)));
      if (out.size >= count) break;
    }
  }
  out.delete(text);
  return [...out];
}

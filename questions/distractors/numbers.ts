/**
 * Wrong figures of the same form: the same unit, currency, scale, qualifier and way of
 * writing ("about 31%" → "about 27%"; "$29.5 billion" → "$24.5 billion"; "six" → "four").
 */
import { CARDINAL_WORDS, ORDINAL_WORDS } from "../../lib/number-words";
import { mulberry32, seedFrom } from "../random";

/** Number words by value: WORDS[6] === "six" (0–20), ORDINALS[3] === "third" (1–12), from lib/number-words. */
const byValue = (words: Readonly<Record<string, number>>, max: number): string[] => {
  const out: string[] = [];
  for (const [w, v] of Object.entries(words)) if (v <= max && out[v] === undefined) out[v] = w;
  return Array.from({ length: max + 1 }, (_, k) => out[k] ?? "");
};
const WORDS = byValue(CARDINAL_WORDS, 20);
const ORDINALS = byValue(ORDINAL_WORDS, 12);

function formatLike(template: string, n: number): string {
  const decimals = /\.(\d+)/.exec(template)?.[1]?.length ?? 0;
  const fixed = n.toFixed(decimals);
  if (/\d,\d{3}/.test(template)) {
    const [int, frac] = fixed.split(".");
    return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac ? `.${frac}` : ""}`;
  }
  return fixed;
}

/** The first number of a figure and where it sits: "more than $29.5 billion" → "29.5". */
function numberIn(text: string): { at: number; raw: string; value: number; word: boolean } | undefined {
  const d = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(text);
  if (d) return { at: d.index, raw: d[0], value: Number(d[0].replace(/,/g, "")), word: false };
  const w = new RegExp(`\\b(${WORDS.slice(1).join("|")})\\b`, "i").exec(text);
  if (w) return { at: w.index, raw: w[0], value: WORDS.indexOf(w[0].toLowerCase()), word: true };
  const o = new RegExp(`\\b(${ORDINALS.slice(1).join("|")})\\b`, "i").exec(text);
  if (o) return { at: o.index, raw: o[0], value: -ORDINALS.indexOf(o[0].toLowerCase()), word: true };
  return undefined;
}

/** Replaces the figure's number by n, keeping everything else as written. */
function withNumber(text: string, n: number): string | undefined {
  const m = numberIn(text);
  if (!m) return undefined;
  let repl: string;
  if (m.word && m.value < 0) {
    const o = ORDINALS[n];
    if (!o) return undefined;
    repl = /^[A-Z]/.test(m.raw) ? o[0]!.toUpperCase() + o.slice(1) : o;
  } else if (m.word) {
    const w = WORDS[n];
    if (!w) return undefined;
    repl = /^[A-Z]/.test(m.raw) ? w[0]!.toUpperCase() + w.slice(1) : w;
  } else repl = formatLike(m.raw, n);
  const rest = text.slice(m.at + m.raw.length);
  return text.slice(0, m.at) + repl + (m.value >= 0 ? withCount(rest, Math.abs(m.value), n) : rest);
}

/** Units a count names after it, singular → plural: "one day" → "two days", "1 year" → "3 years". */
const UNIT_PLURALS: Readonly<Record<string, string>> = {
  day: "days",
  week: "weeks",
  month: "months",
  year: "years",
  hour: "hours",
  minute: "minutes",
  decade: "decades",
  century: "centuries",
  time: "times",
  term: "terms",
  round: "rounds",
  seat: "seats",
  member: "members",
  country: "countries",
  person: "people",
};
const UNIT_SINGULARS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(UNIT_PLURALS).map(([one, many]) => [many, one]));

/** The words after a count, with its unit in the number the new count takes ("one-day" stays: an adjective). */
function withCount(rest: string, from: number, to: number): string {
  const m = /^\s([a-z]+)\b/.exec(rest);
  if (!m) return rest;
  const unit = m[1]!;
  const swapped = from === 1 && to !== 1 ? UNIT_PLURALS[unit] : from !== 1 && to === 1 ? UNIT_SINGULARS[unit] : undefined;
  return swapped ? ` ${swapped}${rest.slice(m[0].length)}` : rest;
}

/** The number a figure shows (an ordinal word as its rank). */
export function leadingNumber(text: string): number | undefined {
  const m = numberIn(text);
  return m ? Math.abs(m.value) : undefined;
}

/**
 * Plausible neighbours of a figure: near values of the same magnitude and form, never the
 * answer and never one of `avoid` (other true values of the same quantity).
 *
 * @example numericNeighbours("7.8%", "year", 1) // e.g. ["6.9%", "8.4%", "7.1%", …]
 */
export function numericNeighbours(text: string, kind: string, seed: number, count = 6): string[] {
  const m = numberIn(text);
  if (!m) return [];
  const v = Math.abs(m.value);
  const ordinal = m.value < 0;
  const rand = mulberry32(seedFrom(text, seed));
  const out = new Set<string>();
  const decimals = /\.(\d+)/.exec(m.raw)?.[1]?.length ?? 0;
  const step = decimals > 0 ? 10 ** -decimals : 1;
  const candidates: number[] = [];
  const quarterPoints = kind === "percent" && decimals === 2 && v < 20 && Number.isInteger(v * 4);
  const halfPoints = kind === "percent" && decimals === 0 && !m.word && v >= 1 && v < 10 && /^\d+\s?(?:%|per ?cent|percent)$/.test(text.slice(m.at));
  if (kind === "year") for (const d of [-3, -2, -1, 1, 2, 3, -5, 5]) candidates.push(v + d);
  else if (ordinal || (m.word && v <= 12)) for (const d of [-2, -1, 1, 2, 3, -3, 4]) candidates.push(v + d);
  // A small whole-number rate ("4%", "2%") is wrong by half points and points, never by doubling: 3.5%, 4.5%, 5%, not 9% or 1%.
  else if (halfPoints) for (const d of [-0.5, 0.5, 1, -1, 1.5, -1.5]) candidates.push(v + d);
  else if (v < 10 && decimals === 0) for (const d of [-3, -2, -1, 1, 2, 3, 5]) candidates.push(v + d);
  else if (kind === "percent" && decimals > 0 && v < 20) {
    // A rate is wrong by a little, not by half: 7.8% → 7.2%, 8.4%; a policy rate by quarter points (0.75% → 0.5%, 1%).
    const quarter = quarterPoints;
    const deltas = quarter
      ? [-0.5, -0.25, 0.25, 0.5, -0.75, 0.75]
      : decimals === 1
        ? [-0.6, -0.3, 0.3, 0.6, -0.9, 0.9, -1.2, 1.2]
        : [-0.3, -0.2, -0.1, 0.1, 0.2, 0.3];
    for (const d of deltas) candidates.push(Number((v + d).toFixed(quarter ? 2 : decimals)));
  } else if (decimals === 0 && v >= 10 && v < 100 && v % 5 === 0) {
    // A round figure gets round neighbours: a 10% tariff gets 15%, 20%, 5%, never 9% or 11%, which give it away.
    const unit = v % 10 === 0 && v >= 30 ? 10 : 5;
    for (const d of [-1, 1, 2, -2, 3]) candidates.push(v + d * unit);
  } else {
    // Near values of the same magnitude: never double or half, which a learner rules out at a glance.
    // An approximate figure ("around 14 million", "about 100") is wrong only by more than its own vagueness.
    const approximate = /^(?:around|about|nearly|roughly|some|almost|approximately|close to|more than|over|under|less than|at least)\s/i.test(text);
    for (const f of approximate ? [0.7, 0.6, 1.3, 1.4, 1.5, 0.5] : [0.7, 0.8, 0.9, 1.1, 1.2, 1.3, 0.6, 1.4]) {
      let n = v * f;
      // round to the figure's own precision, and to a "round" number when the figure is round
      const mag = decimals > 0 ? step : v >= 100 && v % 10 === 0 ? 10 ** Math.max(0, Math.floor(Math.log10(v)) - 1) : 1;
      n = Math.round(n / mag) * mag;
      candidates.push(Number(n.toFixed(decimals)));
    }
  }
  // a little seeded variety in the order, so two questions do not share one pattern
  const order = candidates.map((n) => ({ n, r: rand() }));
  order.sort((a, b) => a.r - b.r);
  for (const { n } of order) {
    if (n <= 0 || n === v) continue;
    // "about a fifth" is a fraction: "a second" or "a first" of something is none.
    if (ordinal && n <= 2 && /\b(?:a|one)[\s-](?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b/i.test(text)) continue;
    if (ordinal && n === 1 && /[-\u2010\u2011](?:largest|biggest|highest|lowest|smallest|most|least|fastest|busiest|oldest)/i.test(text)) continue; // "first-largest" is just "largest"
    if (kind === "percent" && n >= 100 && v < 100) continue; // "about 100%" of imports is all of them
    if (kind === "percent" && n > 100 && v <= 100) continue;
    const written = halfPoints ? text.slice(0, m.at) + String(n) + text.slice(m.at + m.raw.length) : withNumber(text, n);
    // quarter points as a central bank writes them: 0.5%, 1%, not 0.50%, 1.00%
    const s = written && quarterPoints ? written.replace(/(\d)\.(\d*?)0+%/, (_m, d: string, f: string) => (f ? `${d}.${f}%` : `${d}%`)) : written;
    if (s && s !== text) out.add(s);
    if (out.size >= count) break;
  }
  return [...out];
}

/**
 * Wrong answers of the answer's own type: people for people, countries for countries,
 * near numbers for numbers, near years for years. Never the answer in another form,
 * never a value the article states as true for the same question, never a name from the
 * evidence sentence itself.
 */
import type { FactDraft } from "../extract/types";
import { countryOf, COUNTRIES, FALLBACK_CITIES } from "../nlp/vocab-places";
import { NUMBER_WORDS, ORDINAL_WORDS, MONTHS } from "../nlp/vocab-words";
import { mulberry32, seedFrom, shuffled } from "../random";
import type { Pools } from "./pools";
import { similarRoles } from "../extract/people-text";

const norm = (s: string): string => s.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();

const WORD_OF = new Map<number, string>(Object.entries(NUMBER_WORDS).map(([w, n]) => [n, w]));
const ORD_WORD_OF = new Map<number, string>(Object.entries(ORDINAL_WORDS).map(([w, n]) => [n, w]));

function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th"}`;
}

function keepCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** Near values of a number, written the way the answer is written (word or digits). */
function nearNumbers(full: string): string[] {
  // "$300 million", "Rs 1,250 crore", "₹11 lakh": vary the amount, keep the currency.
  const cur = /^((?:Rs\.?|₹|\$|US\$|USD|INR|€|£)\s?)(\d.*)$/.exec(full);
  if (cur) return nearNumbers(cur[2] ?? "").map((n) => `${cur[1]}${n}`);
  // "14.8 billion": a decimal amount varies by about a fifth, one decimal kept.
  const dec = /^(\d+\.\d)(\s+(?:crore|lakh|billion|million|trillion))$/.exec(full);
  if (dec) {
    const v = Number(dec[1]);
    return [0.8, 1.25, 0.6, 1.5].map((f) => (v * f).toFixed(1)).filter((x) => x !== dec[1]).map((x) => `${x}${dec[2]}`);
  }
  // "500 GW", "120 km": vary the number, keep the unit.
  const unit = /^(\d[\d,]*)(\s+(?:GW|MW|km|million tonnes|crore|lakh|billion|million|trillion))$/.exec(full);
  if (unit) return nearNumbers((unit[1] ?? "").replace(/,/g, "")).map((n) => `${n}${unit[2]}`);
  // "6.5 per cent", "6.5%": vary by quarter points, keep the unit.
  const pc = /^(\d+(?:\.\d+)?)(\s*(?:per cent|percent|%))$/.exec(full);
  if (pc) {
    const v = Number(pc[1]);
    const dec = (pc[1] ?? "").includes(".") ? Math.max(1, (pc[1] ?? "").split(".")[1]?.length ?? 1) : 0;
    const step = dec > 0 ? 0.25 : 1;
    return [-1, 1, 2, -2].map((k) => v + k * step).filter((x) => x > 0).map((x) => `${dec > 0 ? x.toFixed(Math.max(dec, x % 1 === 0.25 || x % 1 === 0.75 ? 2 : dec)) : x}${pc[2]}`);
  }
  // "three-day", "four-year": vary the number, keep the suffix.
  const hy = /^([\p{L}\p{N}]+)(-.+)$/u.exec(full);
  if (hy) return nearNumbers(hy[1] ?? "").map((n) => `${n}${hy[2]}`);
  const answer = full;
  const lower = answer.toLowerCase();
  const wordValue = NUMBER_WORDS[lower];
  const n = wordValue ?? (/^\d+$/.test(answer) ? Number(answer) : NaN);
  if (Number.isNaN(n)) return [];
  const deltas = n <= 3 ? [1, 2, 3, 4] : n <= 12 ? [-1, 1, 2, -2, 3] : n < 50 ? [-2, 2, 4, -4, 6] : [];
  // Large numbers: options an examiner would print (×0.6, ×0.8, ×1.25, ×1.5, two significant digits).
  const scaled = n >= 50 ? [0.8, 1.25, 0.6, 1.5].map((f) => roundSignificant(n * f) - n) : [];
  const out: string[] = [];
  for (const d of [...deltas, ...scaled]) {
    const v = n + d;
    if (v <= 0) continue;
    if (wordValue !== undefined) {
      const w = WORD_OF.get(v);
      if (w) out.push(keepCase(answer, w));
    } else out.push(String(v));
  }
  return out;
}

function roundSignificant(x: number): number {
  const p = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1);
  return Math.round(x / p) * p;
}

function nearOrdinals(answer: string): string[] {
  const m = /^(\d+)(st|nd|rd|th)$/.exec(answer);
  const w = ORDINAL_WORDS[answer.toLowerCase()];
  const n = m ? Number(m[1]) : w;
  if (n === undefined) return [];
  const out: string[] = [];
  for (const d of [-1, 1, 2, -2, 3]) {
    const v = n + d;
    if (v <= 0) continue;
    if (m) out.push(ordinalSuffix(v));
    else {
      const word = ORD_WORD_OF.get(v);
      if (word) out.push(keepCase(answer, word));
    }
  }
  return out;
}

function nearYears(answer: string): string[] {
  const y = Number(answer);
  if (!/^\d{4}$/.test(answer)) return [];
  return [-2, 1, 3, -1, 2].map((d) => String(y + d));
}

function nearYearRanges(answer: string): string[] {
  const m = /^(\d{4})(\s*(?:to|–|-)\s*)(\d{4})$/.exec(answer);
  if (!m) return [];
  const a = Number(m[1]);
  const b = Number(m[3]);
  return [-4, 2, -2, 4].map((d) => `${a + d}${m[2]}${b + d}`);
}

function nearDates(answer: string): string[] {
  // "January 2024": other months of the same year (never the year's digits read as a day).
  const my = new RegExp(`^(${MONTHS.join("|")})\\s+(\\d{4})$`).exec(answer);
  if (my) {
    const mi = MONTHS.indexOf(my[1] ?? "");
    return [(mi + 1) % 12, (mi + 11) % 12, (mi + 3) % 12].map((k) => `${MONTHS[k]} ${my[2]}`);
  }
  const r = new RegExp(`^(${MONTHS.join("|")})\\s+(\\d{1,2})(\\s+(?:and|to)\\s+|\\s*[–-]\\s*)(\\d{1,2})(.*)$`).exec(answer);
  if (r) {
    const mi = MONTHS.indexOf(r[1] ?? "");
    const a = Number(r[2]);
    const b = Number(r[4]);
    const shift = (d: number, month = r[1]): string => `${month} ${a + d}${r[3]}${b + d}${r[5]}`;
    const out = [shift(b + 7 <= 28 ? 7 : -7), shift(0, MONTHS[(mi + 11) % 12]), shift(0, MONTHS[(mi + 1) % 12])];
    if (a > 4) out.push(shift(-4));
    return out;
  }
  const m = new RegExp(`^(${MONTHS.join("|")})\\s+(\\d{1,2})(.*)$`).exec(answer);
  if (m) {
    const mi = MONTHS.indexOf(m[1] ?? "");
    const d = Number(m[2]);
    const prev = MONTHS[(mi + 11) % 12] ?? "";
    const next = MONTHS[(mi + 1) % 12] ?? "";
    const alt = d > 20 ? d - 9 : d + 7;
    return [`${m[1]} ${alt}${m[3]}`, `${prev} ${d}${m[3]}`, `${next} ${d}${m[3]}`, `${m[1]} ${d > 3 ? d - 3 : d + 3}${m[3]}`];
  }
  return [];
}

/** Initials of every run of capitalised words: "Global Innovation Index 2024" → "GII". */
function initialsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:[A-Z][\p{L}-]*)(?:\s+(?:of\s+|the\s+|and\s+|for\s+)*[A-Z][\p{L}-]*)+/gu)) {
    const caps = m[0].split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
    if (caps.length >= 2) out.add(caps);
  }
  return out;
}

/** Candidate wrong answers for a draft, best first. */
function candidates(d: FactDraft, pools: Pools, articleId: string, seed: number): string[] {
  const rand = mulberry32(seedFrom(d.question + d.answer, seed));
  switch (d.answerType) {
    case "number":
      return nearNumbers(d.answer);
    case "ordinal":
      return nearOrdinals(d.answer);
    case "year":
      return nearYears(d.answer);
    case "year-range":
      return nearYearRanges(d.answer);
    case "date":
      return nearDates(d.answer);
    default:
      break;
  }
  const pool = pools.byType.get(d.answerType) ?? [];
  const own = shuffled(pool.filter((p) => p.articleId === articleId).map((p) => p.value), rand);
  const rest = shuffled(pool.filter((p) => p.articleId !== articleId).map((p) => p.value), rand);
  let list = [...own, ...rest];
  if (d.answerType === "country") list = [...list, ...shuffled(COUNTRIES, rand)];
  if (d.answerType === "place") {
    // Places of the same kind of fact first (other venues for a venue), then world cities, then any place.
    const same = shuffled((pools.byKind.get(`${d.kind}|place`) ?? []).map((p) => p.value), rand);
    list = [...same, ...shuffled(FALLBACK_CITIES, rand), ...list];
  }
  if (d.answerType === "person" && !d.answer.includes(" ")) {
    list = list.map((p) => pools.surnames.get(p) ?? p).filter((p) => !p.includes(" "));
  }
  if (d.answerType === "country") {
    // Write countries the way the answer is written ("the US" style short forms stay short only if the answer is).
    list = list.map((c) => countryOf(c) ?? c);
  }
  return list;
}

/**
 * Three distractors for a draft, or fewer when the corpus cannot supply plausible ones.
 * `extraExclude` lists values that are also true for this question.
 */
export function pickDistractors(d: FactDraft, pools: Pools, articleId: string, seed: number, n = 3): string[] {
  const answerN = norm(d.answer);
  const answerCountry = countryOf(d.answer);
  const banned = new Set<string>([answerN, ...d.exclude.map(norm)]);
  if (answerCountry) banned.add(norm(answerCountry));
  for (const name of d.sentence.names) {
    banned.add(norm(name.text));
    const c = countryOf(name.text);
    if (c) banned.add(norm(c));
  }
  const prompt = norm(d.question);
  // An acronym of something the question or the answer names is that thing, not a rival.
  const acronyms = initialsIn(`${d.question} ${d.answer}`);
  const out: string[] = [];
  for (const c of candidates(d, pools, articleId, seed)) {
    const cn = norm(c);
    if (cn === "" || banned.has(cn)) continue;
    if (cn.includes(answerN) || answerN.includes(cn)) continue;
    if (d.answerType !== "number" && d.answerType !== "ordinal" && d.answerType !== "year" && prompt.includes(cn)) continue;
    if (d.sentence.text.includes(c)) continue;
    if (/^[A-Z]{2,8}$/.test(c) && [...acronyms].some((a) => a === c || a.startsWith(c) || c.startsWith(a))) continue;
    if (d.answerType === "role" && similarRoles(c, d.answer)) continue;
    if (out.some((o) => norm(o) === cn)) continue;
    out.push(c);
    banned.add(cn);
    if (out.length === n) break;
  }
  return out;
}

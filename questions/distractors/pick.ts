/**
 * Distractors of the same type and form as the answer: figures of the same unit and
 * magnitude, near years, neighbouring dates, entities of the same category — from the article
 * first, then the learner's library, then generic vocabularies. Never the answer, never a
 * true value of the same fact (a figure of the same sentence), never a spelling variant.
 */
import { COUNTRIES } from "../nlp/vocab-places";
import { mulberry32, seedFrom, shuffled } from "../random";
import type { AnswerKind, Candidate } from "../answers/types";
import { WORLD_CITIES, WORLD_ORGANISATIONS } from "../answers/vocab";
import { dateNeighbours } from "./dates";
import { leadingNumber, numericNeighbours } from "./numbers";

/** An entity or figure seen somewhere, with where it was seen. */
export interface PoolItem {
  kind: AnswerKind;
  text: string;
  category?: string;
  /** The article and sentence it came from. */
  articleId: string;
  sentence: number;
}

/** Key for "the same answer written another way": case, punctuation, "the", a possessive. */
export function sameKey(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[-\u2010-\u2015]/g, " ")
    .replace(/^(?:the|a|an)\s+/, "")
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

function unitOf(text: string): string {
  return text
    .replace(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g, "#")
    .replace(/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a|an)\b/gi, "#")
    .replace(/^(?:more than|less than|over|under|around|about|nearly|almost|roughly|some|up to|at least|close to|approximately|below|above|just over|just under|a total of|an estimated) /i, "")
    .toLowerCase();
}

function qualifierOf(text: string): string {
  return /^(?:more than|less than|over|under|around|about|nearly|almost|roughly|some|up to|at least|close to|approximately|below|above|just over|just under|a total of|an estimated) /i.exec(text)?.[0] ?? "";
}

const FIGURES: ReadonlySet<AnswerKind> = new Set(["percent", "money", "number", "quantity", "duration", "year"]);

/**
 * Three (or more) wrong options for a candidate, best first.
 *
 * @param c the answer
 * @param where the answer's article and sentence
 * @param pool every entity and figure of the article and the library
 * @param avoid texts that are true for this fact (the other figures of its sentence, the subject …)
 */
export function pickDistractors(c: Candidate, where: { articleId: string; sentence: number }, pool: readonly PoolItem[], avoid: readonly string[], seed: number, want = 3): string[] {
  const answer = c.text;
  const answerKey = sameKey(answer);
  const banned = new Set([answerKey, ...avoid.map(sameKey)]);
  const out: string[] = [];
  const add = (s: string): void => {
    const k = sameKey(s);
    if (!k || banned.has(k) || out.some((o) => sameKey(o) === k)) return;
    if (k.includes(answerKey) || answerKey.includes(k)) return; // a variant of the answer ("Alibaba" for "Alibaba.com")
    out.push(s);
  };
  const rand = mulberry32(seedFrom(`${answer}|${where.articleId}|${where.sentence}`, seed));
  const fromPool = (pred: (p: PoolItem) => boolean): PoolItem[] => {
    const same = pool.filter((p) => pred(p) && p.articleId === where.articleId && p.sentence !== where.sentence);
    const lib = pool.filter((p) => pred(p) && p.articleId !== where.articleId);
    return [...shuffled(same, rand), ...shuffled(lib, rand)];
  };

  if (FIGURES.has(c.kind) || c.kind === "rank") {
    const unit = unitOf(answer);
    const q = qualifierOf(answer);
    const v = leadingNumber(answer);
    // The article's other figures of the same unit and form, of a similar magnitude.
    for (const p of fromPool((p) => p.kind === c.kind && p.articleId === where.articleId && unitOf(p.text) === unit)) {
      const pv = leadingNumber(p.text);
      if (v !== undefined && pv !== undefined && c.kind !== "year" && (pv > v * 4 || pv < v / 4)) continue;
      if (c.kind === "year" && v !== undefined && pv !== undefined && Math.abs(pv - v) > 12) continue;
      add(q && !qualifierOf(p.text) ? `${q}${p.text}` : p.text);
      if (out.length >= 1) break; // one true-elsewhere figure at most: the rest are neighbours
    }
    for (const n of numericNeighbours(answer, c.kind, seed)) {
      add(n);
      if (out.length >= want) break;
    }
    return out.slice(0, want);
  }
  if (c.kind === "date") {
    for (const d of dateNeighbours(answer, seed)) {
      add(d);
      if (out.length >= want) break;
    }
    return out.slice(0, want);
  }

  const similarLength = (s: string): boolean => s.split(/\s+/).length <= answer.split(/\s+/).length + 3;
  if (c.kind === "person") {
    for (const p of fromPool((p) => p.kind === "person")) add(p.text);
    return out.slice(0, want);
  }
  if (c.kind === "country") {
    const demonym = !/\s/.test(answer) && /(?:an|ish|ese|i|ch)$/.test(answer) && !COUNTRIES.includes(answer);
    if (!demonym) {
      for (const p of fromPool((p) => p.kind === "country" && !/(?:an|ish|ese)$/.test(p.text))) add(p.text);
      for (const cn of shuffled(COUNTRIES, rand)) {
        if (out.length >= want + 2) break;
        add(cn);
      }
    }
    return out.slice(0, want);
  }
  if (c.kind === "place") {
    for (const p of fromPool((p) => p.kind === "place" && (p.category ?? "") === (c.category ?? "") && similarLength(p.text))) add(p.text);
    if (c.category === "city" || (!c.category && out.length < want)) for (const city of shuffled(WORLD_CITIES, rand)) {
      if (out.length >= want + 2) break;
      add(city);
    }
    return out.slice(0, want);
  }
  if (c.kind === "organisation") {
    for (const p of fromPool((p) => p.kind === "organisation" && p.category === c.category && c.category !== undefined)) add(p.text);
    for (const o of shuffled(WORLD_ORGANISATIONS[c.category ?? "organisation"] ?? [], rand)) add(o);
    if (out.length < want) for (const p of fromPool((p) => p.kind === "organisation" && similarLength(p.text))) add(p.text);
    return out.slice(0, want);
  }
  // Named things and other terms: the same category only.
  if (c.category && c.category !== "term" && c.category !== "name") {
    for (const p of fromPool((p) => (p.kind === "named" || p.kind === "other") && p.category === c.category)) add(p.text);
  }
  return out.slice(0, want);
}

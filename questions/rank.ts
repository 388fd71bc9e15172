/**
 * The quality score of a question, in [0, 1], and the cut. See docs/questions.md.
 *
 * score = clamp(confidence × typeWeight − penalties), where confidence comes from the
 * extractor (how sure the pattern is) and penalties flag what an examiner would reject.
 */
import type { QuestionDraft } from "./generate/recall";
import { PRONOUNS } from "./nlp/vocab-words";

/** Questions scoring below this are dropped. */
export const SCORE_CUTOFF = 0.5;

const TYPE_WEIGHT: Record<QuestionDraft["type"], number> = { recall: 1, mcq: 1, cloze: 0.92, true_false: 0.9 };

const VAGUE = /\b(?:this|that|these|those) (?:track|issue|matter|project|meeting|move|step|plan|year|line|one)\b|\bthe (?:project|meeting|diplomat|official|minister|delegation|summit|country|nation|declaration|document)\b(?! of| on| in| at)/i;
const COMMON_ANSWERS = new Set(["it", "this", "that", "the", "a", "an", "one", "they", "he", "she", "we", "here", "there"]);

/** Reasons a question loses score, with their weights; exported for the docs and tests. */
export const PENALTIES = {
  pronounStart: 0.35,
  vagueReferent: 0.15,
  longPrompt: 0.1,
  leakedAnswer: 0.6,
  unbalancedQuote: 0.2,
  commonAnswer: 0.5,
  relativeTimeAnswer: 0.6,
  quoteInQuote: 0.1,
  unanchoredCloze: 0.3,
} as const;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Scores one question. */
export function scoreQuestion(q: QuestionDraft): number {
  const d = q.draft;
  let score = d.confidence * TYPE_WEIGHT[q.type];
  const body = q.prompt.replace(/^True or false:\s*/, "");
  const first = body.split(/\s+/)[0]?.toLowerCase().replace(/[^a-z]/g, "") ?? "";
  if (PRONOUNS.has(first)) score -= PENALTIES.pronounStart;
  if (q.type !== "cloze" && VAGUE.test(body)) score -= PENALTIES.vagueReferent;
  if (q.type === "cloze") {
    // A cloze shows only its sentence: it needs a named anchor besides the answer, and no pronoun subject.
    const anchored = d.sentence.names.some((n) => !(n.start >= d.answerStart && n.end <= d.answerStart + d.answer.length) && n.type !== "date");
    if (!anchored) score -= PENALTIES.unanchoredCloze;
  }
  const unquoted = body.replace(/“[^”]*”/g, " ");
  if (q.type !== "cloze" && /\s(?:he|she|they|him|them|his|her|their)\s/i.test(unquoted)) score -= PENALTIES.vagueReferent;
  const limit = q.type === "cloze" ? 45 : 32;
  const n = words(body);
  if (n > limit) score -= PENALTIES.longPrompt * Math.ceil((n - limit) / 10);
  if (q.type !== "true_false" && q.type !== "cloze" && body.toLowerCase().includes(d.answer.toLowerCase())) score -= PENALTIES.leakedAnswer;
  if (q.type === "cloze" && d.answer.length > 3 && body.toLowerCase().includes(d.answer.toLowerCase())) score -= PENALTIES.leakedAnswer;
  const open = (body.match(/“/g) ?? []).length;
  const close = (body.match(/”/g) ?? []).length;
  if (open !== close) score -= PENALTIES.unbalancedQuote;
  if ((body.match(/[‘’]/g) ?? []).length > 0 && open > 0 && /“[^”]*‘/.test(body)) score -= PENALTIES.quoteInQuote;
  if (COMMON_ANSWERS.has(d.answer.toLowerCase())) score -= PENALTIES.commonAnswer;
  if (/\b(?:yesterday|today|tomorrow|this year|last year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i.test(d.answer)) score -= PENALTIES.relativeTimeAnswer;
  if (q.type === "mcq" && q.choices && q.choices.length !== 4) score = 0;
  return Math.max(0, Math.min(1, Math.round(score * 1000) / 1000));
}

function tokenSet(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
}

/** Jaccard similarity of two prompts' word sets. */
export function promptSimilarity(a: string, b: string): number {
  return setSimilarity(tokenSet(a), tokenSet(b));
}

function setSimilarity(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  const union = x.size + y.size - inter;
  return union === 0 ? 0 : inter / union;
}

/**
 * Drops near-duplicates: two questions of one type with the same answer and prompts
 * sharing most words keep only the higher-scored (earlier on ties).
 */
export function dropNearDuplicates<T extends { type: string; answer: string; prompt: string; score: number }>(items: readonly T[]): T[] {
  const kept: Array<{ q: T; words: Set<string> }> = [];
  const sorted = [...items].sort((a, b) => b.score - a.score);
  for (const q of sorted) {
    const words = tokenSet(q.prompt);
    const dup = kept.some((k) => k.q.type === q.type && (k.q.answer === q.answer || q.type === "true_false") && setSimilarity(k.words, words) > 0.7);
    if (!dup) kept.push({ q, words });
  }
  const keep = new Set(kept.map((k) => k.q));
  return items.filter((q) => keep.has(q));
}

/**
 * The evaluation of generated questions against hand-written key facts (the qg-dev
 * format, /work/shared/qg-dev/README.md): the coverage rule, malformed-question checks
 * and per-article / total figures. Pure: the CLI in ./cli.ts does all the reading.
 */
import type { GeneratedArticle, Question } from "../types";
import { stripDateline } from "../article/raw-text";
import { splitSentences } from "../nlp/sentences";
import { DASHES, malformedReasons, normaliseAnswer, SPACES } from "../make/well-formed";

export { malformedReasons, normaliseAnswer };

/** The kinds a dev-set fact may have (qg-dev README). */
export const DEV_KINDS = [
  "number",
  "percent",
  "money",
  "date",
  "year",
  "duration",
  "person",
  "organisation",
  "country",
  "place",
  "law-or-treaty",
  "scheme-or-project",
  "event",
  "other",
] as const;
type DevKind = (typeof DEV_KINDS)[number];

/** One key fact of a dev-set article (facts/NN-slug.json). */
export interface DevFact {
  q: string;
  a: string;
  accept: string[];
  /** The one sentence of the article that states the fact, verbatim. */
  evidence: string;
  kind: DevKind;
}

/**
 * The sentence normalisation used to compare a question's evidence with a fact's: the
 * rewrites a sentence splitter may make (curly ↔ straight quotes, dash forms, spaces) are
 * undone; everything else must be the same.
 */
export function normaliseSentence(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/\u2026/g, "...")
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .trim();
}

/** True when the answer matches the fact's `a` or one of its `accept` variants under the rule. */
export function answerMatches(answer: string, fact: Pick<DevFact, "a" | "accept">): boolean {
  const n = normaliseAnswer(answer);
  if (n === "") return false;
  return [fact.a, ...fact.accept].some((v) => normaliseAnswer(v) === n);
}

/**
 * True when the question's sentence is the fact's, up to quote, dash and space rewrites, or one of
 * the sentences the generator's splitter makes of it: the README's "rewrite evidence the same way"
 * ("… of the scheme...About 23 lakh employees …" is two sentences to the splitter).
 */
function sameSentence(question: string, fact: string): boolean {
  // The parser takes a wire dateline off the first sentence ("BRASILIA, June 17 (Reuters) - "): undo it on both sides.
  const q = normaliseSentence(stripDateline(question));
  if (q === normaliseSentence(stripDateline(fact))) return true;
  const pieces = splitSentences(fact);
  return pieces.length > 1 && pieces.some((p) => normaliseSentence(stripDateline(p.text)) === q);
}

/** THE COVERAGE RULE: the answer matches and the evidence is the fact's evidence sentence. */
export function coversFact(question: Pick<Question, "answer" | "evidence">, fact: DevFact): boolean {
  return answerMatches(question.answer, fact) && sameSentence(question.evidence, fact.evidence);
}

/** A question that breaks one of the generator's contracts, with the reason. */
interface Malformed {
  id: string;
  type: string;
  prompt: string;
  answer: string;
  reason: string;
}

interface MissedFact {
  q: string;
  a: string;
  kind: DevKind;
  /** Why no question covers it: the closest thing the generator did. */
  why: string;
}

export interface ArticleReport {
  id: string;
  title: string;
  published?: string;
  words: number;
  /** Facts the generator extracted (its own, not the key facts). */
  generatedFacts: number;
  questions: number;
  byType: Record<string, number>;
  /** Answers by the objectType of the question's fact. */
  answersByKind: Record<string, number>;
  keyFacts: number;
  covered: number;
  /** covered / keyFacts; null when the article has no key facts. */
  coverage: number | null;
  coverageByKind: Record<string, { covered: number; total: number }>;
  missed: MissedFact[];
  /** Questions about a person's post (fact kind "role" or "post"), and their share. */
  postQuestions: number;
  postShare: number | null;
  trueFalse: number;
  /** true_false questions answered "False", and their share of true_false. */
  falseAnswers: number;
  /** Share of true_false questions answered "False". */
  falseShare: number | null;
  malformed: Malformed[];
  /** Time taken to generate, ms. */
  ms: number | null;
}

const share = (n: number, d: number): number | null => (d === 0 ? null : n / d);
const bump = (m: Record<string, number>, k: string): void => {
  m[k] = (m[k] ?? 0) + 1;
};

function whyMissed(f: DevFact, qs: readonly Question[]): string {
  const sameSent = qs.filter((q) => sameSentence(q.evidence, f.evidence));
  const sameAns = qs.filter((q) => answerMatches(q.answer, f));
  if (sameAns.length > 0) return `answer asked from another sentence: "${sameAns[0]!.evidence.slice(0, 80)}…"`;
  if (sameSent.length > 0) {
    const answers = [...new Set(sameSent.filter((q) => q.type !== "true_false").map((q) => q.answer))];
    return answers.length > 0 ? `sentence asked, other answers: ${answers.map((a) => `"${a}"`).join(", ")}` : "sentence asked (true/false only)";
  }
  return "sentence not asked";
}

/** The figures of one generated article against its key facts. */
export function evaluateArticle(generated: GeneratedArticle, facts: readonly DevFact[], opts: { ms?: number } = {}): ArticleReport {
  const qs = generated.questions;
  const factById = new Map(generated.facts.map((f) => [f.id, f]));
  const byType: Record<string, number> = {};
  const answersByKind: Record<string, number> = {};
  let post = 0;
  let tf = 0;
  let tfFalse = 0;
  const malformed: Malformed[] = [];
  for (const q of qs) {
    bump(byType, q.type);
    const f = factById.get(q.factId);
    bump(answersByKind, f?.objectType ?? "unknown");
    const kind = f?.kind ?? q.kind;
    if (kind === "role" || kind === "post") post++;
    if (q.type === "true_false") {
      tf++;
      if (q.answer === "False") tfFalse++;
    }
    const reasons = malformedReasons(q, generated.article.body);
    if (reasons.length > 0) malformed.push({ id: q.id, type: q.type, prompt: q.prompt, answer: q.answer, reason: reasons.join("; ") });
  }
  const coverageByKind: Record<string, { covered: number; total: number }> = {};
  const missed: MissedFact[] = [];
  let covered = 0;
  for (const f of facts) {
    const k = (coverageByKind[f.kind] ??= { covered: 0, total: 0 });
    k.total++;
    if (qs.some((q) => coversFact(q, f))) {
      covered++;
      k.covered++;
    } else missed.push({ q: f.q, a: f.a, kind: f.kind, why: whyMissed(f, qs) });
  }
  const report: ArticleReport = {
    id: generated.article.id,
    title: generated.article.title,
    words: generated.words,
    generatedFacts: generated.facts.length,
    questions: qs.length,
    byType,
    answersByKind,
    keyFacts: facts.length,
    covered,
    coverage: share(covered, facts.length),
    coverageByKind,
    missed,
    postQuestions: post,
    postShare: share(post, qs.length),
    trueFalse: tf,
    falseAnswers: tfFalse,
    falseShare: share(tfFalse, tf),
    malformed,
    ms: opts.ms ?? null,
  };
  if (generated.article.published !== undefined) report.published = generated.article.published;
  return report;
}

export interface Totals {
  articles: number;
  keyFacts: number;
  covered: number;
  coverage: number | null;
  coverageByKind: Record<string, { covered: number; total: number; share: number | null }>;
  questions: number;
  minQuestions: number | null;
  maxQuestions: number | null;
  byType: Record<string, number>;
  mcqShare: number | null;
  postShare: number | null;
  falseShare: number | null;
  malformed: number;
  ms: number | null;
  medianMs: number | null;
}

/** Totals across articles. */
export function totals(reports: readonly ArticleReport[]): Totals {
  const byType: Record<string, number> = {};
  const byKind: Record<string, { covered: number; total: number }> = {};
  let keyFacts = 0;
  let covered = 0;
  let questions = 0;
  let post = 0;
  let tf = 0;
  let tfFalse = 0;
  let malformed = 0;
  for (const r of reports) {
    keyFacts += r.keyFacts;
    covered += r.covered;
    questions += r.questions;
    post += r.postQuestions;
    tf += r.trueFalse;
    tfFalse += r.falseAnswers;
    malformed += r.malformed.length;
    for (const [t, n] of Object.entries(r.byType)) byType[t] = (byType[t] ?? 0) + n;
    for (const [k, v] of Object.entries(r.coverageByKind)) {
      const acc = (byKind[k] ??= { covered: 0, total: 0 });
      acc.covered += v.covered;
      acc.total += v.total;
    }
  }
  const coverageByKind: Totals["coverageByKind"] = {};
  for (const k of [...DEV_KINDS, ...Object.keys(byKind).filter((k) => !(DEV_KINDS as readonly string[]).includes(k))]) {
    const v = byKind[k];
    if (v) coverageByKind[k] = { ...v, share: share(v.covered, v.total) };
  }
  const counts = reports.map((r) => r.questions);
  const times = reports
    .map((r) => r.ms)
    .filter((m): m is number => m !== null)
    .sort((a, b) => a - b);
  return {
    articles: reports.length,
    keyFacts,
    covered,
    coverage: share(covered, keyFacts),
    coverageByKind,
    questions,
    minQuestions: counts.length ? Math.min(...counts) : null,
    maxQuestions: counts.length ? Math.max(...counts) : null,
    byType,
    mcqShare: share(byType["mcq"] ?? 0, questions),
    postShare: share(post, questions),
    falseShare: share(tfFalse, tf),
    malformed,
    ms: times.length ? times.reduce((a, b) => a + b, 0) : null,
    medianMs: times.length ? times[Math.floor((times.length - 1) / 2)]! : null,
  };
}

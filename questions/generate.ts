/**
 * The pipeline, answer first: every sentence worth asking about → typed answer candidates →
 * the clause around each → one wh-transformation (or a cloze) → distractors of the same type →
 * the four question makers → salience ranking and selection with siblings kept apart.
 */
import type { Article, Fact, GeneratedArticle, ObjectType, Question } from "./types";
import type { QuestionType } from "../lib/question-types";
import { splitSentences, type Sentence } from "./nlp/sentences";
import { parseBody, parseSentence, type ParsedSentence } from "./analyse/parse-sentence";
import { clauseAround, type Clause } from "./analyse/clause";
import { resolver, type Mentions } from "./analyse/context";
import { findFigures } from "./answers/figures";
import { findNames, findTerms } from "./answers/entities";
import type { Candidate } from "./answers/types";
import { realise, type Realised } from "./realise/wh";
import { statementOf } from "./realise/statement";
import { pickDistractors, type PoolItem } from "./distractors/pick";
import { makeCloze, makeMcq, makeRecall, makeTrueFalse, type Draft } from "./make/makers";
import { salience } from "./rank/salience";
import { selectQuestions } from "./rank/select";
import { stableHash } from "./ids";
import { mulberry32, seedFrom } from "./random";

/** Options for {@link generateCorpus}. */
export interface GenerateOptions {
  /** Seed for option order and true/false coins; default 1. */
  seed?: number;
}

/** One answer candidate in its analysed sentence. */
interface Analysed {
  sentence: Sentence;
  position: number;
  ps: ParsedSentence;
  candidate: Candidate;
  clause?: Clause;
  realised?: Realised;
  score: number;
  all: readonly Candidate[];
}

const BOILERPLATE = /^(?:read more|also read|subscribe|sign up|click here|follow us|watch|listen|with inputs from|photo:|image:|file photo|advertisement|—\s*with)/i;

/** Word count of a body, subheadings included. */
export function countWords(body: string): number {
  return body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Merges overlapping candidates: figures win over names, longer names over shorter. */
function dedupe(cands: Candidate[]): Candidate[] {
  const rank = (c: Candidate): number => (["named", "other", "person", "organisation", "country", "place"].includes(c.kind) ? 1 : 2);
  const sorted = [...cands].sort((a, b) => rank(b) - rank(a) || b.end - b.start - (a.end - a.start));
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.outerStart < k.end && c.end > k.outerStart)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** The answer as shown: the qualifier included ("more than 50 million"). */
function answerOf(sentence: string, c: Candidate): Candidate {
  if (c.outerStart === c.start) return c;
  return { ...c, start: c.outerStart, text: sentence.slice(c.outerStart, c.end) };
}

const OBJECT_TYPE: Record<string, ObjectType> = {
  number: "number", percent: "percent", money: "money", quantity: "quantity", date: "date", year: "year", duration: "duration",
  rank: "rank", person: "person", organisation: "organisation", country: "country", place: "place", named: "named", other: "other",
};

/** A learner who knows one surname-only mention ("Jaishankar") knows the person named in full. */
function aliasPeople(mentions: Mentions[]): void {
  const full = mentions.flatMap((m) => m.candidates.filter((c) => c.kind === "person" && /\s/.test(c.text)).map((c) => c.text));
  for (const m of mentions) {
    for (const c of m.candidates as Candidate[]) {
      if (/\s/.test(c.text) || (c.kind !== "other" && c.kind !== "person" && c.kind !== "place")) continue;
      const owner = full.filter((f) => f.split(/\s+/).pop() === c.text || f.split(/\s+/)[0] === c.text);
      if (owner.length >= 1) {
        c.kind = "person";
        c.bonus = (c.bonus ?? 0) - 0.1;
      }
    }
  }
}

function analyseArticle(article: Article): { analysed: Analysed[]; mentions: Mentions[]; sentences: Sentence[] } {
  const sentences = splitSentences(article.body).filter((s) => !s.heading && !BOILERPLATE.test(s.text) && s.text.split(/\s+/).length >= 5);
  const mentions: Mentions[] = [];
  const headPs = parseSentence(article.title);
  mentions.push({ sentence: -1, candidates: dedupe([...findFigures(article.title), ...findNames(article.title, headPs.tagsAt)]) });
  const view = parseBody(article.body);
  const parsed = sentences.map((s) => {
    const ps = view(s.start, s.end);
    const cands = dedupe([...findFigures(s.text), ...findNames(s.text, ps.tagsAt), ...findTerms(s.text)]);
    mentions.push({ sentence: s.index, candidates: cands });
    return { s, ps, cands };
  });
  aliasPeople(mentions);
  const analysed: Analysed[] = [];
  const asOf = article.published ? asOfDate(article.published) : undefined;
  parsed.forEach(({ s, ps, cands }, position) => {
    for (const raw of cands) {
      const c = answerOf(s.text, raw);
      const clause = clauseAround(ps, c.outerStart, c.end);
      const realised = clause ? realise(ps, clause, c, { resolveSubject: resolver(mentions, s.index), asOf, siblings: cands }) : undefined;
      const score = salience(c, { index: s.index, position, text: s.text }, article.title);
      analysed.push({ sentence: s, position, ps, candidate: c, clause, realised, score, all: cands });
    }
  });
  return { analysed, mentions, sentences };
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function asOfDate(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  return m ? `${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}` : undefined;
}

/** A question's id: its article, its sentence's text, the answer span and the type (never the prompt). */
export function questionIdFor(articleId: string, sentence: string, answer: string, type: QuestionType): string {
  return `q_${stableHash([articleId, stableHash([sentence]), answer, type])}`;
}

/** A fact's id: its article, its sentence's text and the answer span. */
export function factIdFor(articleId: string, sentence: string, answer: string): string {
  return `f_${stableHash([articleId, stableHash([sentence]), answer])}`;
}

/**
 * Generates ranked questions for every article; distractors come from the article, then
 * the rest of the corpus (the learner's library), then generic vocabularies.
 * Deterministic for a given input and seed.
 *
 * @example generateCorpus([parseArticle(text, { id: "a" })], { seed: 1 })[0].questions
 */
export function generateCorpus(articles: readonly Article[], opts: GenerateOptions = {}): GeneratedArticle[] {
  const seed = opts.seed ?? 1;
  const all = articles.map((a) => ({ article: a, ...analyseArticle(a) }));
  const pool: PoolItem[] = all.flatMap(({ article, mentions }) =>
    mentions.filter((m) => m.sentence >= 0).flatMap((m) => m.candidates.map((c) => ({ kind: c.kind, text: c.text, category: c.category, articleId: article.id, sentence: m.sentence }))),
  );
  return all.map(({ article, analysed }) => {
    const aid = article.id;
    const facts: Fact[] = [];
    const perFact: Array<{ fact: Fact; score: number; sentence: number; drafts: Draft[] }> = [];
    const rand = mulberry32(seedFrom(aid, seed));
    for (const a of analysed) {
      const c = a.candidate;
      const s = a.sentence;
      const fid = factIdFor(aid, s.text, c.text);
      if (facts.some((f) => f.id === fid)) continue;
      const avoid = [...a.all.filter((x) => x !== c).map((x) => s.text.slice(x.outerStart, x.end)), ...a.all.map((x) => x.text)];
      const distractors = pickDistractors(c, { articleId: aid, sentence: s.index }, pool, avoid, seed, 3);
      const drafts: Draft[] = [];
      const prompt = a.realised?.prompt;
      const mcq = makeMcq(prompt, c.text, distractors, seed);
      const recall = makeRecall(prompt, c.text);
      if (mcq) drafts.push(mcq);
      if (recall) drafts.push(recall);
      const cloze = makeCloze(s.text, c.start, c.end);
      if (cloze) drafts.push(cloze);
      const statement = a.clause ? statementOf(a.ps, a.clause, c, resolver([], s.index)) : undefined;
      const tf = makeTrueFalse(statement, c.text, distractors[0], rand() < 0.5);
      if (tf) drafts.push(tf);
      if (drafts.length === 0) continue;
      const fact: Fact = {
        id: fid,
        kind: c.kind,
        subject: a.clause ? s.text.slice(a.clause.subject[0], a.clause.subject[1]) : "",
        relation: a.clause?.verb.infinitive ?? "",
        object: c.text,
        objectType: OBJECT_TYPE[c.kind] ?? "other",
        sentence: s.text,
        articleId: aid,
        span: [s.start, s.end],
      };
      facts.push(fact);
      perFact.push({ fact, score: a.score + (a.realised ? 0.05 : 0), sentence: s.index, drafts });
    }
    const chosen = selectQuestions(perFact, countWords(article.body), seed);
    const questions: Question[] = chosen.map(({ fact, draft, score }) => {
      const q: Question = {
        id: questionIdFor(aid, fact.sentence, fact.object, draft.type),
        type: draft.type,
        prompt: draft.prompt,
        answer: draft.answer,
        evidence: fact.sentence,
        factId: fact.id,
        kind: fact.kind,
        score: Math.round(score * 1000) / 1000,
        articleId: aid,
      };
      if (draft.choices) q.choices = draft.choices;
      return q;
    });
    const used = new Set(questions.map((q) => q.factId));
    return { article, words: countWords(article.body), facts: facts.filter((f) => used.has(f.id)), questions };
  });
}


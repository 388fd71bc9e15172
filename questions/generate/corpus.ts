/**
 * The whole pipeline over a corpus: annotate each article, extract facts, build the
 * distractor pools from all of them, make the four question types, score, cut, dedupe.
 */
import type { Article, GeneratedArticle, Question } from "../types";
import { annotate, type Annotation } from "../nlp/annotate";
import { extractFacts, type ExtractedFact } from "../extract/index";
import { questionId } from "../ids";
import { dropNearDuplicates, scoreQuestion, SCORE_CUTOFF } from "../rank";
import { buildPools } from "./pools";
import { pickDistractors } from "./distractors";
import { makeRecall, type QuestionDraft } from "./recall";
import { makeMcq } from "./mcq";
import { makeCloze } from "./cloze";
import { makeTrueFalse } from "./true-false";
import type { FactDraft } from "../extract/types";
import { ROLE_HEADS } from "../nlp/vocab-roles";

/** Options for {@link generateCorpus}. */
export interface GenerateOptions {
  /** Seed for option order and true/false coins; default 1. */
  seed?: number;
}

const TYPE_ORDER = { recall: 0, mcq: 1, cloze: 2, true_false: 3 } as const;

/** At most this many questions per article: a deck, not a dump. */
export const MAX_QUESTIONS_PER_ARTICLE = 40;

/**
 * Questions about the same thing across the corpus share their true answers: every
 * supporter of anything, every member of a same-named list, is never a distractor there.
 */
function shareExclusions(drafts: FactDraft[]): void {
  const byKey = new Map<string, Set<string>>();
  const keyOf = (d: FactDraft): string | undefined =>
    d.kind === "support" ? "support" : d.kind === "members" ? `members|${d.subject.replace(/^(?:\S+ )?(?=permanent|non-permanent)/, "")}` : undefined;
  for (const d of drafts) {
    const k = keyOf(d);
    if (!k) continue;
    const set = byKey.get(k) ?? new Set<string>();
    set.add(d.answer);
    for (const e of d.exclude) set.add(e);
    byKey.set(k, set);
  }
  for (const d of drafts) {
    const k = keyOf(d);
    const set = k ? byKey.get(k) : undefined;
    if (set) d.exclude = [...new Set([...d.exclude, ...set])];
  }
}

/** For a post, a swap must be a post of the same kind ("Minister" for a minister), or none. */
function trueFalseSwaps(d: FactDraft, distractors: readonly string[]): string[] {
  if (d.answerType !== "role") return [...distractors];
  const head = (r: string): string => (r.replace(/\s*\(.*?\)/g, "").split(/\s+/).find((w) => ROLE_HEADS.has(w.toLowerCase())) ?? "").toLowerCase();
  const h = head(d.answer);
  return distractors.filter((x) => h !== "" && head(x) === h);
}

/**
 * Keeps at most `max` questions, fact by fact: every fact's best question first, then
 * every fact's second best, and so on, so a long article still covers all its facts.
 */
function capPerArticle(questions: readonly Question[], max: number): Question[] {
  if (questions.length <= max) return [...questions];
  const byFact = new Map<string, Question[]>();
  for (const q of questions) byFact.set(q.factId, [...(byFact.get(q.factId) ?? []), q]);
  for (const list of byFact.values()) list.sort((a, b) => b.score - a.score || TYPE_ORDER[a.type] - TYPE_ORDER[b.type]);
  const facts = [...byFact.values()].sort((a, b) => (b[0]?.score ?? 0) - (a[0]?.score ?? 0));
  const kept: Question[] = [];
  const perType = new Map<string, number>();
  // Each round takes one question per fact, of the type the deck has fewest of so far. Posts
  // ("What post does X hold?") are background: after the first round they wait until the
  // news facts (events, delegations, agreements, counts …) have given all they have.
  for (let round = 0; kept.length < max; round++) {
    let took = false;
    const kindOf = (l: readonly Question[]): string => l[0]?.kind ?? "";
    const background = round > 0 && facts.some((l) => l.length > 0 && !BACKGROUND_KINDS.has(kindOf(l)) && !EXTRA_KINDS.has(kindOf(l)));
    for (const list of facts) {
      if (kept.length >= max || list.length === 0) continue;
      if (background && BACKGROUND_KINDS.has(list[0]?.kind ?? "")) continue;
      if (EXTRA_KINDS.has(list[0]?.kind ?? "") && facts.some((l) => l.length > 0 && !EXTRA_KINDS.has(l[0]?.kind ?? ""))) continue;
      let best = 0;
      for (let i = 1; i < list.length; i++) {
        const a = list[i] as Question;
        const b = list[best] as Question;
        const ca = perType.get(a.type) ?? 0;
        const cb = perType.get(b.type) ?? 0;
        if (ca < cb || (ca === cb && a.score > b.score)) best = i;
      }
      const [q] = list.splice(best, 1);
      if (!q) continue;
      kept.push(q);
      perType.set(q.type, (perType.get(q.type) ?? 0) + 1);
      took = true;
    }
    if (!took) break;
  }
  return questions.filter((q) => kept.includes(q));
}

/** Background facts (posts): asked once, then after the news facts. */
const BACKGROUND_KINDS: ReadonlySet<string> = new Set(["role"]);
/** Extras (acronyms' full forms): only when every other fact has given all it has. */
const EXTRA_KINDS: ReadonlySet<string> = new Set(["acronym"]);

/** Word count of a body, subheadings included. */
export function countWords(body: string): number {
  return body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Generates ranked questions for every article; distractors come from the whole corpus.
 * Deterministic for a given input and seed.
 *
 * @example generateCorpus([parseArticle(text, { id: "a" })], { seed: 1 })[0].questions
 */
export function generateCorpus(articles: readonly Article[], opts: GenerateOptions = {}): GeneratedArticle[] {
  const seed = opts.seed ?? 1;
  const annotated: Array<{ ann: Annotation; facts: ExtractedFact[] }> = articles.map((a) => {
    const ann = annotate(a);
    return { ann, facts: extractFacts(ann) };
  });
  const pools = buildPools(annotated.map(({ ann, facts }) => ({ ann, drafts: facts.map((f) => f.draft) })));
  shareExclusions(annotated.flatMap((a) => a.facts.map((f) => f.draft)));

  // Two articles on one story state the same facts: a learner should not meet the same card
  // twice, so a question already asked by an earlier article of the run is dropped.
  const askedBefore = new Set<string>();
  const keyOf = (q: Question): string => `${q.type}|${q.prompt.toLowerCase()}|${q.type === "true_false" ? "" : q.answer.toLowerCase()}`;
  return annotated.map(({ ann, facts }) => {
    const aid = ann.article.id;
    const questions: Question[] = [];
    for (const { fact, draft } of facts) {
      const distractors = pickDistractors(draft, pools, aid, seed);
      const made: Array<QuestionDraft | undefined> = [
        makeRecall(draft),
        makeMcq(draft, distractors, seed),
        makeCloze(draft),
        makeTrueFalse(draft, trueFalseSwaps(draft, distractors), seed),
      ];
      for (const q of made) {
        if (!q) continue;
        const score = scoreQuestion(q);
        if (score < SCORE_CUTOFF) continue;
        const question: Question = {
          id: questionId(aid, fact.id, q.type),
          type: q.type,
          prompt: q.prompt,
          answer: q.answer,
          evidence: fact.sentence,
          factId: fact.id,
          kind: fact.kind,
          score,
          articleId: aid,
        };
        if (q.choices) question.choices = q.choices;
        questions.push(question);
      }
    }
    const fresh = questions.filter((q) => !askedBefore.has(keyOf(q)));
    const kept = capPerArticle(dropNearDuplicates(fresh), MAX_QUESTIONS_PER_ARTICLE);
    for (const q of kept) askedBefore.add(keyOf(q));
    // Facts in article order, then type order, keep the listing stable and readable.
    const factOrder = new Map(facts.map((f, i) => [f.fact.id, i]));
    kept.sort((a, b) => (factOrder.get(a.factId) ?? 0) - (factOrder.get(b.factId) ?? 0) || TYPE_ORDER[a.type] - TYPE_ORDER[b.type]);
    return {
      article: ann.article,
      words: countWords(ann.article.body),
      facts: facts.map((f) => f.fact),
      questions: kept,
    };
  });
}

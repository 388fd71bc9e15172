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

/** Options for {@link generateCorpus}. */
export interface GenerateOptions {
  /** Seed for option order and true/false coins; default 1. */
  seed?: number;
}

const TYPE_ORDER = { recall: 0, mcq: 1, cloze: 2, true_false: 3 } as const;

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

  return annotated.map(({ ann, facts }) => {
    const aid = ann.article.id;
    const questions: Question[] = [];
    for (const { fact, draft } of facts) {
      const distractors = pickDistractors(draft, pools, aid, seed);
      const made: Array<QuestionDraft | undefined> = [
        makeRecall(draft),
        makeMcq(draft, distractors, seed),
        makeCloze(draft),
        makeTrueFalse(draft, distractors, seed),
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
    const kept = dropNearDuplicates(questions);
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

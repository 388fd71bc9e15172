/**
 * Selection: the best facts of an article, one question each of the type that suits it
 * (a clean wh-question as mcq or recall, else a cloze), true/false for some, so the deck
 * mixes types; siblings (the same sentence) spread over the deck.
 */
import type { Fact } from "../types";
import type { Draft } from "../make/makers";

/** How many facts an article of this length gets: a deck, not a dump. */
export function factBudget(words: number): number {
  return Math.max(12, Math.min(60, Math.round(words / 13)));
}

/** A fact with its candidate questions. */
export interface FactQuestions {
  fact: Fact;
  score: number;
  sentence: number;
  drafts: Draft[];
}

/** A chosen question. */
export interface Chosen {
  fact: Fact;
  draft: Draft;
  score: number;
}

/** Questions below this salience are not asked. */
export const SCORE_CUTOFF = 0.35;

/**
 * Picks the questions of one article.
 *
 * @example selectQuestions(facts, 800, 1).length // ≤ factBudget(800) + the true/false extras
 */
export function selectQuestions(items: readonly FactQuestions[], words: number, _seed: number): Chosen[] {
  const budget = factBudget(words);
  const ranked = [...items].filter((i) => i.score >= SCORE_CUTOFF).sort((a, b) => b.score - a.score);
  // At most four facts from one sentence: a long sentence is not the whole article.
  const perSentence = new Map<number, number>();
  const picked: FactQuestions[] = [];
  for (const it of ranked) {
    if (picked.length >= budget) break;
    const n = perSentence.get(it.sentence) ?? 0;
    if (n >= 4) continue;
    perSentence.set(it.sentence, n + 1);
    picked.push(it);
  }
  const out: Chosen[] = [];
  let mcq = 0;
  let recall = 0;
  let tfTrue = 0;
  let tfFalse = 0;
  picked.forEach((it, rank) => {
    const by = (t: string): Draft | undefined => it.drafts.find((d) => d.type === t);
    const m = by("mcq");
    const r = by("recall");
    const c = by("cloze");
    let primary: Draft | undefined;
    if (m && (mcq <= recall * 2 || !r)) primary = m;
    else if (r) primary = r;
    else if (m) primary = m;
    else primary = c;
    if (!primary) primary = by("true_false");
    if (!primary) return;
    if (primary.type === "mcq") mcq++;
    if (primary.type === "recall") recall++;
    out.push({ fact: it.fact, draft: primary, score: it.score });
    // A true/false for every third fact, keeping True and False in balance.
    const tf = by("true_false");
    if (tf && primary.type !== "true_false" && rank % 3 === 1) {
      const wantFalse = tfFalse <= tfTrue;
      if ((tf.answer === "False") === wantFalse || Math.abs(tfFalse - tfTrue) < 1) {
        out.push({ fact: it.fact, draft: tf, score: it.score - 0.1 });
        if (tf.answer === "False") tfFalse++;
        else tfTrue++;
      }
    }
  });
  // Article order reads best in a preview; study interleaves anyway.
  return out;
}

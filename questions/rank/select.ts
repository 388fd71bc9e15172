/**
 * Selection: the best facts of an article, one question each of the type that suits it (a clean
 * wh-question as mcq or recall, else a cloze, with options or without), a true/false for every
 * third fact, so the deck mixes types; at most four facts from one sentence (five from a long one).
 */
import type { Draft } from "../make/makers";
import { BLANK } from "../make/makers";

/** How many facts an article of this length gets: a deck, not a dump. */
export function factBudget(words: number): number {
  return Math.max(12, Math.min(60, Math.round(words / 13)));
}

/** Questions below this salience are not asked, unless the article has fewer than MIN_QUESTIONS questions above it. */
export const SCORE_CUTOFF = 0.35;

/** The least number of questions an article's deck holds when it has that many askable candidates: weak facts fill a deck only up to here. */
export const MIN_QUESTIONS = 10;

/** At most this many facts from one sentence: a long sentence is not the whole article. */
export const PER_SENTENCE = 4;

/**
 * The facts one sentence may give: PER_SENTENCE, one more for a sentence of 35 words or more (a
 * wire report's lead or a survey's run of figures holds five facts an examiner would ask).
 */
export function perSentenceCap(text: string): number {
  return text.split(/\s+/).length >= 35 ? PER_SENTENCE + 1 : PER_SENTENCE;
}

/**
 * A true/false statement repeats its whole sentence, so it is made only of the article's more
 * salient facts: a weak sentence's statement ("X and Y show tentative signs of …") tests nothing.
 */
export const TRUE_FALSE_MIN_SCORE = 0.65;

/** The share of multiple choice a deck aims for; the rest are recall, cloze and true/false. */
const MCQ_SHARE = 0.4;
const RECALL_SHARE = 0.15;

/** An answer a learner could know and still not type as written: a hedged figure ("nearly a decade") or a long name. */
const HEDGED =
  /^(?:more than|over|nearly|about|around|almost|at least|well over|some|roughly|less than|under|below|just over|just under|an estimated|up to)\s/i;

/** Whether an answer is better chosen among options than typed. */
function hardToType(answer: string): boolean {
  return HEDGED.test(answer) || answer.split(/\s+/).length > 4;
}

/**
 * Keeps the mix of one article's deck while facts are taken best first.
 *
 * @example const mix = new DeckMix(); mix.take(drafts) // [the mcq, maybe a true/false]
 */
export class DeckMix {
  private n = { mcq: 0, recall: 0, cloze: 0, true_false: 0 };
  private facts = 0;
  private tf = { True: 0, False: 0 };

  private share(k: keyof DeckMix["n"]): number {
    const total = this.n.mcq + this.n.recall + this.n.cloze + this.n.true_false;
    return total === 0 ? 0 : this.n[k] / total;
  }

  /** The drafts to ask for one fact (none when it has no usable draft). */
  take(drafts: readonly Draft[]): Draft[] {
    const whMcq = drafts.find((d) => d.type === "mcq" && !d.prompt.includes(BLANK));
    const clozeMcq = drafts.find((d) => d.type === "mcq" && d.prompt.includes(BLANK));
    const recall = drafts.find((d) => d.type === "recall");
    const cloze = drafts.find((d) => d.type === "cloze");
    const tf = drafts.find((d) => d.type === "true_false");
    let primary: Draft | undefined;
    if (whMcq && recall) primary = this.share("recall") < RECALL_SHARE && this.n.mcq > 2 * this.n.recall ? recall : whMcq;
    else primary = whMcq ?? recall;
    // "more than 40 years", "Ministry of Statistics & Programme Implementation": a hedged or long answer is chosen, not typed.
    if (!primary) primary = clozeMcq && (this.share("mcq") < MCQ_SHARE || !cloze || hardToType(clozeMcq.answer)) ? clozeMcq : (cloze ?? clozeMcq);
    const out: Draft[] = [];
    if (primary) out.push(primary);
    else if (tf) out.push(tf);
    if (out.length === 0) return out;
    this.facts++;
    if (tf && primary && this.facts % 3 === 2) {
      const key = tf.answer === "False" ? "False" : "True";
      const other = key === "False" ? "True" : "False";
      if (this.tf[key] <= this.tf[other]) out.push(tf);
    }
    for (const d of out) {
      this.n[d.type]++;
      if (d.type === "true_false") this.tf[d.answer === "False" ? "False" : "True"]++;
    }
    return out;
  }
}

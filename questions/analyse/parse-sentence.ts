/**
 * One pass of the NLP library over a sentence: each word's tags by offset, and the verb
 * phrases with their auxiliaries, infinitives and tense — all the clause analysis needs.
 * compromise is loaded once per process (its import costs ~350 ms).
 */
import nlp from "compromise";

/** A verb phrase of a sentence, as compromise reads it. */
export interface VerbPhrase {
  /** [start, end) in the sentence, adverbs inside included ("has also reduced"). */
  start: number;
  end: number;
  text: string;
  /** The auxiliaries ("has", "will be"), "" when none. */
  auxiliary: string;
  /** The main verb as written ("reduced"). */
  root: string;
  infinitive: string;
  tense: "PastTense" | "PresentTense" | "FutureTense" | string;
  negative: boolean;
  passive: boolean;
  copula: boolean;
  isInfinitive: boolean;
  /** Adverbs inside the phrase ("also"). */
  preAdverbs: string[];
}

/** Tags and verbs of one sentence. */
export interface ParsedSentence {
  text: string;
  words: Array<{ text: string; start: number; end: number; tags: ReadonlySet<string> }>;
  verbs: VerbPhrase[];
  /** The tags of the word covering an offset. */
  tagsAt(offset: number): ReadonlySet<string> | undefined;
}

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface CompromiseVerb {
  text: string;
  offset: { start: number; length: number };
  verb: {
    root: string;
    auxiliary: string;
    infinitive: string;
    negative: boolean;
    preAdverbs: string[];
    grammar: { tense?: string; passive?: boolean; copula?: boolean; isInfinitive?: boolean; form?: string };
  };
}

/**
 * Parses one sentence with compromise.
 *
 * @example parseSentence("The navy will buy 26 vessels.").verbs[0].infinitive === "buy"
 */
export function parseSentence(text: string): ParsedSentence {
  const doc = nlp(text);
  const terms = (doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: CompromiseTerm[] }>).flatMap((s) => s.terms);
  const words = terms.map((t) => ({ text: t.text, start: t.offset.start, end: t.offset.start + t.offset.length, tags: new Set(t.tags) }));
  const verbs: VerbPhrase[] = [];
  for (const v of doc.verbs().json({ offset: true }) as CompromiseVerb[]) {
    const raw = v.text.replace(/[\s,.;:!?"”’)]+$/, "");
    const start = v.offset.start;
    const g = v.verb.grammar ?? {};
    verbs.push({
      start,
      end: start + raw.length,
      text: raw,
      auxiliary: v.verb.auxiliary ?? "",
      root: v.verb.root,
      infinitive: v.verb.infinitive || v.verb.root,
      tense: g.tense ?? "PresentTense",
      negative: Boolean(v.verb.negative),
      passive: Boolean(g.passive) || /passive/.test(g.form ?? ""),
      copula: Boolean(g.copula),
      isInfinitive: Boolean(g.isInfinitive),
      preAdverbs: v.verb.preAdverbs ?? [],
    });
  }
  const byOffset = new Map<number, ReadonlySet<string>>();
  for (const w of words) for (let k = w.start; k < w.end; k++) byOffset.set(k, w.tags);
  return { text, words, verbs, tagsAt: (o) => byOffset.get(o) };
}

/**
 * One parse of a whole body, viewed sentence by sentence: a single NLP pass instead of one per
 * sentence (the library's per-call cost dominates on short texts).
 *
 * @example const view = parseBody(body); view(s.start, s.end).verbs
 */
export function parseBody(body: string): (start: number, end: number) => ParsedSentence {
  const whole = parseSentence(body);
  return (start, end) => {
    const words = whole.words.filter((w) => w.start >= start && w.end <= end).map((w) => ({ ...w, start: w.start - start, end: w.end - start }));
    const verbs = whole.verbs.filter((v) => v.start >= start && v.end <= end).map((v) => ({ ...v, start: v.start - start, end: v.end - start }));
    const byOffset = new Map<number, ReadonlySet<string>>();
    for (const w of words) for (let k = w.start; k < w.end; k++) byOffset.set(k, w.tags);
    return { text: body.slice(start, end), words, verbs, tagsAt: (o) => byOffset.get(o) };
  };
}

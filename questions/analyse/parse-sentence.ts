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

/** A term of compromise's document, after compute("offset") and compute("root"). */
interface Term {
  text: string;
  tags: Set<string>;
  offset: { start: number; length: number };
  /** The verb's infinitive, when compromise knows it. */
  root?: string | null;
}

const AUX_PAST = /^(?:was|were|had|did)$/i;
const FUTURE = /^(?:will|shall|wo|'ll)$/i;
const NEGATION = /^(?:not|n't|never)$/i;

/** A verb phrase from its terms: the cheap reading (tags and roots), not compromise's full verb grammar. */
function verbPhrase(terms: readonly Term[], text: string): VerbPhrase | undefined {
  const verbs = terms.filter((t) => t.tags.has("Verb"));
  if (verbs.length === 0) return undefined;
  const main = [...verbs].reverse().find((t) => !t.tags.has("Auxiliary") && !t.tags.has("Modal")) ?? verbs[verbs.length - 1]!;
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  const start = first.offset.start;
  const end = last.offset.start + last.offset.length;
  const aux = terms.filter((t) => t !== main && (t.tags.has("Auxiliary") || t.tags.has("Modal")) && t.offset.start < main.offset.start);
  const auxiliary = aux.map((t) => t.text).join(" ");
  const before = text.slice(0, start);
  const isInfinitive = /^to$/i.test(first.text) || /\bto\s$/i.test(before);
  let tense = main.tags.has("PastTense") && aux.length === 0 ? "PastTense" : "PresentTense";
  if (aux.some((t) => FUTURE.test(t.text))) tense = "FutureTense";
  else if (aux.length > 0 && AUX_PAST.test(aux[0]!.text)) tense = "PastTense";
  const word = main.text.toLowerCase();
  return {
    start,
    end,
    text: text.slice(start, end).replace(/[\s,.;:!?"”’)]+$/, ""),
    auxiliary,
    root: main.text,
    infinitive: main.root || (main.tags.has("Infinitive") || main.tags.has("PresentTense") ? word.replace(/s$/, "") : word),
    tense,
    negative: terms.some((t) => NEGATION.test(t.text) || t.tags.has("Negative")),
    passive: terms.some((t) => t.tags.has("Passive")),
    copula: main.tags.has("Copula"),
    isInfinitive,
    preAdverbs: terms.filter((t) => t.tags.has("Adverb") && t.offset.start > start && t.offset.start < main.offset.start).map((t) => t.text),
  };
}

/**
 * Parses one sentence (or a whole body) with compromise: tags by offset and the verb phrases.
 * compromise's own verb grammar (.verbs().json()) costs three times its parse; the phrases are
 * read from the terms' tags and roots instead.
 *
 * @example parseSentence("The navy will buy 26 vessels.").verbs[0].infinitive === "buy"
 */
export function parseSentence(text: string): ParsedSentence {
  const doc = nlp(text);
  retagVerbs(doc);
  doc.compute("offset");
  doc.compute("root");
  const docs = (doc as unknown as { docs: Term[][] }).docs;
  const words = docs.flat().map((t) => ({ text: t.text, start: t.offset.start, end: t.offset.start + t.offset.length, tags: t.tags as ReadonlySet<string> }));
  const verbs: VerbPhrase[] = [];
  for (const terms of (doc.verbs() as unknown as { docs: Term[][] }).docs) {
    const v = verbPhrase(terms, text);
    if (v) verbs.push(v);
  }
  const byOffset = new Map<number, ReadonlySet<string>>();
  for (const w of words) for (let k = w.start; k < w.end; k++) byOffset.set(k, w.tags);
  return { text, words, verbs, tagsAt: (o) => byOffset.get(o) };
}

/** Verbs whose past form is also a noun ("cut", "set"), which the tagger reads as nouns after a name. */
const NOUN_LIKE_PAST = "(cut|set|hit|put|cost|spread|shut|bid|quit)";
const NOUN_LIKE_PRESENT = "(cuts|sets|hits|puts|costs|spreads|shuts|bids|quits|plans|aims|seeks|targets|eyes|caps|tops)";

/**
 * "The Central Bank of Kenya cut its rate to 9.75%": after a noun and before what a verb takes
 * (a determiner, a possessive, a figure, "to"), such a word is the sentence's verb.
 */
function retagVerbs(doc: ReturnType<typeof nlp>): void {
  const object = "(#Determiner|#Possessive|#Value|#Pronoun|to|its|their|his|her|back|off|up|down|out)";
  doc.match(`#Noun [${NOUN_LIKE_PAST}] ${object}`, 0).tag("PastTense");
  // "The bank last cut rates in January", "The bank cut rates": an adverb between, or a plural object after.
  doc.match(`#Noun (last|first|also|again|recently|previously|further|just|twice) [${NOUN_LIKE_PAST}] (#Noun|${object})`, 0).tag("PastTense");
  doc.match(`#Noun [${NOUN_LIKE_PAST}] #Plural`, 0).tag("PastTense");
  doc.match(`#Noun [${NOUN_LIKE_PRESENT}] ${object}`, 0).tag("PresentTense");
  // "Bank Indonesia on Wednesday cut …": a capitalised word before a name is part of the name, not a verb.
  doc.match("[#Verb] #ProperNoun", 0).forEach((m) => {
    if (/^\p{Lu}\p{Ll}/u.test(m.text())) m.unTag("Verb").tag("ProperNoun");
  });
  // "The real has gained 7%": "has" before a past participle is its auxiliary, not a noun.
  doc.match("[(has|have|had)] (#Adverb)? #PastTense", 0).tag("Verb").tag("Auxiliary");
}

/**
 * One parse of a whole body, viewed sentence by sentence: a single NLP pass instead of one per
 * sentence (the library's per-call cost dominates on short texts).
 *
 * @example const view = parseBody(body); view(s.start, s.end).verbs
 */
export function parseBody(body: string): (start: number, end: number) => ParsedSentence {
  const whole = parseSentence(body);
  // Both lists are in text order: a binary search finds a sentence's first word and verb.
  const from = <T extends { start: number }>(xs: readonly T[], at: number): number => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const slice = <T extends { start: number; end: number }>(xs: readonly T[], start: number, end: number): T[] => {
    const out: T[] = [];
    for (let k = from(xs, start); k < xs.length && xs[k]!.start < end; k++)
      if (xs[k]!.end <= end) out.push({ ...xs[k]!, start: xs[k]!.start - start, end: xs[k]!.end - start });
    return out;
  };
  return (start, end) => {
    const words = slice(whole.words, start, end);
    const verbs = slice(whole.verbs, start, end);
    const byOffset = new Map<number, ReadonlySet<string>>();
    for (const w of words) for (let k = w.start; k < w.end; k++) byOffset.set(k, w.tags);
    return { text: body.slice(start, end), words, verbs, tagsAt: (o) => byOffset.get(o) };
  };
}

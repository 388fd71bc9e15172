/**
 * Verb forms for questions: which auxiliary moves before the subject, and what is left of
 * the verb phrase after it ("has also reduced" → "has" + "also reduced"; "grew" → "did" + "grow").
 */
import type { VerbPhrase } from "../analyse/parse-sentence";

const COPULA = /^(?:is|are|was|were|am)$/i;

/** An inverted verb phrase: the word before the subject and the words after it. */
export interface Inversion {
  aux: string;
  rest: string;
}

/**
 * Inversion with do-support.
 *
 * @example invert({ auxiliary: "", root: "grew", infinitive: "grow", tense: "PastTense", … }, false) // { aux: "did", rest: "grow" }
 * @example invert({ auxiliary: "has", root: "reduced", preAdverbs: ["also"], … }, false) // { aux: "has", rest: "also reduced" }
 */
export function invert(v: VerbPhrase, pluralSubject: boolean): Inversion | undefined {
  const words = v.text.split(/\s+/);
  if (v.auxiliary) {
    const auxWords = v.auxiliary.split(/\s+/);
    const first = auxWords[0]!;
    const idx = words.findIndex((w) => w.toLowerCase() === first.toLowerCase());
    if (idx < 0) return undefined;
    const rest = [...words.slice(0, idx), ...words.slice(idx + 1)].join(" ");
    return { aux: first.toLowerCase(), rest };
  }
  if (COPULA.test(v.root) || (words.length === 1 && COPULA.test(words[0]!)))
    return { aux: v.root.toLowerCase(), rest: words.filter((w) => !COPULA.test(w)).join(" ") };
  if (!v.infinitive || (!/\s/.test(v.infinitive) && !/^[a-z-]+$/i.test(v.infinitive))) return undefined;
  const adverbs = words.filter((w) => v.preAdverbs.map((p) => p.toLowerCase()).includes(w.toLowerCase()));
  const base = [...adverbs, v.infinitive].join(" ");
  if (v.tense === "PastTense") return { aux: "did", rest: base };
  if (v.tense === "FutureTense") return undefined;
  return { aux: pluralSubject ? "do" : "does", rest: base };
}

/**
 * A headline as a sentence. Many outlets write headlines in Title Case ("Final COP28 Deal
 * References Transition Away From Fossil Fuels"), which the tagger reads as one long name, so
 * the story's topic, its head names and the words its sentences share with the headline are lost.
 * Such a headline is read in sentence case: a word stays capitalised when it is the first, an
 * acronym or a word with a digit or an inner capital ("COP28", "AI", "iPhone"), a month or a
 * weekday, or a word the body itself capitalises inside a sentence (a name: "Nvidia", "Labour").
 * A headline already in sentence case is returned as it is.
 */
import { MONTHS, WEEKDAYS } from "../nlp/vocab-words";

/** A headline's verb inside what the tagger took for a name: "China reach agreement" (from "India, China reach agreement on …"). */
const HEADLINE_VERB =
  /\s(?:reach|reaches|sign|signs|agree|agrees|seal|seals|strike|strikes|ink|inks|clinch|clinches|announce|announces|approve|approves|hold|holds|back|backs|win|wins|finalise|finalises|finalize|finalizes)\s/;

/** Whether what the tagger took for a name holds a headline's verb between its words ("China reach agreement"). */
export function holdsHeadlineVerb(name: string): boolean {
  return HEADLINE_VERB.test(` ${name} `);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;

/** Words the body capitalises where a sentence does not begin: names, whatever their case elsewhere. */
function properWordsOf(body: string): Set<string> {
  const out = new Set<string>();
  for (const m of body.matchAll(/(?<=[\p{L}\p{N},;:)’'”"]\s+)([\p{Lu}][\p{L}\p{N}'’-]*)/gu)) {
    const w = m[1]!;
    out.add(w);
    for (const part of w.split("-")) out.add(part);
  }
  return out;
}

/** A word that keeps its capitals in any case: an acronym, a code, a brand written with an inner capital. */
function fixedCase(w: string): boolean {
  return /\d/.test(w) || /^\p{Lu}{2,}/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w) || /\p{Ll}\p{Lu}/u.test(w.slice(1));
}

const CALENDAR = new Set([...MONTHS, ...WEEKDAYS]);

/**
 * Whether most of a headline's words that are not names start with a capital.
 *
 * @example titleCased("Final COP28 Deal References Transition Away From Fossil Fuels", "…") // true
 */
export function titleCased(title: string, body: string, proper: ReadonlySet<string> = properWordsOf(body)): boolean {
  const words = [...title.matchAll(WORD)].map((m) => m[0]).slice(1);
  const common = words.filter((w) => w.length >= 4 && !fixedCase(w) && !proper.has(w.replace(/['’]s$/, "")) && !CALENDAR.has(w));
  const capitalised = common.filter((w) => /^\p{Lu}/u.test(w));
  return capitalised.length >= 2 && capitalised.length >= 0.6 * common.length;
}

/**
 * The headline in sentence case when it is written in Title Case; otherwise the headline itself.
 *
 * @example sentenceCase("Labour Wins Decisive Victory", "The Labour party won …") // "Labour wins decisive victory"
 */
export function sentenceCase(title: string, body: string): string {
  const proper = properWordsOf(body);
  if (!titleCased(title, body, proper)) return title;
  let first = true;
  return title.replace(WORD, (w) => {
    if (first) {
      first = false;
      return w;
    }
    const bare = w.replace(/['’]s$/, "");
    if (fixedCase(w) || CALENDAR.has(bare) || proper.has(bare) || !/^\p{Lu}/u.test(w)) return w;
    return w
      .split("-")
      .map((part) => (proper.has(part) || fixedCase(part) ? part : part.charAt(0).toLowerCase() + part.slice(1)))
      .join("-");
  });
}

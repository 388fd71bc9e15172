/**
 * Sentence splitting with exact offsets into the article body, so every piece of
 * evidence is a verbatim substring. Paragraphs never share a sentence; `## ` lines
 * are headings (kept as context, never used for facts).
 */

/** One sentence of the body. */
export interface Sentence {
  /** Position among all sentences of the article (headings included). */
  index: number;
  text: string;
  /** [start, end) offsets in the body. */
  start: number;
  end: number;
  paragraph: number;
  /** A `## ` subheading line (text without the marker). */
  heading: boolean;
  /** Inside a quote of several sentences (an official's statement split like text): someone's words, not the reporter's. */
  quoted?: boolean;
}

const ABBREVIATIONS = new Set([
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "St",
  "Jr",
  "Sr",
  "vs",
  "etc",
  "No",
  "Gen",
  "Lt",
  "Col",
  "Prof",
  "Inc",
  "Ltd",
  "Co",
  "Gov",
  "Sen",
  "Rep",
  "Capt",
  "Maj",
  "Sgt",
  "Mt",
  "Fig",
  "approx",
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
  "Rs",
  "Smt",
  "Shri",
  "Hon",
  "i.e",
  "e.g",
  "U.S",
  "U.K",
  "U.N",
]);

/** A quote of more than 25 words and at least three sentences: split into its sentences, each marked `quoted`. */
function longQuote(inner: string): boolean {
  return inner.split(/\s+/).length > 25 && (inner.match(/[.!?]\s+[A-Z“]|(?:\.{3}|…)[A-Z]/g) ?? []).length >= 2;
}

/** [open, close] of every long quote of a paragraph (a quote left open runs to the paragraph's end). */
function longQuotes(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let open = text.indexOf("“"); open >= 0; open = text.indexOf("“", open + 1)) {
    const close = text.indexOf("”", open + 1);
    const end = close < 0 ? text.length : close;
    if (longQuote(text.slice(open, end))) out.push([open, end]);
    if (close < 0) break;
    open = close;
  }
  // Straight quotes pair up in order: "…" … "…".
  const straight = [...text.matchAll(/"/g)].map((m) => m.index);
  for (let k = 0; k + 1 < straight.length; k += 2) if (longQuote(text.slice(straight[k]!, straight[k + 1]!))) out.push([straight[k]!, straight[k + 1]!]);
  return out;
}

/** Regions between a curly opening quote and its closing partner, where no split happens. */
function quotedRegions(text: string, splitLong: boolean): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("“", i);
    if (open < 0) break;
    const close = text.indexOf("”", open + 1);
    const nextOpen = text.indexOf("“", open + 1);
    if (close < 0) break;
    if (nextOpen >= 0 && nextOpen < close) {
      i = nextOpen; // an unclosed quote: skip it
      continue;
    }
    // A quote of several sentences (an official's statement) is split like any text (longQuotes); a short one stays whole.
    if (!splitLong || !longQuote(text.slice(open, close))) regions.push([open, close]);
    i = close + 1;
  }
  return regions;
}

/** Offsets (relative to `text`) where sentences end. */
function sentenceEnds(text: string, splitLong: boolean): number[] {
  const ends: number[] = [];
  const protectedRegions = quotedRegions(text, splitLong);
  // "…the first pillar...About 23 lakh employees …": a quote's ellipsis before a capital ends a sentence too.
  const re = /[.!?]+[”’"')\]]*(?=\s+[“‘"'(\[]?[A-Z0-9])|(?:\.{3}|…)(?=[A-Z])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index;
    const end = at + m[0].length;
    // Inside a quote no sentence ends, except where the quote itself closes the sentence ("… dubbed “Groundsource.” It's the first …").
    if (protectedRegions.some(([a, b]) => at > a && at < b && end <= b)) continue;
    if (m[0].startsWith(".")) {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? "";
      const word = before.replace(/^.*\s/, "");
      // "1,600°C. It then …", "a 5G. The …": a unit or a code after a figure is no initial.
      const unit = /[\d°]$/.test(text.slice(0, at - word.length));
      if (ABBREVIATIONS.has(word) || (/^\p{Lu}$/u.test(word) && !unit) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    ends.push(end);
  }
  ends.push(text.length);
  return ends;
}

/**
 * Splits an article body into sentences with offsets.
 *
 * @example splitSentences("A b. C d.\n\n## Head")[1].text // "C d."
 */
export function splitSentences(body: string, opts: { splitLongQuotes?: boolean } = {}): Sentence[] {
  const splitLong = opts.splitLongQuotes ?? true;
  const out: Sentence[] = [];
  let paragraph = 0;
  const paraRe = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
  let pm: RegExpExecArray | null;
  while ((pm = paraRe.exec(body)) !== null) {
    const ptext = pm[0];
    const pstart = pm.index;
    if (ptext.trim() === "") continue;
    // "Slow Progress and Rising Threats": a short line of its own with no full stop is a pasted subheading, as a "## " line is.
    const bare = ptext.trim();
    const words = bare.split(/\s+/);
    const long = words.filter((w) => w.length >= 4);
    const subhead =
      !bare.includes("\n") &&
      /^[\p{Lu}\d]/u.test(bare) &&
      !/[.!?:;,"”’)]$/.test(bare) &&
      !bare.includes(",") &&
      !/^[-*•]/.test(bare) &&
      (words.length <= 6 || (words.length <= 12 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * long.length));
    if (ptext.startsWith("## ") || subhead) {
      const t = ptext.startsWith("## ") ? ptext.slice(3).trim() : bare;
      const s = pstart + ptext.indexOf(t);
      out.push({ index: out.length, text: t, start: s, end: s + t.length, paragraph, heading: true });
      paragraph++;
      continue;
    }
    let from = 0;
    const quotes = splitLong ? longQuotes(ptext) : [];
    for (const end of sentenceEnds(ptext, splitLong)) {
      const raw = ptext.slice(from, end);
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (t !== "") {
        const s = pstart + from + lead;
        const at = from + lead;
        const quoted = quotes.some(([a, b]) => at > a && at < b);
        out.push({ index: out.length, text: t, start: s, end: s + t.length, paragraph, heading: false, ...(quoted ? { quoted } : {}) });
      }
      from = end;
    }
    paragraph++;
  }
  return out;
}

/**
 * Salience: how much an examiner would want a candidate asked. The headline and lead, figures
 * and named actors, words shared with the headline count for; commentary (what an analyst or
 * a private economist thinks), commentators' names and asides count against.
 */
import type { Candidate } from "../answers/types";
import { FIGURE_KINDS } from "../answers/types";

const KIND_WEIGHT: Record<string, number> = {
  percent: 0.72,
  money: 0.74,
  quantity: 0.7,
  number: 0.62,
  year: 0.64,
  date: 0.62,
  duration: 0.56,
  rank: 0.62,
  person: 0.56,
  organisation: 0.6,
  country: 0.5,
  place: 0.58,
  named: 0.64,
  other: 0.42,
};

/** Kinds of answer a headline may state without giving the question away: the story's figures and dates. */
const HEADLINE_FACT_KINDS: ReadonlySet<string> = new Set(["percent", "money", "quantity", "number", "year", "date", "duration", "rank"]);

/** A figure with its unit or currency: money, a share, an amount in millions, a capacity. */
const SENTENCE_FIGURE =
  /[$€£₹]\s?\d|\bRs\.?\s?\d|\d(?:[\d,.]*\d)?\s?(?:%|per ?cent\b|percent\b|million\b|billion\b|trillion\b|crore\b|lakh\b|GW\b|MW\b|tonnes\b|barrels\b)/;

/** A market's move on the day: shares, futures, an index, a yield or a currency that rose, fell or traded. */
const MARKET_MOVE =
  /\b(?:shares?|stocks?|futures|index|benchmark|Sensex|Nifty|Nasdaq|S&P 500|Dow|Nikkei|yields?|crude prices|oil prices|Brent|WTI|rupee|rupiah|yen|won|euro|dollar|currency|bonds?)\b[^.;]{0,60}?\b(?:rose|fell|gained|lost|slid|jumped|surged|slipped|climbed|dropped|traded|hovered|settled|closed|edged|tumbled|rallied|plunged|soared|sank)\b/i;

/** A forecast or a guess of people outside the story. */
const ANALYSTS =
  /\b(?:analysts?|economists?|traders|strategists|brokerages?)\s(?:polled\s[^,.]{0,30}\s)?(?:had\s)?(?:expect|expected|estimate|estimated|forecast|predicted|see|saw|reckon)\b/i;

/** Words that mark a commentator rather than an actor of the story. */
export const COMMENTATOR =
  /\b(?:analysts?|economists?|strategists?|professor|fellow|researchers?|consultants?|experts?|former (?:ambassador|official|diplomat|minister|envoy|governor|secretary)|senior associate|commentators?|observers?|investors?|portfolio manager|investment officer|head of research|diabetologist|doctors?|lawyers?|scholar|think tank|partner at|director at|founder of|chief executive of a|managing director at)\b/i;
/** True when the words around a candidate make it a commentator ("…, chief economist at …"). */
export function commentatorAt(sentence: string, c: Pick<Candidate, "start" | "end">): boolean {
  return COMMENTATOR.test(sentence.slice(Math.max(0, c.start - 60), Math.min(sentence.length, c.end + 80)));
}

const STOP = new Set([
  "the",
  "a",
  "an",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "and",
  "or",
  "with",
  "by",
  "from",
  "as",
  "is",
  "are",
  "was",
  "were",
  "its",
  "it",
  "that",
  "this",
  "be",
  "has",
  "have",
  "had",
  "will",
  "after",
  "over",
  "into",
  "how",
  "why",
  "what",
  "s",
]);

function contentWords(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]/gu, " ")
      .split(/\s+/)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

/** Everything salience looks at for one sentence. */
export interface SentenceInfo {
  index: number;
  /** Position among the body's sentences, 0 = lead. */
  position: number;
  text: string;
  /** How many of the article's sentences name the candidate. */
  mentions?: number;
}

/**
 * The story's own protagonist, named by the headline and again in the body ("India" in "India
 * partners with …", "the Bank of Japan" in "Bank of Japan holds rates"): a learner who has seen
 * the headline guesses it, so it is asked only to fill a short article's deck.
 *
 * @example protagonist(japan, "Bank of Japan holds rates", 4) // true
 */
function protagonist(c: Candidate, headline: string, mentions: number): boolean {
  if (!["country", "organisation", "place"].includes(c.kind) || mentions < 2) return false;
  const head = contentWords(headline);
  const own = contentWords(c.text);
  return own.size > 0 && [...own].every((w) => head.has(w));
}

/**
 * A score in [0, 1] for a candidate in its sentence.
 *
 * @example salience(c, { index: 0, position: 0, text }, "India's economy grows 7.8%") // high: lead, a figure, headline words
 */
export function salience(c: Candidate, s: SentenceInfo, headline: string): number {
  let score = KIND_WEIGHT[c.kind] ?? 0.4;
  if (c.kind === "number" && !c.noun) score -= 0.2;
  if (s.position === 0) score += 0.16;
  else if (s.position < 3) score += 0.08;
  else if (s.position < 6) score += 0.03;
  const head = contentWords(headline);
  const words = contentWords(s.text);
  let shared = 0;
  for (const w of words) if (head.has(w)) shared++;
  score += Math.min(0.15, shared * 0.04);
  // A name the headline states is given away by it. A figure or a date is not: "cuts repo rate by
  // 25 bps to 6.25 percent" is the story's main fact, and the headline is not shown with the question.
  if (!HEADLINE_FACT_KINDS.has(c.kind) && head.size > 0 && contentWords(c.text).size > 0 && [...contentWords(c.text)].every((w) => head.has(w))) score -= 0.2;
  if (
    /\baccording to\b/i.test(s.text) &&
    !/\baccording to (?:the )?(?:[\p{Lu}][\p{L}.&'-]*\s)*(?:Ministry|Department|Bank|Agency|Commission|Office|Bureau|Council|Court|Government|Administration|Authority|Board|Organi[sz]ation|Fund|Union|Institute)\b/u.test(
      s.text,
    )
  )
    score -= 0.15;
  if (/\bwould\b/.test(s.text.replace(/"[^"]*"|“[^”]*”/g, ""))) score -= 0.1;
  // "Brent crude futures fell as much as 3.4% in early Asian trade", "the rupiah traded at 16,640": a day's market move is gone by the exam.
  if (FIGURE_KINDS.has(c.kind) && MARKET_MOVE.test(s.text)) score -= 0.15;
  // "Economists polled by Reuters had expected …", "analysts estimate …": a forecast of someone outside the story.
  if (ANALYSTS.test(s.text)) score -= 0.1;
  score += c.bonus ?? 0;
  // "In 2024, malaria killed around 610,000 people": the year only dates the sentence's figure, which is the fact to ask.
  if (c.kind === "year" && SENTENCE_FIGURE.test(s.text.slice(0, c.start) + s.text.slice(c.end))) score -= 0.15;
  // "founded by Bill Gates", "headed by …": who founded or leads a body is what an examiner asks of a person.
  if (
    c.kind === "person" &&
    /\b(?:founded|co-founded|led|headed|chaired|established|created)\s+by\s+$/i.test(s.text.slice(Math.max(0, c.outerStart - 30), c.outerStart))
  )
    score += 0.2;
  // The story's own protagonist ("India" in a story about India) is guessed, not learned.
  // The headline's own protagonist only completes a short article's deck.
  if (protagonist(c, headline, s.mentions ?? 0)) return 0;
  const topical = ["country", "place", "organisation"].includes(c.kind) && (s.mentions ?? 0) >= 3;
  if (topical) score -= [...contentWords(c.text)].some((w) => head.has(w)) ? 0.35 : (s.mentions ?? 0) >= 5 ? 0.15 : 0.05;
  const t = s.text;
  const quoted = /^[“"]/.test(t.trim()) || /[“"][^”"]{30,}[”"]/.test(t);
  const speech = /\b(?:said|says|told|added|noted|wrote|believes|thinks|expects|argued|warned)\b/.test(t);
  if (quoted && speech) score -= 0.12;
  // A phrase inside someone's quote ("complete and total support") is how they put it, not a fact.
  if (c.category === "term" && speech) score -= 0.2;
  if (speech && COMMENTATOR.test(t)) {
    score -= 0.12;
    if ((c.kind === "person" || c.kind === "organisation") && commentatorAt(t, c)) score -= 0.35;
  }
  if (/\b(?:could|might|may|would)\b/.test(t) && speech) score -= 0.05;
  return Math.max(0, Math.min(1, score));
}

/**
 * Answers an examiner would not ask for, whatever the sentence around them: market ticks, the medium a
 * statement was posted on ("took to X"), the vendor a figure comes from ("data from industry
 * intelligence provider Pharmarack"), and words that only describe a common noun ("other
 * European leaders", "under Indian law", "the BOJ decision"), which the rest of the sentence
 * gives away.
 */
import { plain, type Candidate } from "../answers/types";
import { countryOf, countryOfDemonym } from "../nlp/vocab-places";
import { MONTHS } from "../nlp/vocab-words";
import { parseIso } from "../realise/time";

/** Social networks and messaging apps: where something was said, not what happened. */
const PLATFORMS = /^(?:X|Twitter|Facebook|Instagram|Telegram|Truth Social|LinkedIn|YouTube|WhatsApp|TikTok|Threads|Bluesky|Weibo|WeChat)$/;

/** "… posted on X", "took to X", "in a post on X", "said on Telegram". */
const MEDIUM_BEFORE = /\b(?:on|to|via|through)\s+(?:(?:his|her|their|its|the)\s+)?(?:(?:official|own)\s+)?(?:account\s+on\s+)?$/i;

/** "data from industry intelligence provider ____", "figures compiled by ____", "according to research firm ____". */
const SOURCE_BEFORE =
  /\b(?:data|figures|estimates|numbers|statistics|research|analysis|calculations|tracking)\s+(?:from|by|compiled by|published by|of)\s+(?:(?:the\s+)?[a-z-]+\s+){0,5}$|\baccording to\s+(?:(?:the\s+)?[a-z-]+\s+){1,5}(?:provider|firm|consultancy|tracker|company|platform|group)\s+$/i;

/** A body of state (or its document) whose figures are news ("data from the Energy Information Administration"). */
export const OFFICIAL_SOURCE =
  /\b(?:Ministry|Department|Bank|Agency|Commission|Office|Bureau|Council|Court|Government|Administration|Authority|Board|Organi[sz]ation|Fund|Union|Institute|Statistics|Census|Treasury|Reserve|Survey|Budget)\b/;

/** Nouns of an act or a body's output: "the ____ decision" is the body the sentence is about, given away. */
const OUTPUT_NOUN =
  /^(?:decision|decisions|move|moves|meeting|statement|announcement|ruling|ambitions?|officials?|spokesperson|spokesman|board|data|survey|report|action|policy|stance|chief|head|delegation|side)\b/;

/** Nouns a demonym only says whose they are: a state's people, officials, forces, help and goods. */
const SIDE_NOUN =
  /^(?:counterparts?|officials?|assistance|aid|support|government|authorities|side|delegation|people|citizens|nationals|media|leaders?|lawmakers|territory|soil|waters|airspace|embassy|exports|imports|goods|textiles|products|economy|markets?|help|backing|diplomats?|negotiators?|ministers?)$/;

/** An adjective made from a noun: "AI-generated", "Hyderabad-based", "state-run". */
const COMPOUND_ADJECTIVE = /-(?:generated|based|led|owned|backed|made|run|linked|related|style|like|born|funded|controlled|focused)$/i;

/**
 * A demonym or a place adjective ("European", "Himalayan", "Taiwanese"): a word ending like one
 * that is not itself a country ("Iran", "Japan" are).
 */
function adjectiveOfPlace(text: string): boolean {
  if (/\s/.test(text) || countryOf(text)) return false;
  return countryOfDemonym(text) !== undefined || /^[\p{Lu}][\p{Ll}]+(?:ean|ian|an|ese|ish|ic)$/u.test(text);
}

/**
 * A market tick: a price at a minute of a trading day ("Brent crude futures were down $1.38 at $64.40
 * by 0630 GMT", "fell 1.8% in premarket trading") or a weekly inventory reading. It is stale by the
 * next session; a close, a record or a year's low stays news.
 */
const MARKET_TICK =
  /\bby\s\d{3,4}\s(?:GMT|IST|ET|EST|EDT|BST|CET|JST|UTC)\b|\b(?:pre-?market|intraday|after-hours)\b|\bin\s(?:early|late|afternoon|morning)\s(?:trade|trading|deals)\b|\bin\sthe\sweek\s(?:ended|ending|to)\b/i;

/**
 * Why the candidate is not worth asking, or undefined when it is. `country` is the article's own
 * (a demonym of it, "Indian law" in a story about India, tells nothing).
 *
 * @example unworthy("Isaacman took to X to celebrate the mission.", x) // "medium"
 * @example unworthy("It was the first time inflation fell below 2%.", first) // "the first time"
 * @example unworthy("Other European leaders have aligned themselves with Ukraine.", european) // "describes a noun"
 */
export function unworthy(sentence: string, c: Candidate, country?: string, published?: string): string | undefined {
  const t = plain(sentence);
  const before = t.slice(0, c.outerStart);
  const after = t.slice(c.end);
  if (MARKET_TICK.test(t)) return "market tick";
  // "2024 was the warmest year on record": the year is what the sentence is about.
  if (c.kind === "year" && newsYear(c.text, before, published) && !/^\s+(?:was|is|became|has been|had been|will be)\b/.test(after))
    return "the news's own year";
  // Only beside a figure: "In January, the ministry changed the GDP series" dates an act, which is a fact.
  if (c.kind === "date" && newsMonth(c.text, before, published) && SENTENCE_RATE.test(t)) return "the news's own month";
  // "the ____ time headline inflation has fallen below …": "first" is what "the … time" says, not a fact.
  if (c.kind === "rank" && /^\s+time\b/.test(after)) return "the first time";
  if (PLATFORMS.test(c.text) && MEDIUM_BEFORE.test(before)) return "medium";
  if (["organisation", "other", "named", "person"].includes(c.kind) && SOURCE_BEFORE.test(before) && !OFFICIAL_SOURCE.test(c.text)) return "source";
  const next = /^\s+([a-z][a-z-]+)(?:\s+([a-z][a-z-]+))?(?:\s+([\p{Lu}]))?/u.exec(after);
  if (next) {
    // "Russian forces have controlled …" names the actor; "other European leaders" and, in a story
    // about India, "under Indian law" say nothing the rest of the sentence does not.
    // "Indian counterpart Narendra Modi", "Ukrainian officials praised …", "continued UK support": whose side a
    // common noun is on, which the rest of the sentence gives away ("Danish drugmaker Novo Nordisk" stays).
    if ((c.kind === "country" || adjectiveOfPlace(c.text)) && c.kind !== "person" && SIDE_NOUN.test(next[1]!)) return "describes a noun";
    if (c.kind !== "person" && adjectiveOfPlace(c.text)) {
      if (/\b(?:other|fellow|many|some|several|most)\s+$/i.test(before)) return "describes a noun";
      if (country !== undefined && countryOfDemonym(c.text) === country && next[3] === undefined) return "describes a noun";
    }
    if ((c.kind === "other" || c.kind === "named") && COMPOUND_ADJECTIVE.test(c.text)) return "describes a noun";
    if (c.kind === "organisation" && /\bthe\s+$/i.test(before) && OUTPUT_NOUN.test(next[1]!)) return "describes a noun";
  }
  return undefined;
}

/** "by 2025", "until the end of 2027", "from 2026": a deadline or a start, a fact even in the news's own year. */
const DEADLINE_BEFORE =
  /\b(?:by|until|till|before|from|since|to|through|starting|beginning|deadline|target(?:ed)?|end|start)\s+(?:of\s+)?(?:the\s+)?(?:(?:end|start|middle|beginning)\s+of\s+)?$/i;

/**
 * Whether a year is the time the news is about: "China's annual GDP came in at 134.9 trillion
 * yuan in ____" (2024, in a report of January 2025), "The ____ award went to …". An examiner asks
 * the figure, not the year the report covers; a deadline or a start ("by 2025") is still asked.
 *
 * @example newsYear("2024", "GDP grew 5% in ", "2025-01-17T00:00:00Z") // true
 */
export function newsYear(year: string, before: string, published?: string): boolean {
  const now = parseIso(published)?.getUTCFullYear();
  if (!/^\d{4}$/.test(year) || now === undefined) return false;
  const y = Number(year);
  return (y === now || y === now - 1) && !DEADLINE_BEFORE.test(before);
}

/** "June", "July 2022": a month with at most its year. */
const MONTH_ALONE = new RegExp(`^(${MONTHS.join("|")})(?:\\s(\\d{4}))?$`);

/**
 * Whether a month alone (or with its year) is the month the news reports: "the food index rose 1.0
 * percent in ____" (June, in a release of July 14). A monthly figure is asked, not its month; a
 * deadline or a start ("by June", "from June") is still asked.
 *
 * @example newsMonth("June", "rose 1.0 percent in ", "2022-07-14T00:00:00Z") // true
 */
export function newsMonth(text: string, before: string, published?: string): boolean {
  const d = parseIso(published);
  if (!d) return false;
  const m = MONTH_ALONE.exec(text);
  if (!m) return false;
  const month = MONTHS.indexOf(m[1]!);
  const year = m[2] ? Number(m[2]) : undefined;
  const now = d.getUTCMonth();
  const same = month === now && (year === undefined || year === d.getUTCFullYear());
  const last = month === (now + 11) % 12 && (year === undefined || year === (now === 0 ? d.getUTCFullYear() - 1 : d.getUTCFullYear()));
  return (same || last) && !DEADLINE_BEFORE.test(before);
}

/** A share, a rate or an amount in the sentence: a monthly figure. */
const SENTENCE_RATE = /\d[\d,.]*\s?(?:%|percent\b|per cent\b|bps\b|basis points\b)|[$€£₹]\s?\d|\bRs\.?\s?\d/;

/** Capitalised words that name nothing: question words, months alone and the like. */
const NOT_A_NAME =
  /^(?:What|Which|Who|Whom|Whose|When|Where|How|Why|In|On|At|By|For|From|To|The|A|An|As|Of|True|False|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * Whether a prompt names what it is about: a name other than the answer, or a year. "The only
 * dissenter was ____", "Relief came months later, when rates were slashed in ____" and "How
 * many megawatts will the final power plant generate?" name nothing, and no learner can answer
 * them from the question. `names` are the article's names, so a prompt opening with one
 * ("TerraPower has raised …") counts.
 *
 * @example anchored("The only dissenter was ____.", "Hajime Takata", new Set()) // false
 */
export function anchored(prompt: string, answer: string, names: ReadonlySet<string>): boolean {
  const rest = plain(prompt).replace(answer, " ").replace(/_{2,}/g, " ");
  if (/\b(?:1[89]|20)\d\d\b/.test(rest)) return true;
  const words = [...rest.matchAll(/[\p{Lu}][\p{L}\p{N}.&'-]*/gu)];
  return words.some((m) => {
    const w = m[0].replace(/['.]+s?$/, "");
    if (NOT_A_NAME.test(w)) return false;
    const first = m.index === 0 || /[.?!:]\s*$/.test(rest.slice(0, m.index));
    return !first || names.has(w) || /[\p{Lu}].*[\p{Lu}]/u.test(w) || countryOf(w) !== undefined || countryOfDemonym(w) !== undefined;
  });
}

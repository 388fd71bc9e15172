/**
 * Article context that makes prompts self-contained: the main event ("the 13th meeting
 * of the X held in Y") and the organisation a sentence is about, found in this or the
 * preceding sentences.
 */
import type { Annotation } from "../nlp/annotate";
import type { ArticleContext } from "./types";
import { cleanPhrase } from "./types";
import { gatheringEvent } from "./gatherings";

const ORDINAL = "(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)";
const EVENT_HEAD = "(?:[Mm]eeting|[Ss]ummit|[Ss]ession|[Rr]ound|[Ee]dition|[Cc]onference|[Dd]ialogue|[Cc]onsultations?|[Tt]alks|[Pp]lenary|[Mm]inisterial|[Aa]ssembly|[Ee]xercise|[Ff]orum)";

/** "the 9th meeting of the India-Chile joint commission (JC) on trade cooperation". */
export const EVENT_OF_RE = new RegExp(
  `\\b[Tt]he (${ORDINAL}) (${EVENT_HEAD}) of (?:the )?(.+?)(?= was\\b| were\\b| is\\b| will\\b| took\\b| began\\b| begins\\b| opened\\b| concluded\\b| ended\\b| kicked\\b| got\\b| commenced\\b| starts\\b| started\\b| on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b| held\\b| hosted\\b| convened\\b| organised\\b| organized\\b| that\\b| which\\b| in [A-Z]| on (?:January|February|March|April|May|June|July|August|September|October|November|December)\\b|,|;|\\.$| from [A-Z])`,
);
/** "the 16th BRICS summit". */
export const NAMED_EVENT_RE = new RegExp(`\\b[Tt]he (${ORDINAL}) ((?:[A-Z][\\w-]*|[a-z]+-[A-Z][\\w-]*)(?: [A-Z][\\w-]*)*(?: [a-z-]+)?) (${EVENT_HEAD})\\b`);

/** Finds the article's main event, if it names one with an ordinal. */
export function articleContext(ann: Annotation): ArticleContext {
  const ctx: ArticleContext = { title: ann.article.title };
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const m = EVENT_OF_RE.exec(s.text);
    if (m) {
      const phrase = cleanPhrase(`the ${m[1]} ${m[2]} of the ${m[3]}`);
      if (/^edition$/i.test(m[2] ?? "")) {
        ctx.event = { phrase, short: cleanPhrase(`the ${m[3]}`), sentenceIndex: s.index };
        return ctx;
      }
      ctx.event = { phrase, short: cleanPhrase(`the ${m[3]}`), sentenceIndex: s.index };
      return ctx;
    }
    const n = NAMED_EVENT_RE.exec(s.text);
    if (n) {
      ctx.event = { phrase: cleanPhrase(n[0].replace(/^The/, "the")), short: cleanPhrase(`the ${n[2]} ${n[3]}`), sentenceIndex: s.index };
      return ctx;
    }
  }
  // No numbered event: "X foreign ministers meet in PLACE" (headline) or "The leaders of X met in PLACE".
  const g = gatheringEvent(ann);
  if (g) ctx.event = g;
  return ctx;
}

/**
 * The organisation a sentence is about: the first organisation named in it, else in the
 * two sentences before it (acronyms preferred), else undefined.
 */
export function nearbyOrganisation(ann: Annotation, sentenceIndex: number): string | undefined {
  for (let i = sentenceIndex; i >= Math.max(0, sentenceIndex - 4); i--) {
    const s = ann.sentences[i];
    if (!s || s.heading) continue;
    const orgs = s.names.filter((n) => n.type === "organisation");
    const acr = orgs.find((n) => /^[A-Z0-9]{2,8}$/.test(n.text));
    const pick = acr ?? orgs[0];
    if (pick) return pick.text;
  }
  return undefined;
}

/**
 * A fuller name for a bare head ("Council" → "Security Council") from the sentence or the
 * ones before it; the name itself when none is found.
 */
export function fullerOrganisation(ann: Annotation, sentenceIndex: number, name: string): string {
  if (name.includes(" ")) return name;
  for (let i = sentenceIndex; i >= Math.max(0, sentenceIndex - 4); i--) {
    const s = ann.sentences[i];
    const hit = s?.names.find((n) => n.type === "organisation" && n.text !== name && n.text.endsWith(` ${name}`));
    if (hit) return hit.text;
  }
  return name;
}

/** An organisation as a prompt names it: "the Indian Space Research Organisation", "the UNSC", "BRICS". */
export function orgRef(name: string): string {
  if (/^the\s/i.test(name)) return name.replace(/^The/, "the");
  return withArticle(name);
}

/** "the UNSC" / "BRICS": acronyms of groupings read with "the" except a few names. */
export function withArticle(org: string): string {
  if (/^(?:BRICS|NATO|ASEAN|SAARC|BIMSTEC|OPEC|UNESCO|UNICEF|ISRO|NASA|DRDO)$/.test(org)) return org;
  return `the ${org}`;
}

/** Names of things an organisation holds or runs, not groupings: "X Leaders' Summit", "X Initiative". */
const NOT_GROUPING = /\b(?:summit|initiative|fellowship|conference|meeting|declaration|programme|program|scheme|mission|fund|ministry|department|court)$/i;

/**
 * What "the grouping" / "the bloc" / "the organisation" refers to: the last grouping named in
 * this sentence or the six before it (a short form or acronym preferred within a sentence),
 * as a prompt names it ("the X", "BRICS"); undefined when none is named.
 */
export function resolveGrouping(ann: Annotation, sentenceIndex: number, before?: number): string | undefined {
  for (let i = sentenceIndex; i >= Math.max(0, sentenceIndex - 6); i--) {
    const s = ann.sentences[i];
    if (!s || s.heading) continue;
    const orgs = s.names.filter((n) => n.type === "organisation" && !NOT_GROUPING.test(n.text) && (i < sentenceIndex || before === undefined || n.start < before));
    const short = orgs.filter((n) => !n.text.includes(" "));
    const pick = short[short.length - 1] ?? orgs[orgs.length - 1];
    if (pick) return orgRef(pick.text);
  }
  return undefined;
}

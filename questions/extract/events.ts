/**
 * Events with their number, place and date: "the 9th meeting of the X held in Lima on
 * March 3 and 4", "The 15th BRICS summit was held in Johannesburg from August 22 to 24",
 * "The 29th Conference of the Parties … concluded in Baku on November 24"; and hosts:
 * "Brazil will host COP30 in Belem". Dates are kept exactly as written; a year is never added.
 */
import type { Annotation } from "../nlp/annotate";
import type { ArticleContext, FactDraft } from "./types";
import { cleanPhrase, draft, upperFirst } from "./types";
import { EVENT_OF_RE, NAMED_EVENT_RE } from "./context";
import { DATE_PHRASE } from "./dates";

type VerbClass = "held" | "concluded" | "began";

const VERB_RE = /\b(held|hosted|convened|organised|organized|took place|takes place|concluded|ended|closed|began|begins|opened|commenced|started|kicked off)\b/;
const PLACE_RE = /\b(?:held|hosted|convened|organised|organized|took place|takes place|concluded|ended|closed|began|begins|opened|commenced|started|kicked off)\s+(in|at|off the coast of|near)\s+([A-Z][\p{L}-]+(?:\s+(?:(?:de|da|do|del|la|le|al|el)\s+)?[A-Z][\p{L}-]+){0,3})/u;
const HOST_RE = /^(?:The\s+)?([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,2})\s+(will host|hosted|is hosting|hosts|will be hosting)\s+((?:the\s+next\s+)?(?:[A-Z0-9][\p{L}\p{N}-]*)(?:\s+[A-Z0-9][\p{L}\p{N}-]*['’]?)*(?:\s+(?:summit|meeting|conference|Games))?)(?:\s+in\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?|\d{4}))?/u;

const NEXT_RE = /^The\s+next\s+(summit|meeting|session|edition|conference|round)\s+(?:will|is\s+(?:scheduled|expected|set)\s+to)\s+be\s+(?:held|hosted)\s+in\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)/u;

function verbClass(tail: string): VerbClass {
  const v = VERB_RE.exec(tail)?.[1] ?? "held";
  if (/^(?:concluded|ended|closed)$/.test(v)) return "concluded";
  if (/^(?:began|begins|opened|commenced|started|kicked off)$/.test(v)) return "began";
  return "held";
}

/** Extracts event facts: where, when, which edition; and who hosts an event. */
export function extractEvents(ann: Annotation, ctx?: ArticleContext): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    out.push(...hostFacts(s));
    // "The next summit will be held in Tianjin": the main event's series, its ordinal made "next".
    const nx = NEXT_RE.exec(s.text);
    const ordinalAt = ctx?.event ? /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b/.exec(ctx.event.phrase) : null;
    if (nx && ctx?.event && ordinalAt && ctx.event.sentenceIndex !== s.index && new RegExp(`\\b${/^(?:summit|meeting|session|conference)$/.test(nx[1] ?? "") ? "(?:summit|meeting|session|conference)" : nx[1]}\\b`, "i").test(ctx.event.phrase)) {
      const next = ctx.event.phrase.replace(ordinalAt[0], "next");
      const place = nx[2] ?? "";
      const d = draft(s, {
        kind: "event", subject: next, relation: "to be held in", object: place, objectType: "place",
        answer: place, answerType: "place",
        question: `Where will ${next} be held?`,
        statement: `${upperFirst(next)} will be held in ${place}.`,
        confidence: 0.84, variant: "next-place",
      });
      if (d) out.push(d);
    }
    let phrase: string | undefined;
    let ordinal: string | undefined;
    let series: string | undefined;
    let from = 0;
    const m = EVENT_OF_RE.exec(s.text);
    const n = NAMED_EVENT_RE.exec(s.text);
    const isEdition = /^edition$/i.test(m?.[2] ?? "");
    if (m) {
      phrase = cleanPhrase(`the ${m[1]} ${m[2]} of the ${m[3]}`);
      ordinal = m[1];
      series = isEdition ? cleanPhrase(m[3] ?? "") : cleanPhrase(`${m[2]} of the ${m[3]}`);
      from = m.index;
    } else if (n) {
      phrase = cleanPhrase(`the ${n[1]} ${n[2]} ${n[3]}`);
      ordinal = n[1];
      series = cleanPhrase(`${n[2]} ${n[3]}`);
      from = n.index;
    }
    if (!phrase || !ordinal || !series) continue;
    // "The second edition of the exercise": the article's own event series, else too vague to ask.
    let vague = false;
    if (m && /^(?:the\s+)?[a-z]+$/.test((m[3] ?? "").trim())) {
      const head = (m[3] ?? "").trim().replace(/^the\s+/, "");
      const known = ctx?.event && new RegExp(`\\b${head}\\b`, "i").test(ctx.event.short) && ctx.event.sentenceIndex !== s.index ? ctx.event.short : undefined;
      if (known) {
        phrase = cleanPhrase(`the ${m[1]} ${m[2]} of ${known}`);
        series = isEdition ? known.replace(/^the\s+/, "") : cleanPhrase(`${m[2]} of ${known}`);
      } else vague = true;
    }
    const tail = s.text.slice(from);
    const verb = verbClass(tail);
    const pm = PLACE_RE.exec(tail);
    const place = pm?.[2];
    const prep = pm?.[1] === "off the coast of" ? "off the coast of" : "in";
    const date = new RegExp(`\\b(?:on|from|between|in)\\s+(${DATE_PHRASE})`).exec(tail)?.[1];
    const Phrase = upperFirst(phrase);
    const at = place ? ` ${prep} ${place}` : "";
    if (place) {
      const began = verb === "began";
      const d = draft(s, {
        kind: "event", subject: phrase, relation: began ? `began ${prep}` : "held in", object: place, objectType: "place",
        answer: place, answerFrom: from, answerType: "place",
        question: began ? `Where did ${phrase} begin?` : `Where was ${phrase} held?`,
        statement: began ? `${Phrase} began ${prep} ${place}.` : `${Phrase} was held in ${place}.`,
        confidence: vague ? 0.45 : 0.92, variant: "place",
      });
      if (d) out.push(d);
    }
    if (date) {
      const q = { held: `When was ${phrase} held${at}?`, concluded: `When did ${phrase} conclude${at}?`, began: `When did ${phrase} begin${at}?` }[verb];
      const on = /^\S+\s+\d{4}$/.test(date) ? "in" : "on";
      const st = { held: `${Phrase} was held${at} ${on} ${date}.`, concluded: `${Phrase} concluded${at} ${on} ${date}.`, began: `${Phrase} began${at} ${on} ${date}.` }[verb];
      const d = draft(s, {
        kind: "event", subject: phrase, relation: `${verb === "held" ? "held" : verb} on`, object: date, objectType: "date",
        answer: date, answerFrom: from, answerType: "date",
        question: q, statement: st,
        confidence: vague ? 0.45 : 0.9, variant: "date",
      });
      if (d) out.push(d);
    }
    if (place || date) {
      const verbText = { held: " was held", concluded: " concluded", began: " began" }[verb];
      const where = `${verbText}${at}${date ? ` ${/^\S+\s+\d{4}$/.test(date) ? "in" : "on"} ${date}` : ""}`;
      const bare = series.replace(/^the /, "");
      const d = draft(s, {
        kind: "event", subject: series, relation: "edition", object: ordinal, objectType: "number",
        answer: ordinal, answerFrom: from, answerType: "ordinal",
        question: `Which edition of the ${bare}${where}?`,
        statement: `The ${ordinal}${isEdition ? " edition of the" : ""} ${bare}${where}.`,
        confidence: vague ? 0.45 : 0.8, variant: "ordinal",
      });
      if (d) out.push(d);
    }
  }
  return out;
}

/** "Brazil will host COP30 in Belem": the host country, and the city. */
function hostFacts(s: Annotation["sentences"][number]): FactDraft[] {
  const h = HOST_RE.exec(s.text);
  if (!h) return [];
  const host = h[1] ?? "";
  const hostName = s.names.find((n) => n.text === host && (n.type === "country" || n.type === "place" || n.type === "other"));
  if (!hostName || hostName.type === "other") return [];
  const verb = h[2] ?? "hosted";
  const event = h[3] ?? "";
  const city = h[4] !== undefined && /^\d{4}$/.test(h[4]) ? undefined : h[4];
  const year = h[4] !== undefined && /^\d{4}$/.test(h[4]) ? h[4] : undefined;
  const future = verb.startsWith("will");
  const out: FactDraft[] = [];
  const who = hostName.type === "country" ? "Which country" : "Which city";
  const d = draft(s, {
    kind: "event", subject: event, relation: "hosted by", object: host, objectType: hostName.type === "country" ? "country" : "place",
    answer: host, answerType: hostName.type === "country" ? "country" : "place",
    question: `${who} ${future ? "will host" : verb === "hosted" ? "hosted" : "is hosting"} ${event}?`,
    statement: `${host} ${verb} ${event}.`,
    confidence: 0.85, variant: "host",
  });
  if (d) out.push(d);
  if (year) {
    // "India will host the next X Summit in 2025": when.
    const y = draft(s, {
      kind: "event", subject: event, relation: `${future ? "to be hosted" : "hosted"} in`, object: year, objectType: "year",
      answer: year, answerFrom: h[0].length - year.length, answerType: "year",
      question: `In which year ${future ? "will" : "did"} ${host} host ${event}?`,
      statement: `${host} ${verb} ${event} in ${year}.`,
      confidence: 0.84, variant: "host-year",
    });
    if (y) out.push(y);
  }
  if (city) {
    const c = draft(s, {
      kind: "event", subject: event, relation: "held in", object: city, objectType: "place",
      answer: city, answerFrom: h[0].length - city.length, answerType: "place",
      question: `In which city ${future ? "will" : "was"} ${event} ${future ? "be held" : "held"}?`,
      statement: `${event} ${future ? "will be" : "was"} held in ${city}.`,
      confidence: 0.82, variant: "host-city",
    });
    if (c) out.push(c);
  }
  return out;
}

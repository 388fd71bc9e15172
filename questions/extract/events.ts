/**
 * Events with their number, place and date: "the 13th meeting of the X held in Moscow on
 * December 19 and 20", "The 15th BRICS summit was held in Johannesburg from August 22 to 24".
 * Dates are kept exactly as written; a year is never added.
 */
import type { Annotation } from "../nlp/annotate";
import type { FactDraft } from "./types";
import { cleanPhrase, draft } from "./types";
import { EVENT_OF_RE, NAMED_EVENT_RE } from "./context";
import { DATE_PHRASE } from "./dates";

const PLACE_RE = /\b(?:held|hosted|convened|organised|organized|took place|takes place|was held|will be held)\s+in\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,3})/u;

/** Extracts event facts: where, when, and which edition. */
export function extractEvents(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    let phrase: string | undefined;
    let ordinal: string | undefined;
    let series: string | undefined;
    let from = 0;
    const m = EVENT_OF_RE.exec(s.text);
    const n = NAMED_EVENT_RE.exec(s.text) ?? new RegExp(NAMED_EVENT_RE.source.replace("\\bthe ", "\\b[Tt]he ")).exec(s.text);
    if (m) {
      phrase = cleanPhrase(`the ${m[1]} ${m[2]} of the ${m[3]}`);
      ordinal = m[1];
      series = cleanPhrase(`${m[2]} of the ${m[3]}`);
      from = m.index;
    } else if (n) {
      phrase = cleanPhrase(`the ${n[1]} ${n[2]} ${n[3]}`);
      ordinal = n[1];
      series = cleanPhrase(`${n[2]} ${n[3]}`);
      from = n.index;
    }
    if (!phrase || !ordinal || !series) continue;
    const tail = s.text.slice(from);
    const place = PLACE_RE.exec(tail)?.[1];
    const dm = new RegExp(`\\b(?:on|from|between)\\s+(${DATE_PHRASE})`).exec(tail);
    const date = dm?.[1];
    const Phrase = phrase.charAt(0).toUpperCase() + phrase.slice(1);
    if (place) {
      const d = draft(s, {
        kind: "event", subject: phrase, relation: "held in", object: place, objectType: "place",
        answer: place, answerFrom: from, answerType: "place",
        question: `Where was ${phrase} held?`,
        statement: `${Phrase} was held in ${place}.`,
        confidence: 0.92, variant: "place",
      });
      if (d) out.push(d);
    }
    if (date) {
      const d = draft(s, {
        kind: "event", subject: phrase, relation: "held on", object: date, objectType: "date",
        answer: date, answerFrom: from, answerType: "date",
        question: `When was ${phrase} held${place ? ` in ${place}` : ""}?`,
        statement: `${Phrase} was held${place ? ` in ${place}` : ""} on ${date}.`,
        confidence: 0.9, variant: "date",
      });
      if (d) out.push(d);
    }
    if (place || date) {
      const where = `${place ? ` in ${place}` : ""}${date ? ` on ${date}` : ""}`;
      const d = draft(s, {
        kind: "event", subject: series, relation: "edition", object: ordinal, objectType: "number",
        answer: ordinal, answerFrom: from, answerType: "ordinal",
        question: `Which edition of the ${series.replace(/^the /, "")} was held${where}?`,
        statement: `The ${ordinal} ${series} was held${where}.`,
        confidence: 0.8, variant: "ordinal",
      });
      if (d) out.push(d);
    }
  }
  return out;
}

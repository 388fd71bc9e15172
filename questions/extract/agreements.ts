/**
 * Agreements: who signed what, when and where. "Brazil, Chile and Peru signed an
 * intergovernmental agreement on the creation of the X corridor in 2000." gives the year and,
 * for a list of signatories, which country joined the others; "A and B signed a Trade Agreement
 * in Lima on March 10, 2024" gives the date and the place.
 */
import type { Annotation } from "../nlp/annotate";
import { countryOf } from "../nlp/vocab-places";
import { MONTHS } from "../nlp/vocab-words";
import type { FactDraft } from "./types";
import { cleanPhrase, draft } from "./types";
import { DATE_PHRASE } from "./dates";
import { dropRelativeTime } from "./people-text";

const MONTH = MONTHS.join("|");
const DOC = "(?:[Aa]greements?|[Tt]reaty|[Mm]emorandum of [Uu]nderstanding|MoUs?|[Pp]act|[Aa]ccord|[Pp]rotocol|[Cc]onvention|[Dd]eclaration|[Dd]eal|[Rr]oadmap|[Rr]oad map|[Ff]ramework|[Cc]harter|[Jj]oint [Ss]tatement|[Ll]etter of [Ii]ntent)";
const STOP = String.raw`(?=\s+in\s+(?:[A-Z]|\d{4})|\s+on\s+(?:${MONTH}|\d{1,2}\s+(?:${MONTH}))|\s+at\s+[A-Z]|,|\.$|;|\s+(?:which|that|after|during|to\s+boost)\b)`;
const SIGNED_RE = new RegExp(String.raw`^(.*?)\s+(?:have\s+|had\s+|has\s+)?signed\s+((?:an?|the)\s+[^.;]*?\b${DOC}\b[^.;]*?)${STOP}`);
const YEAR_TAIL = new RegExp(String.raw`^\s+in\s+((?:(?:${MONTH})\s+)?\d{4})\b`);
const PLACE_TAIL = /^\s+(?:in|at)\s+([A-Z][\p{L}-]+(?:\s+(?:de\s+)?[A-Z][\p{L}-]+)*)/u;
const DATE_TAIL = new RegExp(String.raw`^[^.;]{0,40}?\bon\s+(${DATE_PHRASE})`);

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Extracts agreement facts: when and where it was signed, and the signatories. */
export function extractAgreements(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const m = SIGNED_RE.exec(s.text);
    if (!m) continue;
    const who = m[1] ?? "";
    const what = cleanPhrase(m[2] ?? "");
    const tail = s.text.slice(m[0].length);
    const year = YEAR_TAIL.exec(tail)?.[1];
    const placeRaw = PLACE_TAIL.exec(tail)?.[1];
    const place = placeRaw && !/^\d/.test(placeRaw) && !MONTHS.includes(placeRaw.split(" ")[0] ?? "") ? placeRaw : undefined;
    const date = DATE_TAIL.exec(tail)?.[1];
    const signers = s.names.filter((n) => n.end <= who.length && (n.type === "country" || n.type === "organisation" || n.type === "person"));
    if (signers.length === 0 || /^(?:it|they|he|she|both)\b/i.test(who.trim())) continue;
    const whoClean = dropRelativeTime(who.trim()).replace(/\s*\([A-Z]{2,8}\)/g, "");
    const whoText = whoClean.split(/\s+/).length <= 10 && !/[“”"]/.test(whoClean) ? whoClean : joinList(signers.map((x) => x.text));
    const at = tail.length > 0 ? m[0].length : who.length;
    if (year) {
      const d = draft(s, {
        kind: "agreement", subject: `${whoText} signed ${what}`, relation: "signed in", object: year,
        objectType: /^\d{4}$/.test(year) ? "year" : "date",
        answer: year, answerFrom: at, answerType: /^\d{4}$/.test(year) ? "year" : "date",
        question: /^\d{4}$/.test(year) ? `In which year did ${whoText} sign ${what}?` : `When did ${whoText} sign ${what}?`,
        statement: `${whoText} signed ${what} in ${year}.`,
        confidence: 0.92, variant: "year",
      });
      if (d) out.push(d);
    }
    if (date) {
      const d = draft(s, {
        kind: "agreement", subject: `${whoText} signed ${what}`, relation: "signed on", object: date, objectType: "date",
        answer: date, answerFrom: at, answerType: "date",
        question: `When did ${whoText} sign ${what}?`,
        statement: `${whoText} signed ${what} on ${date}.`,
        confidence: 0.9, variant: "date",
      });
      if (d) out.push(d);
    }
    if (place) {
      const d = draft(s, {
        kind: "agreement", subject: `${whoText} signed ${what}`, relation: "signed in", object: place, objectType: "place",
        answer: place, answerFrom: at, answerType: "place",
        question: `Where did ${whoText} sign ${what}?`,
        statement: `${whoText} signed ${what} in ${place}.`,
        confidence: 0.82, variant: "place",
      });
      if (d) out.push(d);
    }
    const countries = signers.filter((x) => x.type === "country");
    const when = year ? ` in ${year}` : date ? ` on ${date}` : "";
    if (countries.length >= 2 && signers.length === countries.length) {
      const last = countries[countries.length - 1];
      if (!last) continue;
      const others = countries.slice(0, -1).map((x) => x.text);
      const e = draft(s, {
        kind: "agreement", subject: what, relation: "signed by", object: last.text, objectType: "country",
        answer: last.text, answerFrom: last.start, answerType: "country",
        question: `Which country, along with ${joinList(others)}, signed ${what}${when}?`,
        statement: `${last.text}, along with ${joinList(others)}, signed ${what}${when}.`,
        exclude: countries.map((x) => countryOf(x.text) ?? x.text),
        confidence: when ? 0.85 : 0.7, variant: "signatory",
      });
      if (e) out.push(e);
    }
  }
  return out;
}

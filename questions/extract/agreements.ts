/**
 * Agreements: who signed what, and when. "Brazil, Chile and Peru signed an intergovernmental
 * agreement on the creation of the X corridor in 2000." gives the year and, for a list of
 * signatories, which country joined the others.
 */
import type { Annotation } from "../nlp/annotate";
import { countryOf } from "../nlp/vocab-places";
import type { FactDraft } from "./types";
import { cleanPhrase, draft } from "./types";

const SIGNED_RE = /^(.*?)\s+(?:have\s+|had\s+|has\s+)?signed\s+((?:an?|the)\s+[^.;]*?\b(?:agreement|agreements|treaty|memorandum of understanding|MoU|MoUs|pact|accord|protocol|convention|declaration|deal|roadmap|road map|framework|charter|joint statement|letter of intent)\b[^.;]*?)\s+in\s+((?:[A-Z][a-z]+\s+)?(\d{4}))\b/;

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Extracts agreement facts: the year of signing and the signatories. */
export function extractAgreements(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const m = SIGNED_RE.exec(s.text);
    if (!m) continue;
    const who = m[1] ?? "";
    const what = cleanPhrase(m[2] ?? "");
    const when = m[3] ?? "";
    const signers = s.names.filter((n) => n.end <= who.length && (n.type === "country" || n.type === "organisation" || n.type === "person"));
    if (signers.length === 0 || /^(?:it|they|he|she|both)\b/i.test(who.trim())) continue;
    const whoText = who.trim().split(/\s+/).length <= 8 && !/[“”"]/.test(who) ? who.trim() : joinList(signers.map((x) => x.text));
    const d = draft(s, {
      kind: "agreement", subject: `${whoText} signed ${what}`, relation: "signed in", object: when,
      objectType: /^\d{4}$/.test(when) ? "year" : "date",
      answer: when, answerFrom: who.length, answerType: /^\d{4}$/.test(when) ? "year" : "date",
      question: `In which year did ${whoText} sign ${what}?`,
      statement: `${whoText} signed ${what} in ${when}.`,
      confidence: 0.92, variant: "year",
    });
    if (d) out.push(d);
    const countries = signers.filter((x) => x.type === "country");
    if (countries.length >= 2) {
      const last = countries[countries.length - 1];
      if (!last) continue;
      const others = countries.slice(0, -1).map((x) => x.text);
      const e = draft(s, {
        kind: "agreement", subject: what, relation: "signed by", object: last.text, objectType: "country",
        answer: last.text, answerFrom: last.start, answerType: "country",
        question: `Which country, along with ${joinList(others)}, signed ${what} in ${when}?`,
        statement: `${last.text}, along with ${joinList(others)}, signed ${what} in ${when}.`,
        exclude: countries.map((x) => countryOf(x.text) ?? x.text),
        confidence: 0.85, variant: "signatory",
      });
      if (e) out.push(e);
    }
  }
  return out;
}

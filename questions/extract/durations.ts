/**
 * Durations and terms: "Rao is on a three-day visit to Chile", "Six members are elected for
 * four-year terms", "Peru served as a non-permanent member from 2018 to 2019".
 */
import type { Annotation } from "../nlp/annotate";
import type { FactDraft } from "./types";
import { draft, upperFirst } from "./types";
import { NUMBER } from "./numbers";
import { nearbyOrganisation, withArticle } from "./context";

const VISIT_RE = new RegExp(
  `\\b(?:(?:is|was|will be|are|were)\\s+on|began|begins|started|starts|embarked on|embarks on|undertook|undertakes|concluded|paid|pays|will pay|will begin)\\s+an?\\s+((${NUMBER})-(day|week|month|nation))\\s+((?:state|official|working|bilateral)\\s+)?(visit|tour|trip)\\s+to\\s+([A-Z][\\p{L}-]*(?:\\s+[A-Z][\\p{L}-]*)*(?:\\s+and\\s+[A-Z][\\p{L}-]*)?)`,
  "u",
);
const TERM_RE = new RegExp(`^(?:(${NUMBER})\\s+)?((?:[a-z-]+\\s+){0,2}(?:members|judges|directors|justices))\\s+(?:are|is|were|was)\\s+elected\\s+for\\s+((${NUMBER})-(year|month))\\s+terms?\\b`);
/** "The President of Sri Lanka is elected for a five-year term." */
const OFFICE_TERM_RE = new RegExp(`^The\\s+((?:[A-Z][\\p{L}-]*\\s+){0,2}(?:President|Prime Minister|Governor|Chief Minister|Speaker|Secretary-General|Chairperson|Chairman|Mayor|Chancellor)(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\p{L}-]*(?:\\s+[A-Z][\\p{L}-]*)*)?)\\s+(?:is|was)\\s+(elected|appointed)\\s+for\\s+an?\\s+((${NUMBER})-(year|month))\\s+term\\b`, "u");
const SERVED_RE = /\bserved\s+as\s+(an?\s+[a-z-]+(?:\s+[a-z-]+){0,2})\s+from\s+((\d{4})\s+to\s+(\d{4}))\b/;

/** Extracts duration and term facts. */
export function extractDurations(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const v = VISIT_RE.exec(s.text);
    if (v) {
      const subj = s.names.find((n) => n.type === "person" && n.end <= (v.index ?? 0));
      if (subj) {
        const full = ann.aliases.get(subj.text) ?? subj.text;
        const kindOf = `${v[4] ?? ""}${v[5]}`;
        const d = draft(s, {
          kind: "duration", subject: `${full}'s visit to ${v[6]}`, relation: "lasts", object: v[1] ?? "", objectType: "number",
          // Asked as a count ("How many days…?" → "five"): "five-day" is no answer a person would give.
          answer: v[2] ?? "", answerType: "number",
          question:
            v[3] === "nation"
              ? `How many nations did ${full}’s ${kindOf} cover?`
              : `How many ${v[3]}s did ${full}’s ${kindOf} to ${v[6]} last?`,
          statement: `${full} was on a ${v[1]} ${kindOf} to ${v[6]}.`,
          confidence: 0.85,
        });
        if (d) out.push(d);
      }
    }
    const t = TERM_RE.exec(s.text);
    if (t) {
      const org = nearbyOrganisation(ann, s.index);
      const who = `${(t[2] ?? "").trim()}${org ? ` of ${withArticle(org)}` : ""}`;
      if (org) {
        const d = draft(s, {
          kind: "duration", subject: who, relation: "elected for", object: t[3] ?? "", objectType: "number",
          answer: t[4] ?? "", answerType: "number",
          question: `For how many ${t[5]}s are the ${who} elected?`,
          statement: `The ${who} are elected for ${t[3]} terms.`,
          confidence: 0.85,
        });
        if (d) out.push(d);
      }
    }
    const ot = OFFICE_TERM_RE.exec(s.text);
    if (ot) {
      const office = `the ${ot[1]}`;
      const d = draft(s, {
        kind: "duration", subject: office, relation: `${ot[2]} for`, object: ot[3] ?? "", objectType: "number",
        answer: ot[4] ?? "", answerType: "number",
        question: `For how many ${ot[5]}s is ${office} ${ot[2]}?`,
        statement: `${upperFirst(office)} is ${ot[2]} for a ${ot[3]} term.`,
        confidence: 0.85, variant: "office-term",
      });
      if (d) out.push(d);
    }
    const sv = SERVED_RE.exec(s.text);
    if (sv) {
      const subj = s.names.find((n) => (n.type === "country" || n.type === "person") && n.end <= sv.index);
      const org = nearbyOrganisation(ann, s.index);
      if (subj && org) {
        const role = `${sv[1]} of ${withArticle(org)}`;
        const d = draft(s, {
          kind: "duration", subject: `${subj.text} as ${role}`, relation: "served", object: sv[2] ?? "", objectType: "year",
          answer: sv[2] ?? "", answerType: "year-range",
          question: `During which years did ${subj.text} serve as ${role}?`,
          statement: `${upperFirst(subj.text)} served as ${role} from ${sv[2]}.`,
          confidence: 0.85,
        });
        if (d) out.push(d);
      }
    }
  }
  return out;
}

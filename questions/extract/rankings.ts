/**
 * Rankings and indices: "India has been ranked 39th out of 133 economies in the Global
 * Innovation Index (GII) 2024", "Switzerland topped the index" ("the index" resolved to the one
 * named before), "The index is published by the World Intellectual Property Organization".
 */
import type { Annotation } from "../nlp/annotate";
import type { FactDraft } from "./types";
import { cleanPhrase, draft } from "./types";
import { NUMBER } from "./numbers";

const INDEX_NAME = String.raw`[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*\s+(?:Index|Report|Ranking|Rankings|Survey)(?:\s+\([A-Z]{2,8}\))?(?:\s+\d{4})?`;
const RANKED_RE = new RegExp(String.raw`^([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\s+(?:has\s+been\s+|was\s+|is\s+|has\s+)?(?:ranked|placed|positioned|climbed\s+to|slipped\s+to|rose\s+to|fell\s+to)\s+(\d+(?:st|nd|rd|th))(?:\s+(?:position|place|rank))?(?:\s+(?:out\s+of|among)\s+(${NUMBER})\s+([a-z]+))?\s+(?:in|on)\s+the\s+(${INDEX_NAME})`, "u");
const TOPPED_RE = new RegExp(String.raw`^([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\s+(?:topped|tops|has\s+topped|led|leads)\s+(?:the\s+(${INDEX_NAME})|the\s+(index|report|ranking|rankings|list))(?:\s+for\s+the\s+(\d+(?:st|nd|rd|th))\s+consecutive\s+year)?`, "u");
const PUBLISHED_RE = /^The\s+(index|report|ranking|survey)\s+is\s+(?:published|released|prepared|compiled)\s+(?:annually\s+|every year\s+)?by\s+(?:the\s+)?([A-Z][\p{L}-]*(?:\s+(?:of\s+)?[A-Z][\p{L}-]*)*)/u;

/** Extracts rank, top and publisher facts. */
export function extractRankings(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  let lastIndex: string | undefined;
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const r = RANKED_RE.exec(s.text);
    if (r) {
      const who = r[1] ?? "";
      const index = cleanPhrase(r[5] ?? "");
      lastIndex = index;
      const of = r[3] ? ` out of ${r[3]} ${r[4]}` : "";
      const d = draft(s, {
        kind: "ranking", subject: `${who} in the ${index}`, relation: "ranked", object: r[2] ?? "", objectType: "number",
        answer: r[2] ?? "", answerFrom: who.length, answerType: "ordinal",
        question: `What was ${who}’s rank${of} in the ${index}?`,
        statement: `${who} was ranked ${r[2]}${of} in the ${index}.`,
        confidence: 0.88,
      });
      if (d) out.push(d);
    }
    const t = TOPPED_RE.exec(s.text);
    if (t) {
      const index = t[2] ? cleanPhrase(t[2]) : lastIndex;
      const who = s.names.find((n) => n.start === 0 && (n.type === "country" || n.type === "organisation"));
      if (index && who) {
        const years = t[4] ? ` for the ${t[4]} consecutive year` : "";
        const d = draft(s, {
          kind: "ranking", subject: index, relation: "topped by", object: who.text, objectType: who.type === "country" ? "country" : "organisation",
          answer: who.text, answerFrom: 0, answerType: who.type === "country" ? "country" : "organisation",
          question: `Which ${who.type === "country" ? "country" : "organisation"} topped the ${index}${years}?`,
          statement: `${who.text} topped the ${index}${years}.`,
          exclude: s.names.filter((n) => n.type === who.type).map((n) => n.text),
          confidence: 0.85, variant: "top",
        });
        if (d) out.push(d);
      }
    }
    const p = PUBLISHED_RE.exec(s.text);
    if (p && lastIndex) {
      const org = cleanPhrase(p[2] ?? "");
      const d = draft(s, {
        kind: "ranking", subject: lastIndex, relation: "published by", object: org, objectType: "organisation",
        answer: org, answerType: "organisation",
        question: `Which organisation publishes the ${lastIndex}?`,
        statement: `The ${lastIndex} is published by the ${org}.`,
        confidence: 0.82, variant: "publisher",
      });
      if (d) out.push(d);
    }
  }
  return out;
}

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

/** "India was ranked 81st in the index in 2015": a past rank in the index named before. */
const PAST_RANK_RE = /^([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\s+(?:was|had been)\s+(?:ranked|placed)\s+(\d+(?:st|nd|rd|th))\s+in\s+the\s+(?:index|report|ranking|rankings)\s+in\s+(\d{4})\b/u;
/** "The GII ranks economies on 78 indicators grouped into seven pillars". */
const INDICATORS_RE = new RegExp(String.raw`^(?:The\s+)?([A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*|index|report)\s+(ranks|assesses|evaluates|measures|scores)\s+([a-z]+)\s+(?:on|across|using|based on)\s+(${NUMBER})\s+(indicators|parameters|criteria|metrics)(?:\s+grouped\s+into\s+(${NUMBER})\s+(pillars|categories|dimensions))?`, "u");

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
    const pr = PAST_RANK_RE.exec(s.text);
    if (pr && lastIndex) {
      const series = lastIndex.replace(/\s+\d{4}$/, "");
      const d = draft(s, {
        kind: "ranking", subject: `${pr[1]} in the ${series} ${pr[3]}`, relation: "ranked", object: pr[2] ?? "", objectType: "number",
        answer: pr[2] ?? "", answerFrom: (pr[1] ?? "").length, answerType: "ordinal",
        question: `What was ${pr[1]}’s rank in the ${series} in ${pr[3]}?`,
        statement: `${pr[1]} was ranked ${pr[2]} in the ${series} in ${pr[3]}.`,
        confidence: 0.84, variant: "past-rank",
      });
      if (d) out.push(d);
    }
    const ind = INDICATORS_RE.exec(s.text);
    const indexRef = ind ? (/^(?:index|report)$/.test(ind[1] ?? "") ? lastIndex : s.names.some((n) => n.text === ind[1]) ? ind[1] : undefined) : undefined;
    if (ind && indexRef) {
      // "The GII" after "the Global Innovation Index (GII) 2024": the full name reads better.
      const series = lastIndex?.replace(/\s+\d{4}$/, "");
      const initials = series?.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
      const name = /^[A-Z]{2,8}$/.test(indexRef) ? (series && initials === indexRef ? `the ${series}` : `the ${indexRef}`) : `the ${indexRef}`;
      const d = draft(s, {
        kind: "count", subject: `${ind[5]} of ${name}`, relation: "number", object: ind[4] ?? "", objectType: "number",
        answer: ind[4] ?? "", answerFrom: ind[0].indexOf(` ${ind[4]} ${ind[5]}`) + 1, answerType: "number",
        question: `On how many ${ind[5]} does ${name} ${(ind[2] ?? "").replace(/s$/, "")} ${ind[3]}?`,
        statement: `${name.replace(/^the/, "The")} ${ind[2]} ${ind[3]} on ${ind[4]} ${ind[5]}.`,
        confidence: 0.82, variant: "indicators",
      });
      if (d) out.push(d);
      if (ind[6]) {
        const e = draft(s, {
          kind: "count", subject: `${ind[7]} of ${name}`, relation: "number", object: ind[6], objectType: "number",
          answer: ind[6], answerFrom: ind[0].lastIndexOf(` ${ind[6]} ${ind[7]}`) + 1, answerType: "number",
          question: `Into how many ${ind[7]} are the ${ind[5]} of ${name} grouped?`,
          statement: `The ${ind[5]} of ${name} are grouped into ${ind[6]} ${ind[7]}.`,
          confidence: 0.8, variant: "pillars",
        });
        if (e) out.push(e);
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

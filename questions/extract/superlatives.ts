/**
 * Standing facts an examiner likes: "Russia has been the major supplier of defence
 * equipment to India", "Japan has been the largest bilateral donor to India since 2003",
 * "X is the first country to …". The holder of the distinction is the answer.
 */
import type { Annotation } from "../nlp/annotate";
import type { FactDraft } from "./types";
import { draft } from "./types";

const SUPERLATIVE_RE = /^\s+(has been|have been|is|was|remains|became|has become)\s+(the\s+(?:major|largest|biggest|top|leading|first|second|third|only|oldest|newest|main|single largest|largest single|principal|highest|lowest|fastest-growing|most populous)\s+[a-z][a-z -]{2,60}?\s+(?:of|to|in|for|from)\s+(?:the\s+)?[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*)(?:\s+(since\s+\d{4}|in\s+\d{4}))?[.,]/u;

/** "Madhya Pradesh has the highest number of tigers at 785." */
const HIGHEST_NUMBER_RE = /^([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,2})\s+(has|had|recorded|reported)\s+the\s+(highest|largest|lowest|most)\s+(number\s+of\s+[a-zA-Z -]{2,40}?|[a-z]+\s+(?:count|share|population))(\s+in\s+[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)?(?:\s+at\s+[\d,]+)?(?=[,.]|\s+followed|\s+in\b)/u;

/** "Switzerland is India's largest trading partner among the EFTA countries." */
const POSSESSIVE_RE = /^\s+(is|has been|was|remains|became)\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?[’']s\s+(?:largest|biggest|top|leading|major|second largest|oldest|only|main|principal)\s+[a-z][a-z -]{2,40}?(?:\s+(?:among|in|from)\s+(?:the\s+)?[\p{L} -]{2,40}?)?)[.,]/u;

/** Extracts superlative facts ("the major supplier of X to Y"). */
export function extractSuperlatives(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const h = HIGHEST_NUMBER_RE.exec(s.text);
    const hn = h ? s.names.find((n) => n.start === 0 && n.text === h[1]) : undefined;
    if (h && hn) {
      const what = `the ${h[3]} ${h[4]}${h[5] ?? ""}`;
      const kind = hn.type === "country" ? "Which country" : "Which state or region";
      const d = draft(s, {
        kind: "superlative", subject: what, relation: h[2] ?? "has", object: hn.text, objectType: hn.type === "country" ? "country" : "place",
        answer: hn.text, answerType: hn.type === "country" ? "country" : "other",
        question: `${kind} ${h[2] === "has" ? "has" : h[2]} ${what}?`,
        statement: `${hn.text} ${h[2]} ${what}.`,
        confidence: 0.84, variant: "highest-number",
      });
      if (d) out.push(d);
      continue;
    }
    const first = s.names[0];
    if (!first || first.start > 0 || !["country", "organisation", "person"].includes(first.type)) continue;
    const m = SUPERLATIVE_RE.exec(s.text.slice(first.end)) ?? POSSESSIVE_RE.exec(s.text.slice(first.end));
    if (!m) continue;
    const verb = m[1] ?? "is";
    const what = m[2] ?? "";
    const when = m[3] ? ` ${m[3]}` : "";
    const who = first.type === "country" ? "Which country" : first.type === "organisation" ? "Which organisation" : "Who";
    const d = draft(s, {
      kind: "superlative", subject: what, relation: verb, object: first.text,
      objectType: first.type === "country" ? "country" : first.type === "person" ? "person" : "organisation",
      answer: first.text, answerType: first.type === "country" ? "country" : first.type === "person" ? "person" : "organisation",
      question: `${who} ${verb} ${what}${when}?`,
      statement: `${first.text} ${verb} ${what}${when}.`,
      confidence: 0.85,
    });
    if (d) out.push(d);
  }
  return out;
}

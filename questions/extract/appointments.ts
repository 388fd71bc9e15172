/**
 * Appointments, elections and awards: "X was sworn in as the ninth President of Sri Lanka on
 * September 23, 2024", "X was appointed as the new Chief of Army Staff", "The Committee
 * awarded the 2024 Nobel Peace Prize to X", "X won the 2023 Booker Prize".
 */
import type { Annotation } from "../nlp/annotate";
import type { FactDraft } from "./types";
import { draft } from "./types";
import { DATE_PHRASE } from "./dates";

const SWORN_RE = new RegExp(String.raw`^\s+(?:was|has been|were|is)\s+(sworn in|appointed|elected|re-elected|named|nominated|designated)\s+(?:as\s+)?((?:the|a|an)\s+(?:new\s+)?(?:\d+(?:st|nd|rd|th)\s+|first\s+|second\s+|third\s+|fourth\s+|fifth\s+|sixth\s+|seventh\s+|eighth\s+|ninth\s+|tenth\s+)?[A-Z][\p{L}-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\p{L}-]*)*)(?:\s+on\s+(${DATE_PHRASE}))?`, "u");
const AWARDED_RE = /\b(?:awarded|conferred|presented)\s+(?:the\s+)?((?:\d{4}\s+)?[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*\s+(?:Prize|Award|Medal|Ratna|Bhushan|Shri|Vibhushan))\s+(?:on|to)\s+([A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*)/u;
const WON_RE = /^\s+(?:has\s+)?(?:won|received|bagged|was awarded)\s+the\s+((?:\d{4}\s+)?[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*\s+(?:Prize|Award|Medal))/u;

const BASE: Record<string, string> = { "sworn in": "sworn in", appointed: "appointed", elected: "elected", "re-elected": "re-elected", named: "named", nominated: "nominated", designated: "designated" };

/** Extracts appointment and award facts. */
export function extractAppointments(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    for (const n of s.names) {
      if (n.type !== "person" || !ann.people.has(n.text)) continue;
      const m = SWORN_RE.exec(s.text.slice(n.end));
      if (m) {
        const verb = BASE[m[1] ?? "appointed"] ?? "appointed";
        const office = m[2] ?? "";
        const date = m[3];
        const d = draft(s, {
          kind: "role", subject: office, relation: `${verb} as`, object: n.text, objectType: "person",
          answer: n.text, answerFrom: n.start, answerType: "person",
          question: `Who was ${verb} as ${office}${date ? ` on ${date}` : ""}?`,
          statement: `${n.text} was ${verb} as ${office}${date ? ` on ${date}` : ""}.`,
          confidence: 0.88, variant: "appointed",
        });
        if (d) out.push(d);
        if (date) {
          const e = draft(s, {
            kind: "role", subject: `${n.text} ${verb} as ${office}`, relation: "on", object: date, objectType: "date",
            answer: date, answerType: "date",
            question: `When was ${n.text} ${verb} as ${office}?`,
            statement: `${n.text} was ${verb} as ${office} on ${date}.`,
            confidence: 0.82, variant: "appointed-date",
          });
          if (e) out.push(e);
        }
      }
      const w = WON_RE.exec(s.text.slice(n.end));
      if (w) {
        const d = draft(s, {
          kind: "award", subject: w[1] ?? "", relation: "won by", object: n.text, objectType: "person",
          answer: n.text, answerFrom: n.start, answerType: "person",
          question: `Who won the ${w[1]}?`,
          statement: `${n.text} won the ${w[1]}.`,
          confidence: 0.85,
        });
        if (d) out.push(d);
      }
    }
    const a = AWARDED_RE.exec(s.text);
    if (a) {
      const prize = a[1] ?? "";
      const winner = a[2] ?? "";
      const person = s.names.find((n) => n.text === winner && n.type === "person");
      const d = draft(s, {
        kind: "award", subject: prize, relation: "awarded to", object: winner, objectType: person ? "person" : "organisation",
        answer: winner, answerFrom: a.index, answerType: person ? "person" : "other",
        question: `${person ? "Who" : "Who"} was awarded the ${prize}?`,
        statement: `The ${prize} was awarded to ${winner}.`,
        confidence: 0.86,
      });
      if (d) out.push(d);
    }
  }
  return out;
}

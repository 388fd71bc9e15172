/**
 * Appointments, elections and awards: "X was sworn in as the ninth President of Sri Lanka on
 * September 23, 2024", "X was appointed as the new Chief of Army Staff", "The Committee
 * awarded the 2024 Nobel Peace Prize to X", "X won the 2023 Booker Prize".
 */
import type { Annotation } from "../nlp/annotate";
import type { FactDraft } from "./types";
import { draft } from "./types";
import { DATE_PHRASE } from "./dates";

const SWORN_RE = new RegExp(String.raw`^\s+(?:was|has been|were|is)\s+(?:on\s+[A-Z][a-z]+day\s+)?(sworn in|appointed|elected|re-elected|named|nominated|designated)\s+(?:as\s+)?((?:the|a|an)\s+(?:new\s+)?(?:\d+(?:st|nd|rd|th)\s+|first\s+|second\s+|third\s+|fourth\s+|fifth\s+|sixth\s+|seventh\s+|eighth\s+|ninth\s+|tenth\s+)?[A-Z][\p{L}-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\p{L}-]*)*)(?:\s+on\s+(${DATE_PHRASE}))?`, "u");
const AWARDED_RE = /\b(?:awarded|conferred|presented)\s+(?:the\s+)?((?:\d{4}\s+)?[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*\s+(?:Prize|Award|Medal|Ratna|Bhushan|Shri|Vibhushan))\s+(?:on|to)\s+([A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*)/u;
const WON_RE = /^\s+(?:has\s+)?(won|received|bagged|was awarded|(?:has|have) been (?:selected|chosen|named|conferred|honoured|honored)(?: for| with)?|(?:was|were) (?:selected|chosen|named|conferred|honoured|honored)(?: for| with)?)\s+the\s+((?:\d{4}\s+|\d+(?:st|nd|rd|th)\s+)?[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*\s+(?:Prize|Award|Medal|Puraskar|Ratna|Samman))/u;

const BASE: Record<string, string> = { "sworn in": "sworn in", appointed: "appointed", elected: "elected", "re-elected": "re-elected", named: "named", nominated: "nominated", designated: "designated" };

const SUCCEED_RE = /^(?:He|She)\s+(will succeed|succeeds|succeeded|will replace|replaces|replaced)\s+/;

/** Extracts appointment and award facts. */
export function extractAppointments(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  let last: { name: string; office: string; index: number } | undefined;
  for (const s of ann.sentences) {
    if (s.heading) continue;
    // "He will succeed X" right after an appointment: the predecessor.
    const succ = last && last.index === s.index - 1 ? SUCCEED_RE.exec(s.text) : null;
    const pred = succ ? s.names.find((n) => n.type === "person" && n.start === succ[0].length) : undefined;
    if (last && succ && pred) {
      const d = draft(s, {
        kind: "role", subject: `${last.name} as ${last.office}`, relation: "succeeds", object: pred.text, objectType: "person",
        answer: pred.text, answerFrom: pred.start, answerType: "person",
        question: `Whom ${succ[1] === "will succeed" ? "will" : "did"} ${last.name} ${succ[1] === "will succeed" ? "succeed" : "succeed"} as ${last.office}?`,
        statement: `${last.name} ${succ[1]} ${pred.text} as ${last.office}.`,
        exclude: [last.name],
        confidence: 0.82, variant: "predecessor",
      });
      if (d) out.push(d);
    }
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
        // The predecessor held the post, not its ordinal: "the 26th Governor of X" → "the Governor of X".
        last = { name: n.text, office: office.replace(/^(the|a|an)\s+(?:new\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+/, "the "), index: s.index };
        // "… appointed as the 26th Governor of X for a period of three years".
        const term = /^\s+for\s+(?:a\s+(?:period|term)\s+of\s+)?((?:[a-z]+|\d+)\s+years?)\b/.exec(s.text.slice(n.end + m[0].length));
        if (term) {
          const t = draft(s, {
            kind: "duration", subject: `${n.text}'s term as ${office}`, relation: "lasts", object: term[1] ?? "", objectType: "number",
            answer: term[1] ?? "", answerFrom: n.end + m[0].length, answerType: "other",
            question: `For how long was ${n.text} ${verb} as ${office}?`,
            statement: `${n.text} was ${verb} as ${office} for ${term[1]}.`,
            confidence: 0.8, variant: "term", skip: ["mcq", "true_false"],
          });
          if (t) out.push(t);
        }
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
        const prize = w[2] ?? "";
        const verb = w[1] ?? "won";
        const past = /^(?:won|received|bagged)$/.test(verb) ? verb : verb.replace(/^(?:has|have) been/, "was").replace(/^were/, "was");
        const pres = /^(?:has|have) been/.test(verb) ? verb.replace(/^have/, "has") : past;
        // "A and writer B have been selected for …": the co-winner is named in the prompt.
        const co = /([A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*)*)\s+and\s+(?:[a-zA-Z-]+\s+){0,3}$/u.exec(s.text.slice(0, n.start))?.[1];
        const coName = co ? co.split(/\s+/).filter((x, i, all) => /^\p{Lu}/u.test(x) && !(i < all.length - 1 && /^(?:Urdu|Hindi|Tamil|Telugu|Sanskrit|English|Malayalam|Kannada|Bengali|Marathi|Gujarati|Punjabi|Odia|Assamese|Konkani)$/.test(x))).join(" ") : undefined;
        const along = coName ? `, along with ${coName},` : "";
        const d = draft(s, {
          kind: "award", subject: prize, relation: /^(?:won|received|bagged)$/.test(verb) ? `${verb} by` : "conferred on", object: n.text, objectType: "person",
          answer: n.text, answerFrom: n.start, answerType: "person",
          question: /^(?:won|received|bagged)$/.test(verb) ? `Who${along} ${verb} the ${prize}?` : `Who${along} ${pres} the ${prize}?`,
          statement: `${n.text}${along} ${/^(?:won|received|bagged)$/.test(verb) ? verb : pres} the ${prize}.`,
          exclude: coName ? [coName] : [],
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

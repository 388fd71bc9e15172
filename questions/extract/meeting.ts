/**
 * Who met whom: "X (also) met (with) [post] Y", "X … after holding talks with his Indian
 * counterpart Y", "during the meeting with his Russian counterpart Y, X said". A meeting
 * with an absolute date ("On March 3") also yields a date fact.
 */
import type { Annotation } from "../nlp/annotate";
import { roleBefore } from "../nlp/annotate";
import type { NameSpan } from "../nlp/names";
import { MONTHS } from "../nlp/vocab-words";
import { countryOfDemonym } from "../nlp/vocab-places";
import type { FactDraft } from "./types";
import { draft } from "./types";
import { describePerson } from "./people-text";

const MONTH = MONTHS.join("|");
const DATE_RE = new RegExp(`\\b(?:On|on)\\s+((?:${MONTH})\\s+\\d{1,2}(?:,\\s+\\d{4})?|\\d{1,2}\\s+(?:${MONTH})(?:\\s+\\d{4})?)\\b`);
const MET_RE = /^\s+(?:also\s+)?(?:met|meets|met with|meets with|called on)\s+(?:with\s+)?/;
const TALKS_RE = /\b(?:held|holding|hold|holds)\s+(?:bilateral\s+)?talks\s+with\s+(?:his|her|their)?\s*(?:([A-Z][\p{L}-]*)\s+counterpart\s+)?$/u;
const PAIR_TALKS_RE = /^\s+(?:also\s+)?(?:held|hold|holds)\s+(?:bilateral\s+|wide-ranging\s+|delegation-level\s+)?(?:talks|a meeting|discussions)\b/;
const MEETING_WITH_RE = /\bmeeting\s+with\s+(?:his|her|their)?\s*(?:([A-Z][\p{L}-]*)\s+counterpart\s+)?$/u;

function purposeOf(text: string): string | undefined {
  const m = /\bto discuss ([^,.;]{3,60}?)(?:,|\.|;| including\b)/.exec(text);
  if (!m) return undefined;
  const words = (m[1] ?? "").split(" ");
  return words.length <= 7 ? `to discuss ${m[1]}` : undefined;
}

/** Extracts meeting facts (and their dates when the text gives one). */
export function extractMeetings(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  const pairs = new Set<string>();
  // Anyone named in a sentence about meeting or talks may also have been met ("she held talks
  // with X"): never a distractor for a meeting question.
  const met = new Set<string>();
  for (const s of ann.sentences) {
    if (!/\b(?:met|meet|meets|meeting|talks|called on|calls on)\b/.test(s.text)) continue;
    for (const n of s.names) if (n.type === "person") met.add(ann.aliases.get(n.text) ?? n.text);
  }
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const persons = s.names.filter((n) => n.type === "person");
    for (const b of persons) {
      let a: NameSpan | undefined;
      let verb = "met";
      let counterpart: string | undefined;
      const left = s.text.slice(0, b.start);
      const between = (x: NameSpan): string => s.text.slice(x.end, b.start);
      const roleB = roleBefore(s.text, b.start);
      const leftNoRole = roleB ? left.slice(0, left.length - roleB.length - 1) : left;
      a = persons.find((x) => x.end <= b.start && MET_RE.test(between(x).slice(0, between(x).length - (roleB ? roleB.length + 1 : 0))));
      if (!a) {
        // "talks between Prime Minister A and his Bangladeshi counterpart B"
        const bt = /\b(?:talks|meeting)\s+between\s+.*\band\s+(?:his|her|their)\s+(?:([A-Z][\p{L}-]*)\s+counterpart\s+)?$/u.exec(leftNoRole);
        const first = bt ? persons.find((x) => x.end <= b.start && x.start > (bt.index ?? 0)) : undefined;
        if (bt && first) {
          verb = "held talks with";
          counterpart = bt[1];
          a = first;
        }
      }
      if (!a) {
        // "Prime Minister A and his Thai counterpart B also held bilateral talks"
        const pc = /\band\s+(?:his|her)\s+([A-Z][\p{L}-]*)\s+counterpart\s+$/u.exec(leftNoRole);
        const first = pc && PAIR_TALKS_RE.test(s.text.slice(b.end)) ? persons.filter((x) => x.end <= (pc.index ?? 0)).pop() : undefined;
        if (pc && first) {
          verb = "held talks with";
          counterpart = pc[1];
          a = first;
        }
      }
      if (!a) {
        const t = TALKS_RE.exec(leftNoRole) ?? MEETING_WITH_RE.exec(leftNoRole);
        if (t) {
          verb = "held talks with";
          counterpart = t[1];
          a = persons.find((x) => x !== b && x.text !== b.text) ?? undefined;
        }
      }
      if (!a || a.text === b.text) continue;
      const fa = ann.aliases.get(a.text) ?? a.text;
      const fb = ann.aliases.get(b.text) ?? b.text;
      const key = [fa, fb].sort().join("|");
      if (pairs.has(key)) continue;
      pairs.add(key);
      const date = DATE_RE.exec(s.text)?.[1];
      const when = date ? ` on ${date}` : "";
      const purpose = purposeOf(s.text.slice(b.end));
      const subjMid = describePerson(ann, fa);
      const subj = subjMid;
      // "Which Chinese President" reads oddly (there is one); heads of state and government become "leader".
      const leaderRole = roleB && /\b(?:President|Prime Minister|Chancellor|King|Queen|Emperor|Premier)$/i.test(roleB);
      const demonym = roleB ? /^([A-Z][\p{L}-]+)\s/u.exec(roleB)?.[1] : undefined;
      const coordinated = persons.filter((x) => x.start > a.end).length >= 2;
      const whom = counterpart
        ? `Which ${counterpart} counterpart`
        : leaderRole && !coordinated
          ? demonym && countryOfDemonym(demonym) ? `Which ${demonym} leader` : "Which leader"
          : roleB
            ? `Which ${roleB}`
            : "Whom";
      const question =
        verb === "met"
          ? `${whom} did ${subjMid} meet${when}${purpose ? ` ${purpose}` : ""}?`
          : `${whom} did ${subjMid} hold talks with?`;
      const d = draft(s, {
        kind: "meeting",
        subject: fa,
        relation: verb === "met" ? "met" : "held talks with",
        object: fb,
        objectType: "person",
        answer: b.text,
        answerFrom: b.start,
        answerType: "person",
        question: question.replace(/\s+/g, " "),
        statement: `${subj} ${verb === "met" ? "met" : "held talks with"} ${b.text}${when}.`,
        exclude: [...met],
        confidence: 0.8,
      });
      if (d) out.push(d);
      if (date) {
        const dd = draft(s, {
          kind: "meeting",
          subject: `${fa} met ${fb}`,
          relation: "on",
          object: date,
          objectType: "date",
          answer: date,
          answerType: "date",
          question: `On what date did ${subjMid} meet ${describePerson(ann, fb)}?`,
          statement: `${subj} met ${fb} on ${date}.`,
          confidence: 0.8,
          variant: "date",
        });
        if (dd) out.push(dd);
      }
    }
  }
  return out;
}

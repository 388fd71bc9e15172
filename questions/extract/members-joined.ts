/**
 * New members: "Egypt, Ethiopia and the United Arab Emirates joined the bloc as full
 * members." The grouping is resolved from the sentence or the ones before it; every member
 * the article lists for that grouping is excluded from the distractors.
 */
import type { Annotation } from "../nlp/annotate";
import { countryOf, countryRef } from "../nlp/vocab-places";
import { seedFrom } from "../random";
import type { FactDraft } from "./types";
import { draft, upperFirst } from "./types";
import { nearbyOrganisation, orgRef } from "./context";
import { membersNamedElsewhere } from "./members";

const JOINED_RE = /^(.+?)\s+(?:has\s+|have\s+|had\s+)?(?:formally\s+|officially\s+)?joined\s+(?:the\s+)?(bloc|grouping|group|alliance|organisation|organization|forum|[A-Z][\p{L}\p{N}-]*)(?:\s+as\s+((?:its|a|an)\s+(?:[a-z]+\s+)?(?:member state|member|observer|partner country|dialogue partner)|full members|members|observers|partner countries|dialogue partners))?/u;

/** Extracts "A, B and C joined X" facts: one per sentence, asking for one newcomer. */
export function extractJoinedMembers(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const m = JOINED_RE.exec(s.text);
    if (!m) continue;
    const listEnd = (m[1] ?? "").length;
    const members = s.names.filter((n) => n.end <= listEnd && (n.type === "country" || n.type === "organisation"));
    if (members.length < 1) continue;
    const target = m[2] ?? "";
    const org = /^[A-Z]/.test(target) ? target : nearbyOrganisation(ann, s.index);
    if (!org) continue;
    const as = !m[3] ? "" : /^(?:its|a|an)\s/.test(m[3]) ? ` as ${m[3]}` : ` as a ${m[3].replace(/ries$/, "ry").replace(/s$/, "")}`;
    const all = new Set<string>(members.map((x) => countryOf(x.text) ?? x.text));
    // Every country the article names as a member of the same grouping is never a distractor.
    for (const c of membersNamedElsewhere(ann, org)) all.add(c);
    for (const other of ann.sentences) {
      if (/\b(?:members|include)\b/.test(other.text) && Math.abs(other.index - s.index) <= 2) {
        for (const n of other.names) if (n.type === "country") all.add(countryOf(n.text) ?? n.text);
      }
    }
    const pick = members[seedFrom(s.text, 11) % members.length];
    if (!pick) continue;
    const d = draft(s, {
      kind: "members", subject: `countries that joined ${orgRef(org)}${as}`, relation: "includes", object: pick.text, objectType: "country",
      answer: pick.text, answerFrom: pick.start, answerType: members.every((x) => x.type === "country") ? "country" : "organisation",
      question: members.length === 1 ? `Which country joined ${orgRef(org)}${as}?` : `Which of the following joined ${orgRef(org)}${as}?`,
      statement: `${upperFirst(pick.type === "country" ? countryRef(pick.text) : pick.text)} joined ${orgRef(org)}${as}.`,
      exclude: [...all],
      confidence: 0.82, skip: members.length === 1 ? undefined : ["recall"],
    });
    if (d) out.push(d);
  }
  return out;
}

/**
 * Lists of members: "the UNSC comprises five permanent members — A, B, C, D, and E —",
 * "The existing permanent members include A, B, C, D and E". The question asks for one
 * member among non-members (never the whole list typed out); every listed member is
 * excluded from the distractors.
 */
import type { Annotation } from "../nlp/annotate";
import { countryOf, countryRef } from "../nlp/vocab-places";
import { seedFrom } from "../random";
import type { FactDraft } from "./types";
import { draft, upperFirst } from "./types";
import { nearbyOrganisation, withArticle } from "./context";
import { NUMBER } from "./numbers";

const DASH_LIST_RE = new RegExp(`\\b(${NUMBER}\\s+(?:[a-z-]+\\s+)?(?:members|countries|nations|states|partners))\\s*[—–:]\\s*([^—–]+?)\\s*(?:[—–]|\\.$)`);
/** "The G4 nations — Brazil, Germany, India and Japan — …": the group names itself. */
const NAMED_DASH_RE = /\b((?:[Tt]he\s+)?[A-Z][\p{L}\p{N}-]*\s+(?:nations|countries|members|states|economies))\s*[—–]\s*([^—–]+?)\s*(?:[—–]|\.$)/u;
const INCLUDE_RE = /^(?:The\s+|Its\s+|The\s+(?:grouping|bloc|organisation|alliance)[’']s\s+)?((?:[a-z-]+\s+){0,2}(?:members|countries|nations|states|partners))\s+(?:of\s+(?:the\s+)?([A-Z][\w-]*)\s+)?(?:include|includes|are)\s+(.+?)\.?$/;

/** Countries the article names as members of (or joining) an organisation anywhere: "Belarus joined the SCO". */
export function membersNamedElsewhere(ann: Annotation, org: string): string[] {
  const out: string[] = [];
  for (const s of ann.sentences) {
    if (!/\b(?:members?|joined|joins|join|admitted|membership)\b/.test(s.text)) continue;
    if (!s.text.includes(org) && nearbyOrganisation(ann, s.index) !== org) continue;
    for (const n of s.names) if (n.type === "country") out.push(countryOf(n.text) ?? n.text);
  }
  return out;
}

/** Extracts member-list facts: one per list, asking for one member. */
export function extractMembers(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    let group: string | undefined;
    let listText: string | undefined;
    let org: string | undefined;
    const named = NAMED_DASH_RE.exec(s.text);
    const d = DASH_LIST_RE.exec(s.text);
    const i = INCLUDE_RE.exec(s.text);
    let selfNamed = false;
    if (named) {
      group = (named[1] ?? "").trim().replace(/^the\s+/i, "");
      listText = named[2];
      selfNamed = true;
    } else if (d) {
      group = (d[1] ?? "").trim();
      listText = d[2];
    } else if (i) {
      group = (i[1] ?? "").trim().replace(/^(?:existing|current)\s+/, "");
      org = i[2];
      listText = i[3];
    }
    if (!group || !listText) continue;
    const listStart = s.text.indexOf(listText);
    const members = s.names.filter((n) => n.start >= listStart && n.end <= listStart + listText.length && (n.type === "country" || n.type === "organisation" || n.type === "person"));
    if (members.length < 3) continue;
    org = selfNamed ? undefined : org ?? nearbyOrganisation(ann, s.index);
    if ((!org && !selfNamed) || members.some((x) => x.text === org)) continue;
    const type = members.every((x) => x.type === "country") ? "country" : members[0]?.type ?? "other";
    const pick = members[seedFrom(`${s.text}|${group}`, 7) % members.length];
    if (!pick) continue;
    const singular = group.replace(/s$/, "").replace(/countrie$/, "country");
    const whole = org ? `${group} of ${withArticle(org)}` : group;
    const fd = draft(s, {
      kind: "members", subject: whole, relation: "includes", object: pick.text,
      objectType: type === "country" ? "country" : type === "person" ? "person" : "organisation",
      answer: pick.text, answerFrom: pick.start, answerType: type === "country" ? "country" : type === "person" ? "person" : "organisation",
      question: `Which of the following is one of the ${whole}?`,
      statement: `${upperFirst(pick.type === "country" ? countryRef(pick.text) : pick.text)} is one of the ${whole}.`,
      exclude: [...members.map((x) => countryOf(x.text) ?? x.text), ...(org ? membersNamedElsewhere(ann, org) : [])],
      confidence: 0.85, skip: ["recall"],
    });
    if (fd) out.push(fd);
    void singular;
  }
  return out;
}

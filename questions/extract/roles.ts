/**
 * People with their posts: "Chilean Foreign Minister Ana Soto", "Luis Vega, deputy minister
 * of foreign affairs of the Republic of Peru". Each gives two facts:
 * the post a person holds, and who holds a post.
 */
import type { Annotation } from "../nlp/annotate";
import { roleAfter, roleBefore } from "../nlp/annotate";
import { WEAK_ROLE_WORDS } from "../nlp/vocab-roles";
import type { FactDraft } from "./types";
import { draft } from "./types";
import { nationalityOf, roleIsSpecific, similarRoles } from "./people-text";

const RANK_RE = /^(?:Lieutenant|Lt\.?|Major|Maj\.?|Rear|Vice|Air|Brigadier|Colonel|Col\.?|Captain|Commodore|Wing|Group|Squadron|Flight|General|Admiral|Marshal|Commander|\s)+$/;

/** Extracts role facts: one per person (the first sentence that states their post). */
export function extractRoles(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  const seen = new Set<string>();
  for (const s of ann.sentences) {
    if (s.heading) continue;
    for (const n of s.names) {
      const person = ann.aliases.get(n.text) ?? n.text;
      if (n.type !== "person" || !ann.people.has(person) || seen.has(person)) continue;
      // "Lieutenant General X, General Officer Commanding-in-Chief of …": the post, not the rank.
      const before = roleBefore(s.text, n.start);
      const after = roleAfter(s.text, n.end);
      const role = before !== undefined && after !== undefined && RANK_RE.test(before) ? after : before ?? after;
      if (!role) continue;
      const words = role.split(/\s+/);
      if (words.length < 2 || words.some((w) => WEAK_ROLE_WORDS.has(w.toLowerCase()))) continue;
      seen.add(person);
      const article = /^(?:the|a|an)\s/i.test(role) || /^\S+[’']s\s/.test(role) ? "" : "the ";
      const post = draft(s, {
        kind: "role",
        subject: person,
        relation: "holds the post of",
        object: role,
        objectType: "other",
        answer: role,
        answerType: "role",
        question: `What post does ${person} hold?`,
        statement: `${person} is ${roleIsSpecific(role) ? article : nationalityOf(ann, person) ? `${nationalityOf(ann, person)}’s ` : "a "}${role}.`,
        // "X is a Defence Minister" of no stated country is not worth judging.
        skip: roleIsSpecific(role) || nationalityOf(ann, person) ? undefined : ["true_false"],
        exclude: [...ann.people.values()].flatMap((p) => p.roles).filter((r) => r !== role && similarRoles(r, role)),
        confidence: 0.74,
        variant: "post",
      });
      if (post) out.push(post);
      const nation = roleIsSpecific(role) ? undefined : nationalityOf(ann, person);
      const specific = roleIsSpecific(role) || nation !== undefined;
      const whose = nation ? `${nation}’s ` : article;
      const others = [...ann.people.values()].filter((p) => p.name !== person && p.roles.some((r) => similarRoles(r, role))).map((p) => p.name);
      const holder = draft(s, {
        kind: "role",
        subject: role,
        relation: "is held by",
        object: person,
        objectType: "person",
        answer: n.text,
        answerFrom: n.start,
        answerType: "person",
        question: `Who is ${whose}${role}?`,
        statement: `${n.text} is ${whose}${role}.`,
        exclude: others,
        confidence: others.length > 0 || !specific ? 0.45 : 0.72,
        variant: "holder",
        // Swapping the holder makes absurd statements ("X is the US President"); the post variant has its true/false.
        skip: ["true_false"],
      });
      if (holder) out.push(holder);
    }
  }
  return out;
}

/**
 * Who led or headed each delegation: "X, <post>, led the Indian delegation during …",
 * "The Russian delegation was headed by Y", "a delegation led by Z". The event comes
 * from the article context so the question stands alone.
 */
import type { Annotation, AnnotatedSentence } from "../nlp/annotate";
import type { ArticleContext, FactDraft } from "./types";
import { draft } from "./types";

const ACTIVE = /^(?:,[^,]{2,90},)?\s+(?:also\s+)?(led|headed)\s+(the|a|an)\s+((?:[A-Z][\p{L}-]*\s+){0,2})(delegation|side|team|contingent)\b/u;
const PASSIVE = /\b([Tt]he|[Aa]n?)\s+((?:[A-Z][\p{L}-]*\s+){0,2})(delegation|side|team|contingent)\s*,?\s*(?:(?:was|were|is|will be)\s+)?(led|headed)\s+by\s+(?:(?:[A-Z][\p{L}-]*|deputy|foreign|minister|secretary|chief|vice|prime|admiral|general)\s+){0,5}$/u;

/** The event phrase a delegation sentence refers to, or undefined when it cannot be resolved. */
function eventFor(s: AnnotatedSentence, ctx: ArticleContext): string | undefined {
  if (ctx.event) return ctx.event.phrase;
  const m = /\b(?:during|at|for)\s+(the\s+[^,.]{5,80}?(?:meeting|summit|talks|dialogue|conference|consultations|visit|session))\b/.exec(s.text);
  return m?.[1];
}

/** Extracts delegation-leader facts. */
export function extractDelegationLeaders(ann: Annotation, ctx: ArticleContext): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading || !/\b(?:delegation|side|team|contingent)\b/.test(s.text)) continue;
    const event = eventFor(s, ctx);
    for (const n of s.names) {
      if (n.type !== "person") continue;
      let verb: string | undefined;
      let group: string | undefined;
      const a = ACTIVE.exec(s.text.slice(n.end));
      if (a) {
        verb = a[1];
        group = `the ${(a[3] ?? "").trim()} ${a[4]}`.replace(/\s+/g, " ");
      } else {
        const p = PASSIVE.exec(s.text.slice(Math.max(0, n.start - 80), n.start));
        if (p) {
          verb = p[4];
          group = `the ${(p[2] ?? "").trim()} ${p[3]}`.replace(/\s+/g, " ");
        }
      }
      if (!verb || !group) continue;
      const at = event ? ` at ${event}` : "";
      const d = draft(s, {
        kind: "delegation-leader",
        subject: `${group}${at}`,
        relation: `${verb} by`,
        object: n.text,
        objectType: "person",
        answer: n.text,
        answerFrom: n.start,
        answerType: "person",
        question: `Who ${verb} ${group}${at}?`,
        statement: `${n.text} ${verb} ${group}${at}.`,
        confidence: event ? 0.95 : 0.45,
      });
      if (d) out.push(d);
    }
  }
  return out;
}

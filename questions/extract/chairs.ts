/**
 * Who represented a country at the event, who chaired it, and who takes over a rotating
 * presidency: "Asha Rao represented India at the summit", "Kazakh President X chaired the
 * meeting", "China will take over the rotating presidency of the SCO for 2024-25".
 */
import type { Annotation } from "../nlp/annotate";
import type { ArticleContext, FactDraft } from "./types";
import { draft, upperFirst } from "./types";
import { resolveGrouping, orgRef } from "./context";

const REPRESENTED_RE = /^\s+(?:also\s+)?represented\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\s+at\s+the\s+(summit|meeting|conference|session|talks|event|forum)\b/u;
const CHAIRED_RE = /^\s+(?:also\s+)?(chaired|presided over|co-chaired)\s+the\s+(summit|meeting|conference|session|talks|plenary)\b/;
const PRESIDENCY_RE = /^([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\s+(will take over|took over|has taken over|assumed|will assume|has assumed|holds|will hold|took charge of)\s+the\s+((?:rotating\s+)?(?:presidency|chairship|chairmanship|chair))\s+of\s+(?:the\s+)?([A-Z][\p{L}\p{N}-]*(?:\s+[A-Z][\p{L}\p{N}-]*)*)(?:\s+(?:for|from)\s+(\d{4}(?:-\d{2,4})?))?/u;

const ORG_PRESIDENCY_RE = /^([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\s+(holds|will hold|took over|assumed|will assume|has assumed)\s+the\s+([A-Z][\p{L}\p{N}-]*)\s+((?:rotating\s+)?(?:presidency|chairship|chairmanship))(?:\s+(?:for|until|till)\s+((?:\d{4}(?:-\d{2,4})?)|(?:[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?)))?/u;

/** "Brazil holds the G20 presidency until November 30" in the shape PRESIDENCY_RE returns. */
function orgFirstPresidency(text: string): RegExpExecArray | null {
  const m = ORG_PRESIDENCY_RE.exec(text);
  if (!m) return null;
  const until = /\buntil\b|\btill\b/.test(m[0]) ? "until" : "for";
  const shaped = [m[0], m[1], m[2], m[4], m[3], m[5] ? `${m[5]}` : undefined] as unknown as RegExpExecArray;
  shaped.index = m.index;
  (shaped as unknown as { until: string }).until = until;
  return shaped;
}

const GROUPING_CHAIR_RE = /^[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?\s+(will take over|took over|has taken over|assumed|will assume|has assumed)\s+the\s+((?:rotating\s+)?(?:presidency|chairship|chairmanship|chair))\s+of\s+the\s+(grouping|bloc|organisation|organization|alliance|forum)(?:\s+from\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?))?/u;

/** Extracts representation, chair and presidency facts. */
export function extractChairs(ann: Annotation, ctx: ArticleContext): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    for (const n of s.names) {
      if (n.type !== "person" || !ctx.event) continue;
      const r = REPRESENTED_RE.exec(s.text.slice(n.end));
      if (r) {
        const d = draft(s, {
          kind: "delegation-leader", subject: `${r[1]} at ${ctx.event.phrase}`, relation: "represented by", object: n.text, objectType: "person",
          answer: n.text, answerFrom: n.start, answerType: "person",
          question: `Who represented ${r[1]} at ${ctx.event.phrase}?`,
          statement: `${n.text} represented ${r[1]} at ${ctx.event.phrase}.`,
          confidence: 0.9, variant: "represented",
        });
        if (d) out.push(d);
      }
      const c = CHAIRED_RE.exec(s.text.slice(n.end));
      if (c) {
        const d = draft(s, {
          kind: "event", subject: ctx.event.phrase, relation: `${c[1]} by`, object: n.text, objectType: "person",
          answer: n.text, answerFrom: n.start, answerType: "person",
          question: `Who ${c[1]} ${ctx.event.phrase}?`,
          statement: `${n.text} ${c[1]} ${ctx.event.phrase}.`,
          confidence: 0.88, variant: "chair",
        });
        if (d) out.push(d);
      }
    }
    // "Bangladesh took over the chairmanship of the grouping from Thailand": the grouping last named.
    const g = GROUPING_CHAIR_RE.exec(s.text);
    const gWho = g ? s.names.find((x) => x.start === 0 && x.type === "country") : undefined;
    const gOrg = g ? resolveGrouping(ann, s.index, g.index) : undefined;
    if (g && gWho && gOrg) {
      const from = g[4] ? ` from ${g[4]}` : "";
      const d = draft(s, {
        kind: "event", subject: `${g[2]} of ${gOrg}${from}`, relation: g[1] ?? "took over", object: gWho.text, objectType: "country",
        answer: gWho.text, answerType: "country",
        question: `Which country ${g[1]} the ${g[2]} of ${gOrg}${from}?`,
        statement: `${upperFirst(gWho.text)} ${g[1]} the ${g[2]} of ${gOrg}${from}.`,
        exclude: g[4] ? [g[4]] : [],
        confidence: 0.84, variant: "presidency",
      });
      if (d) out.push(d);
    }
    const p = g ? null : PRESIDENCY_RE.exec(s.text) ?? orgFirstPresidency(s.text);
    if (p) {
      const who = s.names.find((x) => x.start === 0 && (x.type === "country" || x.type === "person"));
      if (!who) continue;
      const verb = p[2] ?? "took over";
      const org = orgRef(p[4] ?? "");
      const when = p[5] ? ` ${(p as unknown as { until?: string }).until ?? "for"} ${p[5]}` : "";
      const d = draft(s, {
        kind: "event", subject: `${p[3]} of ${org}${when}`, relation: verb, object: who.text, objectType: who.type === "country" ? "country" : "person",
        answer: who.text, answerType: who.type === "country" ? "country" : "person",
        question: `${who.type === "country" ? "Which country" : "Who"} ${verb} the ${p[3]} of ${org}${when}?`,
        statement: `${upperFirst(who.text)} ${verb} the ${p[3]} of ${org}${when}.`,
        confidence: 0.85, variant: "presidency",
      });
      if (d) out.push(d);
    }
  }
  return out;
}

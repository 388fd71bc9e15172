/**
 * Government schemes and national targets: "PM X launched the Y Yojana, a rooftop solar scheme
 * that aims to …", "The scheme has an outlay of Rs 75,021 crore" ("the scheme" resolved to the
 * last scheme named), "India has set a target of 500 GW of non-fossil fuel capacity by 2030".
 */
import type { Annotation } from "../nlp/annotate";
import type { FactDraft } from "./types";
import { draft, upperFirst } from "./types";

const LAUNCHED_RE = /\blaunched\s+the\s+([A-Z][\p{L}\p{N}-]*(?:\s+[A-Z][\p{L}\p{N}-]*)*),\s+an?\s+((?:[a-z-]+\s+){0,4}(?:scheme|programme|program|mission|initiative|portal|campaign|policy|yojana))\b/u;
const OUTLAY_RE = /^(The scheme|The programme|The mission|The project|The initiative|[A-Z][\p{L}\p{N}-]*(?:\s+[A-Z][\p{L}\p{N}-]*)*)\s+(?:has|will have|had)\s+(?:an?\s+)?(?:total\s+)?(outlay|budget|corpus|cost)\s+of\s+((?:Rs\.?|₹|\$|US\$|INR)\s?[\d,.]+(?:\s+(?:lakh\s+crore|crore|lakh|billion|million|trillion))?)/u;
const TARGET_RE = /^([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\s+(?:has\s+)?(?:set|fixed|announced)\s+(?:itself\s+)?a\s+target\s+of\s+([\d,.]+\s*(?:GW|MW|per cent|%|million tonnes|crore|lakh|billion|million|trillion|km)?)\s+(?:of\s+)?(.+?)\s+by\s+(\d{4})\b/u;

const SCHEME_HEAD = /\s(?:Scheme|Mission|Yojana|Programme|Program|Abhiyan|Initiative)$/;
/** "Under the mission, 50,000 students will be trained …". */
const UNDER_RE = /^Under the (?:scheme|mission|programme|program|initiative|yojana|abhiyan), ((?:\d{1,3}(?:,\d{2,3})+|\d+)(?:\s+(?:lakh|crore|million))?)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(will be|are to be|have been|were|are being)\s+([a-z]+ed)\b/;

/** Extracts scheme and target facts. */
export function extractSchemes(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  let lastScheme: string | undefined;
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const l = LAUNCHED_RE.exec(s.text);
    if (l) {
      const name = l[1] ?? "";
      const what = l[2] ?? "scheme";
      lastScheme = `the ${name}`;
      const who = s.names.find((n) => n.type === "person" && n.end <= l.index);
      if (who) {
        const d = draft(s, {
          kind: "initiative", subject: who.text, relation: "launched", object: name, objectType: "other",
          answer: name, answerFrom: l.index, answerType: "initiative",
          question: `Which ${what} did ${ann.aliases.get(who.text) ?? who.text} launch?`,
          statement: `${ann.aliases.get(who.text) ?? who.text} launched the ${name}, a ${what}.`,
          // Swapping a scheme name into "… a rooftop solar scheme" rarely reads plausibly.
          confidence: 0.8, variant: "launched", skip: ["true_false"],
        });
        if (d) out.push(d);
      }
    }
    // Any scheme-like name the article states is what a later "the scheme" / "the mission" means.
    const named = s.names.filter((n) => SCHEME_HEAD.test(n.text) && n.text.includes(" "));
    const lastNamed = named[named.length - 1];
    if (lastNamed && !l) lastScheme = `the ${lastNamed.text}`;
    const u = UNDER_RE.exec(s.text);
    if (u && lastScheme) {
      const n = u[1] ?? "";
      const what = u[2] ?? "";
      const d = draft(s, {
        kind: "count", subject: `${what} ${u[3]} ${u[4]} under ${lastScheme}`, relation: "number", object: n, objectType: "number",
        answer: n, answerFrom: u[0].indexOf(`, ${n}`) + 2, answerType: "number",
        question: `How many ${what} ${u[3]} ${u[4]} under ${lastScheme}?`,
        statement: `${n} ${what} ${u[3]} ${u[4]} under ${lastScheme}.`.replace(/^./, (c) => c.toUpperCase()),
        confidence: 0.8, variant: "under-count",
      });
      if (d) out.push(d);
    }
    const o = OUTLAY_RE.exec(s.text);
    if (o) {
      const subj = /^The\s/.test(o[1] ?? "") ? lastScheme : `the ${o[1]}`;
      if (subj) {
        const d = draft(s, {
          kind: "count", subject: `${o[2]} of ${subj}`, relation: "is", object: o[3] ?? "", objectType: "number",
          answer: o[3] ?? "", answerType: "other",
          question: `What is the ${o[2]} of ${subj}?`,
          statement: `${upperFirst(subj)} has an ${o[2]} of ${o[3]}.`,
          confidence: 0.75, variant: "outlay", skip: ["mcq", "true_false"],
        });
        if (d) out.push(d);
      }
    }
    const t = TARGET_RE.exec(s.text);
    if (t && s.names.some((n) => n.text === t[1] && (n.type === "country" || n.type === "organisation"))) {
      const d = draft(s, {
        kind: "count", subject: `${t[1]}'s target of ${t[3]} by ${t[4]}`, relation: "is", object: t[2] ?? "", objectType: "number",
        answer: (t[2] ?? "").trim(), answerType: "number",
        question: `What target of ${t[3]} has ${t[1]} set for ${t[4]}?`,
        statement: `${t[1]} has set a target of ${(t[2] ?? "").trim()} of ${t[3]} by ${t[4]}.`,
        confidence: 0.8, variant: "target",
      });
      if (d) out.push(d);
    }
  }
  return out;
}

/**
 * Bilateral ties: "India and Portugal signed four agreements", "The two countries established
 * diplomatic relations in 1975" ("the two countries" resolved to the pair named in the
 * sentences just before; unresolved, the fact is dropped).
 */
import type { Annotation } from "../nlp/annotate";
import type { FactDraft } from "./types";
import { draft } from "./types";
import { NUMBER } from "./numbers";
import { dropRelativeTime } from "./people-text";

const PAIR_RE = /\b([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\s+and\s+(?:the\s+)?([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\b/gu;
const SIGNED_N_RE = new RegExp(String.raw`^(.+?)\s+(?:have\s+|had\s+)?(?:signed|inked|exchanged)\s+(${NUMBER})\s+((?:[a-z-]+\s+){0,2}(?:agreements|MoUs|memoranda of understanding|pacts|accords|documents))\b`, "u");
const RELATIONS_RE = /^(?:The two countries|Both countries|The two nations|Both nations|The two sides|Both sides)\s+(established|set up|restored|normalised|normalized|upgraded)\s+(diplomatic relations|diplomatic ties|relations|ties)\s+in\s+(\d{4})\b/;

/** The country pair named in sentence i or the two before it: "India and Portugal". */
export function countryPair(ann: Annotation, i: number, depth = 2): string | undefined {
  for (let k = i; k >= Math.max(0, i - depth); k--) {
    const s = ann.sentences[k];
    if (!s || s.heading) continue;
    for (const m of s.text.matchAll(PAIR_RE)) {
      const a = s.names.find((n) => n.text === m[1] && n.type === "country");
      const b = s.names.find((n) => n.text === m[2] && n.type === "country");
      if (a && b) return `${a.text} and ${m[0].includes(" and the ") ? "the " : ""}${b.text}`;
    }
  }
  return undefined;
}

/** Extracts bilateral facts: number of agreements signed, year relations were established. */
export function extractBilateral(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const n = SIGNED_N_RE.exec(s.text);
    if (n) {
      const who = dropRelativeTime((n[1] ?? "").trim());
      const names = s.names.filter((x) => x.end <= (n[1] ?? "").length && x.type === "country");
      if (names.length >= 2 && who.split(/\s+/).length <= 8) {
        const d = draft(s, {
          kind: "agreement", subject: `${who} signed ${n[3]}`, relation: "number", object: n[2] ?? "", objectType: "number",
          answer: n[2] ?? "", answerFrom: who.length, answerType: "number",
          question: `How many ${n[3]} did ${who} sign?`,
          statement: `${who} signed ${n[2]} ${n[3]}.`,
          confidence: 0.82, variant: "count",
        });
        if (d) out.push(d);
      }
    }
    const r = RELATIONS_RE.exec(s.text);
    if (r) {
      const pair = countryPair(ann, s.index);
      if (!pair) continue;
      const base = { established: "establish", "set up": "set up", restored: "restore", normalised: "normalise", normalized: "normalize", upgraded: "upgrade" }[r[1] ?? "established"] ?? "establish";
      const d = draft(s, {
        kind: "milestone", subject: `${pair} ${r[2]}`, relation: `${r[1]} in`, object: r[3] ?? "", objectType: "year",
        answer: r[3] ?? "", answerType: "year",
        question: `In which year did ${pair} ${base} ${r[2]}?`,
        statement: `${pair} ${r[1]} ${r[2]} in ${r[3]}.`,
        confidence: 0.85, variant: "relations",
      });
      if (d) out.push(d);
    }
  }
  return out;
}

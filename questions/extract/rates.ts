/**
 * Policy rates and targets: "The MPC … kept the repo rate unchanged at 6.5 per cent",
 * "the RBI cut the repo rate by 25 basis points to 6.25 per cent". The rate value is the answer.
 */
import type { Annotation } from "../nlp/annotate";
import type { FactDraft } from "./types";
import { draft } from "./types";
import { dropRelativeTime } from "./people-text";

const RATE_RE = /^(.*?)\s+(kept|left|held|raised|hiked|increased|cut|reduced|lowered)\s+the\s+((?:[a-z-]+\s+){0,2}rate)\s+(unchanged\s+at|at|to|by\s+\d+\s+basis\s+points\s+to)\s+(\d+(?:\.\d+)?\s*(?:per cent|percent|%))/;

/** Extracts rate facts. */
export function extractRates(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const m = RATE_RE.exec(s.text);
    if (!m) continue;
    const who = dropRelativeTime(m[1] ?? "").replace(/^The\b/, "the").replace(/\s*\([A-Z]{2,8}\)/, "");
    if (!/[A-Z]/.test(who) || who.split(/\s+/).length > 10) continue;
    const verb = m[2] ?? "kept";
    const base = ({ kept: "keep", left: "leave", held: "hold", raised: "raise", hiked: "hike", increased: "increase", cut: "cut", reduced: "reduce", lowered: "lower" } as Record<string, string>)[verb] ?? verb;
    const how = (m[4] ?? "").startsWith("unchanged") ? " unchanged" : "";
    const rate = m[3] ?? "rate";
    const value = m[5] ?? "";
    const d = draft(s, {
      kind: "count", subject: `${rate} (${who})`, relation: `${verb} at`, object: value, objectType: "number",
      answer: value, answerType: "number",
      question: `At what level did ${who} ${base} the ${rate}${how}?`,
      statement: `${who.charAt(0).toUpperCase()}${who.slice(1)} ${verb} the ${rate}${how} at ${value}.`,
      confidence: 0.82, variant: "rate",
    });
    if (d) out.push(d);
  }
  return out;
}

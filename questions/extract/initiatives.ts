/**
 * Initiatives, programmes and projects: "under the ‘X’ initiative", "the X programme".
 * A clause "SUBJ is ready to … under the X initiative" becomes "Under which initiative is
 * SUBJ ready to …?".
 */
import type { Annotation } from "../nlp/annotate";
import type { FactDraft } from "./types";
import { draft } from "./types";
import { dropRelativeTime } from "./people-text";

const TAIL = String.raw`\s+(is|are|was|were|will|has|have|can)\s+([^,;“”]*?)\s+under\s+the\s+([‘'"“]?)([A-Z][\p{L}-]*(?:\s+(?:[A-Z][\p{L}-]*|in|of|for|and|the)){0,5})[’'"”]?\s+(initiative|programme|program|scheme|mission|campaign|policy)\b`;
const THAT_RE = new RegExp(String.raw`\bthat\s+([A-Z][^,;“”]*?)` + TAIL, "u");
const START_RE = new RegExp(String.raw`^([A-Z][^,;“”]*?)` + TAIL, "u");

/** Extracts initiative facts. */
export function extractInitiatives(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const m = THAT_RE.exec(s.text) ?? START_RE.exec(s.text);
    if (!m) continue;
    const subj = (m[1] ?? "").trim();
    if (/^(?:It|They|He|She|This|That)\b/.test(subj) || subj.split(" ").length > 6) continue;
    const aux = m[2] ?? "";
    const rest = dropRelativeTime(m[3] ?? "");
    const q = m[4] ?? "";
    const name = m[5] ?? "";
    const head = m[6] ?? "initiative";
    const close = q === "‘" ? "’" : q === "“" ? "”" : q;
    const d = draft(s, {
      kind: "initiative", subject: subj, relation: `${aux} ${rest} under`, object: name, objectType: "other",
      answer: name, answerType: "initiative",
      question: `Under which ${head} ${aux} ${subj} ${rest}?`,
      statement: `${subj} ${aux} ${rest} under the ${q}${name}${close} ${head}.`,
      confidence: 0.8,
    });
    if (d) out.push(d);
  }
  return out;
}

/**
 * Declarative statements for true/false: the clause that states the fact, without its
 * attribution and asides, its subject resolved; undefined when the subject cannot be.
 */
import type { Clause } from "../analyse/clause";
import type { ParsedSentence } from "../analyse/parse-sentence";
import type { Candidate } from "../answers/types";

const PRONOUN = /^(?:he|she|it|they|we|i|you|this|that|these|those|its|his|her|their)\b/i;

/**
 * @example statementOf(ps, clause, c, resolve) // "Novo Nordisk's market share remained steady at 25%."
 */
export function statementOf(ps: ParsedSentence, clause: Clause, c: Candidate, resolve: (s: string) => string | undefined): string | undefined {
  let out = "";
  let i = clause.start;
  for (const [x, y] of [...clause.drop].sort((a, b) => a[0] - b[0])) {
    if (y <= i || x >= clause.end) continue;
    if (x > i) out += ps.text.slice(i, x);
    i = Math.max(i, y);
  }
  if (i < clause.end) out += ps.text.slice(i, clause.end);
  out = out.replace(/\s+/g, " ").replace(/\s+([,;:.])/g, "$1").replace(/[\s,;:—–-]+$/, "").trim();
  if (!out.includes(c.text)) return undefined;
  const subject = ps.text.slice(clause.subject[0], clause.subject[1]).trim();
  if (PRONOUN.test(subject)) {
    const r = resolve(subject);
    if (!r) return undefined;
    out = out.replace(subject, r);
  }
  if (/[“”"]/.test(out) && (out.match(/[“”"]/g) ?? []).length % 2 === 1) return undefined;
  const words = out.split(/\s+/).length;
  if (words < 5 || words > 40) return undefined;
  return `${out.charAt(0).toUpperCase()}${out.slice(1)}.`;
}

/**
 * Declarative statements for true/false: the clause that states the fact, without its
 * attribution and asides, its subject resolved; undefined when the subject cannot be.
 */
import type { Clause } from "../analyse/clause";
import type { ParsedSentence } from "../analyse/parse-sentence";
import type { Candidate } from "../answers/types";
import { PRONOUN_SUBJECT, VAGUE_SUBJECT } from "../analyse/context";
import { readsWell } from "./check";
import { anchorTimes } from "./time";
import { CONNECTIVE, dropDeicticOpener } from "./openers";

const LEADING_CONNECTIVE = new RegExp(`^(?:${CONNECTIVE}),?\\s+`, "i");

/**
 * @example statementOf(ps, clause, c, resolve) // "Novo Nordisk's market share remained steady at 25%."
 */
export function statementOf(
  ps: ParsedSentence,
  clause: Clause,
  c: Candidate,
  resolve: (s: string) => string | undefined,
  published?: string,
): string | undefined {
  // "changes to the GDP series, inflation and industrial production data to strengthen data quality, credibility and …":
  // an "aside" between commas that opens with a common noun, followed by "X and Y", is the middle of a list.
  for (const [x, y] of clause.drop) {
    if (x < clause.start || y > clause.end) continue;
    if (/^,?\s[a-z]/.test(ps.text.slice(x, y)) && /^,?\s*[a-z][\p{L}-]*(?:\s[\p{L}-]+){0,2}\s(?:and|or)\s/u.test(ps.text.slice(y))) return undefined;
  }
  let out = "";
  let i = clause.start;
  for (const [x, y] of [...clause.drop].sort((a, b) => a[0] - b[0])) {
    if (y <= i || x >= clause.end) continue;
    if (x > i) out += ps.text.slice(i, x);
    i = Math.max(i, y);
  }
  if (i < clause.end) out += ps.text.slice(i, clause.end);
  // A clause that ends inside a list ("… cotton and man-made yarns, fabrics, made-ups and …") says half a thing.
  // (", including trade, fentanyl flows and Taiwan" is an aside the clause leaves out, not the list it ends in.)
  if (
    /^,\s*(?!(?:including|such as|like|notably|especially|among them)\b)[\p{L}'’-]+(?:\s[\p{L}'’-]+){0,3}\s*(?:,|and\b|or\b)/u.test(ps.text.slice(clause.end))
  )
    return undefined;
  // "…, with one member, Shin Hye-rin, dissenting in favour of …": an absolute phrase cut before its participle says nothing.
  if (/^,\s[a-z]+ing\b/.test(ps.text.slice(clause.end)) && /,\swith\s[^,]*,\s[^,]*$/.test(ps.text.slice(clause.start, clause.end))) return undefined;
  // "… Commander Reid Wiseman, pilot Victor Glover, and mission specialists …": the list goes on.
  if (/^,?\s(?:and|or)\s/.test(ps.text.slice(clause.end)) && /,\s/.test(ps.text.slice(clause.start, clause.end))) return undefined;
  // The clause's own length: a relative time made a date ("Wednesday" → "on March 11, 2026") does not make it longer to read.
  const ownWords = out.trim().split(/\s+/).length;
  out = anchorTimes(dropDeicticOpener(out), published)
    .replace(LEADING_CONNECTIVE, "")
    .replace(/\s+/g, " ")
    .replace(/\s+([,;:.])/g, "$1")
    .replace(/[\s,;:—–-]+$/, "")
    .replace(/^[\s,;:]+/, "")
    .trim();
  if (!out.includes(c.text) || !out.includes(clause.verb.text)) return undefined;
  const subject = ps.text.slice(clause.subject[0], clause.subject[1]).trim();
  if (PRONOUN_SUBJECT.test(subject) || VAGUE_SUBJECT.test(subject)) {
    const r = resolve(subject);
    if (!r) return undefined;
    out = out.replace(subject, r);
  }
  // "… in 2019, most of them young children, died": a pronoun left by a cut points at nothing.
  if (/,\s(?:most|many|some|all|none|half|one|two|three)\sof\s(?:them|it)\b/i.test(out)) return undefined;
  if (/[“”"]/.test(out) && (out.match(/[“”"]/g) ?? []).length % 2 === 1) return undefined;
  // "…, where he is expected to meet Xi to discuss …": a long statement loses the aside that trails its answer.
  if (out.split(/\s+/).length > 30) {
    const tail = /,\s(?:where|which|who|whose|while|as|with|when|before|after|amid|until|in what|a move|in a move|in a bid)\s/.exec(
      out.slice(out.indexOf(c.text) + c.text.length),
    );
    if (tail) out = out.slice(0, out.indexOf(c.text) + c.text.length + tail.index);
  }
  const words = out.split(/\s+/).length;
  if (words < 5 || Math.min(words, ownWords) > 36) return undefined;
  if (clause.verb.negative) return undefined; // "The IEA did not detail …": what a text leaves out is no fact
  const statement = `${out.charAt(0).toUpperCase()}${out.slice(1)}.`.replace(/([.!?])\.$/, "$1");
  return readsWell(statement) ? statement : undefined;
}

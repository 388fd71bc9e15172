/**
 * Who supported what: "Russia reiterated its support for India’s bid …", "X voiced support
 * for …", "X backs Y’s candidacy". Everyone who supports something in the article is
 * excluded from the distractors of every support question.
 */
import type { Annotation } from "../nlp/annotate";
import type { FactDraft } from "./types";
import { cleanPhrase, draft } from "./types";
import { countryOfRole } from "./people-text";
import { countryOf } from "../nlp/vocab-places";

const SUPPORT_RE = /^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(extended|reiterated|voiced|expressed|reaffirmed|pledged|offered|announced|declared)\s+(?:its|his|her|their)?\s*(?:strong\s+|full\s+|firm\s+|unequivocal\s+)?support\s+(?:for|to)\s+(.+?)(?=,|\s+and\s+also\b|\s+during\b|\s+at\s+the\b|\s+in\s+a\b|\.$)/;
const BACKS_RE = /^\s+(?:also\s+)?(backs|backed|supports|supported|endorsed|endorses)\s+(.+?)(?=,|\s+during\b|\.$|$)/;

/** Extracts support facts. */
export function extractSupport(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  const supporters = new Set<string>();
  for (const s of ann.sentences) {
    if (!/\b(?:support|back|endorse)/i.test(s.text)) continue;
    for (const n of s.names) {
      if (n.type === "country") supporters.add(countryOf(n.text) ?? n.text);
      if (n.type === "person") {
        const full = ann.aliases.get(n.text) ?? n.text;
        supporters.add(full);
        for (const r of ann.people.get(full)?.roles ?? []) {
          const c = countryOfRole(r);
          if (c) supporters.add(c);
        }
      }
    }
  }
  // A supporter country's officials also count as supporters.
  for (const p of ann.people.values()) {
    if (p.roles.some((r) => supporters.has(countryOfRole(r) ?? ""))) supporters.add(p.name);
  }
  for (const s of ann.sentences) {
    if (s.heading) continue;
    for (const n of s.names) {
      if (n.type !== "country" && n.type !== "person" && n.type !== "organisation") continue;
      const after = s.text.slice(n.end);
      const m = SUPPORT_RE.exec(after) ?? BACKS_RE.exec(after);
      if (!m) continue;
      const verb = m[1] ?? "";
      const what = cleanPhrase((m[2] ?? "").trim());
      if (what.split(" ").length < 2 || what.split(" ").length > 25) continue;
      const pre = s.text.slice(0, n.start);
      if (pre.trim() !== "" && !/,\s*$/.test(pre) && !/^(?:Earlier this year|Last year|On \w+ \d+),?\s*$/.test(pre.trim()) && !/\b(?:leader|President|Minister)\s*$/.test(pre)) {
        // The name must be the subject of the clause: at the start or after a post.
        if (!/\s$/.test(pre) || /\b(?:of|for|to|with|from|in)\s+$/.test(pre)) continue;
      }
      const who = n.type === "country" ? "Which country" : n.type === "person" ? "Who" : "Which organisation";
      const phrase = SUPPORT_RE.test(after) ? `${verb} its support for ${what}` : `${verb} ${what}`;
      const question = n.type === "person" ? `${who} ${phrase.replace(/\bits /, "")}?` : `${who} ${phrase}?`;
      const d = draft(s, {
        kind: "support",
        subject: n.text,
        relation: "supports",
        object: what,
        objectType: "other",
        answer: n.text,
        answerFrom: n.start,
        answerType: n.type === "country" ? "country" : n.type === "person" ? "person" : "organisation",
        question,
        statement: `${n.text} ${n.type === "person" ? phrase.replace(/\bits /, "") : phrase}.`,
        exclude: [...supporters],
        confidence: what.split(" ").length <= 3 ? 0.45 : 0.75,
      });
      if (d) out.push(d);
    }
  }
  return out;
}

/**
 * Who said what: a named speaker with a balanced quotation (“…”) or a reported clause
 * ("X said that Lima is ready to …"). Speakers given only as pronouns are skipped:
 * the evidence must name them.
 */
import type { Annotation } from "../nlp/annotate";
import { PRONOUNS } from "../nlp/vocab-words";
import type { FactDraft } from "./types";
import { draft } from "./types";
import { dropRelativeTime } from "./people-text";

const SAY = /^\s+(?:also\s+)?(?:on\s+[A-Z]\w+\s+)?(said|says|added|stated|told reporters|noted|asserted|stressed|emphasised|emphasized|remarked)\b/;

function balanced(text: string): boolean {
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  return open === close && (text.match(/"/g) ?? []).length % 2 === 0;
}

/** Extracts quote facts: subject the speaker, object what was said. */
export function extractQuotes(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    for (const n of s.names) {
      if (n.type !== "person") continue;
      const after = s.text.slice(n.end);
      const say = SAY.exec(after);
      if (!say) continue;
      const full = ann.aliases.get(n.text) ?? n.text;
      const rest = after.slice(say[0].length);
      let said: string | undefined;
      let form: "clause" | "quote" = "clause";
      const clause = /^\s*(?:that\s+)?([^"]+?)\.?$/.exec(rest);
      const quote = /“(\p{Lu}[^“”]{25,300})”/u.exec(s.text) ?? /"(\p{Lu}[^"“”]{25,300})"/u.exec(s.text);
      if (clause && /^\s*that\s/.test(rest) && balanced(clause[1] ?? "") && !PRONOUNS.has((clause[1] ?? "").split(" ")[0]?.toLowerCase() ?? "")) {
        // "… and he believes that …": the reported clause ends where a pronoun clause begins.
        said = dropRelativeTime(clause[1] ?? "").replace(/,?\s+and\s+(?:he|she|they|it)\s+.*$/, "");
      } else if (quote && balanced(s.text)) {
        said = (quote[1] ?? "").replace(/[,;:]$/, "");
        form = "quote";
      }
      if (!said || said.split(" ").length < 4 || said.split(" ").length > 30) continue;
      if (said.includes(n.text) || /\b(?:he|she|they|this|it)\b/i.test(said.split(" ").slice(0, 2).join(" "))) continue;
      const question = form === "clause" ? `Who said that ${said}?` : `Who said: “${said}”?`;
      const statement = form === "clause" ? `${n.text} said that ${said}.` : `${n.text} said: “${said}”.`;
      const d = draft(s, {
        kind: "quote",
        subject: full,
        relation: "said",
        object: said,
        objectType: "quote",
        answer: n.text,
        answerFrom: n.start,
        answerType: "person",
        question,
        statement,
        confidence: form === "clause" ? 0.7 : 0.6,
      });
      if (d) out.push(d);
    }
  }
  return out;
}

/**
 * Article context for self-contained questions: who "he" or "the company" is, from the
 * headline and the sentences before. Never invented: when the text does not say, undefined.
 */
import type { Candidate } from "../answers/types";

/** The entities each sentence names, in article order (the headline is sentence -1). */
export interface Mentions {
  sentence: number;
  candidates: readonly Candidate[];
}

const COMPANY = new Set(["company", "firm", "drugmaker", "startup", "carmaker", "chipmaker", "lender", "insurer", "airline", "conglomerate", "manufacturer", "retailer", "group", "platform", "marketplace"]);

/**
 * A resolver of pronoun and vague subjects for one sentence.
 *
 * @example resolver(mentions, 3)("the company") // "Alibaba.com", when the company was named before
 */
export function resolver(mentions: readonly Mentions[], sentence: number): (subject: string) => string | undefined {
  const before = mentions.filter((m) => m.sentence < sentence).sort((a, b) => b.sentence - a.sentence);
  const recent = before.filter((m) => m.sentence >= sentence - 3);
  return (subject: string) => {
    const s = subject.trim();
    const head = /^(?:the|this|that)\s+(.+)$/i.exec(s)?.[1]?.toLowerCase();
    if (/^(?:he|she)\b/i.test(s)) {
      const rest = s.replace(/^(?:he|she)\b/i, "");
      const people = recent.flatMap((m) => m.candidates.filter((c) => c.kind === "person"));
      const names = [...new Set(people.map((p) => p.text))];
      if (names.length === 0) return undefined;
      // the most recent sentence that names exactly one person
      for (const m of recent) {
        const ps = [...new Set(m.candidates.filter((c) => c.kind === "person").map((c) => c.text))];
        if (ps.length === 1) return `${ps[0]}${rest}`;
        if (ps.length > 1) return undefined;
      }
      return undefined;
    }
    if (!head) return undefined;
    const word = head.split(/\s+/)[0]!;
    const rest = s.slice(s.toLowerCase().indexOf(word) + word.length);
    const match = (c: Candidate): boolean => {
      if (c.kind !== "organisation" && c.kind !== "named" && c.kind !== "country" && c.kind !== "place") return false;
      if (word === "country" || word === "nation") return c.kind === "country";
      if (COMPANY.has(word)) return c.kind === "organisation" && (c.category === undefined || COMPANY.has(c.category));
      if (word === "bank") return c.kind === "organisation" && /bank/.test(c.category ?? "");
      return c.category === word;
    };
    for (const m of [...before, ...mentions.filter((x) => x.sentence === -1)]) {
      const hits = [...new Set(m.candidates.filter(match).map((c) => c.text))];
      if (hits.length === 1) return `${/^(?:country|nation)$/.test(word) ? hits[0] : theFor(hits[0]!)}${rest}`;
      if (hits.length > 1) return undefined;
    }
    return undefined;
  };
}

/** "the International Monetary Fund" but "Alibaba.com", "India". */
function theFor(name: string): string {
  return /^(?:Ministry|Department|Bank of|International|European|World|United|Institute|National|Federal|Reserve|Supreme|Central|Organi[sz]ation)\b/.test(name) ? `the ${name}` : name;
}

/**
 * What a relative clause says of a name, as a sentence of its own: "The only dissenter was Hajime
 * Takata, who … proposed a rate hike to 1%." → "Hajime Takata … proposed a rate hike to 1%."; "…
 * builds on the CEPA, which took effect in January 2023 …" → "The CEPA took effect in January 2023 …".
 * The clause runs to the end of the sentence or to a dash or semicolon; its verb follows the
 * pronoun at once.
 */
import type { Candidate } from "../answers/types";
import { plain } from "../answers/types";

/**
 * The relative clause holding the answer, made a sentence with its antecedent as subject, and the
 * shift from offsets of the sentence to offsets of the new text; undefined when there is none.
 *
 * @example relativeStatement("The only dissenter was Hajime Takata, who proposed a hike to 1%.", onePercent, all)
 * // { text: "Hajime Takata proposed a hike to 1%.", shift: -… } (with the role named: "Hajime Takata, the only dissenter in …, proposed …")
 */
export function relativeStatement(
  sentence: string,
  c: Candidate,
  all: readonly Candidate[],
  resolve: (subject: string) => string | undefined = () => undefined,
): { text: string; shift: number } | undefined {
  const t = plain(sentence);
  for (const m of t.matchAll(/,\s(who|which)\s(?!(?:the|a|an|its|their|his|her|in|of|to|for|on|at|by|with|from|he|she|it|they|we|i)\b)(?=[a-z]+\s)/g)) {
    const at = m.index ?? 0;
    const from = at + m[0].length;
    if (c.outerStart < from) continue;
    // "who" is a person's; "which" a body's or a named thing's, never a place's ("the centre in Pune, which
    // issues …" is the centre's). A "which" after a preposition may be the head noun's ("a dispute over deliveries
    // via the Druzhba pipeline, which led …"), so may a "who" after "of": not asked.
    const ante = all.find((x) => x.end === at && (m[1] === "who" ? x.kind === "person" : x.kind === "organisation" || x.kind === "named"));
    if (!ante || ante === c) continue;
    const before = t.slice(0, ante.outerStart);
    if (m[1] === "which" ? /\b(?:in|at|of|from|to|by|with|for|on|over|near|via|under|through)\s(?:the\s)?$/i.test(before) : /\bof\s(?:the\s)?$/i.test(before))
      continue;
    const stop = /\s[—–]\s|;\s|,\s(?:while|but|whereas|although)\s|,\s(?:[\p{Lu}][\p{L}.'-]*\s?){1,4}(?:said|says)\b|,\s(?:said|according to)\b/u.exec(
      t.slice(from),
    );
    // "The COP28 climate summit, which ran one day into extra time …, ended early on Wednesday …": a clause inside
    // the sentence's own subject ends where the sentence's verb comes.
    const opens = /^(?:the\s)?$/i.test(before);
    const main = opens
      ? /,\s(?:also\s)?(?:[a-z]{3,}ed|has|had|is|was|are|were|will|would|said|says|met|won|took|made|held|left|set|cut)\s/.exec(t.slice(from))
      : null;
    const cut = [stop?.index, main?.index].filter((x): x is number => x !== undefined);
    const end = cut.length > 0 ? from + Math.min(...cut) : t.length;
    if (c.end > end) continue;
    const body = sentence.slice(from, end).replace(/[.\s]+$/, "");
    // "the Indonesia-Korea CEPA, which …": the name keeps the article the sentence gave it.
    const the = /\bthe\s$/i.test(t.slice(0, ante.outerStart)) ? "The " : "";
    // "The only dissenter was Hajime Takata, who …" → "Hajime Takata, the only dissenter in the BOJ's vote, …": what the
    // sentence said the person was stays with them, where the article lets it be named.
    const role = /^(The\s[^,]{2,60}?)\s(?:was|is)\s$/.exec(before)?.[1];
    const named = role ? resolve(role) : undefined;
    const subject = `${the}${sentence.slice(ante.outerStart, ante.end)}${named ? `, ${named},` : ""}`;
    const text = `${subject} ${body}.`;
    return { text: text.charAt(0).toUpperCase() + text.slice(1), shift: subject.length + 1 - from };
  }
  return undefined;
}

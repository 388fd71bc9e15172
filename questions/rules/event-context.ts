/**
 * A rule over realised questions: "Who led the Indian delegation?" does not say at which
 * meeting. A delegation, side or team is placed at the article's event, named by its headline
 * or lead ("the 13th meeting of the India-Russia joint working group on …"), when the question
 * does not name one. Nothing is invented: without such a phrase the question is left as it is.
 */

const ORDINAL = String.raw`(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural|annual)`;
const GATHERING = "meeting|session|round|edition|summit|talks|dialogue|conference|consultations|visit";
const EVENT = new RegExp(
  String.raw`\bthe ${ORDINAL}(?: [\p{L}-]+){0,3}? (?:${GATHERING}) of (?:the )?[^,.;]+?(?=\s(?:held|was|were|in|on|at|from|between|to|with)\b|[,.;]|$)`,
  "iu",
);
const NAMED = new RegExp(String.raw`\bthe (?:${ORDINAL} )?[\p{Lu}][\p{L}-]*(?:[ -][\p{Lu}][\p{L}-]*)*(?: [a-z-]+){0,3} (?:${GATHERING})\b`, "u");

/**
 * The article's event as a noun phrase, from the headline, then the first three sentences.
 *
 * @example articleEvent("India, Russia hold talks", ["The 13th meeting of the India-Russia joint working group on counter-terrorism was held in Moscow."]) // "the 13th meeting of the India-Russia joint working group on counter-terrorism"
 */
export function articleEvent(headline: string, lead: readonly string[]): string | undefined {
  for (const text of [headline, ...lead.slice(0, 3)]) {
    const m = EVENT.exec(text) ?? NAMED.exec(text);
    if (m) return m[0].replace(/^The\b/, "the");
  }
  return undefined;
}

/**
 * "Who led the Indian delegation?" → "Who led the Indian delegation at the 13th meeting of …?"
 *
 * @example placeDelegation("Who headed the Russian delegation?", "the 13th meeting of the JWG") // "Who headed the Russian delegation at the 13th meeting of the JWG?"
 */
export function placeDelegation(prompt: string, event: string | undefined): string {
  if (!event) return prompt;
  const m = /\b(?:the|an?) (?:[\p{L}-]+ ){0,2}(?:delegation|side|team)\b/u.exec(prompt);
  if (!m) return prompt;
  const after = prompt.slice(m.index + m[0].length);
  // the question already says where: "during the JWG …", "at the summit …"
  if (/^\s(?:at|during|to|for|in) (?:the )?[\p{Lu}\d]/u.test(after) || prompt.includes(event)) return prompt;
  const rest = after.replace(/^\s(?:during|at) [^?]*(?=\?$)/, "");
  return `${prompt.slice(0, m.index + m[0].length)} at ${event}${rest}`;
}

/**
 * Naming an event the article already told: "the local ceasefire" → "the local ceasefire between
 * Russia and Ukraine" after "Russia and Ukraine agreed to a local ceasefire …"; "the meeting" →
 * "the meeting between Xi Jinping and Cheng Li-wun" after "Xi Jinping met with … Cheng Li-wun".
 * Only from the sentences before (and the headline), and only when they say who the two sides are.
 */
import type { Candidate } from "../answers/types";
import { plain } from "../answers/types";
import { PACTS } from "./antecedents";
import { theCountry, type Mentions } from "./context";

/** Events two sides make: a noun's group of synonyms (antecedents' PACTS), the noun first. */
const pactHeads = (head: string): readonly string[] | undefined => {
  const group = PACTS.find((g) => g.includes(head));
  return group && [head, ...group.filter((w) => w !== head)];
};
const MEETING_HEADS = new Set(["meeting", "talks", "summit"]);

/** "agreed to a local ceasefire", "signed an interim trade deal", "reached a truce"; a headline's "sign landmark trade deal". */
const MADE = String.raw`(?:have\s|has\s|had\s)?(?:agreed\s(?:to|on)|agrees?\s(?:to|on)|signed|signs?|reached|reach(?:es)?|struck|strikes?|sealed|seals?|inked|inks?|concluded|announced|brokered|formali[sz]ed|finali[sz]ed)\s(?:a|an|the)?\s?(?:[\p{Ll}-]+\s){0,2}`;

const MADE_HEAD = new Map<string, RegExp>();

/** One side of an event: a country, body or person the sentence names. */
function sides(m: Mentions): readonly Candidate[] {
  return m.candidates.filter((c) => c.kind === "country" || c.kind === "organisation" || c.kind === "person" || c.kind === "place");
}

/** The two sides of a sentence's "A and B agreed to a <head>", in order. */
function pactSides(text: string, m: Mentions, heads: readonly string[]): [string, string] | undefined {
  const t = plain(text);
  for (const h of heads) {
    let re = MADE_HEAD.get(h);
    if (!re) MADE_HEAD.set(h, (re = new RegExp(String.raw`${MADE}${h}\b`, "u")));
    const made = re.exec(t);
    if (!made) continue;
    // "Russia and Ukraine agreed …", "The U.S. and Iran agreed …": the two names that end just before the verb.
    const before = sides(m).filter((c) => c.end <= made.index);
    const b = before[before.length - 1];
    const a = before[before.length - 2];
    if (!a || !b) continue;
    if (!/^\s+and\s+(?:the\s+)?$/i.test(t.slice(a.end, b.outerStart)) || !/^\s*$/.test(t.slice(b.end, made.index))) continue;
    return [a.text, b.text];
  }
  return undefined;
}

/** The two sides of "A met (with) B", people or delegations. */
function meetingSides(text: string, m: Mentions): [string, string] | undefined {
  const t = plain(text);
  const met = /\b(?:met|held talks|held a meeting)\s(?:with\s)?/.exec(t);
  if (!met) return undefined;
  const people = m.candidates.filter((c) => c.kind === "person");
  const a = people.filter((c) => c.end <= met.index).pop();
  const b = people.find((c) => c.outerStart >= met.index + met[0].length);
  // "A met with Kuomintang chair B": the second side may carry its post before it, nothing else.
  if (!a || !b || !/^\s*(?:,[^,]*,\s*)?$/.test(t.slice(a.end, met.index))) return undefined;
  if (!/^(?:[\p{Lu}][\p{L}.'’-]*\s|[\p{Ll}-]+\s){0,4}$/u.test(t.slice(met.index + met[0].length, b.outerStart))) return undefined;
  return [a.text, b.text];
}

/**
 * The event a vague phrase stands for, named by its two sides, or undefined.
 *
 * @param phrase "the local ceasefire", "The meeting" (a determiner, modifiers, the head)
 * @param head the head noun ("ceasefire")
 * @param before the mentions of the sentences before, the most recent first (the headline last)
 * @param texts the text of each sentence by index (-1: the headline)
 * @example nameEvent("the local ceasefire", "ceasefire", before, texts) // "the local ceasefire between Russia and Ukraine"
 */
export function nameEvent(phrase: string, head: string, before: readonly Mentions[], texts: ReadonlyMap<number, string>): string | undefined {
  const pact = pactHeads(head);
  if (!pact && !MEETING_HEADS.has(head)) return undefined;
  for (const m of before) {
    const text = texts.get(m.sentence);
    if (text === undefined) continue;
    const found = pact ? pactSides(text, m, pact) : meetingSides(text, m);
    if (found) return `${phrase.replace(/^(?:the|this|that)\b/i, "the")} between ${theCountry(found[0])} and ${theCountry(found[1])}`;
  }
  return undefined;
}

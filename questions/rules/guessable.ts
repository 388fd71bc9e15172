/**
 * Countries a question would give away: the story's own countries, and one half of a pair.
 * "Russia and ____ agreed to a local ceasefire" (Ukraine), "the U.S. and ____ struck Iran"
 * (Israel), "aligned with ____ in its war against Russia" in a story about that war: a learner
 * answers from the news they already know, not from the article. Such a country is not asked.
 */
import type { Candidate } from "../answers/types";
import { plain } from "../answers/types";
import { THING_HEADS } from "../answers/vocab";
import type { Mentions } from "../analyse/context";
import { canonicalCountry, countryOf, countryOfDemonym } from "../nlp/vocab-places";
import { countriesIn } from "./country-context";

/** A country named in this many of the article's sentences (the headline counts) is one of the story's own. */
const STORY_COUNTRY_MENTIONS = 3;

/** The country a candidate names, by its name or its people ("Russian" → "Russia"), or undefined. */
function countryOfCandidate(c: Pick<Candidate, "kind" | "text">): string | undefined {
  return c.kind === "country" ? canonicalCountry(c.text) : undefined;
}

/**
 * The story's own countries: named by the headline, or the article's own country, and named in
 * STORY_COUNTRY_MENTIONS of its sentences or more (the headline counts).
 *
 * @example storyCountries(mentions, "India") // Set { "Russia", "Ukraine" } for "Russia and Ukraine agree truce"
 */
export function storyCountries(mentions: readonly Mentions[], own?: string): Set<string> {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const here = new Set(m.candidates.map(countryOfCandidate).filter((x): x is string => x !== undefined));
    for (const c of here) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const headline = new Set(
    mentions
      .filter((m) => m.sentence === -1)
      .flatMap((m) => m.candidates.map(countryOfCandidate))
      .filter((x): x is string => x !== undefined),
  );
  if (own !== undefined) headline.add(canonicalCountry(own));
  return new Set([...headline].filter((c) => (counts.get(c) ?? 0) >= STORY_COUNTRY_MENTIONS));
}

const COUNTRY_WORD = String.raw`(?:the\s)?[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,2}`;
// Two, not a list: "Russia, India and ____" is a list whose members the list does not give away.
const LEFT = new RegExp(
  String.raw`(?<![,;]\s(?:the\s)?)(?<![,;]\s[\p{Lu}][\p{L}.'’-]*\s)(${COUNTRY_WORD})\s(?:and|or|nor|with|against|versus|vs\.?)\s(?:the\s)?$`,
  "u",
);
const RIGHT = new RegExp(String.raw`^\s(?:and|or|with|against|versus|vs\.?)\s(${COUNTRY_WORD})(?!,\s(?:the\s)?[\p{Lu}])`, "u");

/** Whether a phrase is a country's name or its people's ("the U.S.", "Ukrainian"). */
function isCountry(phrase: string): boolean {
  const bare = phrase.replace(/^the\s/, "").replace(/['’]s?$/, "");
  return countryOf(bare) !== undefined || countryOf(bare.replace(/\.$/, "")) !== undefined || countryOfDemonym(bare) !== undefined;
}

/**
 * One of two countries joined by "and", "with", "against": "Russia and ____ agreed …", "the
 * ____ and Israel struck Iran". The other half gives it away in any story of the two.
 *
 * @example pairedCountry("Russia and Ukraine agreed to a truce.", ukraine) // true
 */
export function pairedCountry(sentence: string, c: Candidate): boolean {
  if (c.kind !== "country") return false;
  const t = plain(sentence);
  const left = LEFT.exec(t.slice(0, c.outerStart));
  if (left && isCountry(left[1]!)) return true;
  const right = RIGHT.exec(t.slice(c.end));
  return !!right && isCountry(right[1]!);
}

const CONFLICT =
  /\b(?:war|wars|invasion|invaded|invade|attacks?|attacked|strikes?|struck|conflict|ceasefire|truce|clash(?:es)?|fighting|fight|hostilities|occupation|aggression)\b/;

/**
 * The other side of a conflict the sentence names: "Russia's invasion of ____", "Ukraine in its
 * war against ____", "after the U.S. and Israel struck ____". Who fights whom is the news every
 * learner already knows; the article's facts are elsewhere.
 *
 * @example otherSide("Leaders aligned with Ukraine in its war against Russia.", russia) // true
 */
export function otherSide(sentence: string, c: Candidate): boolean {
  if (c.kind !== "country") return false;
  const t = plain(sentence);
  const near = `${t.slice(Math.max(0, c.outerStart - 50), c.outerStart)} ${t.slice(c.end, c.end + 30)}`;
  if (!CONFLICT.test(near)) return false;
  const own = canonicalCountry(c.text);
  return [...countriesIn(near)].some((k) => k !== own);
}

/**
 * Whether a country answer is given away by the story or by the sentence: one of the story's
 * own countries (storyCountries), one half of a pair, or the other side of a conflict.
 *
 * @example givenAwayCountry(sentence, ukraine, storyCountries(mentions)) // true in a war story
 */
export function givenAwayCountry(sentence: string, c: Candidate, story: ReadonlySet<string>): boolean {
  const country = countryOfCandidate(c);
  if (country === undefined) return false;
  return story.has(country) || pairedCountry(sentence, c) || otherSide(sentence, c);
}

/** Heads of state and government of the great powers: a post every learner can fill without the article. */
export const WELL_KNOWN_POST =
  /^(?:U\.?S\.?|US|United States|American|Russian|Russia's|Chinese|China's|Indian|India's)\s(?:President|Prime Minister|Vice President)$/;

/**
 * A great power's leader blanked after the post: "a planned visit by U.S. President ____",
 * "close ties to Russian President ____". The post gives the name away.
 *
 * @example holderAfterWellKnownPost("… visit by U.S. President Donald Trump in May.", trump) // true
 */
export function holderAfterWellKnownPost(sentence: string, c: Candidate): boolean {
  if (c.kind !== "person") return false;
  const m = /((?:[\p{Lu}][\p{L}.'’]*\s){1,3})$/u.exec(plain(sentence).slice(0, c.outerStart));
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/);
  // the last two or three capitalised words before the name: "U.S. President", "United States President"
  // A vice president is no household name: "U.S. Vice President ____" is asked.
  return [2, 3].some((n) => words.length >= n && !words.includes("Vice") && WELL_KNOWN_POST.test(words.slice(-n).join(" ")));
}

/**
 * A leader's administration or government: "under the first Trump administration", "the Modi
 * government". The leader's name gives it away, and which leader governed is no fact of the story.
 *
 * @example leadersAdministration({ kind: "organisation", text: "Trump administration" }) // true
 */
export function leadersAdministration(c: Pick<Candidate, "kind" | "text">): boolean {
  return c.kind === "organisation" && /^(?:the\s)?[\p{Lu}][\p{L}'’-]+\s(?:administration|government|regime)$/u.test(c.text);
}

// Things news copy names, besides THING_HEADS: the name before them is what the sentence says of them.
const NAMED_NOUNS: ReadonlySet<string> = new Set([
  "assistant",
  "chatbot",
  "observatory",
  "flight",
  "rate",
  "vessel",
  "aircraft",
  "jet",
  "missile",
  "chip",
  "robot",
  "engine",
  "brand",
  "fund",
  "card",
  "port",
]);

// Words after a name that make it the subject of a verb, not a modifier of a noun.
const VERB_AFTER =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|does|did|do|said|says|say|told|tells|announced|reported|plans?|aims?|wants?|seeks?|hopes?|expects?|also|then|now|still|itself|alone|too|no|not|never|already|just|only|officially|formally|finally|again|recently|currently|largely|mostly|once)$/;

/**
 * A one-word name used as a modifier of the common noun after it: "Ukraine's ____ ambitions"
 * (EU), "the ____ collaboration" (Startup India), "a sitting ____ opposition leader" (Taiwanese),
 * "____ oil prices" (Brent). The noun decides the answer, the blank only names which one, and
 * the rest of the sentence usually gives it away. Figures, countries and people are not modifiers here.
 *
 * @example modifierName("Tisza has taken a cautious stance on Ukraine's EU ambitions.", eu) // true
 */
export function modifierName(sentence: string, c: Candidate): boolean {
  if (!["organisation", "named", "other", "place"].includes(c.kind)) return false;
  if (c.text.split(/\s+/).length > 2) return false;
  const after = /^(?:\s[a-z][a-z-]*){1,3}/.exec(plain(sentence).slice(c.end))?.[0].trim().split(/\s+/) ?? [];
  const next = after[0];
  if (next === undefined || VERB_AFTER.test(next) || /(?:ed|ing)$/.test(next)) return false;
  // "X, a company that …" and "X and Y" are no modifiers; "the X's …" is a possessive, not a modifier.
  if (
    /^(?:and|or|but|as|of|in|on|at|to|for|by|with|from|that|which|who|whose|than|after|before|since|until|over|into|via|per|off|ahead|near|along|across|through|against|under|between|during|about|around|within|without|beyond|towards?|despite|like|amid|where|when|while|because|so|if|last|this|next|earlier|later|each|every)$/.test(
      next,
    )
  )
    return false;
  // A place modifies a noun only inside a noun phrase: "the ____ collaboration", not "in ____ on Friday".
  if (c.kind === "place" && !/(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|['’]s)\s$/.test(plain(sentence).slice(0, c.outerStart))) return false;
  // "its Aria assistant", "the Heliora solar observatory", "the benchmark Selic rate": the name of a thing is the fact.
  return !after.some((w) => THING_HEADS.has(w) || NAMED_NOUNS.has(w));
}

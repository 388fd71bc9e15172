/**
 * Which party governs a country, when a sentence says so in passing: "lawmakers from the ruling
 * Democratic Progressive Party said … Taiwanese …", "Japan's ruling Liberal Democratic Party". Who
 * governs is a fact of the article's time whatever the sentence claims, like the holder of a post:
 * "Which party was Taiwan's ruling party as of April 2026?"
 */
import type { Candidate } from "../answers/types";
import { plain } from "../answers/types";
import { canonicalCountry, countryOf, countryOfDemonym } from "../nlp/vocab-places";
import { theCountry } from "../analyse/context";
import { countriesIn } from "./country-context";

const PARTY = /\b(?:Party|Congress|Front|League|Alliance|Union|Movement)$/;
/** Places with parties and governments of their own that the country vocabulary leaves out, by the words that name them. */
const TERRITORY: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Taiwan(?:ese)?$/, "Taiwan"],
  [/^Hong$/, "Hong Kong"],
  [/^Kosovo$|^Kosovar$/, "Kosovo"],
  [/^Palestin(?:e|ian)$/, "Palestine"],
  [/^Greenland(?:ic)?$/, "Greenland"],
  [/^Puerto$/, "Puerto Rico"],
];
const placeOf = (word: string): string | undefined => {
  const k = countryOf(word) ?? countryOfDemonym(word);
  return k ? canonicalCountry(k) : TERRITORY.find(([re]) => re.test(word))?.[1];
};

/**
 * The ruling party of a sentence and the question it makes, or undefined when the sentence names
 * no party as ruling or does not say of which one country.
 *
 * @example rulingParty("Lawmakers from the ruling Democratic Progressive Party said Taiwanese …", cands, "April 2026")
 * // { party: <the candidate>, prompt: "Which party was Taiwan's ruling party as of April 2026?" }
 */
export function rulingParty(sentence: string, cands: readonly Candidate[], asOf?: string): { party: Candidate; prompt: string } | undefined {
  const t = plain(sentence);
  const party = cands.find(
    (c) =>
      c.kind === "organisation" &&
      (c.category === "party" || PARTY.test(c.text)) &&
      /\bruling\s(?:(?:centre-right|centre-left|conservative|nationalist|socialist)\s)?$/i.test(t.slice(0, c.outerStart)),
  );
  if (!party) return undefined;
  // "Japan's ruling …", else the one country or people the sentence names.
  const owner = /([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)['’]s\s(?:the\s)?ruling\s\S*\s?$/u.exec(t.slice(0, party.outerStart))?.[1];
  // Taiwan and China in one sentence are two: a territory the vocabulary lacks still counts.
  const named = new Set([
    ...[...countriesIn(t)].map(canonicalCountry),
    ...[...t.matchAll(/\b[\p{Lu}][\p{L}]*/gu)].flatMap((m) => TERRITORY.find(([re]) => re.test(m[0]))?.[1] ?? []),
  ]);
  const country = owner ? placeOf(owner) : named.size === 1 ? [...named][0] : undefined;
  if (!country) return undefined;
  // "the Philippines'", "the U.S.'s", "Kenya's"
  const whose = theCountry(country);
  return { party, prompt: `Which party was ${/s$/.test(whose) ? `${whose}'` : `${whose}'s`} ruling party${asOf ? ` as of ${asOf}` : ""}?` };
}

/**
 * The role of a place or a country in its sentence. An examiner asks where something happened
 * or with whom ("in Budapest", "off the coast of San Diego", "a dispute with Ukraine"); a
 * capital or a country as the actor ("New Delhi banned …", "Washington slapped …") stands for a
 * government, and blanking it asks for a name the learner already knows.
 */
import type { Candidate } from "../answers/types";
import { countryOf } from "../nlp/vocab-places";

const PLACE_PREPOSITION =
  /\b(?:in|at|off|near|to|into|onto|through|via|from|with|across|toward|towards|inside|outside|within|between|around|throughout|against|(?:coast|shores?|outskirts|city|state|province|region|capital|parts?|south|north|east|west|island|waters|port|republic)\s+of)\s+(?:the\s+)?(?:(?:[a-z]+ern|[a-z]+-based|central|eastern|western|northern|southern|occupied)\s+)?$/i;

/**
 * Whether a place or country stands where the sentence locates something or names a partner:
 * after a preposition ("in", "off the coast of", "with"), as "Europe's largest …", or as a
 * demonym ("Danish drugmaker"). Later members of a list take the first one's preposition.
 */
export function locative(before: string, after: string, c: Candidate): boolean {
  if (c.kind === "country" && /(?:an|ish|ese|i|ch)$/.test(c.text) && !/\s/.test(c.text) && !countryOf(c.text)) return true;
  // "…, with Tehran saying safe passage would be possible": the capital speaks for its government.
  if (/^\s+(?:saying|said|says|adding|claiming|insisting|warning|stressing|calling|arguing)\b/.test(after)) return false;
  if (/^['’]s\s+(?:[\p{L}-]+-)?(?:largest|biggest|busiest|oldest|highest|tallest|longest|first|only|top|most|leading)\b/u.test(after)) return true;
  // The host of an event ("Kazan hosted the summit"), and a place as the object of a motion ("transited the Strait of Hormuz").
  if (/^\s+(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?(?:host|hosts|hosted|hosting|is\s+hosting|will\s+be\s+hosting)\b/.test(after)) return true;
  if (
    /\b(?:transit(?:ed|s)?|cross(?:ed|es)?|enter(?:ed|s)?|reach(?:ed|es)?|visit(?:ed|s)?|tour(?:ed|s)?|left|leave|leaves|exit(?:ed|s)?|land(?:ed|s)? in)\s+(?:the\s+)?$/.test(
      before,
    )
  )
    return true;
  const NAME = String.raw`(?:the\s)?[\p{Lu}][\p{L}.'’&-]*(?:\s[\p{Lu}][\p{L}.'’&-]*){0,4}`;
  const listed = new RegExp(String.raw`(?:${NAME}(?:,\s|,?\s(?:and|or)\s))+$`, "u");
  const head = before.replace(listed, "");
  return PLACE_PREPOSITION.test(head);
}

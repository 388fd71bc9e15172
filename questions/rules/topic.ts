/**
 * The article's topic: the name of its headline that the body names most ("TerraPower",
 * "Samudra-1"). A prompt that names nothing and has no country to place it in is asked "with
 * reference to" the topic, the examiner's own way of giving context: "With reference to
 * TerraPower, how many megawatts will the final power plant generate?"
 */
import type { Candidate } from "../answers/types";
import { FIGURE_KINDS } from "../answers/types";
import { lowerFirst, withThe } from "./country-context";
import { countryOf, countryOfDemonym } from "../nlp/vocab-places";
import { plain } from "../answers/types";
import { theFor } from "../analyse/context";

/** A single capitalised common noun ("Bank", "Scheme", "Court"): short for a name, never one. */
const COMMON_HEAD =
  /^(?:Bank|Scheme|Government|Commission|Court|Ministry|Council|Committee|Agency|Party|Company|Fund|Board|Union|Authority|Mission|Programme|Program|Policy|Summit|Report|Budget|Cabinet|Parliament|Assembly|Centre|Center|Navy|Army|Police|Treasury|Opposition|State|States|Nation|Country|Regulator|Panel|Minister|President|Governor)$/;

/**
 * The headline's most mentioned name, or undefined when the headline names nothing the body repeats.
 *
 * @example articleTopic(headlineCandidates, (name) => bodyCount(name)) // "TerraPower"
 */
export function articleTopic(headline: readonly Candidate[], mentions: (name: string) => number): string | undefined {
  let best: { text: string; n: number } | undefined;
  let fallback: string | undefined;
  for (const c of headline) {
    if (FIGURE_KINDS.has(c.kind) || c.kind === "date" || c.kind === "rank" || c.category === "term") continue;
    // "Heliora probe", "Samudra-1 ocean-watch satellite": the name without the common nouns after it,
    // unless that leaves a country ("Iran war" is an event, not Iran); "NASA Artemis II" is also "Artemis II".
    const bare = c.text.replace(/(?:\s[\p{Ll}][\p{L}-]*)+$/u, "");
    const text = c.kind !== "country" && countryOf(bare) ? c.text : bare;
    // "Bank cuts base rate": a headline's capitalised common noun stands for a name it does not give;
    // "India approves three chip fabs" read as "Indian": a demonym is a country's adjective, no topic.
    if (COMMON_HEAD.test(text) || countryOfDemonym(text)) continue;
    // "NASA Artemis II" is also "Artemis II", but "PM Internship Scheme" is not "Internship Scheme" ("PM" is part of its name):
    // the shorter form only when the body rarely gives the longer.
    const whole = mentions(text);
    const short = text.replace(/^\p{Lu}{2,}\s(?=\p{Lu})/u, "");
    const form = whole >= 2 || /^(?:PM|CM)\s/.test(text) ? text : short;
    const n = whole >= 2 ? whole : mentions(short);
    if (n >= 2 && (!best || n > best.n)) best = { text: form, n };
    // "COP29 ends with deal on climate finance": a summit's code ("COP29", "G20") that the body gives once still names the story.
    else if (n === 1 && /^\p{Lu}{1,5}\d{1,4}$/u.test(form) && !fallback) fallback = form;
  }
  return best?.text ?? fallback;
}

/**
 * "With reference to TerraPower, the startup has …": the topic placed before a prompt.
 *
 * @example withReferenceTo("Urban inflation was ____.", "India") // "With reference to India, urban inflation was ____."
 */
export function withReferenceTo(prompt: string, topic: string): string {
  const named = withThe(topic);
  return `With reference to ${named !== topic ? named : theFor(topic)}, ${lowerFirst(prompt)}`;
}

/**
 * Whether a body is the story's source: "according to the WHO", "IRENA's Renewable Capacity
 * Statistics 2025 report". What a body only "said" is not enough: a reporter's own figures (a
 * currency's moves, investors' capital) are no company's or central bank's.
 *
 * @example topicIsSource("IRENA", ["Capacity reached 4,448 GW, according to IRENA's Renewable Capacity Statistics 2025 report."]) // true
 */
export function topicIsSource(topic: string, sentences: readonly string[]): boolean {
  const t = topic.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(
    String.raw`\b(?:according to (?:the\s)?${t}\b|${t}(?:['’]s)?\s(?:(?:[A-Z][\w-]*|\d{4})\s){0,5}(?:report|data|statistics|survey|estimates|analysis|figures|findings)\b)`,
    "i",
  );
  return sentences.some((x) => re.test(plain(x)));
}

/** Bodies of a currency area, not of one country: a figure of their story is the area's. */
const AREA_OF_BODY: Readonly<Record<string, string>> = {
  "European Central Bank": "the euro zone",
  ECB: "the euro zone",
  Eurostat: "the euro zone",
};

/**
 * The currency area a story's topic stands for ("the ECB" → "the euro zone"), for an indicator's
 * prompt that names no place: "In the euro zone, inflation was ____ in May 2024".
 *
 * @example areaOfTopic("the ECB") // "the euro zone"
 */
export function areaOfTopic(topic: string): string | undefined {
  return AREA_OF_BODY[topic.replace(/^the\s/, "")];
}

/** Whether a text names a currency area's body itself ("the European Central Bank on June 6 cut …"): it needs no area added. */
export function namesAreaBody(text: string): boolean {
  return Object.keys(AREA_OF_BODY).some((body) => new RegExp(`\\b${body}\\b`).test(text));
}

/**
 * A rule over realised questions: a figure of an economy needs its country. "To what level did
 * real wages climb?" means nothing on its own; "… in Japan?" does. The country is the article's
 * own — the one country (or demonym) that dominates its headline and lead — and is added only to
 * questions about an economic indicator that name no country, demonym or place themselves.
 */
import { countryOf, countryOfDemonym } from "../nlp/vocab-places";
import { MONTHS } from "../nlp/vocab-words";

/** Words of an economy's indicators: a figure of one needs its country. */
export const INDICATOR =
  /\b(?:GDP|gross domestic product|economy|economic growth|growth rate|inflation|wages?|unemployment|jobless|exports?|imports?|trade deficit|current account|fiscal deficit|budget deficit|interest rates?|repo rate|policy rate|benchmark rate|retail prices?|consumer prices?|(?:consumer )?price index|CPI|industrial production|manufacturing|market share|tariffs?|foreign exchange reserves|rupee|yen|yuan)\b/i;

/** Currencies, units and central banks of one country each ("the Bank of England" names no country but is the U.K.'s). */
const CURRENCY_COUNTRY: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bBank of England\b|£\s?\d|\bpounds? sterling\b/, "U.K."],
  [/\bFederal Reserve\b/, "U.S."],
  [/₹|\bRs\.?\s?\d|\b\d[\d,.]*\s(?:crore|lakh)\b/, "India"],
  [/\b\d[\d,.]*\s(?:(?:trillion|billion|million)\s)?yen\b|¥/, "Japan"],
  [/\b\d[\d,.]*\s(?:(?:trillion|billion|million)\s)?(?:yuan|renminbi)\b/, "China"],
  [/\b\d[\d,.]*\s(?:(?:trillion|billion|million)\s)?(?:rupiah)\b/, "Indonesia"],
  [/\b\d[\d,.]*\s(?:(?:trillion|billion|million)\s)?(?:naira)\b/, "Nigeria"],
  [/\b\d[\d,.]*\s(?:(?:trillion|billion|million)\s)?(?:ringgit)\b/, "Malaysia"],
  [/\b\d[\d,.]*\s(?:(?:trillion|billion|million)\s)?(?:baht)\b/, "Thailand"],
];

/**
 * The article's country: the one named most in the headline and first three sentences, when it
 * has at least half of those mentions; when none is named, the country of a currency only it uses.
 *
 * @example articleCountry("Japan's wages rise", ["Japanese firms agreed …", "The yen fell."]) // "Japan"
 */
export function articleCountry(headline: string, lead: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const text of [headline, headline, ...lead.slice(0, 3)]) {
    for (const m of text.matchAll(/\b[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?(?='s|\b)/gu)) {
      const word = m[0].replace(/\.$/, "");
      // "Bank Indonesia", "Air Malawi": a name whose last word is a country is that country's.
      // "the U.S. Bureau of Labor Statistics": a country's initials opening a body's name are that country.
      const initials = /^(\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}{2,3})\s/u.exec(m[0])?.[1];
      const c = countryOf(word) ?? countryOfDemonym(word) ?? countryOfName(word) ?? (initials ? countryOf(initials) : undefined);
      if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  // No country named: a currency only one country uses ("Rs 18,400 crore") says whose story it is.
  if (counts.size === 0) {
    for (const [re, c] of CURRENCY_COUNTRY) if (re.test([headline, ...lead.slice(0, 3)].join(" "))) return c;
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 >= total ? best[0] : undefined;
}

/** Adds "in <country>" to a question about an indicator that names no country or place. */
export function placeIndicator(prompt: string, country: string | undefined, names: readonly string[]): string {
  if (!country || !INDICATOR.test(prompt)) return prompt;
  const named = [...prompt.matchAll(/\b[\p{Lu}][\p{L}.]*/gu)].some((m) => countryOf(m[0].replace(/\.$/, "")) || countryOfDemonym(m[0]));
  if (named || names.some((n) => prompt.includes(n))) return prompt;
  return /\?$/.test(prompt) ? placeIn(prompt, withThe(country)) : prompt;
}

/**
 * A prompt placed where its fact is: a question gets "in <place>" before its "?" (and before
 * "as of …"), a statement or a cloze opens with "In <place>, …". `place` is written as it stands
 * in a sentence ("the U.S.", "the euro zone").
 *
 * @example placeIn("How many cases were reported, as of May 2026?", "the euro zone") // "How many cases were reported in the euro zone, as of May 2026?"
 */
export function placeIn(prompt: string, place: string): string {
  if (/\?$/.test(prompt)) return prompt.replace(/(,? as of [^?]+)?\?$/, (_m, asOf: string | undefined) => ` in ${place}${asOf ?? ""}?`);
  return `In ${place}, ${lowerFirst(prompt)}`;
}

/** Bodies every country has: "the Department of Health", "the National Assembly", "the Finance Ministry". */
const NATIONAL_BODY =
  /\b(?:(?:Department|Ministry|Minister|Secretary) of(?: the)? [\p{Lu}][\p{L}]+|(?:Health|Finance|Foreign|Defence|Defense|Home|Interior|Trade|Commerce|Agriculture|Education|Labour|Labor|Energy|Environment|Justice) (?:Ministry|Minister|Department|Secretary)|National Assembly|Parliament|Senate|Supreme Court|High Court|Constitutional Court|Cabinet|Finance Bill|Revenue Authority|Electoral Commission|Election Commission|Statistics Office|Central Bank|Attorney General|Chief Justice)\b/u;

/**
 * Whether a prompt names a body every country has and no country: "The Department of Health said
 * … 4,812 cases" (of which country?). Such a prompt is placed in the article's country.
 *
 * @example needsCountry("The National Assembly passed the bill by ____ votes.") // true
 */
export function needsCountry(prompt: string): boolean {
  if (!NATIONAL_BODY.test(prompt)) return false;
  return !namesCountry(prompt);
}

/** The countries a text names, by name or by its people ("U.S.", "Kenya's", "Peruvian"). */
export function countriesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b[\p{Lu}][\p{L}.]*/gu)) {
    const country = countryOf(m[0]) ?? countryOf(m[0].replace(/\.$/, "")) ?? countryOfDemonym(m[0]);
    if (country) out.add(country);
  }
  return out;
}

/** Whether a text names a country or its people. */
export function namesCountry(text: string): boolean {
  return countriesIn(text).size > 0;
}

/** "the Philippines", "the United States", but "India": a country's name as it is written in a sentence. */
export function withThe(country: string): string {
  return /^(?:United|Netherlands|Philippines|UAE|U\.S\.|UK|U\.K\.)/.test(country) ? `the ${country}` : country;
}

/** "The department …" → "the department …"; an acronym or a name ("ISRO", "DengiShield") stays as it is. */
export function lowerFirst(prompt: string): string {
  const first = /^[\p{L}-]+/u.exec(prompt)?.[0] ?? "";
  // "Prime Minister …", "High Court …", "Farfán's party": a name's first word keeps its capital.
  const after = prompt.slice(first.length);
  // A preposition before a name is no name's first word: "In January, …" → "in January, …".
  if (
    !/^(?:The|A|An|In|On|At|By|For|From|With|Under|After|Before|Since|During|Over|Between|Among|Across|Amid|Despite|Following|Until|Through)$/.test(first) &&
    /^(?:['’]s?\b|\s[\p{Lu}])/u.test(after)
  )
    return prompt;
  return (/^[\p{Lu}][\p{Ll}-]+$/u.test(first) || first === "A") && !MONTHS.includes(first) && !countryOf(first)
    ? prompt.charAt(0).toLowerCase() + prompt.slice(1)
    : prompt;
}

/**
 * A prompt that names nothing ("Vegetable prices dropped ____ year-on-year.") placed in the
 * article's own country: "In India, vegetable prices dropped ____ year-on-year." A question
 * gets "in <country>" before its "?" (and before "as of …").
 *
 * @example placeInCountry("Urban inflation was ____.", "India") // "In India, urban inflation was ____."
 */
export function placeInCountry(prompt: string, country: string): string {
  return placeIn(prompt, withThe(country));
}

/**
 * The country a body's name ends on or is "of": "Bank Indonesia", "the Bank of Korea" (South Korea).
 *
 * @example countryOfName("Bank of Ghana") // "Ghana"
 */
export function countryOfName(name: string): string | undefined {
  const last = /(?:^|\s)(?:of\s(?:the\s)?)?([\p{Lu}][\p{L}.]*)$/u.exec(name)?.[1];
  return last === undefined || last === name ? undefined : countryOf(last);
}

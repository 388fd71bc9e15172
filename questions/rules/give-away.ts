/**
 * Rules over candidates and prompts: answers the rest of the prompt gives away, or that are no
 * fact of their own. "A ____-judge bench ruled by a majority of 2-1" is three by arithmetic; "the
 * ____ arms supplier after Russia" is second by the "after"; "the remaining ____" is the total less
 * the part the sentence names; the one who "said" a figure is the figure's source, not the fact.
 */
import type { Candidate } from "../answers/types";
import { FIGURE_KINDS, plain } from "../answers/types";
import { leadingNumber } from "../distractors/numbers";
import { countryOf } from "../nlp/vocab-places";
import { longForm } from "./acronyms";

/**
 * A count the prompt's own tally sums to: "ruled by a majority of 2-1" (three judges), "voted 5-to-4"
 * (nine members), "by 198 votes to 87".
 *
 * @example tallyGivesAway("A ____-judge bench ruled by a majority of 2-1.", three) // true
 */
export function tallyGivesAway(prompt: string, c: Candidate): boolean {
  if (c.kind !== "number" && c.kind !== "quantity") return false;
  const v = leadingNumber(c.text);
  if (v === undefined) return false;
  for (const m of plain(prompt).matchAll(/\b(\d{1,3})(?:-to-|\sto\s|\s?[-–]\s?)(\d{1,3})\b(?!\s?(?:per ?cent|%|years?|months?|days?))/g)) {
    if (Number(m[1]) + Number(m[2]) === v) return true;
  }
  return false;
}

/**
 * A rank the words after it give away: "France is India's ____ arms supplier after Russia"
 * (second), "the ____ largest economy behind the U.S. and China" (third).
 *
 * @example rankGivenByAfter("France is India’s second-largest arms supplier after Russia.", rank) // true
 */
export function rankGivenByAfter(sentence: string, c: Candidate): boolean {
  if (c.kind !== "rank" || !/^(?:second|third)\b/i.test(c.text)) return false;
  return /^\s(?:[\p{L}-]+\s){0,3}(?:after|behind|only to|trailing)\s(?:the\s)?\p{Lu}/u.test(plain(sentence).slice(c.end));
}

/**
 * "the remaining four had forecast a pause", "the other two": the rest of a count the sentence or
 * the article gives, worked out by subtraction rather than learned.
 *
 * @example remainderCount("… 14 of 18 economists …, while the remaining four had forecast a pause.", four) // true
 */
export function remainderCount(sentence: string, c: Candidate): boolean {
  if (c.kind !== "number") return false;
  return /\bthe\s(?:remaining|other|rest of the)\s$/i.test(plain(sentence).slice(Math.max(0, c.outerStart - 20), c.outerStart));
}

/** An amount with its scale: "172 million", "$1.7 billion", "Rs 2,000 crore". */
const AMOUNT = /\d[\d,.]*\s(?:million|billion|trillion|crore|lakh)\b/g;

/**
 * A share and its whole told together: "172 million barrels … represents 41% of the ____" (the
 * whole, 415 million, is a division away), or "____ of the 415 million barrels" with the part
 * given. One figure of the three is worked out from the other two.
 *
 * @example shareGivesAway("The 172 million barrels represent 41% of the ____ held in the reserve.") // true
 */
export function shareGivesAway(prompt: string): boolean {
  const amounts = (prompt.match(AMOUNT) ?? []).length;
  if (/\d[\d.]*\s?(?:%|per ?cent|percent)\s+of\s+(?:the\s|its\s|their\s)?____/.test(prompt)) return amounts >= 1;
  if (/____\s+of\s+(?:the\s|its\s|their\s)?\d/.test(prompt)) return amounts >= 2;
  return false;
}

/**
 * A count the sentence then spells out one by one: "two plants, one in partnership with … and a
 * second solo effort" (two), "three ships: one …, another … and a third …".
 *
 * @example enumeratedCount("Tata plans to build two plants, one in Gujarat and a second in Assam.", two) // true
 */
export function enumeratedCount(sentence: string, c: Candidate): boolean {
  if (c.kind !== "number") return false;
  const v = leadingNumber(c.text);
  if (v !== 2 && v !== 3) return false;
  const after = plain(sentence).slice(c.end);
  // "two plants, one …": the count's own noun, then a comma or colon, then "one" opens the list.
  const list = /^\s[\p{L}-]+(?:\s[\p{L}-]+)?[,:]\s(?:one|the first)\b(.*)$/u.exec(after)?.[1];
  if (list === undefined) return false;
  return v === 2 ? /\b(?:a second|the second|another|the other)\b/i.test(list) : /\b(?:a second|another)\b.*\b(?:a third|the third)\b/i.test(list);
}

/** Fillers of an enumeration that stand for no fact: "… and a second solo effort", "another". */
export function enumerationFiller(c: Candidate): boolean {
  return /^(?:a|an|the)\s(?:first|second|third|other)$|^another$/i.test(c.text);
}

/**
 * A year that is part of a report's or an edition's title: "IRENA's Renewable Capacity Statistics
 * 2025 report", "the World Malaria Report 2025". Guessed from the article's date, never learned.
 *
 * @example editionYear("According to IRENA's Renewable Capacity Statistics 2025 report, …", year2025) // true
 */
export function editionYear(sentence: string, c: Candidate): boolean {
  if (c.kind !== "year") return false;
  const t = plain(sentence);
  const before = t.slice(Math.max(0, c.start - 40), c.start);
  const after = t.slice(c.end, c.end + 20);
  return (
    /\p{Lu}[\p{L}-]+\s$/u.test(before) &&
    (/^\s(?:report|Report|edition|Edition|survey|Survey|index|Index|review|Review|outlook|Outlook)\b/.test(after) ||
      /\b(?:Report|Survey|Index|Outlook|Review|Statistics)\s$/.test(before))
  );
}

/**
 * A person who only tells the fact the sentence reports: "Health Secretary X said about 62% of the
 * patients were children" asks the figure, or who holds the post, never "Which Health Secretary said …?".
 *
 * @example sayerOf("Health Secretary Ramon Abad said about 62% of the patients were children.", person) // true
 */
export function sayerOf(sentence: string, c: Candidate): boolean {
  if (c.kind !== "person") return false;
  const after = plain(sentence).slice(c.end);
  // "X said", "X, the health secretary, told". ("External Affairs Minister S Jaishankar on Wednesday said …" stays askable:
  // a post without its country gives no holder question, and the shipped articles ask him so.)
  return /^(?:,[^,]{0,90},)?\s(?:also\s)?(?:said|says|told|added|noted|stated|wrote|posted|tweeted|informed)\b/.test(after);
}

/**
 * A wrong option a run rules out: "for the ____ straight month" is never the first.
 *
 * @example ruledOutByRun("first", "… below target for the second straight month.", second) // true
 */
export function ruledOutByRun(option: string, sentence: string, c: Candidate): boolean {
  if (!/^first$/i.test(option.trim())) return false;
  return /^\s(?:straight|consecutive|successive)\b|^\s(?:\p{L}+\s)?in a row\b/u.test(plain(sentence).slice(c.end));
}

/**
 * A count the sentence lists out: "Four members — Megan Greene, Clare Lombardelli, Catherine L Mann
 * and Huw Pill — voted …", "Just eight of them …: India (25%), Indonesia (10%), … and Bangladesh".
 *
 * @example countListed("Four members — A, B, C and D — voted to hold.", four) // true
 */
export function countListed(sentence: string, c: Candidate): boolean {
  if (c.kind !== "number") return false;
  const v = leadingNumber(c.text);
  if (v === undefined || v < 2 || v > 12) return false;
  const rest = plain(sentence).slice(c.end);
  const list = /[—–:]\s*([^—–.;]+?)(?:\s[—–]|[.;]|$)/.exec(rest)?.[1];
  if (!list) return false;
  const items = list
    .replace(/\([^)]*\)/g, "")
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .filter((x) => x.trim() !== "");
  return items.length === v;
}

/**
 * A pronoun that points outside the prompt: "Just eight of them …", "Joining them are …", "against
 * these". A pronoun the sentence's own gerund takes ("surpassing it") or its own list explains is no reference.
 *
 * @example leansBack("Just eight of them accounted for 67% of the global total.") // true
 */
export function leansBack(prompt: string): boolean {
  const t = plain(prompt)
    .replace(/"[^"]*"/g, "")
    .replace(/(?<=\b[a-z]{3,}ing\s)(?:it|them)\b(?=[\s.,;?]*$)/, "");
  // Near the start a pronoun has nothing of its own sentence before it to stand for ("… 32 member countries … appropriate to them" does).
  const m = /\b(?:of|among|joining|against|for|with|to|from|by|like|unlike|than|between|on|about)\s(?:them\b|(?:these|those)\b(?!\s+[a-z]+(?:s|es)\b))/i.exec(
    t,
  );
  return m !== null && m.index < 25;
}

/**
 * A pronoun that is a clause's first subject, after fronted phrases only: "In the South Peninsula,
 * it was ____ of the LPA" (it: the rainfall, named a sentence before), "In China, in the first 11
 * months, it grew by ____". Nothing of the prompt before it can be what it stands for. (A reported
 * clause, "The ISRO Chairman said that over these launches, they have …", has its speaker before it.)
 */
const FRONTED_PRONOUN =
  /(?:^|,\s(?:while|whereas|but|and)\s)(?:(?:in|on|at|over|during|for|after|before|since|with|under|across|among|by|from|between|through|until|till|within|beyond|below|above)\s[^,;]{2,100},\s)+(?:it|they|he|she)\s/i;

/** "For Nigeria, after meeting its quota in 2025, it has …": a prompt that opens on its subject names what the pronoun is. */
const NAMED_TOPIC = /^(?:For|As for|Like|Unlike)\s(?:the\s)?\p{Lu}[^,]*,/u;

/** "The rainfall here was ____": "here" is the place the article is about, which a card never says. */
const DEICTIC_PLACE = /\bhere\b/i;

/**
 * Whether a prompt points at something only the article's other sentences say: a fronted phrase's
 * pronoun, or "here". Quotes are left aside (a speaker's "here" is the speaker's).
 *
 * @example pointsOutside("The rainfall here was ____ of the LPA.") // true
 * @example pointsOutside("In the South Peninsula, rainfall was ____.") // false
 * @example pointsOutside("Together, they comprise ____ of world trade.") // true
 */
export function pointsOutside(prompt: string): boolean {
  const t = plain(prompt).replace(/"[^"]*"/g, "");
  return (FRONTED_PRONOUN.test(t) && !NAMED_TOPIC.test(t)) || DEICTIC_PLACE.test(t) || ADVERB_PRONOUN.test(t) || VOTED_ON_IT.test(t);
}

/** "Together, they comprise two-thirds of …": a pronoun subject after an opening adverb stands for the sentence before's. */
const ADVERB_PRONOUN =
  /^(?:Together|Collectively|Combined|Altogether|Overall|Currently|Now|Today|Instead|Thus|Hence|Still|Yet|So|Then|Later|Earlier|Previously),?\s(?:they|it|he|she|these|those)\s/i;

/** "All ____ MPs present in the House voted in favour of it": what was voted on is the sentence before's. */
const VOTED_ON_IT = /\b(?:in favou?r of|in support of|against|for|on)\s(?:it|them)(?=[\s,]*(?:,\s(?:as\s(?:of|reported)\b.*)?)?[.?]?$)/i;

/**
 * The prompt without the list that counts a blanked count out: "____ members — A, B, C and D — voted
 * to hold." → "____ members voted to hold."; "… comprises ____ permanent members — the United States,
 * …, and the United Kingdom — who wield veto power." → "… comprises ____ permanent members who wield veto power."
 *
 * @example withoutCountedList("____ members — A, B, C and D — voted to hold.", "____") // "____ members voted to hold."
 */
export function withoutCountedList(prompt: string, kept: string): string {
  const at = prompt.indexOf(kept);
  if (at < 0) return prompt;
  const head = prompt.slice(0, at + kept.length);
  const rest = prompt.slice(at + kept.length);
  // The list between two dashes, or after a colon to the end of the prompt.
  const dashed = /^((?:\s[\p{L}-]+){1,3})\s[—–]\s[^—–]+?\s[—–]\s/u.exec(rest);
  if (dashed) return `${head}${dashed[1]} ${rest.slice(dashed[0].length)}`;
  const colon = /^([^:;.]{3,80}?):\s[^:;]+?([.?])$/.exec(rest);
  if (colon) return `${head}${colon[1]}${colon[2]}`;
  return prompt;
}

/**
 * A company's nationality asked of the company named right after it: "____-based AI company OpenAI"
 * (US), "the ____ multinational investment holding company SoftBank Group" (Japanese). Every learner
 * who knows the company knows it, and it is not the news.
 *
 * @example nationalityOfNamed("Japanese multinational investment holding company SoftBank Group led it.", japanese) // true
 */
export function nationalityOfNamed(sentence: string, c: Candidate): boolean {
  if (c.kind !== "country" && !(c.kind === "place" && countryOf(c.text) !== undefined)) return false;
  const after = plain(sentence).slice(c.end);
  return /^(?:-based)?\s(?:[\p{L}-]+\s){0,5}?(?:company|firm|group|giant|maker|startup|conglomerate|lender|bank|carmaker|chipmaker|drugmaker|insurer|airline|retailer|platform)\s(?:the\s)?\p{Lu}/u.test(
    after,
  );
}

/**
 * One end of a span of figures: "between 26.6 percent and ____" or "between ____ and 28.6 percent"
 * (a quick count's range). Half a range is no fact to learn. Years ("between 2027 and 2029") are
 * read by the range of years.
 *
 * @example betweenEnd("She had between 26.6 percent and 28.6 percent of the vote.", end) // true
 */
export function betweenEnd(sentence: string, c: Candidate): boolean {
  if (c.kind === "year" || c.kind === "date") return false;
  const t = plain(sentence);
  const before = t.slice(0, c.outerStart);
  const after = t.slice(c.end);
  return (/\bbetween\s+$/i.test(before) && /^\s+and\s+[^\s]*\d/.test(after)) || /\bbetween\s+[^\s]*\d[^\s]*(?:\s[\p{L}%]+){0,2}\s+and\s+$/iu.test(before);
}

/**
 * An acronym asked right after the name it stands for: "The Indian Space Research Organisation, or
 * ____," (ISRO), "the Long Period Average (____)". Its letters are the words before it.
 *
 * @example acronymAfterName("The Indian Space Research Organisation, or ISRO, docked.", isro) // true
 */
export function acronymAfterName(sentence: string, c: Candidate): boolean {
  if (!/^[A-Z][A-Za-z&.]{1,9}$/.test(c.text) || !/[A-Z].*[A-Z]/.test(c.text)) return false;
  const named = /^(.*?),?\s(?:or\s|\()$/su.exec(plain(sentence).slice(0, c.outerStart));
  return named !== null && longForm(named[1]!, c.text.replace(/[^A-Za-z]/g, "")) !== undefined;
}

/**
 * One word of a longer name the finder cut at its "and" or "of": "agreed to establish ____ and Damage
 * Fund" (Loss), "the G20 or ____ of 20" (Group). The rest of the name gives the word away.
 *
 * @example insideName("… to establish Loss and Damage Fund to help …", loss) // true
 */
export function insideName(sentence: string, c: Candidate): boolean {
  if (!["organisation", "named", "other"].includes(c.kind) || !/^\p{Lu}\p{Ll}{2,}$/u.test(c.text)) return false;
  // "Nimbus and Orion signed": two names; "Loss and Damage Fund", "Group of 20": one, whose head or number comes after.
  return /^\s(?:and|&|of|for)\s(?:\p{N}+\b|(?:\p{Lu}[\p{L}-]*\s){0,3}(?:Fund|Bank|Council|Commission|Committee|Agency|Organi[sz]ation|Institute|Board|Authority|Programme|Program|Mission|Scheme|Act|Bill|Forum|Group|Alliance|Union|Court|Ministry|Department|Facility|Framework|Agreement|Partnership|Corridor|Initiative)\b)/u.test(
    plain(sentence).slice(c.end),
  );
}

/**
 * The portfolio word of a post before its holder's name: "moved by ____ Minister Arjun Ram Meghwal"
 * (Law). The holder is the fact; the word of the post alone is none.
 *
 * @example portfolioOfPost("It was moved by Law Minister Arjun Meghwal.", law) // true
 */
export function portfolioOfPost(sentence: string, c: Candidate): boolean {
  if (c.kind === "person" || c.kind === "country" || FIGURE_KINDS.has(c.kind)) return false;
  return /^\s(?:Minister|Secretary|Commissioner|Spokesperson)\s\p{Lu}/u.test(plain(sentence).slice(c.end));
}

/**
 * A person's age in apposition: "Jair Bolsonaro, 67, who …", "Abe, 67, was pronounced dead …". A
 * detail of the person, not of the news.
 *
 * @example ageAfterName("Abe, 67, was pronounced dead.", sixtySeven) // true
 */
export function ageAfterName(sentence: string, c: Candidate): boolean {
  if (c.kind !== "number") return false;
  const t = plain(sentence);
  const v = leadingNumber(c.text);
  return (
    v !== undefined &&
    v >= 15 &&
    v <= 110 &&
    /^\d{2,3}$/.test(c.text) &&
    /\p{Lu}[\p{L}.'’-]*,\s$/u.test(t.slice(0, c.outerStart)) &&
    /^,\s/.test(t.slice(c.end))
  );
}

/**
 * A label's small number: "Clade ____ has been circulating" (1), "Phase ____ of the metro". Its
 * wrong options (3, 4, 6) are no clades or phases, so the answer is the only one that exists.
 * (A former name, "mpox, previously known as ____", and a birthplace are key facts to an examiner
 * and stay asked, though a reviewer called the first given away and the second trivia.)
 *
 * An index's number ("the S&P 500 Index", "the FTSE 100") is part of its name, whatever its size.
 *
 * @example labelNumber("Clade 1 has been circulating for years.", one) // true
 */
export function labelNumber(sentence: string, c: Candidate): boolean {
  const v = leadingNumber(c.text);
  const before = plain(sentence).slice(0, c.outerStart);
  // "the S&P 500 Index", "the FTSE 100", "the Nifty 50": an index's number is part of its name.
  if (
    c.kind === "number" &&
    /(?:^|\s)(?:S&P|FTSE|Nifty|NIFTY|Sensex|BSE|DAX|CAC|ASX|Nikkei|KOSPI|Russell|Stoxx|STOXX|Euro Stoxx|Fortune|Forbes)\s$/.test(before)
  )
    return true;
  return (
    (c.kind === "number" || c.kind === "rank") && v !== undefined && v <= 10 && /\b(?:Clade|Phase|Stage|Level|Category|Grade|Type|Tier|Class)\s$/.test(before)
  );
}

/**
 * A part of a total the prompt breaks down in two: "The four crew members aboard — ____ Americans
 * and one Canadian —" (three is four less one).
 *
 * @example breakdownPart("The four crew members aboard — ____ Americans and one Canadian — were safe.", three) // true
 */
export function breakdownPart(prompt: string, c: Candidate): boolean {
  if (c.kind !== "number") return false;
  const x = leadingNumber(c.text);
  if (x === undefined) return false;
  const m = BREAKDOWN.exec(plain(prompt));
  if (!m || (m[2] !== BLANK_MARK && m[3] !== BLANK_MARK)) return false;
  const total = leadingNumber(m[1]!);
  const other = leadingNumber(m[2] === BLANK_MARK ? m[3]! : m[2]!);
  return total !== undefined && other !== undefined && total - other === x;
}
const BLANK_MARK = "____";
const COUNT = String.raw`\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;
/** "four crew members aboard — ____ Americans and one Canadian —": a total, then its two parts. */
const BREAKDOWN = new RegExp(
  String.raw`\b(${COUNT})\s(?:[\p{L}-]+\s){0,4}?[\p{L}-]+\s*[—–(:]\s*(${COUNT}|____)\s[\p{L}-]+\s(?:and|,)\s(${COUNT}|____)\s[\p{L}-]+\s*(?:[—–):,.]|$)`,
  "iu",
);

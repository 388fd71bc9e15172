/**
 * Figures: money, percentages, quantities with a unit, counts with what they count, years,
 * dates and date ranges as written, durations, and ranks ("third-largest").
 */
import { CARDINAL_WORDS } from "../../lib/number-words";
import { plain, type AnswerKind, type Candidate } from "./types";

/** "one" to "ninety" as lib/number-words has them, in its order, then the vaguer counts news copy uses. */
const CARDINALS = Object.keys(CARDINAL_WORDS)
  .filter((w) => w !== "zero")
  .join("|");
const NUMBER_WORD = `${CARDINALS}|a hundred|hundreds|half a dozen|a dozen|dozens|a few`;
const UNIT_WORD = "one|two|three|four|five|six|seven|eight|nine";
/** A number written in words, with its value's parts: "twenty-six" → "twenty", "six". */
const WORD_NUMBER = new RegExp(String.raw`\b(a hundred|a dozen|${CARDINALS}|an?)\b(?:-(${UNIT_WORD}))?`);
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const NUM = `(?:${DIGITS}|(?:${NUMBER_WORD}|${NUMBER_WORD.replace(/(^|\|)([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase())})(?:-(?:${UNIT_WORD}))?)`;
/** "$29.5 billion", "₹42,000 crore", "$44bn", "£38.1bn": a scale written after the number, its abbreviation also without a space. */
// "Rs 1.53 lakh crore", "₹2 lakh crore": a lakh of crores is one scale.
const SCALE = String.raw`(?:[ -](?:lakh crore|million|billion|trillion|lakh|crore|mn|bn|tn)\b|(?:mn|bn|tn)\b)`;
const CUR_PRE = String.raw`(?:US\$|A\$|C\$|S\$|HK\$|NZ\$|R\$|\$|€|£|¥|₹|₩|₱|₦|Rs\.? ?|Rp ?|RM ?|INR ?|USD ?|EUR ?)`;
const CUR_POST = String.raw`(?: (?:rupees|rupiah|ringgit|baht|pesos|reais|rand|naira|dollars|euros?|yen|yuan|pounds|won|roubles|rubles|dirhams|riyals|francs|shillings|taka|dong|lira))`;
const PER = String.raw`(?: (?:per|each) (?:barrel|month|year|day|share|tonne|ton|unit|kilogram|kg|litre|liter|person|dose|week)| a (?:barrel|month|day|share|tonne|dose))`;
const UNIT =
  "GW|MW|kW|GWh|MWh|TWh|kWh|(?:giga|mega|kilo|tera)watt[ -]hours?|gigawatts?|megawatts?|kilowatts?|kilovolts?|kV|volts?|barrels?(?: (?:per|a) day)?|bpd|tonnes?|tons?|metric tons?|km|kilomet(?:er|re)s?|square[ -]kilomet(?:er|re)s?|sq km|miles?|kg|kilograms?|grams?|litres?|liters?|hectares?|acres?|degrees?(?: Celsius| Fahrenheit)?|°C|feet|foot|metres?|meters?|cm|mm|mph|knots?|nautical miles?|TEUs?|cubic (?:metres?|meters?|feet)|bcm|mtpa|light[ -]years?|kmph|km/h";
const QUALIFIER =
  "well over|well above|well below|well under|more than|less than|fewer than|over|under|around|about|nearly|almost|roughly|some|up to|at least|at most|close to|approximately|below|above|just over|just under|as many as|as much as|an estimated";
const MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_ABBR = String.raw`Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?`;
const MONTH = `(?:${MONTH_FULL}|${MONTH_ABBR})`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d{2}|20\d{2})`;
const ORDINAL_WORD = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|fifteenth|twentieth|\\d+(?:st|nd|rd|th)";
const SUPERLATIVE =
  "largest|biggest|highest|lowest|smallest|most|least|fastest|slowest|busiest|richest|poorest|oldest|youngest|longest|shortest|strongest|weakest|deepest|worst|best|top|leading|greatest|heaviest|cheapest|costliest|most populous|most valuable|most powerful";
/** Nouns that "the two …" refers back with: "the two countries" names no count. */
const REFERENCE_NOUN =
  /^(?:countries|nations|sides|parties|leaders|men|women|companies|firms|governments|ministers|banks|groups|neighbours|neighbors|allies|powers|states|players|teams|candidates|partners|delegations|sides|economies|officials|agencies|regulators|houses|chambers|biggest|largest|main|major|other)\b/i;
/** A share written in words, before "of": "half", "two-thirds", "a quarter". */
export const FRACTION = "half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|a fifth|one[- ]fifth|a tenth|one[- ]tenth";
const TIME_UNIT = "years?|months?|weeks?|days?|hours?|decades?|minutes?|seconds?|centuries|century|quarters?";

/** "40,000 tonnes a year", "$5 a month": a rate's "a year" is no duration. */
const RATE_BEFORE = new RegExp(
  String.raw`(?:\d|\b(?:million|billion|trillion|lakh|crore|${UNIT}|(?!(?:was|is|has|does|lasts|takes|needs|requires|costs|gets)\s)[a-z]+s))(?:\s\([^()]{1,12}\))?\s$`,
  "i",
);

/** A number right before a range connector: "four to", "12–". */
const RANGE_BEFORE = new RegExp(String.raw`(?:\d|\b(?:${NUMBER_WORD}))\s?(?:-|–|to|or)\s?$`, "i");

const WORD_VALUES: Record<string, number> = { ...CARDINAL_WORDS, "a hundred": 100, "a dozen": 12, a: 1, an: 1 };
const SCALE_VALUES: Record<string, number> = {
  million: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  tn: 1e12,
  lakh: 1e5,
  crore: 1e7,
  "lakh crore": 1e12,
};

/** The value of a figure as written: "1,250.5", "two", "twenty-six", "$29.5 billion" → 29.5e9. */
export function valueOf(text: string): number | undefined {
  const t = plain(text).toLowerCase();
  const digits = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/.exec(t);
  let v: number | undefined;
  if (digits) v = Number(`${digits[1]!.replace(/,/g, "")}${digits[2] ?? ""}`);
  else {
    const m = WORD_NUMBER.exec(t);
    if (m) v = (WORD_VALUES[m[1]!] ?? 0) + (m[2] ? (WORD_VALUES[m[2]] ?? 0) : 0);
  }
  if (v === undefined) return undefined;
  const s = /(?:\b|(?<=\d))(lakh crore|million|billion|trillion|lakh|crore|mn|bn|tn)\b/.exec(t);
  return s ? v * (SCALE_VALUES[s[1]!] ?? 1) : v;
}

interface Hit {
  kind: AnswerKind;
  start: number;
  end: number;
  noun?: string;
  nounEnd?: number;
}

function collect(re: RegExp, text: string, kind: AnswerKind, group = 0): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(re)) {
    const whole = m[0];
    const inner = m[group] ?? whole;
    const offset = (m.index ?? 0) + (group === 0 ? 0 : whole.indexOf(inner));
    hits.push({ kind, start: offset, end: offset + inner.length });
  }
  return hits;
}

/** Words that end the noun a count counts. */
const NOUN_STOP =
  /^(?:of|in|on|at|to|from|by|for|with|and|or|but|that|which|who|as|than|since|across|over|under|into|per|between|during|after|before|while|amid|including|worth|is|are|was|were|has|have|had|will|would|could|can|may|might|said|says|each|this|these|a|an|the)$/i;

/** The noun phrase a count counts: up to four words after the number, stopping at a function word or a verb-like word. */
function countedNoun(text: string, end: number): { noun: string; end: number } | undefined {
  const rest = text.slice(end);
  const m = /^((?:[ -](?:[A-Za-z][\w'-]*))+)/.exec(rest);
  if (!m) return undefined;
  const words: string[] = [];
  let consumed = 0;
  for (const w of m[1]!.split(/(?=[ -])/)) {
    const bare = w.replace(/^[ -]/, "");
    if (NOUN_STOP.test(bare) || words.length >= 4) break;
    if (/(?:ed|ing|ly)$/.test(bare) && words.length > 0) break;
    words.push(bare);
    consumed += w.length;
    if (/s$/.test(bare) && !/ss$/.test(bare) && words.length >= 1) {
      // a plural noun ends the phrase unless the next word continues a compound ("drugs companies" is rare)
      const next = rest.slice(consumed).match(/^ ([a-z]+)/)?.[1];
      if (!next || NOUN_STOP.test(next) || !/^[a-z]+s$/.test(next)) break;
    }
  }
  if (words.length === 0) return undefined;
  return { noun: words.join(" "), end: end + consumed };
}

/** True when [start, end) sits inside any of the ranges. */
function inside(ranges: readonly Hit[], start: number, end: number): boolean {
  return ranges.some((r) => start >= r.start && end <= r.end && !(start === r.start && end === r.end));
}

function overlaps(ranges: readonly Hit[], start: number, end: number): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}

/**
 * Finds the figures of a sentence, longest and most specific first: money, percentages,
 * quantities, dates and ranges, years, durations, ranks, then bare counts.
 *
 * @example findFigures("The navy will buy 26 patrol vessels for ₹42,000 crore.") // money "₹42,000 crore", number "26" counting "patrol vessels"
 */
export function findFigures(sentence: string): Candidate[] {
  const t = plain(sentence);
  const b = String.raw`(?<![\w.,:$€£¥₹-])`; // a figure starts at a word boundary (not inside "5:07")
  const e = String.raw`(?![\w%])(?!:\d)`;
  const taken: Hit[] = [];
  const take = (hits: Hit[]): void => {
    for (const h of hits) if (!overlaps(taken, h.start, h.end)) taken.push(h);
  };

  // Dates and ranges first: their digits are no counts.
  const range = String.raw`(?:(?: ?(?:-|–|—|to|and|through|until) ?)(?:${MONTH} )?${DAY})`;
  take(collect(new RegExp(String.raw`${b}(?:between )?${MONTH} ${DAY}${range}?(?:,? ${YEAR})?${e}`, "g"), t, "date"));
  take(collect(new RegExp(String.raw`${b}${DAY}(?:${range})? ${MONTH}(?:,? ${YEAR})?${e}`, "g"), t, "date"));
  take(collect(new RegExp(String.raw`${b}(?:${MONTH_FULL}|${MONTH_ABBR})(?:,)? ${YEAR}${e}`, "g"), t, "date"));
  take(collect(new RegExp(String.raw`${b}(?:${MONTH_FULL}|${MONTH_ABBR}) (?:to|and|-|–) (?:${MONTH_FULL}|${MONTH_ABBR})(?: ${YEAR})?${e}`, "g"), t, "date"));
  // A month alone is a date when a preposition of time governs it ("in January", "last October").
  take(
    collect(
      new RegExp(
        String.raw`\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|[Uu]ntil|till|[Ll]ast|[Ee]arly|[Ll]ate|mid-|[Tt]hrough|[Dd]uring|of|[Nn]ext|[Tt]his|and|or|to) (${MONTH_FULL}|${MONTH_ABBR.replace(/\\\.\?/g, "\\.")})(?![\w-])(?! \d)`,
        "g",
      ),
      t,
      "date",
      1,
    ),
  );
  // Fiscal years and year ranges.
  take(collect(new RegExp(String.raw`${b}(?:(?:financial|fiscal) year |FY ?)(?:${YEAR}|\d{2})(?:[-–/]\d{2,4})?${e}`, "g"), t, "year"));
  take(collect(new RegExp(String.raw`${b}${YEAR}[-–/](?:\d{2}|${YEAR})${e}`, "g"), t, "year"));
  // Money: currency before or after, scale words, "per barrel".
  take(collect(new RegExp(String.raw`${CUR_PRE}(?:${DIGITS})${SCALE}?${PER}?${e}`, "g"), t, "money"));
  take(collect(new RegExp(String.raw`${b}(?:${NUM})${SCALE}?${CUR_POST}${PER}?${e}`, "g"), t, "money"));
  // Percentages and percentage points.
  take(
    collect(
      new RegExp(String.raw`${b}(?:${NUM})(?: ?%| percent(?:age points?)?\b| per cent\b| percentage points?\b| basis points?\b| bps\b)`, "g"),
      t,
      "percent",
    ),
  );
  // A step of a rate in words: "by a quarter point", "a half-percentage-point cut".
  take(
    collect(
      new RegExp(String.raw`${b}(?:a quarter|a half|half a|one|two|three[- ]quarters of a)[ -](?:of a )?(?:percentage[ -])?points?\b`, "gi"),
      t,
      "percent",
      // "At one point on Saturday, the talks …": a moment, not a step of a rate.
    ).filter((h) => !(/^(?:one|two) points?$/i.test(t.slice(h.start, h.end)) && /\b(?:at|to the|on)\s$/i.test(t.slice(0, h.start)))),
  );
  // Shares in words: "nearly half of the country's exports", "two-thirds of all cases".
  take(collect(new RegExp(String.raw`${b}(?:${FRACTION})(?= of\b)`, "gi"), t, "percent"));
  // Temperatures: "1,600°C", "45 °C".
  take(collect(new RegExp(String.raw`${b}(?:${NUM}) ?°\s?[CF](?![\w])`, "g"), t, "quantity"));
  // "on the cusp of 1.5C", "warming of 2C": a climate target written without the degree sign.
  take(collect(new RegExp(String.raw`${b}\d(?:\.\d)?C(?![\w])`, "g"), t, "quantity"));
  // Quantities with a unit: "330-kilovolt", "20-square-kilometer", "172 million barrels"; a symbol written on: "0.5GW", "1,133GW".
  take(collect(new RegExp(String.raw`${b}(?:${NUM})${SCALE}?[ -](?:${UNIT})(?![\w])`, "g"), t, "quantity"));
  take(collect(new RegExp(String.raw`${b}(?:${DIGITS})(?:GW|MW|kW|GWh|MWh|TWh|kWh|kV|km|kg|bcm|mtpa|bpd|cm|mm)(?![\w])`, "g"), t, "quantity"));
  // Years: "in 2020", "by 2030", "2028 presidential election".
  take(collect(new RegExp(String.raw`${b}${YEAR}(?![\w%,.]\d)(?!\w)`, "g"), t, "year"));
  // Durations: "16 years", "two weeks", "a decade", "over two decades" (not "two years ago").
  take(
    collect(
      new RegExp(
        String.raw`${b}(?:(?:${NUM}) ?(?:-|–|to) ?)?(?:${NUM}|an?)[ -](?:(?:straight|consecutive|successive) )?(?:${TIME_UNIT})(?![\w-])(?! ago)(?! earlier)(?! later)(?! before)(?! after)(?! of\b)(?! old\b)`,
        "g",
      ),
      t,
      "duration",
    ).filter((h) => !(/^an?\s/i.test(t.slice(h.start)) && RATE_BEFORE.test(t.slice(0, h.start)))),
  );
  // Ranks: "third-largest", "second-largest employer", "fourth anniversary".
  take(collect(new RegExp(String.raw`\b(?:${ORDINAL_WORD})[ -](?:${SUPERLATIVE})\b`, "gi"), t, "rank"));
  take(
    collect(
      new RegExp(
        String.raw`\b(?:${ORDINAL_WORD}) (?=(?:anniversary|consecutive|straight|successive|edition|round|term|time|quarter|year in a row|month in a row)\b)`,
        "gi",
      ),
      t,
      "rank",
    ).map((h) => ({ ...h, end: h.end - 1 })),
  );
  // "its third cut in nine months", "the PSLV's 62nd flight", "only the fourth nation to …", "the 13th meeting": which one of a
  // series an act or a meeting is. "first" is left out: "the first indigenous vaccine" is the news's claim, not a count.
  take(
    collect(
      new RegExp(
        String.raw`\b(?!first\b)(?:${ORDINAL_WORD}) (?=(?:(?:straight|consecutive|successive|such|rate|interest rate|policy)\s)?(?:cut|cuts|hike|hikes|increase|reduction|flight|launch|mission|meeting|summit|nation|country|attempt|visit|review)(?=\s(?:in|of|for|since|to|this|after|at|on|by|and|under|with|so)\b|[,.;:]|$))`,
        "gi",
      ),
      t,
      "rank",
    ).map((h) => ({ ...h, end: h.end - 1 })),
  );
  // Counts: any other number, with what it counts.
  // "a billion internet users": a scale word after "a" is a count too.
  for (const h of collect(new RegExp(String.raw`${b}(?:(?:${NUM})${SCALE}?|an? (?:million|billion|trillion|lakh|crore))${e}`, "g"), t, "number")) {
    if (overlaps(taken, h.start, h.end) || inside(taken, h.start, h.end)) continue;
    const word = t.slice(h.start, h.end);
    // A number glued to a name ("GLP-1", "Artemis II", "COP30") or a time of day is no count.
    if (/[A-Za-z]-$/.test(t.slice(Math.max(0, h.start - 2), h.start)) || /^\d+:\d/.test(t.slice(h.start))) continue;
    // "around 4.30 pm", "at 1500 hrs", "11 am": a clock time is no count.
    if (/^\s?(?:am|pm|a\.m\.|p\.m\.|hrs|hours IST|IST|GMT|UTC)(?![\p{L}])/u.test(t.slice(h.end))) continue;
    if (/^(?:one|a few|hundreds|dozens)$/i.test(word) || /^-(?:fold|thirds?|quarters?|halves|fifths?|tenths?)\b/.test(t.slice(h.end))) continue;
    // "type 2 diabetes", "phase 3": a number that names a class, not a count; "four to five": one end of a range.
    if (
      /\b(?:type|phase|stage|tier|class|grade|level|version|gen|generation|model|round|wave|group|season|episode|chapter|article|clause|part)\s$/i.test(
        t.slice(Math.max(0, h.start - 12), h.start),
      )
    )
      continue;
    if (
      RANGE_BEFORE.test(t.slice(Math.max(0, h.start - 14), h.start)) ||
      new RegExp(String.raw`^\s?(?:-|–|to|or)\s?(?:\d|(?:${NUMBER_WORD})\b)`, "i").test(t.slice(h.end))
    )
      continue;
    // "the two countries", "the three sides": a reference to things already named, not a count.
    // "The four astronauts aboard": a group's size is a count all the same.
    const n = countedNoun(t, h.end);
    if (
      /^[a-z]/.test(word) &&
      /\bthe $/i.test(t.slice(Math.max(0, h.start - 4), h.start)) &&
      (!n ||
        REFERENCE_NOUN.test(n.noun) ||
        !/^\s+(?:aboard|on board)\b[^—–,]*?\b(?:have|has|had|will|returned|landed|arrived|died|survived|splashed)\b/.test(t.slice(n.end)))
    )
      continue;
    taken.push({ ...h, noun: n?.noun, nounEnd: n?.end });
  }

  const out: Candidate[] = [];
  for (const h of taken) {
    // "a 3 1/2-year low": a figure with a fraction is none of its parts.
    if (t.charAt(h.start - 1) === "/" || /^\s?\d*\/\d/.test(t.slice(h.end)) || /^\s\d+\/\d/.test(t.slice(h.end))) continue;
    let start = h.start;
    let end = h.end;
    let text = sentence.slice(start, end);
    // "between June 4 and 6": the answer is the range, "between" stays in the prompt.
    const lead = /^(?:between|in|since|from|by|until|till|last|early|late|mid-|through|during|of|next|this) /i.exec(text);
    if (lead && h.kind === "date" && /\d/.test(text)) {
      start += lead[0].length;
      text = sentence.slice(start, end);
    }
    const trail = /[\s,.;:]+$/.exec(text);
    if (trail) {
      end -= trail[0].length;
      text = sentence.slice(start, end);
    }
    const before = t.slice(0, start);
    // "will be implemented over seven years", "spread over two decades": a span's "over" is "during", not "more than".
    const q =
      h.kind === "duration" && /\b[a-z]+(?:ed|en)\s(?:out\s)?over $|\bout\sover $/.test(before)
        ? null
        : new RegExp(String.raw`\b(${QUALIFIER}) $`, "i").exec(before);
    const kindValue = h.kind === "date" || h.kind === "rank" ? undefined : valueOf(text);
    const cand: Candidate = { kind: h.kind, start, end, text, outerStart: q ? start - q[0].length : start };
    if (q) cand.qualifier = q[1];
    if (kindValue !== undefined) cand.value = kindValue;
    if (h.noun) {
      cand.noun = h.noun;
      cand.nounEnd = h.nounEnd;
    }
    out.push(cand);
  }
  return out.sort((a, b2) => a.start - b2.start);
}

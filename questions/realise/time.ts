/**
 * Relative times in the article's time: "on Friday", "last year", "this month" mean something
 * only with the article's date. With it, they become dates ("on March 13, 2026", "in 2025");
 * without it, they are left out. "Now" and "currently" become "as of <month>" (a fact that
 * changes is asked in the article's time). Nothing is invented: every date is derived from the
 * published date.
 */
import { RELATIVE_TIME } from "./check";
import { MONTHS } from "../nlp/vocab-words";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The UTC day of an ISO date ("2025-01-17", "2025-01-17T00:00:00Z"), or undefined. */
export function parseIso(iso: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function longDate(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** The article's month, "March 2026". */
export function monthOf(iso: string | undefined): string | undefined {
  const d = parseIso(iso);
  return d ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : undefined;
}

/** "in " unless a preposition already governs the time at `at` ("since last August" → "since August 2024"). */
function inFor(text: string, at: number): string {
  return /\b(?:in|since|from|until|till|by|of|before|after|to|through|during|between|and|or)\s$/i.test(text.slice(0, at)) ? "" : "in ";
}

const FUTURE_MARK = /\b(?:will|is to|are to|is set to|are set to|plans? to|is due to)\b/;
/** Where one clause of a sentence ends and the next begins, for the tense of a weekday's own clause. */
const CLAUSE_BREAK = /,\s(?=(?:under which|which|who|where|whereby|while|but|and|as)\s)|;\s/;

/**
 * The text with its relative times anchored to the published date, or removed when there is none.
 *
 * @example anchorTimes("Two ships transited the strait on Friday", "2026-03-16") // "Two ships transited the strait on March 13, 2026"
 * @example anchorTimes("Exports fell in August last year", "2026-02-27") // "Exports fell in August 2025"
 */

export function anchorTimes(text: string, published: string | undefined): string {
  const d = parseIso(published);
  if (!d) return text.replace(RELATIVE_TIME, "");
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  const future = FUTURE_MARK.test(text);
  // The date of a weekday of the article's week: the last one of that name, or the next one for what lies ahead.
  const dayDate = (day: string, ahead: boolean): string => {
    const want = WEEKDAYS.indexOf(day);
    const delta = ahead ? (want - d.getUTCDay() + 7) % 7 : -((d.getUTCDay() - want + 7) % 7);
    return longDate(new Date(d.getTime() + delta * 86_400_000));
  };
  let out = text
    // "from last year's peak" → "from 2025's peak" (not "from in 2025's peak").
    .replace(/(?<!\bthe )\b[Ll]ast year(['’]s)/g, (_m, s: string) => `${year - 1}${s}`)
    .replace(/(?<!\bthe )\b[Tt]his year(['’]s)/g, (_m, s: string) => `${year}${s}`)
    .replace(/(?<!\bthe )\b[Nn]ext year(['’]s)/g, (_m, s: string) => `${year + 1}${s}`)
    .replace(new RegExp(`\\b(${MONTHS.join("|")}) last year\\b`, "g"), (_m, mo: string) => `${mo} ${year - 1}`)
    // "since last August" in an August article is a year back; "last March" in an August article, this March.
    .replace(
      new RegExp(`\\b[Ll]ast (${MONTHS.join("|")})\\b(?!,? \\d)`, "g"),
      (_m, mo: string, at: number, all: string) => `${inFor(all, at)}${mo} ${MONTHS.indexOf(mo) < month ? year : year - 1}`,
    )
    // "next February" in an August article is next year's; "next October", this year's.
    .replace(
      new RegExp(`\\b[Nn]ext (${MONTHS.join("|")})\\b(?!,? \\d)`, "g"),
      (_m, mo: string, at: number, all: string) => `${inFor(all, at)}${mo} ${MONTHS.indexOf(mo) > month ? year : year + 1}`,
    )
    .replace(new RegExp(`\\b(${MONTHS.join("|")}) this year\\b`, "g"), (_m, mo: string) => `${mo} ${year}`)
    .replace(/(?<!\bthe )\b(?:[Ll]ate |[Ee]arly )?[Ll]ast year\b/g, (m) => `${/late/i.test(m) ? "late " : /early/i.test(m) ? "early " : ""}in ${year - 1}`)
    .replace(/(?<!\bthe )\b(?:[Ee]arlier |[Ll]ater )?[Tt]his year\b/g, `in ${year}`)
    .replace(/(?<!\bthe )\b[Nn]ext year\b/g, `in ${year + 1}`)
    .replace(/(?<!\bthe )\b(?:[Ee]arlier |[Ll]ate )?[Ll]ast month\b/g, `in ${MONTHS[(month + 11) % 12]} ${month === 0 ? year - 1 : year}`)
    .replace(/\b(?:[Ee]arlier |[Ll]ater )?[Tt]his month\b/g, `in ${MONTHS[month]} ${year}`)
    .replace(/(?<!\bthe )\b[Nn]ext month\b/g, `in ${MONTHS[(month + 1) % 12]} ${month === 11 ? year + 1 : year}`)
    // "Earlier on Thursday, …": the day is the time; "earlier" only orders it after the sentence before.
    .replace(new RegExp(`\\b([Ee]arlier|[Ll]ater) on (?=(?:${WEEKDAYS.join("|")})\\b)`, "g"), (m) => (/^[EL]/.test(m) ? "On " : "on "))
    // "the report released Wednesday", "the commission confirmed Sunday": a weekday right after a verb of telling is "on" it.
    .replace(
      new RegExp(`\\b(released|said|announced|confirmed|reported|published|told|added|approved|signed|unveiled|declared)\\s(${WEEKDAYS.join("|")})\\b`, "g"),
      // The verb is past, whatever the rest of the sentence plans: the day is the last one of that name.
      (_m, verb: string, day: string) => `${verb} on ${dayDate(day, false)}`,
    )
    // "on Friday, July 14": the date is written; the weekday goes.
    .replace(new RegExp(`\\b([Oo]n) (?:${WEEKDAYS.join("|")}),?\\s(?=(?:${MONTHS.join("|")})\\s\\d)`, "g"), "$1 ")
    // "approved … on Tuesday …, under which grains will be distributed": the tense of the weekday's own clause, not of a later one.
    .replace(new RegExp(`\\b([Oo])n (${WEEKDAYS.join("|")})\\b`, "g"), (_m, o: string, day: string, at: number, all: string) => {
      const own = all.slice(0, at).split(CLAUSE_BREAK).pop()! + all.slice(at).split(CLAUSE_BREAK)[0]!;
      return `${o}n ${dayDate(day, FUTURE_MARK.test(own))}`;
    })
    // "ahead of Sunday's elections" → "ahead of the elections on April 12, 2026": a weekday's possessive dates its noun.
    .replace(
      new RegExp(`\\b(${WEEKDAYS.join("|")})['’]s\\s(${DAY_EVENTS})\\b(?!\\s[a-z]+(?:s|ed|ing)?\\s(?:of|was|were|is|are)\\b)`, "g"),
      (_m, day: string, noun: string, at: number, all: string) =>
        `${at === 0 ? "The" : "the"} ${noun} on ${dayDate(day, future || /\b(?:ahead of|before|upcoming|coming)\s$/.test(all.slice(0, at)))}`,
    )
    // "delivered the Fed's second straight rate cut Thursday": a bare weekday is "on" that day, as a wire writes it.
    .replace(
      new RegExp(
        `(?<=\\b[a-z][a-z-]*\\s)(?<!\\b(?:on|last|next|this|by|until|till|since|from|every|each|to|and|or|before|after|through|between|of|the|a|than)\\s)(${WEEKDAYS.join("|")})\\b(?!['’]s|,? (?:and|or|to|through)\\b|\\s(?:night|morning|evening|afternoon)\\b|\\s\\p{Lu}|,?\\s(?:${MONTHS.join("|")}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b)`,
        "gu",
      ),
      // "who arrived Monday, will visit …": a past verb before the day tells its time, whatever the sentence plans.
      (_m, day: string, at: number, all: string) => `on ${dayDate(day, future && !/[a-z]ed\s$/.test(all.slice(0, at)))}`,
    )
    // "no later than Monday", "by Friday": a deadline's weekday is the next one of that name, dated without "on".
    .replace(new RegExp(`\\b(than|by|until|till) (${WEEKDAYS.join("|")})\\b(?!['’]s)`, "g"), (_m, word: string, day: string) => `${word} ${dayDate(day, true)}`)
    // "Prime Minister Narendra Modi Friday commissioned …": a bare weekday between a name and its past verb.
    .replace(new RegExp(`(?<=\\p{Lu}[\\p{L}.'’-]*\\s)(${WEEKDAYS.join("|")})(?=\\s[a-z]+ed\\b)`, "gu"), (_m, day: string) => `on ${dayDate(day, false)}`);
  // "Monday (March 13)" → "March 13, 2023 (March 13)": the source's own date in brackets says it twice.
  out = out.replace(new RegExp(`\\b((${MONTHS.join("|")}) (\\d{1,2}), \\d{4}) \\((?:${MONTHS.join("|")})\\.? \\3\\)`, "g"), "$1");
  // "by the end of next year" → "by the end of 2022", not "by the end of in 2022".
  out = out.replace(/\b(of|by|until|till|from|since|before|after|through|during|for|to) in ((?:19|20)\d\d)\b/g, "$1 $2");
  let asOf = false;
  // "For now, the ceasefire has cooled prices …": the phrase goes whole ("For, the …" would be left).
  out = out.replace(
    /(?:^|(?<=,\s))(?:[Ff]or now|[Aa]s of now|[Rr]ight now|[Aa]t present|[Cc]urrently),\s+(\p{L})?/gu,
    (_m, next: string | undefined, at: number) => {
      asOf = true;
      return at === 0 && next ? next.toUpperCase() : (next ?? "");
    },
  );
  out = out.replace(/\s?\b(?:now|currently|at present|presently)\b/g, () => {
    asOf = true;
    return "";
  });
  out = out
    .replace(RELATIVE_TIME, "")
    .replace(/\bin in\b/g, "in")
    .replace(/\s{2,}/g, " ");
  // "… stands at 1.5% as of January": a text that already gives its time gets no second "as of".
  if (asOf && !/\bas of\b/.test(out)) {
    const end = /[.?!]$/.exec(out.trim())?.[0] ?? "";
    out = `${out.replace(/[\s.?!]+$/, "")}, as of ${MONTHS[month]} ${year}${end}`;
  }
  return out;
}

/** Words that make a month every year's: "usually begins in June". */
const HABITUAL = /\b(?:usually|typically|normally|generally|traditionally|customarily|often|every year|each year|annually|tends? to)\b/i;

/** A meeting, a conference, an election: an occasion named just before its month may lie ahead even in a past-tense sentence. */
const OCCASION_BEFORE =
  /\b(?:meeting|summit|conference|talks|election|elections|polls|session|visit|negotiations|COP\d+)\b[^.;]{0,40}\s(?:in|on|from|between)\s$/i;

/**
 * The year of a month, from the words before it (`before` ends with the month) and the sentence's
 * tense: "grew 7.4% in the October–December quarter, and the government expects growth of …" — a
 * plan elsewhere in the sentence does not move a month its own clause tells in the past; "at the
 * COP31 conference in Antalya in November" in a September article is this November.
 *
 * @example yearInContext("October", "is expected to take up the matter at its meeting in October", "2026-08-18", "intent") // 2026
 */
export function yearInContext(month: string, before: string, published: string | undefined, tense: Tense): number | undefined {
  const at = before.lastIndexOf(month);
  const lead = at >= 0 ? before.slice(0, at) : before;
  const clause = lead.split(/[,;:—–]\s|\s(?:and|but|while)\s/).pop() ?? "";
  const cue = (re: RegExp): boolean => re.test(clause) || re.test(before.slice(at));
  // "the rainy season, which usually begins in June", "when cases typically surge": every year's month, no one year's.
  if (HABITUAL.test(clause)) return undefined;
  let local: Tense = tense !== "past" && !cue(FUTURE) && !cue(INTENT) ? "past" : tense;
  // "at its meeting in October", "ahead of the post-monsoon peak in September": an occasion or a season still to come.
  if (local === "past" && (OCCASION_BEFORE.test(lead) || /\bahead of\b[^.;,]{0,50}$/i.test(lead)) && !/\b(?:previous|last|earlier|prior)\b/i.test(clause))
    local = "intent";
  return local === "intent" ? parseIso(published)?.getUTCFullYear() : yearOfMonth(month, published, local === "future");
}

/**
 * The year of a month the text gives without one, from the article's date: a past month after the
 * article's own is last year's, a future month before it next year's.
 *
 * @example yearOfMonth("January", "2026-03-19", false) // 2026
 * @example yearOfMonth("November", "2026-03-19", false) // 2025
 */
export function yearOfMonth(month: string, published: string | undefined, future: boolean): number | undefined {
  const d = parseIso(published);
  const m = MONTHS.indexOf(month);
  if (!d || m < 0) return undefined;
  const year = d.getUTCFullYear();
  if (future) return m < d.getUTCMonth() ? year + 1 : year;
  return m > d.getUTCMonth() ? year - 1 : year;
}

const MONTH = `(?:${MONTHS.join("|")})`;

/**
 * How a sentence places its months: "will be sworn in on July 28" is to come (a month before the
 * article's is next year's); "expects to begin shipments in June", "has forecast the June–September
 * monsoon" look ahead within the article's year; anything else is past (a month after the
 * article's is last year's).
 */
export type Tense = "past" | "intent" | "future";

const FUTURE = /\b(?:will|shall|is to|are to|is due to|are due to|is scheduled|are scheduled|is set to|are set to|upcoming|next)\b/;
const INTENT = new RegExp(
  String.raw`\b(?:expects?|expected to|plans?|planned|aims?|forecasts?|forecast|projects?|projected|targets?|ahead of|window|due|scheduled|(?:agreed|agrees|decided|decides|voted|votes) to|to (?:raise|cut|increase|boost|lift|reduce|hold|begin|start|launch|resume|extend|add|build|introduce|implement|hike|lower)|by (?:the end of )?(?:${MONTHS.join("|")}))\b`,
);

export function tenseOf(sentence: string): Tense {
  return FUTURE.test(sentence) ? "future" : INTENT.test(sentence) ? "intent" : "past";
}

/** A month the prompt names after a word that makes it a time ("in May", "on February 16 to 20", "the October–December quarter"). */
const MONTH_MENTION = new RegExp(
  String.raw`\b(in|on|since|by|from|until|till|through|for|between|during|of|and|to|early|late|mid|end of|the|last|before|after|ending|ended|In|On|Since|By|From|Until|Through|For|Between|During|Early|Late|Before|After)\s(${MONTH})(\s(?:[12]?\d|3[01])(?:\s?(?:to|and|–|-)\s?(?:[12]?\d|3[01]))?)?(?:([–-])(${MONTH})|\s(?:and|to|through|until|till)\s(${MONTH})(\s(?:[12]?\d|3[01]))?)?(?![\p{L}\p{N}'’-])`,
  "u",
);

const MONTH_MENTIONS = new RegExp(MONTH_MENTION.source, "gu");

/** A month with its year: "August 17, 2026", "September 2025". */
const DATED_MONTH = new RegExp(String.raw`\b${MONTH}(?:\s(?:[12]?\d|3[01]))?,?\s(?:19|20)\d\d\b`, "g");

/** Where one clause of a prompt ends and the next begins, for a month's own year. */
const CLAUSE_BREAKS = [",", ";", " and ", " but ", " while ", " — "];

/** A prompt that says its year already: "2025", "2025-26", "FY26". */
const HAS_YEAR = /\b(?:19|20)\d\d\b|\bFY\d\d\b/;

/**
 * Every month a prompt names without a year gets the year, from the article's date: "in May"
 * → "in May 2026", "from February 16 to 20" → "from February 16 to 20, 2026", "the
 * October–December quarter" → "the October–December 2025 quarter". Each month is dated on its own:
 * one whose clause gives a year ("in May from 2025's level") is left, and so is every month of an
 * article without a date.
 *
 * @example withYears("Exports fell 3.8% in April.", "2026-05-02", "past") // "Exports fell 3.8% in April 2026."
 */
export function withYears(prompt: string, published: string | undefined, tense: Tense): string {
  if (!parseIso(published)) return prompt;
  const inserts: Array<{ at: number; text: string }> = [];
  // Another month's own year ("on August 17, 2026 asked …") is not in this one's clause: dated months are masked, lengths kept.
  const masked = prompt.replace(DATED_MONTH, (x) => "#".repeat(x.length));
  for (const m of prompt.matchAll(MONTH_MENTIONS)) {
    const [all, , first, days, dash, second, other, otherDays] = m;
    const at = m.index + all.length;
    // "in September 2025", "on July 1, 2026": dated already.
    if (/^,?\s(?:19|20)\d\d\b|^\s?['’]\d\d\b/.test(prompt.slice(at))) continue;
    // "in May from 2025's level": a year in the month's own clause may be its year; it is not guessed.
    const from = Math.max(...CLAUSE_BREAKS.map((x) => masked.lastIndexOf(x, m.index)));
    const to = CLAUSE_BREAKS.map((x) => masked.indexOf(x, at)).filter((x) => x >= 0);
    if (HAS_YEAR.test(masked.slice(from + 1, to.length ? Math.min(...to) : masked.length))) continue;
    // "the October–December quarter" → "the October–December 2025 quarter": the year after the range's second month.
    if (dash && !second) continue;
    const last = second ?? other ?? first!;
    const year = yearInContext(last, prompt.slice(0, m.index) + all, published, tense);
    if (year === undefined) continue;
    // "in February and March" → "in February and March 2026"; "from July 28 to August 11" → "… to August 11, 2026".
    inserts.push({ at, text: (other ? otherDays : days) ? `, ${year}` : ` ${year}` });
  }
  let out = prompt;
  for (const { at, text } of inserts.reverse()) out = out.slice(0, at) + text + out.slice(at);
  return out;
}

/**
 * A figure the prompt gives no time for is placed in the article's month: "Japan gets ____ of its
 * energy imports from the Middle East, as of March 2026." A prompt that names a year or a month, or
 * says "as of", is left as it is, and so is an article without a date.
 *
 * @example asOfArticle("Japan gets ____ of its energy imports from the Middle East.", "2026-03-19") // "Japan gets ____ of its energy imports from the Middle East, as of March 2026."
 */
export function asOfArticle(prompt: string, published: string | undefined): string {
  const month = monthOf(published);
  if (!month || /["”’]$/.test(prompt) || HAS_YEAR.test(prompt) || /\bas of\b/i.test(prompt) || new RegExp(`\\b${MONTH}\\b`).test(prompt)) return prompt;
  return withTime(prompt, `as of ${month}`);
}

/** The prompt with a time said after it, before its final mark: "…, as of March 2026." */
function withTime(prompt: string, time: string): string {
  const end = /[.?!]$/.exec(prompt)?.[0] ?? ".";
  return `${prompt.replace(/[\s,;:.?!]+$/, "")}, ${time}${end}`;
}

/** Words that place a prompt in time already: a year, a month, "as of", a weekday, "this week". */
export const PLACED_IN_TIME = new RegExp(
  String.raw`\b(?:19|20)\d\d\b|\bFY\s?(?:\d\d|\d{4})\b|\b[Aa]s of\b|\b${MONTH}\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|\b(?:${WEEKDAYS.join("|")})\b|\b(?:[Tt]his|[Ll]ast|[Nn]ext) (?:week|month|year|quarter)\b|\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)\b`,
);

/** Prompts that ask what a thing is called or stands for: a name does not change with the news. */
const TIMELESS = /^(?:What is the (?:name|full form|expansion)\b|What does\b[^?]*\bstand for\b)|\b(?:is|are) (?:known|called|named|dubbed) as\b/i;

/**
 * A prompt that says nothing of when is placed in the article's month, so that a learner who meets
 * it a year later knows which news it was: a state holds "as of" it ("India supplies ____ of global
 * generic medicines, as of April 2026"), an event or a plan is what the news of that month reported
 * ("Russia and Ukraine agreed to a local ceasefire …, as reported in February 2026"). Nothing is
 * guessed: the month is the article's, and "reported" claims no more than that. An article without
 * a date, a prompt that names a time, a name's question and a prompt that ends in a quote are left.
 *
 * @example placedInTime("How many megawatts will the plant generate?", "2026-03-05", false) // "How many megawatts will the plant generate, as reported in March 2026?"
 */
export function placedInTime(prompt: string, published: string | undefined, state: boolean): string {
  const month = monthOf(published);
  if (!month || /["”’]$/.test(prompt) || PLACED_IN_TIME.test(prompt) || TIMELESS.test(prompt)) return prompt;
  return withTime(prompt, `${state ? "as of" : "as reported in"} ${month}`);
}

/** Nouns of a day's event that a weekday's possessive dates: "Sunday's elections", "Thursday's move". */
const DAY_EVENTS =
  "elections?|vote|polls|meeting|summit|talks|move|decision|announcement|statement|attacks?|strikes?|launch|session|speech|rally|visit|report|cut|hike|ruling|verdict|budget|test|tests|flight|landing|docking|crash|blast|fire|quake|earthquake|storm|match|game|final|debate|protest|protests|raid|operation|vote count|referendum|hearing|judgment|judgement|order";

/** Openers that date a sentence by the one before it: "Subsequently, …", "Since then, …". */
const THEN_OPENER = /^(?:(Subsequently|After that|Thereafter|Later|Later on)|(Since then)),\s/i;

/** A month with its year or a bare year: "May 2020", "February 7, 2025", "2023". */
const DATED_TIME = new RegExp(
  String.raw`\b${MONTH}(?:\s(?:[12]?\d|3[01]),)?\s(?:19|20)\d\d\b|(?<=\b(?:in|since|by|from|until|of|during)\s)(?:19|20)\d\d\b(?![-–]\d)`,
  "g",
);

/**
 * The time an opener like "Subsequently," takes from the sentence before: "After May 2020" when
 * that sentence names one time ("The last cut was in May 2020, when …"), "Since May 2020" for
 * "Since then,". None when it names none or several.
 *
 * @example thenFrom("Subsequently, the RBI raised rates seven times.", "The last cut was in May 2020.") // "After May 2020"
 */
export function thenFrom(sentence: string, previous: string | undefined): string | undefined {
  const m = THEN_OPENER.exec(sentence);
  if (!m || !previous) return undefined;
  const times = [...new Set([...previous.matchAll(DATED_TIME)].map((x) => x[0]))];
  if (times.length !== 1) return undefined;
  return `${m[2] ? "Since" : "After"} ${times[0]}`;
}

/**
 * The prompt without the opener thenFrom replaced: "Later, the RBI …" or "… after that?" once the
 * question says "After May 2020".
 */
export function withoutThenOpener(prompt: string): string {
  return prompt
    .replace(/^(?:Subsequently|After that|Thereafter|Later on|Later|Since then),\s+/i, "")
    .replace(/,?\s(?:after that|since then|later on|later|thereafter|subsequently)(?=[?,.])/i, "");
}

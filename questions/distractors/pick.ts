/**
 * Distractors of the same type and form as the answer: figures of the same unit and
 * magnitude, near years, neighbouring dates, entities of the same category — from the article
 * first, then the learner's library, then generic vocabularies. Never the answer, never a
 * true value of the same fact (a figure of the same sentence), never a spelling variant.
 */
import { plain } from "../answers/types";
import { COUNTRIES, canonicalCountry, countryOf, countryOfDemonym } from "../nlp/vocab-places";
import { mulberry32, seedFrom, shuffled } from "../random";
import { FIGURE_KINDS, type AnswerKind, type Candidate } from "../answers/types";
import { FRACTION } from "../answers/figures";
import { CITIES_BY_COUNTRY, COUNTRIES_BY_REGION, WORLD_ORGANISATIONS, countryOfCity, regionOfCountry } from "../answers/vocab";
import { dateNeighbours } from "./dates";
import { commentatorAt } from "../rank/salience";
import { leadingNumber, numericNeighbours } from "./numbers";

/** An entity or figure seen somewhere, with where it was seen. */
export interface PoolItem {
  kind: AnswerKind;
  text: string;
  category?: string;
  /** The article and sentence it came from. */
  articleId: string;
  sentence: number;
}

const KEYS = new Map<string, string>();

/** Key for "the same answer written another way": case, punctuation, "the", a possessive (memoised: pools ask it of the same names again and again). */
export function sameKey(s: string): string {
  const known = KEYS.get(s);
  if (known !== undefined) return known;
  if (KEYS.size > 50_000) KEYS.clear();
  const key = keyOf(s);
  KEYS.set(s, key);
  return key;
}

function keyOf(s: string): string {
  const expanded = s
    .replace(/\bU\.?N\.?(?=\s|$)/g, "United Nations")
    .replace(/\bU\.?S\.?(?=\s|$)/g, "United States")
    .replace(/\bU\.?K\.?(?=\s|$)/g, "United Kingdom")
    .replace(/\bE\.?U\.?(?=\s|$)/g, "European Union");
  const key = expanded
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[-\u2010-\u2015]/g, " ")
    .replace(/^(?:the|a|an)\s+/, "")
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  return key;
}

function initials(key: string): string {
  return key
    .split(" ")
    .filter((w) => !/^(?:of|and|for|the|on|in)$/.test(w))
    .map((w) => w[0])
    .join("");
}

/** True when two names are one: the same key, or one is the other's acronym ("UNSC"). */
export function sameName(a: string, b: string): boolean {
  const ka = sameKey(a);
  const kb = sameKey(b);
  if (ka === kb) return true;
  if (!ka.includes(" ") && kb.includes(" ") && initials(kb) === ka) return true;
  return !kb.includes(" ") && ka.includes(" ") && initials(ka) === kb;
}

function qualifierOf(text: string): string {
  return (
    /^(?:more than|less than|over|under|around|about|nearly|almost|roughly|some|up to|at least|close to|approximately|below|above|just over|just under|a total of|an estimated) /i.exec(
      text,
    )?.[0] ?? ""
  );
}

/** Words before a figure that make it a floor: "pay hikes have exceeded 5%", "topped the $100 mark", "more than 50 years". */
const FLOOR_BEFORE =
  /(?:\b(?:more than|over|above|at least|as many as|as much as|in excess of|upwards of|north of)|\b(?:exceed(?:s|ed|ing)?|top(?:s|ped|ping)|surpass(?:es|ed|ing)?|cross(?:es|ed|ing)?|outstrip(?:s|ped)?)(?:\s+(?:the|a|an))?)\s+$/i;
/** Words before a figure that make it a ceiling: "below 2%", "capped at 10%", "up to 10% of revenue". */
const CEILING_BEFORE = /\b(?:less than|fewer than|under|below|up to|at most|no more than|capped at|a cap of|within|short of)\s+$/i;

const RISE = "rose|risen|raised|increased|grew|grown|climbed|jumped|widened|accelerated|hiked|lifted|upgraded|revised up|expanded|up";
const FALL = "fell|fallen|cut|lowered|reduced|declined|eased|slowed|narrowed|dropped|slipped|decreased|trimmed|revised down|contracted|shrank|down";
const num = (s: string): number => Number(s.replace(/,/g, ""));
const IS_RISE = new RegExp(`^(?:${RISE})$`, "i");
const FRACTION_WORDS = new RegExp(`^(?:${FRACTION})$`, "i");
/** "… raised to 7.6% from ____" */
const TO_FIGURE_FROM = new RegExp(
  // "fell to $137 billion in 2025-26 from ____": a year between the figure and "from" dates it.
  String.raw`\b(${RISE}|${FALL})\b[^.;]{0,80}?\bto\s+[^\d\s]{0,3}([\d][\d.,]*)(?:[^\d]|\b(?:19|20)\d\d(?:[-–'’]\d{2,4})?\b){0,30}?\s+from\s+(?:about\s|around\s|nearly\s)?$`,
  "i",
);
/** "increased from ____" (then "to 24%" after it) */
const FROM_BLANK = new RegExp(String.raw`\b(${RISE}|${FALL})\b[^.;]{0,60}?\bfrom\s+$`, "i");
/** "fell from 6.5% to ____" */
const FROM_FIGURE_TO_BLANK = new RegExp(String.raw`\b(${RISE}|${FALL})\b[^.;]{0,60}?\bfrom\s+[^\d\s]{0,3}([\d][\d.,]*)[^\d.;]{0,30}?\bto\s+$`, "i");
/** "… rose to ____" (then "from 3.1%" after it) */
const TO_BLANK = new RegExp(String.raw`\b(${RISE}|${FALL})\b[^.;]{0,80}?\bto\s+$`, "i");

/**
 * Which side of another figure of its sentence the answer lies on: "raised to 7.6% from ____" (below 7.6),
 * "cut to 4.25% from ____" (above 4.25), "rose … to ____ from 3.1%" (above 3.1), "$29.5 billion, down from
 * ____" (above 29.5). Wrong options on the other side are ruled out by the sentence itself.
 */
function sideOf(c: Pick<Candidate, "outerStart" | "end">, sentence: string): { below?: number; above?: number } {
  const t = sentence.replace(/[\u00a0\u2009\u202f]/g, " ");
  const before = t.slice(0, c.outerStart);
  const after = t.slice(c.end);
  const dir = (verb: string): 1 | -1 => (IS_RISE.test(verb) ? 1 : -1);
  // "… to 7.6% from ____"
  const toFrom = TO_FIGURE_FROM.exec(before);
  if (toFrom) return dir(toFrom[1]!) > 0 ? { below: num(toFrom[2]!) } : { above: num(toFrom[2]!) };
  // "… to ____ from 3.1%"
  const lead = TO_BLANK.exec(before);
  const from = /^(?:[^\d.;]|\b(?:19|20)\d\d(?:[-–'’]\d{2,4})?\b){0,30}?\s+from\s+(?:about\s|around\s)?[^\d\s]{0,3}([\d][\d.,]*)/.exec(after);
  if (lead && from) return dir(lead[1]!) > 0 ? { above: num(from[1]!) } : { below: num(from[1]!) };
  // "increased from ____ to 24%" (below 24), "fell from 6.5% to ____" (below 6.5)
  const fromBlank = FROM_BLANK.exec(before);
  const toAfter = /^[^\d\s]{0,3}\s+to\s+[^\d\s]{0,3}([\d][\d.,]*)/.exec(after);
  if (fromBlank && toAfter) return dir(fromBlank[1]!) > 0 ? { below: num(toAfter[1]!) } : { above: num(toAfter[1]!) };
  const fromFigure = FROM_FIGURE_TO_BLANK.exec(before);
  if (fromFigure) return dir(fromFigure[1]!) > 0 ? { above: num(fromFigure[2]!) } : { below: num(fromFigure[2]!) };
  // "$29.5 billion, down from ____", "4.8%, up from ____"
  const upDown = /([\d][\d.,]*)[^\d,;]{0,20},?\s+(up|down)\s+from\s+(?:about\s|around\s)?$/i.exec(before);
  if (upDown) return upDown[2]!.toLowerCase() === "up" ? { below: num(upDown[1]!) } : { above: num(upDown[1]!) };
  // "Inflation stands at ____, the first time it has fallen below the 2% target": the sentence's own bound of the figure.
  for (const m of t.matchAll(
    /\b(?:fallen|fell|falls|dropped|drops|slipped|dipped|remained|stayed|stays)\s+(below|under|above|over)\s+(?:the\s+|its\s+)?(\d[\d.,]*)\s?(?:%|per ?cent)/gi,
  )) {
    const at = m.index ?? 0;
    if (at < c.end && at + m[0].length > c.outerStart) continue;
    return /^(?:below|under)$/i.test(m[1]!) ? { below: num(m[2]!) } : { above: num(m[2]!) };
  }
  // "houses six of its ____ reactors": the whole is more than its part.
  const part = /\b(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:its|the|their|his|her)\s+$/i.exec(before);
  const whole = part ? leadingNumber(part[1]!) : undefined;
  if (whole !== undefined) return { above: whole };
  return {};
}

/**
 * Whether a figure is a bound: 1 for a floor ("exceeded 5%": 4% is true as well), -1 for a ceiling
 * ("below 2%"), 0 for a value. From the answer's qualifier, else from the words just before it.
 */
export function boundOf(c: Pick<Candidate, "kind" | "outerStart" | "text" | "qualifier">, sentence?: string): -1 | 0 | 1 {
  const before = `${sentence === undefined ? "" : sentence.slice(0, c.outerStart)}${c.qualifier ? `${c.qualifier} ` : qualifierOf(c.text)}`.replace(
    /[\u00a0\u2009\u202f]/g,
    " ",
  );
  // "over five years" is a span of time, not a floor; "just over nine days" is about nine.
  if (/\bjust (?:over|under)\s+$/i.test(before)) return 0;
  if (FLOOR_BEFORE.test(before) && !(c.kind === "duration" && /\bover\s+$/i.test(before))) return 1;
  return CEILING_BEFORE.test(before) ? -1 : 0;
}

/** The polity a body's name opens with ("European Commission" → "EU", "U.S. Supreme Court" → the U.S., "Indian Navy" → India), if any. */
function jurisdiction(name: string): string | undefined {
  const first = (/^(?:the\s)?(\S+)/.exec(name)?.[1] ?? "").replace(/['’]s$/, "");
  if (/^(?:European|EU)$/.test(first)) return "EU";
  if (first === "Federal" || /^(?:the\s)?United States\b/.test(name)) return canonicalCountry("U.S.");
  const country = countryOf(first) ?? countryOfDemonym(first);
  return country === undefined ? undefined : canonicalCountry(country);
}

/**
 * Three (or more) wrong options for a candidate, best first.
 *
 * @param c the answer
 * @param where the answer's article and sentence (its text, when given, tells a bound: "exceeded 5%")
 * @param pool every entity and figure of the article and the library
 * @param avoid texts that are true for this fact (the other figures of its sentence, the subject …)
 */
/**
 * Wrong figures ordered so that the answer's place among the first three and itself is even:
 * lowest, second, third or highest alike. Neighbours drawn at random on both sides put the answer
 * in the middle most of the time (86% of the figure questions of 2.14), which a test-wise learner
 * picks without knowing the fact. Where one side is ruled out ("up from ____"), the other fills in.
 *
 * @example balancedAround(["5%", "3%", "6%", "2%"], 4, () => 0) // ["5%", "6%", "3%", "2%"]: none below asked for, so the answer is lowest but for what the others leave
 */
export function balancedAround(options: readonly string[], answer: number | undefined, rand: () => number): string[] {
  if (answer === undefined) return [...options];
  const below = options.filter((o) => (leadingNumber(o) ?? answer) < answer);
  const above = options.filter((o) => (leadingNumber(o) ?? answer) > answer);
  const other = options.filter((o) => !below.includes(o) && !above.includes(o));
  const lower = Math.min(3, Math.floor(rand() * 4));
  const first: string[] = [];
  for (let i = 0; i < 3; i++) {
    const side = i < lower ? below : above;
    const next = side.shift() ?? (side === below ? above : below).shift();
    if (next !== undefined) first.push(next);
  }
  return [...first, ...below, ...above, ...other];
}

export function pickDistractors(
  c: Candidate,
  where: { articleId: string; sentence: number; text?: string },
  pool: readonly PoolItem[],
  avoid: readonly string[],
  seed: number,
  want = 3,
): string[] {
  const answer = c.text;
  const answerKey = sameKey(answer);
  const figure = FIGURE_KINDS.has(c.kind) || c.kind === "rank" || c.kind === "year";
  const banned = new Set([answerKey, ...avoid.map(sameKey)]);
  const out: string[] = [];
  let add = (s: string): void => {
    if (/(?:^|\s)(?:one|1|a|an)\s(?:[a-z-]+\s)?(?:weeks|days|months|years|hours|minutes|decades|members|countries|people|ships|vessels|barrels)\b/i.test(s))
      return; // "one weeks"
    const k = sameKey(s);
    if (!k || banned.has(k) || out.some((o) => sameName(o, s)) || sameName(s, answer) || avoid.some((a) => sameName(a, s))) return;
    // "3.5%" is no spelling of "3%": figures differ by value, names by spelling.
    const valued = figure && leadingNumber(s) !== undefined;
    if (!(valued && leadingNumber(s) !== leadingNumber(answer)) && (k.includes(answerKey) || answerKey.includes(k))) return; // a variant of the answer ("Alibaba" for "Alibaba.com")
    if (out.some((o) => !(valued && leadingNumber(o) !== leadingNumber(s)) && (sameKey(o).includes(k) || k.includes(sameKey(o))))) return; // two spellings of one wrong option
    out.push(s);
  };
  const rand = mulberry32(seedFrom(`${answer}|${where.articleId}|${where.sentence}`, seed));
  const fromPool = (pred: (p: PoolItem) => boolean): PoolItem[] => {
    const same = pool.filter((p) => pred(p) && p.articleId === where.articleId && p.sentence !== where.sentence);
    const lib = pool.filter((p) => pred(p) && p.articleId !== where.articleId);
    return [...shuffled(same, rand), ...shuffled(lib, rand)];
  };

  // "nearly half": other shares in words, the same qualifier kept.
  if (c.kind === "percent" && FRACTION_WORDS.test(c.text)) {
    const lead = answer.slice(0, answer.length - c.text.length);
    // "one-third" is "a third": the answer's own share in another spelling is no wrong option.
    const share = (f: string): string =>
      f
        .toLowerCase()
        .replace(/^(?:a|one)[- ]/, "")
        .replace(/-/g, " ");
    for (const f of shuffled(["half", "a third", "two-thirds", "a quarter", "three-quarters", "a fifth", "a tenth"], rand))
      if (share(f) !== share(c.text)) add(`${lead}${f}`);
    return out.slice(0, want);
  }
  if (FIGURE_KINDS.has(c.kind) || c.kind === "rank") {
    const v = leadingNumber(answer);
    // Neighbours of the same unit and form only: another figure of the article may be true of this very thing.
    // "1989-1991": both ends move together.
    // "fiscal year 2025-26" too: the words around the range stay.
    const range = /^(\D*?)((?:19|20)\d\d)([-–])(\d{2}|\d{4})(\D*)$/.exec(answer);
    if (c.kind === "year" && range) {
      const a = Number(range[2]);
      const b = range[4]!.length === 2 ? Number(range[2]!.slice(0, 2) + range[4]) : Number(range[4]);
      for (const d of shuffled([-4, -3, -2, 2, 3, 5, -6, 6], rand)) {
        const end = b + d;
        add(`${range[1]}${a + d}${range[3]}${range[4]!.length === 2 ? String(end).slice(2) : end}${range[5]}`);
        if (out.length >= want) break;
      }
      return out.slice(0, want);
    }
    // "more than 50 years", "exceeded 5%": a wrong option must be false, so it lies beyond the bound.
    const bound = boundOf(c, where.text);
    const side = where.text === undefined ? {} : sideOf(c, where.text);
    // "more than 60%, up from about 40%": the sentence's other figure of the same unit is true, never a wrong option.
    // "$300bn" in the headline is "$300 billion": a short unit is its word.
    const unitOf = (x: string): string =>
      x
        .replace(/^[^\d]*[\d.,]+/, "")
        .trim()
        .replace(/^bn\b/, "billion")
        .replace(/^(?:mn|m)\b/, "million")
        .replace(/^(?:tn|trn)\b/, "trillion");
    const taken = new Set(avoid.filter((x) => unitOf(x) === unitOf(answer)).flatMap((x) => leadingNumber(x) ?? []));
    // "the fourth quarter", "the second half": a year has four quarters and two halves.
    const within = where.text === undefined ? undefined : /^[\s-]+(quarter|half)\b/.exec(plain(where.text).slice(c.end))?.[1];
    const most = within === "quarter" ? 4 : within === "half" ? 2 : Infinity;
    for (const n of numericNeighbours(answer, c.kind, seed, 10)) {
      const nv = leadingNumber(n);
      if (nv !== undefined && taken.has(nv)) continue;
      if (nv !== undefined && nv > most) continue;
      if (bound !== 0 && v !== undefined && nv !== undefined && (nv - v) * bound <= 0) continue;
      if (nv !== undefined && side.below !== undefined && nv >= side.below) continue;
      if (nv !== undefined && side.above !== undefined && nv <= side.above) continue;
      add(n);
    }
    return balancedAround(out, v, rand).slice(0, want);
  }
  if (c.kind === "date") {
    for (const d of dateNeighbours(answer, seed)) {
      add(d);
      if (out.length >= want) break;
    }
    return out.slice(0, want);
  }

  const similarLength = (s: string): boolean => s.split(/\s+/).length <= answer.split(/\s+/).length + 3;
  if (c.kind === "person") {
    // Full names first: "Peter Magyar" rather than "Magyar".
    // Officials for an official (people named with their post), full names first.
    // An official's wrong options are officials only: an analyst quoted beside a governor is no governor.
    // A commentator is a wrong option only for a commentator.
    const commentator = where.text !== undefined && commentatorAt(where.text, c);
    const people = fromPool(
      (p) => p.kind === "person" && (c.category !== "official" || p.category === "official") && (commentator || p.category !== "commentator"),
    );
    // People named near the answer are of the same story (the other delegation's leader, not a politician of another paragraph).
    const near = (p: PoolItem): number => (p.articleId === where.articleId ? Math.min(1, Math.abs(p.sentence - where.sentence) / 8) : 1.5);
    const rank = (p: PoolItem): number => (p.category === c.category ? 0 : 1) + (/\s/.test(p.text) ? 0 : 2) + near(p);
    // "Zhang" is no wrong option for "Cheng Li-wun": a bare surname beside a full name is no one a learner could weigh.
    const full = /\s/.test(answer);
    for (const p of [...people].sort((a, b) => rank(a) - rank(b))) if (!full || /\s/.test(p.text)) add(p.text);
    return out.slice(0, want);
  }
  if (c.kind === "country") {
    const demonym = !/\s/.test(answer) && /(?:an|ish|ese|i|ch)$/.test(answer) && !COUNTRIES.includes(answer);
    if (!demonym) {
      // "Saudi Arabia" is no wrong option beside "Saudi and ____ pipelines", nor "Israeli" beside "… and Israel".
      const canon = (t: string): string => {
        const k = canonicalCountry(t);
        return k !== t ? k : (countryOfDemonym(t.split(/\s/)[0]!) ?? t);
      };
      for (const a of [...avoid, answer]) banned.add(sameKey(canon(a)));
      const addCountry = add;
      add = (t: string): void => {
        if (!banned.has(sameKey(canon(t)))) addCountry(t);
      };
      // The article's countries of the answer's region, then its other countries, then the region's (never a random country of the world).
      const region = regionOfCountry(answer);
      const own = fromPool((p) => p.kind === "country" && !/(?:an|ish|ese)$/.test(p.text));
      const inRegion = (t: string): boolean => region !== undefined && regionOfCountry(t) === region;
      // "Saudi and UAE pipelines": an option is the country's name ("Saudi Arabia"), not the word the sentence used for it; initials stay ("UAE").
      const asOption = (t: string): string =>
        COUNTRIES.includes(t) || /^[\p{Lu}.]+$/u.test(t) || !COUNTRIES.includes(canonicalCountry(t)) ? t : canonicalCountry(t);
      for (const p of own.filter((p) => inRegion(p.text))) add(asOption(p.text));
      for (const p of own.filter((p) => p.articleId === where.articleId)) add(asOption(p.text));
      if (region) for (const cn of shuffled(COUNTRIES_BY_REGION[region] ?? [], rand)) add(cn);
    }
    return out.slice(0, want);
  }
  if (c.kind === "place") {
    // A city's wrong options are cities of its own country, then of its region: "New Delhi" gets Mumbai, not Zurich.
    const home = c.category === "city" ? countryOfCity(answer) : undefined;
    const region = home ? regionOfCountry(home) : undefined;
    const sameCountry = (t: string): boolean => home !== undefined && countryOfCity(t) === home;
    const places = fromPool((p) => p.kind === "place" && (p.category ?? "") === (c.category ?? "") && similarLength(p.text));
    for (const p of places.filter((p) => sameCountry(p.text))) add(p.text);
    if (home) for (const city of shuffled(CITIES_BY_COUNTRY[home] ?? [], rand)) add(city);
    if (region)
      for (const cn of shuffled(COUNTRIES_BY_REGION[region] ?? [], rand)) {
        const country = countryOf(cn) ?? cn;
        if (country !== home) add((CITIES_BY_COUNTRY[country] ?? [])[0] ?? "");
      }
    // A place the vocabulary does not place: the article's places of its kind, or no options.
    if (!home) for (const p of places) add(p.text);
    return out.slice(0, want);
  }
  if (c.kind === "organisation") {
    // "European Commission" gets other European bodies, never India's Election Commission or the U.S. SEC.
    const juris = jurisdiction(answer);
    const sameJurisdiction = (t: string): boolean => juris === undefined || jurisdiction(t) === juris;
    for (const p of fromPool((p) => p.kind === "organisation" && p.category === c.category && c.category !== undefined && sameJurisdiction(p.text)))
      add(p.text);
    // Generic bodies only for an answer that is one of them: a central bank gets central banks, the IMF
    // gets the World Bank; a national regulator or a company gets the article's and library's own or none
    // ("Election Commission" is no wrong option for a reactor permit).
    const lists = Object.entries(WORLD_ORGANISATIONS);
    const home = c.category === "central bank" ? "central bank" : lists.find(([, names]) => names.some((n) => sameName(n, answer)))?.[0];
    if (home) for (const o of shuffled(WORLD_ORGANISATIONS[home] ?? [], rand)) if (sameJurisdiction(o)) add(o);
    // A word of a person's name tagged as a body elsewhere ("Trump" beside "Trump administration") is no body.
    const personWords = new Set(pool.filter((p) => p.kind === "person" && p.articleId === where.articleId).flatMap((p) => p.text.split(/\s+/).map(sameKey)));
    if (out.length < want)
      for (const p of fromPool(
        (p) => p.kind === "organisation" && p.category === undefined && c.category === undefined && similarLength(p.text) && !personWords.has(sameKey(p.text)),
      ))
        add(p.text);
    return out.slice(0, want);
  }
  // Named things and other terms: the same category only.
  if (c.category && c.category !== "term" && c.category !== "name") {
    for (const p of fromPool((p) => (p.kind === "named" || p.kind === "other") && p.category === c.category)) add(p.text);
  }
  return out.slice(0, want);
}

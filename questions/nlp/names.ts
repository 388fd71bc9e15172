/**
 * Proper-name spans in a sentence and their types. Works from capitalisation and
 * generic vocabularies (countries, demonyms, posts, organisation heads), helped by
 * the names compromise recognises as people. No article-specific strings.
 */
import { countryOf, countryOfDemonym, FALLBACK_CITIES, REGIONS } from "./vocab-places";
import { HONORIFICS, KNOWN_ORGS, OCCUPATIONS, ORG_HEADS, ROLE_HEADS } from "./vocab-roles";

/** "Actor | Mithun Chakraborty": a capitalised occupation never starts a name. */
const OCCUPATION_SET: ReadonlySet<string> = new Set(OCCUPATIONS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)));
import { MONTHS, NON_NAME_WORDS, WEEKDAYS } from "./vocab-words";

export type NameType = "person" | "country" | "organisation" | "place" | "demonym" | "date" | "other";

/** A capitalised span of a sentence, classified. Offsets are relative to the sentence. */
export interface NameSpan {
  text: string;
  start: number;
  end: number;
  type: NameType;
}

/** A word with its offsets in a sentence. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const PARTICLES = new Set(["de", "da", "van", "von", "bin", "al", "del", "der", "la", "dos", "di", "le"]);

/** Capitalised common nouns of ministerial portfolios ("Minister for New and Renewable Energy"): never the start of a name. */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  "New", "Renewable", "Energy", "Affairs", "Development", "Resources", "Welfare", "Health", "Family", "Education",
  "Finance", "Defence", "Defense", "Home", "External", "Foreign", "Commerce", "Industry", "Science", "Technology",
  "Environment", "Forest", "Forests", "Climate", "Change", "Power", "Coal", "Mines", "Railways", "Road", "Transport",
  "Highways", "Petroleum", "Natural", "Gas", "Agriculture", "Farmers", "Rural", "Urban", "Housing", "Water", "Law",
  "Justice", "Information", "Broadcasting", "Culture", "Tourism", "Labour", "Employment", "Women", "Child", "Social",
  "Tribal", "Minority", "Parliamentary", "Steel", "Textiles", "Food", "Processing", "Civil", "Aviation", "Shipping",
  "Ports", "Waterways", "Electronics", "Communications", "Sports", "Youth", "Cooperation", "Skill", "Corporate",
  "Consumer", "Public", "Distribution", "Chemicals", "Fertilisers", "Fertilizers", "Heavy", "Industries", "Earth",
  "Sciences", "Space", "Trade", "Economy", "Economic", "Planning", "Statistics", "Security", "Interior", "State",
]);
const TIME_WORDS = new Set([...MONTHS, ...WEEKDAYS]);

/** Word tokens of a sentence (letters/digits with inner hyphens, apostrophes and initials' dots). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:[-’'.&][\p{L}\p{N}]+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function isCap(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^\p{N}+\p{Lu}/u.test(word);
}

/** Strips a possessive ending: "India’s" → "India". */
export function stripPossessive(word: string): string {
  return word.replace(/[’']s$/u, "");
}

/** Classifies a capitalised span without context. */
export function classifyName(text: string, people: ReadonlySet<string>): NameType {
  const bare = stripPossessive(text);
  if (people.has(bare)) return "person";
  if (countryOf(bare)) return "country";
  if (countryOfDemonym(bare)) return "demonym";
  if (REGIONS.includes(bare) || FALLBACK_CITIES.includes(bare)) return "place";
  if (TIME_WORDS.has(bare.split(" ")[0] ?? "")) return "date";
  const words = bare.split(/\s+/);
  const last = (words[words.length - 1] ?? "").toLowerCase();
  if (KNOWN_ORGS.has(bare) || /^[A-Z][A-Z0-9&-]{1,7}$/.test(bare) || ORG_HEADS.has(last)) return "organisation";
  if (/^(?:United|Republic|Kingdom)\b/.test(bare)) return "country";
  return "other";
}

/**
 * Finds maximal capitalised spans ("Ana Soto", "United Nations Security Council", "K Rao") in a
 * sentence. A span does not start with a sentence-opening function word, and is cut before a
 * role head so "Foreign Minister Ana Soto" yields the role and the name.
 */
export function capitalisedSpans(sentence: string): Token[] {
  const tokens = tokenize(sentence);
  const spans: Token[] = [];
  let cur: Token[] = [];
  const flush = (): void => {
    while (cur.length > 0 && PARTICLES.has(cur[cur.length - 1]?.text ?? "")) cur.pop();
    if (cur.length > 0) {
      const first = cur[0] as Token;
      const last = cur[cur.length - 1] as Token;
      spans.push(...refineSpan(sentence, { text: sentence.slice(first.start, last.end), start: first.start, end: last.end }));
    }
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = cur[cur.length - 1];
    const gap = prev ? sentence.slice(prev.end, t.start) : "";
    const joinable = prev === undefined || gap === " " || (gap === ". " && /^\p{Lu}$/u.test(prev.text));
    const cap = isCap(t.text);
    if (cap && !joinable) flush();
    if (cap) {
      if (cur.length === 0 && NON_NAME_WORDS.has(t.text) && !ROLE_HEADS.has(t.text.toLowerCase())) continue;
      cur.push(t);
    } else if (cur.length > 0 && PARTICLES.has(t.text) && joinable) {
      cur.push(t);
    } else {
      flush();
    }
    // A possessive ends a name: "India’s bid".
    if (cap && /[’']s$/u.test(t.text)) flush();
  }
  flush();
  return spans;
}

/**
 * Cuts what cannot begin a name off a span's start: portfolio words ("Renewable Energy | Pralhad
 * Joshi") and a country ("India | D Y Chandrachud" in "Chief Justice of India D Y Chandrachud"),
 * when at least two tokens remain.
 */
function refineSpan(sentence: string, span: Token): Token[] {
  const words = tokenize(span.text).map((t) => ({ text: t.text, start: span.start + t.start, end: span.start + t.end }));
  let cut = 0;
  while (cut < words.length - 2 && (PORTFOLIO_WORDS.has(words[cut]?.text ?? "") || OCCUPATION_SET.has(words[cut]?.text ?? ""))) cut++;
  if (cut === 0) {
    for (const k of [2, 1]) {
      if (words.length - k >= 2 && countryOf(words.slice(0, k).map((w) => w.text).join(" "))) {
        cut = k;
        break;
      }
    }
  }
  if (cut === 0) return [span];
  const head = words.slice(0, cut);
  const rest = words.slice(cut);
  const mk = (ws: typeof words): Token => {
    const a = ws[0] as Token;
    const b = ws[ws.length - 1] as Token;
    return { text: sentence.slice(a.start, b.end), start: a.start, end: b.end };
  };
  return [mk(head), mk(rest)];
}

/** Splits a span such as "Chilean Foreign Minister Ana Soto" at its last role head. */
export function splitRolePrefix(span: string): { role?: string; name: string } {
  const words = span.split(" ");
  // "United Nations General Assembly", "Secretary General Office": an organisation name is not a post + name.
  if (ORG_HEADS.has((words[words.length - 1] ?? "").toLowerCase())) return { name: span };
  let cut = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const w = (words[i] ?? "").toLowerCase();
    if (ROLE_HEADS.has(w) || HONORIFICS.has(words[i] ?? "")) cut = i;
  }
  if (cut < 0) return { name: span };
  const role = words.slice(0, cut + 1).filter((w) => !HONORIFICS.has(w)).join(" ");
  return { role: role === "" ? undefined : role, name: words.slice(cut + 1).join(" ") };
}

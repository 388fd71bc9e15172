/**
 * Naming a common noun from what the article said before: "the submarines" → "the Scorpène-class
 * submarines", "the satellite" → "the Samudra-1 satellite", "the economy" → "Japan's economy".
 *
 * A question that says "the vaccine" or "the venture" points at a thing only the article's earlier
 * sentences name. Its earlier mention usually carries the name: a proper modifier ("Scorpène-class
 * submarines"), a possessor ("India's first home-grown dengue vaccine"), an apposition
 * ("Samudra-1, an ocean-observation satellite"), "called …", or a partner ("the contract with
 * France's Naval Group"). Only what the article wrote is used, and only when the article's
 * earlier mentions of the noun agree on one name.
 */
import { plain } from "../answers/types";
import { holdsHeadlineVerb } from "./headline";

/** One earlier sentence (the headline is sentence -1). */
export interface PriorText {
  sentence: number;
  text: string;
  /** The tags of the word at an offset of the text (parse-sentence), to tell a head from a modifier. */
  tagsAt?: (offset: number) => ReadonlySet<string> | undefined;
}

/** Whether the word starting at an offset is a noun that continues a compound ("dengue vaccine"), not a verb or a function word. */
function nounAt(tagsAt: PriorText["tagsAt"], text: string, offset: number): boolean {
  const w = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(text.slice(offset));
  if (!w || !tagsAt) return false;
  const tags = tagsAt(offset + w[0].length - w[1]!.length);
  return tags !== undefined && tags.has("Noun") && !tags.has("Verb") && !tags.has("Pronoun");
}

/** Words that cannot sit inside a noun phrase between its name and its head. */
const FUNCTION_WORD =
  /^(?:in|its|of|on|for|the|a|an|and|or|to|with|by|at|from|as|is|was|are|were|has|have|had|be|been|will|would|that|which|who|their|his|her|this|these|those|than|but|after|before|over|under|into|about|said|says)$/;

/** Nouns whose "the" is generic or temporal, never a thing named before. */
const GENERIC =
  /^(?:time|times|first|last|world|year|years|month|months|week|weeks|day|days|end|start|beginning|way|same|rest|number|past|future|moment|morning|evening|night|side|top|bottom|middle|case|fact|idea|need|help|point|use|public|people|state|population|globe|country|nation|latter|former|others|other|most|least|level|rate|share|total|amount|price|prices|cost|costs|value|size|pace|period|quarter|decade|century|area|region|coast|sea|ocean|air|ground|water|land|earth|moon|sun|sky|internet|web|news|media|press|week's|year's)$/;

/** Words that open a sentence or a name without being a name. */
const NOT_PROPER =
  /^(?:The|A|An|Another|Other|Each|Every|Some|Several|Many|Most|All|Both|Such|No|Any|In|On|At|For|By|With|From|To|Of|And|But|Or|As|It|Its|This|That|These|Those|Under|After|Before|Since|While|When|If|Last|Next|Earlier|Later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr)$/;

/** A capitalised name of up to seven words, with its own hyphens and dots ("Mazagon Dock", "PSLV-C64", "U.S."). */
const NAME = String.raw`(?<![\p{Lu}][\p{L}\p{N}.&-]*\s)[\p{Lu}][\p{L}\p{N}.&-]*(?:\s(?:of\s|and\s|the\s|de\s)?[\p{Lu}][\p{L}\p{N}.&-]*){0,6}`;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The forms of a head noun: "submarine" and "submarines", "levy" and "levies". */
function forms(head: string): string {
  const h = head.toLowerCase();
  const out = new Set([h]);
  if (/ies$/.test(h)) out.add(h.replace(/ies$/, "y"));
  else if (/[^s]s$/.test(h)) out.add(h.slice(0, -1));
  else if (/y$/.test(h)) out.add(h.replace(/y$/, "ies"));
  else out.add(`${h}s`);
  return [...out].map(escape).join("|");
}

/** A name that is a real name: not a sentence's opening word, a weekday or a month. */
function proper(name: string): boolean {
  const words = name.split(/[\s-]+/);
  return !NOT_PROPER.test(words[0]!) && words.some((w) => /^\p{Lu}/u.test(w) && !NOT_PROPER.test(w));
}

/** A scheme's name that says it is one ("… Bhandar Yojana"). */
const SCHEME_NAME = /\b(?:Yojana|Abhiyan|Mission|Scheme|Programme|Program|Initiative)$/;

/** Names that already say what they are: "… Bhandar Yojana" is a scheme, "Artemis II Mission" a mission. */
const KIND_WORDS: Record<string, RegExp> = {
  scheme: SCHEME_NAME,
  programme: SCHEME_NAME,
  program: SCHEME_NAME,
  law: /\b(?:Act|Law|Code|Rules)(?:,?\s\d{4})?$/,
  bill: /\b(?:Bill|Act)$/,
  rules: /\b(?:Rules|Regulations)$/,
  mission: /\b(?:Mission)$/,
  project: /\b(?:Project|Corridor|Mission)$/,
};

/** "the Pradhan Mantri … Yojana" for a scheme, "the Samudra-1 satellite" for a satellite. */
function theName(name: string, word: string): string {
  return KIND_WORDS[word]?.test(name) || name.toLowerCase().endsWith(` ${word}`) ? `the ${name}` : `the ${name} ${word}`;
}

/** How one earlier sentence names things of this head: every name its likeliest pattern gives ([] when none). */
function mentionsIn(text: string, head: string, tagsAt?: PriorText["tagsAt"]): string[] {
  const t = plain(text);
  const H = `(?:${forms(head)})`;
  const word = head.toLowerCase();
  // The article's own apostrophe ("India’s" or "India's").
  const apostrophe = text.includes("’") ? "’" : "'";
  // The matches whose head is the head of its phrase ("dengue vaccine": "dengue" is a modifier there) and whose name is a name.
  // Their modifiers must be nouns or adjectives ("declares measles outbreak" is a clause), and the head a noun ("the central bank cut its rate").
  const phrase = (m: RegExpExecArray): boolean => {
    const end = m.index + m[0].length;
    const words = [...t.slice(0, end).matchAll(/[\p{Ll}][\p{Ll}-]*/gu)].filter((w) => w.index >= end - 60);
    const last = words[words.length - 1];
    if (!tagsAt || !last) return true;
    const tags = tagsAt(last.index);
    return tags === undefined || (tags.has("Noun") && !tags.has("Verb"));
  };
  const modsOk = (mods: string, at: number): boolean =>
    [...mods.matchAll(/[\p{Ll}][\p{Ll}-]*/gu)].every((w) => {
      if (FUNCTION_WORD.test(w[0])) return false;
      const tags = tagsAt?.(at + w.index);
      return tags === undefined || ((tags.has("Noun") || tags.has("Adjective") || tags.has("Ordinal") || tags.has("Hyphenated")) && !tags.has("Verb"));
    });
  const all = (source: string, flags: string, name: (m: RegExpExecArray) => string, mods = 2): RegExpExecArray[] =>
    [...t.matchAll(new RegExp(source, `g${flags}`))].filter(
      (m) =>
        proper(name(m)) &&
        phrase(m) &&
        !nounAt(tagsAt, t, m.index + m[0].length) &&
        (m[mods] === undefined || modsOk(m[mods]!, m.index + m[0].indexOf(m[mods]!, m[1]!.length))),
    );
  // "Samudra-1, an ocean-observation satellite …": the name in apposition.
  const appos = all(String.raw`(${NAME}),\s(?:a|an|the)\s(?:[\p{L}\p{N}$€£₹%-]+(?:[,.]\d+)*\s){0,4}?${H}\b`, "u", (m) => m[1]!);
  if (appos.length) return appos.map((m) => theName(m[1]!, word));
  // "a satellite called NISAR", "the vaccine, named DengiShield".
  const called = all(String.raw`\b${H},?\s(?:called|named|dubbed|known as)\s["“]?(${NAME})`, "iu", (m) => m[1]!, 9);
  if (called.length) return called.map((m) => theName(m[1]!, word));
  // "three additional Scorpène-class submarines", "the Artemis II crew": a proper modifier right before.
  // "his 1984 Soviet Soyuz mission": a thing the article dates to a year of its own is history, not the story's "the mission".
  const pre = all(String.raw`(?<=^|[\s(])(${NAME})\s((?:[\p{Ll}][\p{Ll}-]*\s){0,2})${H}\b`, "u", (m) => (/['’]s$/.test(m[1]!) ? "" : m[1]!)).filter(
    (m) => !/\b(?:19|20)\d\d\s$/.test(t.slice(Math.max(0, m.index - 6), m.index)),
  );
  if (pre.length) return pre.map((m) => ["the", m[1], m[2]!.trim(), word].filter(Boolean).join(" "));
  // "Japan's economy", "India's first home-grown dengue vaccine".
  const poss = all(String.raw`(?<=^|[\s(])(${NAME})(['’]s?)\s((?:[\p{Ll}][\p{Ll}-]*\s){0,3})${H}\b`, "u", (m) => m[1]!, 3);
  // "Americans’ frustrations": a plural's possessive keeps its bare apostrophe ("Americans’s" is no word).
  if (poss.length) return poss.map((m) => `${m[1]}${m[2]!.length === 1 ? m[2] : `${apostrophe}s`} ${m[3]}${word}`);
  // "India approves its first home-grown dengue vaccine": "its" of the sentence's own opening name.
  const its = all(String.raw`^(${NAME})\s(?:[\p{Ll}]+\s){1,2}its\s((?:[\p{Ll}][\p{Ll}-]*\s){0,3})${H}\b`, "u", (m) => m[1]!);
  if (its.length) return its.map((m) => `${m[1]}${apostrophe}s ${m[2]}${word}`);
  // "a ₹36,500 crore contract with France's Naval Group": the partner named with it.
  const partner = all(String.raw`\b${H}\s(with|between)\s(${NAME}(?:['’]s\s${NAME})?)`, "u", (m) => m[2]!, 9);
  if (partner.length) return partner.map((m) => `the ${word} ${m[1]} ${m[2]}`);
  // "clears the purchase of 26 Rafale-Marine fighter jets", "applications for the PM Internship Scheme": what the thing is of, when that holds a name.
  const objects = ofName(t, H, tagsAt);
  if (objects.length) return objects.map(([joiner, np]) => `the ${word} ${joiner} ${np}`);
  // "Indonesia and South Korea signed a $16.8 billion agreement": "the deal" is "the Indonesia–South Korea deal".
  const kin = PACTS.find((group) => group.includes(word));
  if (!kin) return [];
  const K = `(?:${kin.map(forms).join("|")})`;
  const pair = [
    ...t.matchAll(
      new RegExp(
        String.raw`(?:^|\s)(?:the\s)?(${NAME})\sand\s(?:the\s)?(${NAME})\s(?:have\s|had\s|on\s\p{Lu}\p{Ll}+\s)?(?:signed|agreed to|agreed|reached|struck|sealed|concluded|inked|announced)(?:\s\p{Ll}+)?\s(?:a|an|the)\s(?:[\p{L}\p{N}$€£₹.,%-]+\s){0,4}?${K}\b`,
        "gu",
      ),
    ),
  ].filter((m) => proper(m[1]!) && proper(m[2]!));
  return pair.map((m) => `the ${m[1]}–${m[2]} ${word}`);
}

/**
 * The phrases a head is "of" or "for" in a sentence, when they hold a name: "the purchase of 26
 * Rafale-Marine fighter jets" → ["of", "26 Rafale-Marine fighter jets"], "applications for the PM
 * Internship Scheme" → ["for", "the PM Internship Scheme"]. The phrase ends at its last noun
 * ("… fighter jets were cleared" ends at "jets"); a head the tagger reads as a verb gives none.
 */
function ofName(t: string, H: string, tagsAt?: PriorText["tagsAt"]): Array<[string, string]> {
  if (!tagsAt) return [];
  const re = new RegExp(String.raw`\b${H}\s(of|for)\s((?:the\s|an?\s)?(?:[\d][\d.,]*\s)?(?:[\p{Ll}-]+\s){0,2}?${NAME}(?:\s[\p{Ll}][\p{Ll}-]*){0,3})`, "gu");
  const out: Array<[string, string]> = [];
  for (const m of t.matchAll(re)) {
    const head = tagsAt(m.index);
    if (head && (!head.has("Noun") || head.has("Verb"))) continue;
    const from = m.index + m[0].length - m[2]!.length;
    const words = [...m[2]!.matchAll(/\S+/g)];
    // Trailing lowercase words stay only while the last is a noun ("fighter jets"), never a verb or a function word.
    while (words.length > 1) {
      const last = words[words.length - 1]!;
      if (!/^\p{Ll}/u.test(last[0])) break;
      const tags = tagsAt(from + last.index);
      if (!FUNCTION_WORD.test(last[0]) && tags?.has("Noun") && !tags.has("Verb")) break;
      // "12 Condor-class drones for the air force": a plural the tagger reads as a verb, before a preposition or the end.
      const next = t.slice(from + last.index + last[0].length);
      if (!FUNCTION_WORD.test(last[0]) && /s$/.test(last[0]) && /^(?:[,.;:]|\s(?:for|from|to|in|at|by|with|under|worth|over|on)\b|$)/.test(next)) break;
      words.pop();
    }
    const last = words[words.length - 1]!;
    const np = m[2]!.slice(0, last.index + last[0].length);
    if (!proper(np.replace(/^(?:the|an?)\s/, "")) || np.split(/\s+/).length > 8) continue;
    // "the purchase of 26 jets from France": a phrase that runs on into a noun is cut in its middle.
    if (nounAt(tagsAt, t, from + np.length)) continue;
    out.push([m[1]!, np.replace(/^an?\s/, "")]);
  }
  return out;
}

/**
 * "such as the Agriculture Infrastructure Fund": names whose own head is the word ("the fund"),
 * used only when no sentence names the thing in any other way (a "Polar Satellite Launch
 * Vehicle" is not a satellite, and "Textile Industry" in a body's name is not "the industry").
 */
function titledIn(text: string, head: string): string[] {
  const Cap = forms(head)
    .split("|")
    .map((f) => f.charAt(0).toUpperCase() + f.slice(1))
    .join("|");
  const re = new RegExp(
    // "the Right to Information Act": a name cut at a lowercase joiner is not the name.
    String.raw`(?<=^|[\s(])(?<!\b(?:to|on|of|for|and)\s)((?:[\p{Lu}][\p{L}\p{N}.&-]*\s(?:of\s|and\s|for\s)?){1,5}(?:${Cap}))(?![\p{L}\p{N}])(?!\s(?:of\s|on\s|for\s)?[\p{Lu}])`,
    "gu",
  );
  return [...plain(text).matchAll(re)]
    .map((m) => m[1]!.replace(/^The\s/, ""))
    .filter(proper)
    .map((n) => `the ${n}`);
}

/** The nouns of an agreement two parties make ("signed a $16.8 billion agreement"). */
export const AGREEMENTS: readonly string[] = ["deal", "agreement", "pact", "accord", "treaty"];

/** Nouns one bilateral act goes by: "the deal" is the agreement two parties signed. */
export const PACTS: readonly (readonly string[])[] = [AGREEMENTS, ["ceasefire", "truce"]];

/** What each earlier sentence says of each head, read once per article: every draft of every fact asks again. */
const seen = new WeakMap<PriorText, Map<string, string[]>>();

function mentionsOf(s: PriorText, head: string): string[] {
  let byHead = seen.get(s);
  if (!byHead) seen.set(s, (byHead = new Map()));
  let names = byHead.get(head);
  if (!names) byHead.set(head, (names = mentionsIn(s.text, head, s.tagsAt)));
  return names;
}

/** Whether every word of the shorter name comes in the longer, in order ("the Samudra-1 satellite" in "the Samudra-1 ocean-watch satellite"). */
function within(short: string, long: string): boolean {
  const words = plain(long).toLowerCase().split(/\s+/);
  let i = 0;
  for (const w of plain(short).toLowerCase().split(/\s+/)) {
    while (i < words.length && words[i] !== w) i++;
    if (i++ >= words.length) return false;
  }
  return true;
}

/**
 * The one name the earlier mentions agree on. "The Samudra-1 satellite" and "the Samudra-1
 * ocean-watch satellite" are one satellite told twice (the shorter lies within the longer): the
 * shorter is used. Two names neither of which holds the other are two things, and none is used.
 *
 * @example oneName(new Set(["the Samudra-1 ocean-watch satellite", "the Samudra-1 satellite"])) // "the Samudra-1 satellite"
 */
export function oneName(names: ReadonlySet<string>): string | undefined {
  const all = [...names].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const [first] = all;
  return first !== undefined && all.every((n) => within(first, n)) ? first : undefined;
}

/**
 * Names the anaphoric common nouns of a prompt ("the satellite") from the article's earlier
 * sentences and headline. A noun is named only when every earlier sentence that names a thing of
 * that head names the same one; the answer never goes into the name.
 *
 * @example nameNouns("The submarines will be built at ____'s yard.", prior, "MDL") // "The Scorpène-class submarines will be built at ____'s yard."
 */
export function nameNouns(prompt: string, prior: readonly PriorText[], answer: string, source?: PriorText): string {
  const p = plain(prompt);
  let out = prompt;
  let shift = 0;
  // "the satellite": "the" and one lowercase word ("the home-grown vaccine" is not asked after).
  for (const m of p.matchAll(/\b[Tt]he\s([\p{Ll}][\p{Ll}]+)\b(?![\p{L}'’-])/gu)) {
    const head = m[1]!;
    if (COMPOUND_HEADS.test(head)) {
      const name = dominantCompound(prior, head);
      if (name === undefined || plain(answer).toLowerCase().includes(name.split(" ")[0]!.toLowerCase())) continue;
      const after = p.slice(m.index + m[0].length);
      if (/^\s(?:of|for|that|which|in|on|at|to)\b|^['’]/u.test(after) || p.toLowerCase().includes(name.toLowerCase())) continue;
      const at = m.index + shift;
      const text = `${m[0].slice(0, 3)} ${name}`;
      out = out.slice(0, at) + text + out.slice(at + m[0].length);
      shift += text.length - m[0].length;
      continue;
    }
    if (GENERIC.test(head)) continue;
    const after = p.slice(m.index + m[0].length);
    // "the dengue vaccine": the source sentence says whether the word is the head or a modifier.
    if (source) {
      const at = plain(source.text).indexOf(m[0]);
      if (at >= 0 && nounAt(source.tagsAt, plain(source.text), at + m[0].length)) continue;
    }
    // "the sale of new petrol cars", "the scheme's": restricted or possessive phrases say which already.
    if (/^\s(?:of|for|that|which|who|whose|in|on|at|with|between|against|over|from|under|into|about)\b|^['’]/u.test(after)) continue;
    const names = new Set<string>();
    for (const s of prior) for (const n of mentionsOf(s, head)) names.add(n);
    // "the army", "the government": an institution every country has is not the one name that ends on its word
    // ("Territorial Army", "Unified Pension Scheme for Central Government").
    if (names.size === 0 && !INSTITUTION.test(head)) for (const s of prior) for (const n of titledIn(s.text, head)) names.add(n);
    const name = oneName(new Set([...names].filter((n) => !holdsHeadlineVerb(n))));
    if (name === undefined) continue;
    const lower = (x: string): string => plain(x).toLowerCase();
    if (lower(name).includes(lower(answer)) || lower(p).includes(lower(name.replace(/^the\s/, "")))) continue;
    const at = m.index + shift;
    const opening = at === 0 || /[.?!:]\s*$/.test(out.slice(0, at));
    const text = opening ? name.charAt(0).toUpperCase() + name.slice(1) : name;
    out = out.slice(0, at) + text + out.slice(at + m[0].length);
    shift += text.length - m[0].length;
  }
  return membersOf(capitalHeads(out, prior, answer), prior, answer);
}

/** Bodies whose members vote: "Four members voted …" are members of the one the article named. */
const VOTING_BODIES = ["Committee", "Board", "Council", "Commission", "Panel", "Court", "Bench"];

/**
 * "Four members voted to maintain Bank rate at 4.25%" → "Four members of the Monetary Policy
 * Committee voted …": members who vote, of no body the prompt names, are of the one voting body the
 * article's earlier sentences name (none when they name two, or none).
 *
 * @example membersOf("Four members voted to hold.", [{ sentence: 0, text: "The Bank's Monetary Policy Committee voted 5-4." }], "Four") // "Four members of the Monetary Policy Committee voted to hold."
 */
export function membersOf(prompt: string, prior: readonly PriorText[], answer: string): string {
  const m =
    /\b((?:\p{Lu}\p{Ll}+|____|\d+|(?:the\s)?(?:other|remaining)(?:\s\p{Ll}+)?)\s)members(?=\s(?:voted|were|backed|supported|opposed|dissented|favou?red|preferred|wanted|sought|called)\b)/u.exec(
      prompt,
    );
  if (!m || VOTING_BODIES.some((b) => prompt.includes(b))) return prompt;
  const names = new Set<string>();
  for (const s of prior) for (const head of VOTING_BODIES) for (const n of titledIn(s.text, head)) names.add(n);
  const name = oneName(names);
  if (name === undefined || plain(name).toLowerCase().includes(plain(answer).toLowerCase())) return prompt;
  const at = m.index + m[0].length;
  return `${prompt.slice(0, at)} of ${name}${prompt.slice(at)}`;
}

/** Institutions every country has: "the army" is not the "Territorial Army" an earlier sentence named. */
const INSTITUTION =
  /^(?:army|navy|military|police|government|governments|centre|center|state|states|parliament|cabinet|court|courts|judiciary|legislature|assembly|senate|congress|ministry|department|administration|opposition|party|treasury|regulator|president|minister|council)$/;

/** Heads that a story names by a modifier once ("the repo rate", "GDP growth") and then calls "the rate", "growth". */
const COMPOUND_HEADS = /^(?:rate|growth|inflation|deficit)$/;

/**
 * The compound the article's earlier sentences give a head ("repo rate" four times → "repo rate";
 * "RBI rate" names whose rate, not which): a lowercase noun modifier, in at least two mentions and
 * in all of them. None when the article calls it two things ("trade deficit", "fiscal deficit").
 *
 * @example dominantCompound([{ sentence: 0, text: "RBI cut the repo rate. The repo rate is 6%." }], "rate") // "repo rate"
 */
export function dominantCompound(prior: readonly PriorText[], head: string): string | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  const compound = new RegExp(String.raw`(?<![\p{L}\p{N}-])([\p{L}][\p{L}-]*)\s${head}(?![\p{L}\p{N}-])`, "giu");
  for (const s of prior) {
    const t = plain(s.text);
    for (const m of t.matchAll(compound)) {
      const word = m[1]!.toLowerCase();
      // "RBI rate", "Bank rate": a capitalised modifier names whose rate it is, not which kind.
      if (/^\p{Lu}/u.test(m[1]!) && m.index > 0) continue;
      if (FUNCTION_WORD.test(word) || NOT_PROPER.test(m[1]!)) continue;
      // "the last rate", "a higher rate": words that say which time or how much, not which kind of rate.
      if (/^(?:last|first|new|current|previous|next|latest|higher|lower|same|key|overall|average|annual|monthly|such)$/.test(word)) continue;
      const tags = s.tagsAt?.(m.index);
      if (tags && (tags.has("Verb") || tags.has("Possessive"))) continue;
      total++;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  // Every mention agrees: "trade deficit" twice and "fiscal deficit" once are two deficits, and neither is named.
  return best && best[1] >= 2 && best[1] === total ? `${best[0]} ${head}` : undefined;
}

/** Heads of names that a story shortens to "the Strait", "the Commission", "the Bank" after naming them in full. */
const CAPITAL_HEADS =
  /^(?:Strait|Straits|Commission|Bank|Fund|Agency|Ministry|Court|Council|Treaty|Agreement|Scheme|Mission|Corridor|Canal|Union|Organisation|Organization|Authority|Committee|Board|Assembly|Parliament|Reserve|Institute|Summit|Programme|Program|Initiative|Act|Bill|Party|Alliance|Forum)$/;

/** The full names an earlier sentence gives a head: "the Strait of Hormuz", "the European Commission", "the Bank of England". */
function fullNamesIn(text: string, head: string): string[] {
  const t = plain(text);
  const out: string[] = [];
  const of = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?<!\b(?!The\b|A\b|An\b)[\p{Lu}][\p{L}\p{N}.&'’-]*\s)${head}\sof\s(?:the\s)?[\p{Lu}][\p{L}\p{N}.&-]*(?:\s(?:and\s)?[\p{Lu}][\p{L}\p{N}.&-]*){0,3}`,
    "gu",
  );
  for (const m of t.matchAll(of)) out.push(m[0].replace(/\.$/, ""));
  // "the National Mission on Edible Oils", "the National Commission for Women": a titled name with its complement
  // ("of" is the pattern above's: "the Bank" is never named from "the State Bank of India").
  const titled = new RegExp(
    String.raw`(?<=^|[\s(])(?:[\p{Lu}][\p{L}\p{N}.&-]*\s){1,4}${head}\s(?:on|for)\s(?:the\s)?[\p{Lu}][\p{L}\p{N}.&-]*(?:\s(?:and\s)?[\p{Lu}][\p{L}\p{N}.&-]*){0,3}`,
    "gu",
  );
  for (const m of t.matchAll(titled)) if (!/^The\s/.test(m[0]) || m[0].split(/\s+/).length > 3) out.push(m[0].replace(/^The\s/, "").replace(/\.$/, ""));
  // "the European Commission": the names whose own head is the word, as titledIn finds them.
  return [...out.filter(proper).map((n) => `the ${n}`), ...titledIn(text, head)];
}

/**
 * "the Strait's closure" after "the Strait of Hormuz", "the Commission" after "the European
 * Commission": a capitalised head the article shortened is named in full when every earlier full
 * name of that head is one name. A head the article never named in full is left.
 *
 * @example capitalHeads("Ships avoid the Strait.", [{ sentence: 0, text: "Iran shut the Strait of Hormuz." }], "ships") // "Ships avoid the Strait of Hormuz."
 */
export function capitalHeads(prompt: string, prior: readonly PriorText[], answer: string): string {
  let out = prompt;
  let shift = 0;
  for (const m of plain(prompt).matchAll(/\b[Tt]he\s(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}-])(?!\s(?:of\s|for\s|on\s)?[\p{Lu}\p{N}])/gu)) {
    const head = m[1]!;
    if (!CAPITAL_HEADS.test(head)) continue;
    const names = new Set<string>();
    for (const s of prior) for (const n of fullNamesIn(s.text, head)) names.add(n);
    const name = oneName(new Set([...names].filter((n) => !holdsHeadlineVerb(n))));
    if (name === undefined) continue;
    const lower = (x: string): string => plain(x).toLowerCase();
    if (lower(name).includes(lower(answer)) || lower(answer).includes(lower(name.replace(/^the\s/, "")))) continue;
    if (lower(out).includes(lower(name.replace(/^the\s/, "")))) continue;
    const at = m.index + shift;
    const text = m[0].startsWith("The") ? name.charAt(0).toUpperCase() + name.slice(1) : name;
    out = out.slice(0, at) + text + out.slice(at + m[0].length);
    shift += text.length - m[0].length;
  }
  return out;
}

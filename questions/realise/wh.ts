/**
 * The one wh-transformation: an answer span in its clause becomes a question keyed by the
 * answer's kind and its slot. A subject is replaced ("Which company …?", "Who …?"); an object
 * or adjunct is fronted with its preposition, and the verb inverted with do-support
 * ("By what percentage did Novo Nordisk reduce its price for Ozempic?").
 */
import type { Clause } from "../analyse/clause";
import type { ParsedSentence } from "../analyse/parse-sentence";
import { FIGURE_KINDS, plain, type Candidate } from "../answers/types";
import { invert } from "./verbs";
import { PRONOUN_SUBJECT, VAGUE_SUBJECT } from "../analyse/context";
import { RELATIVE_TIME, readsWell } from "./check";
import { anchorTimes, yearOfMonth } from "./time";
import { TITLE_HEADS } from "../answers/vocab";
import { MONTHS } from "../nlp/vocab-words";

/** A prompt that names its time already: a month (or its abbreviation), a quarter, a year. */
const DATED = new RegExp(
  String.raw`\b(?:${MONTHS.join("|")}|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|(?<!\ba )quarter(?![- ]point)|(?:19|20)\d\d)\b`,
);

/** What a question needs from the article beyond its sentence. */
export interface RealiseContext {
  /** A subject that is a pronoun or a vague "the company" resolved from the headline and earlier sentences, or undefined when it cannot be. */
  resolveSubject(subject: string): string | undefined;
  /** "February 2026" when the article's date is known: facts that change are asked in the article's time. */
  asOf?: string;
  /** The article's published date (ISO), to anchor "on Friday" and "last year". */
  published?: string;
  /** The other figures of the sentence: a prompt leaves them out where it can, so it gives none of them away. */
  siblings?: readonly Candidate[];
  /** Words the article capitalises inside its sentences: names, which keep their capital when they open a subject. */
  properWords?: ReadonlySet<string>;
}

/** Removes "from 61% a month earlier", "and Wegovy by 48%": the other figures of the clause. */
function siblingRemovals(t: string, siblings: readonly Candidate[], c: Candidate, rs: number, re: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const s of siblings) {
    if (s === c || (s.outerStart < re && s.end > rs) || s.end > end) continue;
    if (!["percent", "money", "number", "quantity", "year", "date", "duration"].includes(s.kind)) continue;
    if (s.kind !== c.kind && !(s.kind === "money" && c.kind === "money")) continue;
    const before = t.slice(0, s.outerStart);
    const and = /(?:,\s*)?\band\s[^,;]{0,40}?(?:\b(?:to|by|at|from|of)\s)?$/.exec(before);
    const pm = /\s(?:to|by|at|from|of|in|on|for|since)\s$/.exec(before);
    let x = s.outerStart;
    if (and && and.index >= re) x = and.index;
    else if (pm) x = pm.index;
    else continue;
    let y = s.end;
    const time = /^\s(?:a|one|two|three)\s(?:month|year|week|quarter)s?\s(?:earlier|before|ago)|^\searlier/.exec(t.slice(y));
    if (time) y += time[0].length;
    out.push([x, y]);
  }
  return out;
}

/** A realised question: the prompt and the answer as the text writes it. */
export interface Realised {
  prompt: string;
  answer: string;
  /** "subject" or "object": how the question was made (for ranking). */
  slot: "subject" | "object" | "prefix";
}

const PREPOSITION =
  /\b(in|on|at|to|from|by|for|since|until|till|over|during|between|with|of|than|under|across|within|after|before|into|worth|via|through|against|among|near|towards?|around|about|as)\s$/i;

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lower-cases the first word when it is a common word ("The navy" → "the navy"). */
function lowerFirst(s: string, ps: ParsedSentence, at: number): string {
  const tags = ps.tagsAt(at);
  const first = s.split(/\s/)[0] ?? "";
  const next = s.split(/\s/)[1] ?? "";
  if (/^(?:The|A|An|Its|His|Her|Their|Both|All|Some|Many|Most|Several|Each|Every|Other|Such|No)$/.test(first)) return s.charAt(0).toLowerCase() + s.slice(1);
  if (
    tags &&
    !tags.has("ProperNoun") &&
    !tags.has("Person") &&
    !tags.has("Place") &&
    !tags.has("Organization") &&
    !tags.has("Acronym") &&
    !tags.has("Demonym") &&
    /^[A-Z][a-z]+$/.test(first) &&
    !/^[A-Z]/.test(next)
  )
    return s.charAt(0).toLowerCase() + s.slice(1);
  if (
    /^(?:In|On|At|For|By|During|Between|Since|After|Before|As|Over|Under|Last|Earlier|Later|This|Next|Until|From|Through|Amid|Despite|Following|With|Within|To)$/.test(
      first,
    )
  )
    return s.charAt(0).toLowerCase() + s.slice(1);
  return s;
}

/** Text of [a, b) of the sentence without the dropped ranges. */
function piece(ps: ParsedSentence, a: number, b: number, drops: ReadonlyArray<[number, number]>): string {
  let out = "";
  let i = a;
  const sorted = [...drops].filter((d) => d[1] > a && d[0] < b).sort((x, y) => x[0] - y[0]);
  for (const [x, y] of sorted) {
    if (x > i) out += ps.text.slice(i, Math.min(x, b));
    i = Math.max(i, y);
  }
  if (i < b) out += ps.text.slice(i, b);
  return out;
}

function tidy(s: string): string {
  return s
    .replace(RELATIVE_TIME, "")
    .replace(/\s+/g, " ")
    .replace(/\s+([,;:.?])/g, "$1")
    .replace(/,(\s*,)+/g, ",")
    .replace(/^[\s,;:]+|[\s,;:—–-]+$/g, "")
    .replace(/,\s*\?/g, "?")
    .trim();
}

/** The wh-phrase for an answer of this kind after this preposition ("to" + percent → "to what level"). */
function whPhrase(c: Candidate, prep: string | undefined, descriptor?: string): string | undefined {
  const p = prep?.toLowerCase();
  const pp = (w: string): string => (p ? `${p} ${w}` : w);
  const which = (noun: string): string => pp(`which ${noun}`);
  switch (c.kind) {
    case "person":
      if (descriptor) return which(descriptor);
      return p ? `${p} whom` : "who";
    case "organisation":
    case "named":
    case "other":
      if (descriptor) return which(descriptor);
      if (c.category && c.category !== "term" && c.category !== "name") return which(c.category);
      if (c.kind === "organisation") return which("organisation");
      return p ? undefined : "what";
    case "country":
      return which(descriptor ?? "country");
    case "place":
      if (!descriptor && (p === "in" || p === "at")) return "where";
      return which(descriptor ?? (c.category && c.category !== "region" ? c.category : "place"));
    case "year":
      return /financial|fiscal|FY/i.test(c.text) ? which("financial year") : p ? which("year") : "in which year";
    case "date": {
      const hasDay = /\d/.test(c.text.replace(/\b\d{4}\b/, ""));
      if (hasDay) return /\b(?:to|and|-|–)\b|\d\s?[-–]\s?\d/.test(c.text) ? pp("what dates") : pp("what date");
      if (/\d{4}/.test(c.text)) return which("month and year");
      return p === "in" || !p ? "in which month" : which("month");
    }
    case "duration":
      if (p === "for" || !p) return "for how long";
      if (p === "over" || p === "within")
        return pp(`how many ${(/(years?|months?|weeks?|days?|hours?|decades?|minutes?)/.exec(c.text)?.[1] ?? "years").replace(/^(.*[^s])$/, "$1s")}`);
      return undefined;
    case "percent":
      // "75 basis points" is a change in points, not a percentage.
      if (/basis points?|percentage points?|\bbps\b/.test(c.text))
        return p === "by" || !p ? `by how many ${/basis|bps/.test(c.text) ? "basis" : "percentage"} points` : undefined;
      // "by a quarter point", "by half a percentage point": a step asked by how much.
      if (/\bpoints?$/.test(c.text)) return p === "by" || !p ? "by how much" : undefined;
      if (p === "to") return "to what level";
      if (p === "by") return "by what percentage";
      if (p === "at") return "at what rate";
      if (p === "from") return "from what level";
      if (p) return pp("what percentage");
      return "what percentage";
    case "money":
      if (p === "for") return "for how much";
      if (p === "to") return "to what amount";
      if (p === "at") return "at what price";
      if (p === "by") return "by how much";
      if (p === "worth" || p === "of" || p === "than") return undefined;
      return p ? pp("how much") : "how much";
    case "quantity": {
      const unit = /\s((?:million |billion )?[a-z]+s)$/.exec(c.text)?.[1];
      if (!unit || /-/.test(c.text)) return undefined;
      return pp(`how many ${unit.replace(/^(?:million|billion) /, "")}`);
    }
    case "number":
      if (!c.noun) return undefined;
      return pp(`how many ${c.noun}`);
    default:
      return undefined;
  }
}

const IRREGULAR_PAST: Record<string, string> = {
  led: "led",
  held: "held",
  won: "won",
  built: "built",
  made: "made",
  sent: "sent",
  set: "set",
  run: "ran",
  begun: "began",
  taken: "took",
  given: "gave",
  written: "wrote",
  chosen: "chose",
  seen: "saw",
  known: "knew",
  shown: "showed",
  driven: "drove",
  drawn: "drew",
  grown: "grew",
  thrown: "threw",
  spoken: "spoke",
  broken: "broke",
  beaten: "beat",
  done: "did",
  brought: "brought",
  bought: "bought",
  caught: "caught",
  fought: "fought",
  taught: "taught",
  sought: "sought",
  paid: "paid",
  sold: "sold",
  told: "told",
  found: "found",
  kept: "kept",
  left: "left",
  lost: "lost",
  met: "met",
  put: "put",
  hit: "hit",
  cut: "cut",
  spent: "spent",
  lent: "lent",
  struck: "struck",
  overseen: "oversaw",
  undertaken: "undertook",
};

/** The active simple past of a passive participle ("headed" → "headed", "taken" → "took"), or undefined when unsure. */
function activePast(participle: string): string | undefined {
  const p = participle.toLowerCase();
  if (IRREGULAR_PAST[p]) return IRREGULAR_PAST[p];
  return /[a-z]ed$/.test(p) ? p : undefined;
}

function pluralSubject(subject: string): boolean {
  // The head is before "of": "the monthly cost of Novo's products" is singular.
  const head = subject.trim().split(/\s+(?:of|for|in|at|from|with)\s+/)[0]!;
  const last = head.split(/\s+/).pop() ?? "";
  return /\band\b/.test(head) || (/[^s]s$/.test(last) && !/^[A-Z]/.test(last));
}

/**
 * The faults a wh-movement leaves when it cuts a phrase in the wrong place: an adjective left
 * before the inverted verb ("What share of liquefied natural does …"), a post left without its
 * holder at the end ("… close ties to Russian President?"), a "than" with nothing compared.
 *
 * @example brokenMovement("What share of liquefied natural does the IEA address?", ps) // true
 */
function brokenMovement(prompt: string, ps: ParsedSentence): boolean {
  const body = prompt.replace(/,? as of [^?]+\?$|\?$/, "");
  const last = /([\p{L}-]+)$/u.exec(body)?.[1] ?? "";
  if (/^\p{Lu}/u.test(last) && TITLE_HEADS.has(last.toLowerCase())) return true;
  // "… meet with Kuomintang party chair in Beijing": a post whose holder the movement took away.
  for (const m of body.matchAll(/\b([\p{L}-]+)\s+(?:in|on|at|to|from|for|with|during|after|before)\b/gu))
    if (TITLE_HEADS.has(m[1]!.toLowerCase()) && /^\p{Ll}/u.test(m[1]!) === false) return true;
  // A who/which question with nothing named in it ("Which department loosened its safety rules?") says nothing.
  if (/^(?:who|which|what|whom|whose)\b/i.test(body) && !/\s[\p{Lu}\d]/u.test(body.replace(/^\S+\s/, ""))) return true;
  const than = /\b([\p{L}-]+)\s+than\b/u.exec(body);
  if (than && !/(?:er|more|less|fewer|rather|other|else)$/i.test(than[1]!)) return true;
  const before = /^(?:\S+\s){1,7}?(\S+)\s(?:does|did|do|is|was|are|were|has|have|had|will|would|can)\b/u.exec(body)?.[1];
  if (before) {
    const word = ps.words.find((w) => w.text.toLowerCase() === before.toLowerCase());
    if (word && word.tags.has("Adjective") && !word.tags.has("Noun")) return true;
  }
  // two finite verbs in a row: "Which committee does the bank's have will meet …"
  if (/\b(?:have|has|had|do|does|did)\s+(?:will|would|can|could|shall|is|are|was|were)\b|['’]s\s+(?:have|has|do|does)\b/.test(body)) return true;
  return /\b(?:is|are|was|were|does|did|do|has|have) but\b/.test(body);
}

/**
 * Realises a question for a candidate in its clause, or undefined when the clause does not
 * allow a clean one (the candidate then gets a cloze only).
 *
 * @example realise(ps, clause, { kind: "percent", text: "38%", … }, ctx) // "By what percentage has Novo Nordisk reduced its price for Ozempic?"
 */
const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join("|");
const DATE_COMMA = new RegExp(`\\b((?:${MONTH_NAMES})\\.? \\d{1,2}),(?= \\d{4})`, "g");
const MONTH_IN = new RegExp(`\\bin (?:${MONTH_NAMES})\\b`, "g");

/** Questions a fronting leaves ungrammatical: "From what level has X been raised earlier?", "Via which pipeline is Hungary locked in a dispute?" */
const WH_FAULTS: readonly RegExp[] = [
  // "What percentage do the all items index increased …?": present do-support before a past verb.
  /^(?:What|Which|How)\b[^?]*?\s(?:do|does)\s(?:the\s)?(?:[\p{L}-]+\s){0,4}[a-z]{3,}ed\s/u,
  /^What\s+[a-z]+(?:ed|ound|aid|old|ook|ent|ame|ade)\s/, // "What found that …": a name asked as a thing doing something
  /^In whom\b/i,
  // "Which code did Chile publish amendments to its 2019?": a determiner left without its noun.
  /\b(?:its|their|his|her|the|a|an)\s(?:\d{4}|\d+(?:st|nd|rd|th)?)\?$/,
  // "By whom did TerraPower found …?": an agent of a passive ("founded by Bill Gates") asked with do-support.
  /^By whom (?:did|does|do)\b/i,
  // "Who did the Union Cabinet chair by Prime Minister approved …?": a reduced passive ("chaired by …") read as the clause's verb.
  /^(?:Who|What|Which)\b[^?]*?\s(?:did|does|do)\s[^?]*?\s[a-z]+\sby\s\p{Lu}/u,
  /\b(?:up|down)\s+(?:at|in|on)\b/, // "… up at the previous meeting": "up from two" lost its figure
  /^From what (?:level|rate|value|figure|percentage)\b.*\b(?:earlier|before|previously)\b/i,
  /^(?:Via|Through|Over|Amid|Despite|Against|Among|Beyond) (?:which|what)\b/i,
  // "What did the regulator give the go-ahead to build …?" → TerraPower: the receiver of a giving is no thing.
  /^What (?:did|does|do|has|have|had|will|would)\s.*?\b(?:give|grant|award|offer|send|hand|tell|show|allow)\b/,
  // "What had expected it to raise …?" → the Treasury: a body asked as a thing.
  /^What\s+(?:had|has|have|will|would)\s+[a-z]+(?:ed|en)\s/,
  // "At what rate did Telangana have the lowest …?": a superlative left without its noun.
  /\b(?:have|has|had) the (?:lowest|highest|most|least|largest|smallest|biggest)\s(?:in|at|on|,|\?)/,
  // "… was the petition filed in by …": two prepositions in a row, one of them stranded.
  /\b(?:in|on|at|for|from|with) (?:by|in|on|at|for|with)\b/,
  // "To which month of 2025 do partly due to higher food costs …?": do-support with no subject after it.
  /\b(?:do|does|did)\s(?:partly|mainly|largely|due to|because)\b/,
];

export function realise(ps: ParsedSentence, clause: Clause, c: Candidate, ctx: RealiseContext): Realised | undefined {
  const t = plain(ps.text);
  const [s0, s1] = clause.subject;
  const v = clause.verb;
  const drops = clause.drop;
  const answer = ps.text.slice(c.outerStart, c.end);
  const prefixText = clause.prefix ? piece(ps, clause.prefix[0], clause.prefix[1], drops) : "";
  if (v.negative && c.outerStart > v.end) return undefined;

  const subjectText = (): string | undefined => {
    const raw = tidy(piece(ps, s0, s1, drops));
    // "… in September, when a 9% decline erased $279 billion": a subordinate clause's subject is asked in its sentence, not alone.
    if (/^(?:when|where|while|whereas|as|if|because|after|before|since|although|though|until|unless|once)\s/i.test(raw)) return undefined;
    if (PRONOUN_SUBJECT.test(raw) || VAGUE_SUBJECT.test(raw)) {
      const r = ctx.resolveSubject(raw);
      if (!r) return undefined;
      return r;
    }
    // A name the tagger does not know ("Cheng took the helm …") keeps its capital.
    if ((ctx.siblings ?? []).some((x) => x.start === s0 && (x.kind === "person" || x.kind === "organisation" || x.kind === "place" || x.kind === "named")))
      return raw;
    if (ctx.properWords?.has(raw.split(/\s/)[0] ?? "")) return raw;
    return lowerFirst(raw, ps, s0);
  };
  const tail = (from: number, removes: Array<[number, number]>): string => piece(ps, from, clause.end, [...drops, ...removes]);
  const addPrefix = (q: string): string => {
    // "Besides 28 MoUs, …", "Apart from …": what else happened is no part of the question.
    const aside = prefixText !== undefined && /^(?:Besides|Apart from|Aside from|In addition to|Along with|Alongside)\s/.test(prefixText.trim());
    const pre = prefixText && !aside ? lowerFirst(tidy(prefixText), ps, clause.prefix![0]) : "";
    return pre ? `${q} ${pre}` : q;
  };
  const finish = (q: string, slot: Realised["slot"]): Realised | undefined => {
    // "…, the statistics office said": the attribution is the evidence's business, not the question's.
    let prompt = tidy(anchorTimes(q, ctx.published)).replace(
      /,\s(?:the\s|a\s)?[\p{L}.'’ -]{1,50}?\s(?:said|says|reported|announced|told reporters)(?:\s(?:in|on)\s[^,]+)?$/u,
      "",
    );
    // "has cut the rate" tells an event of the article's days, not a state: "in August 2025", not "as of".
    // "has fallen since the start of the year" is a running total: it holds "as of" the article's month.
    const perfect = /^(?:has|have)\s(?!been\b)\S/.test(v.text.trim()) && !/\b(?:since|so far|to date|in \d{4})\b/.test(prompt);
    if (ctx.asOf && perfect && !/\bas of\b/.test(prompt) && /^(?:PresentTense)$/.test(v.tense)) {
      if (!DATED.test(prompt) && !DATED.test(t)) prompt = `${prompt} in ${ctx.asOf}`;
    } else if (ctx.asOf && !/\bas of\b/.test(prompt) && /^(?:PresentTense)$/.test(v.tense) && !/\b(?:will|would|plans?|aims?|expects?)\b/.test(v.text))
      prompt = `${prompt}, as of ${ctx.asOf}`;
    // A rate, a price or a rank in the past tense is dated too ("At what rate did the Bank of Japan keep its rates steady in March 2026?").
    // Never when the sentence gave a time the question left out ("In January, exports fell 12%" asked without "January"): that time is not the article's.
    else if (ctx.asOf && /^(?:PastTense)$/.test(v.tense) && ["percent", "money", "rank"].includes(c.kind) && !DATED.test(prompt) && !DATED.test(t))
      prompt = `${prompt} in ${ctx.asOf}`;
    prompt = `${cap(prompt)}?`;
    if (!readsWell(prompt)) return undefined;
    const words = prompt.split(/\s+/).length;
    if (words < 5 || words > 32) return undefined; // a question a learner reads at a glance
    if (/\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Tt]his|[Tt]hese|[Tt]hose)\b/.test(prompt.replace(/^(?:\S+\s){0,2}/, "")) && /\b(?:he|she|they)\b/i.test(prompt))
      return undefined;
    if (brokenMovement(prompt, ps)) return undefined;
    if (WH_FAULTS.some((re) => re.test(prompt))) return undefined;
    // A comma left inside a fronted question marks a cut it did not heal ("How much did Brent oil prices,
    // the international benchmark close …", "… declare a measles outbreak, most of them young children, died?"):
    // the cloze of the same fact reads the sentence as written. Dates ("March 13, 2026"), the "as of"
    // and "With reference to" frames are not such cuts.
    const body = prompt
      .replace(DATE_COMMA, "$1")
      .replace(/,\s+as of [^,?]+\?$/, "?")
      .replace(/^With reference to [^,]+,\s/, "");
    if (/[,:]/.test(body)) return undefined;
    // Two months in one question ("ease in April in March"): a relative time anchored beside a date.
    if ((body.match(MONTH_IN) ?? []).length > 1) return undefined;
    // "over two years of follow-up", "six rounds of talks": what the figure counts runs on past it, and fronting it leaves "of …" behind.
    if (FIGURE_KINDS.has(c.kind) && /^\s+of\s+[a-z]/.test(t.slice(c.nounEnd ?? c.end))) return undefined;
    // "used by more than 80% of Kenyan adults" → "By what percentage is mobile money used of Kenyan adults": the same, capitalised.
    if (FIGURE_KINDS.has(c.kind) && /^\s+of\s+\p{Lu}/u.test(t.slice(c.nounEnd ?? c.end)) && !/^What share of\b/.test(prompt)) return undefined;
    // "the Law Society of Kenya and two civil society groups": one of a pair fronted leaves the other stranded.
    if (slot !== "subject" && /^,?\s+(?:and|or)\s/.test(t.slice(c.nounEnd ?? c.end))) return undefined;
    return { prompt, answer, slot };
  };

  // The answer is (the end of) the subject: replace the subject.
  if (c.outerStart >= s0 && c.end <= s1) {
    const before = t.slice(s0, c.outerStart);
    const after = t.slice(c.end, s1);
    if (/^'s?\s/.test(after) || after.startsWith("'s ")) {
      // a possessor: "Eli Lilly's Indian market share" → "Which company's Indian market share"
      const wh = whPhrase(c, undefined);
      if (!wh || /^(?:how|what percentage|in which|for how)/.test(wh) || before.trim()) return undefined;
      const whose = wh === "who" ? "whose" : `${wh}'s`;
      return finish(addPrefix(`${whose} ${tidy(piece(ps, c.end, s1, drops).replace(/^['’]s?\s*/, ""))} ${tail(v.start, [])}`), "subject");
    }
    if (after.trim()) {
      // A count opening the subject: "13 Indian generic drug companies have launched …"
      if ((c.kind === "number" || c.kind === "quantity") && !before.trim() && c.noun && c.nounEnd !== undefined && c.nounEnd <= s1) {
        const wh = whPhrase(c, undefined);
        if (!wh) return undefined;
        return finish(addPrefix(`${wh} ${piece(ps, c.nounEnd, s1, drops)} ${tail(v.start, [])}`), "subject");
      }
      return undefined;
    }
    // "Mr Vale spent …": an honorific is no category ("Which Mr …?"): asked "Who …?".
    const desc = before
      .replace(/^(?:the|a|an)\s/i, "")
      .trim()
      .replace(/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Shri|Smt|Sri)\.?$/, "");
    if (/\b(?:of|by|for|in|on|at|from|with|the|a|an|and|or|to)\b/i.test(desc)) return undefined; // "An analysis by the X": not the subject itself
    if (desc) {
      // A descriptor is a noun phrase ("rival", "drugmaker"), not "early data show".
      const lastAt = s0 + before.trimEnd().lastIndexOf(" ") + 1;
      const tags = ps.tagsAt(lastAt);
      if (tags && (tags.has("Verb") || !tags.has("Noun"))) return undefined;
    }
    // "Which city has reduced funding…": a capital standing for its government is no place fact.
    if (c.kind === "place" && !/^(?:hosted|hosts|host|held|holds|will host|will hold)\b/i.test(v.text) && !(v.copula && !/ing$/.test(v.root))) return undefined;
    const descriptor = desc && /^[\p{L}\s-]+$/u.test(desc) && /\p{Ll}/u.test(desc) && desc.split(/\s+/).length <= 5 ? desc : undefined;
    if (desc && !descriptor) return undefined;
    const wh = whPhrase(c, undefined, descriptor);
    if (!wh) return undefined;
    if (c.kind === "date" || c.kind === "year" || c.kind === "duration") return undefined;
    return finish(addPrefix(`${wh} ${tail(v.start, [])}`), "subject");
  }

  // The answer is in the leading adverbial: "In June 2025, the company launched …".
  const inPrefix = clause.prefix && c.outerStart >= clause.prefix[0] && c.end <= clause.prefix[1];
  if (!inPrefix && c.outerStart < v.end) return undefined;
  // "Besides 28 MoUs, …", "Apart from …", "Unlike …": only a time or a place of the leading adverbial is asked ("In which month …?").
  if (inPrefix && !/^(?:In|On|At|By|From|Since|During|After|Before|Until|Till|Through|Over|Between|Within)\s/.test(t.slice(clause.prefix![0])))
    return undefined;

  // "reduced its price for Ozempic by 38% and Wegovy by 48%": two figures of one kind in parallel; a wh-question would merge them.
  if (
    (ctx.siblings ?? []).some(
      (x) =>
        x !== c &&
        x.kind === c.kind &&
        x.start >= clause.start &&
        x.end <= clause.end &&
        /\b(?:and|while|whereas)\b/.test(t.slice(Math.min(x.end, c.end), Math.max(x.start, c.start))),
    )
  )
    return undefined;
  // An object or adjunct: front it with its preposition, invert the verb.
  const before = t.slice(inPrefix ? clause.prefix![0] : v.end, c.outerStart);
  // "for the next 10 years" → "For how long … for the next?": a determiner left without its figure.
  if (/\bthe\s(?:next|past|last|coming|previous|first|final)\s+$/i.test(before)) return undefined;
  // "describe her trip to Beijing": a place that completes the object noun, not the verb, cannot be fronted.
  if (
    !inPrefix &&
    (c.kind === "place" || c.kind === "country") &&
    /\b[a-z]{3,}\s+(?:to|of)\s+(?:the\s)?$/.test(before) &&
    before.trim().split(/\s+/).length >= 3
  )
    return undefined;
  // A quoted phrase keeps its quotes: no wh-question leaves them empty.
  if (/["']\s?$/.test(t.slice(0, c.outerStart))) return undefined;
  // A possessor ("Ukraine's EU ambitions") or one conjunct of a list ("the EU and Ukraine") cannot be moved alone.
  const next = t.slice(c.end);
  if (/^'s?\b|^'(?=\s)/.test(next)) return undefined;
  if (/(?:\band|\bor|,)\s+(?:the\s)?$/.test(before) || /^\s*(?:,\s*(?:\p{Lu}|the\s)|\s(?:and|or)\s)/u.test(next)) return undefined;
  // Extraction out of another verb phrase or a relative clause reads badly: give up.
  if (!inPrefix && ps.verbs.some((x) => x !== v && x.start >= v.end && x.start < c.outerStart && !x.isInfinitive)) return undefined;
  if (
    !inPrefix &&
    /\b(?:that|which|who|whose|where|when|while|because|if|after|before|as|since)\s/i.test(before.replace(/\b(?:after|before|since|as)\s(?=\S+\s*$)/i, ""))
  )
    return undefined;
  if (/[,;]\s/.test(before) && !inPrefix) return undefined;
  // The subject of a clause the verb introduces ("polls show Orbán and his party are set to lose"): not the verb's object.
  if (
    !inPrefix &&
    ps.verbs.some(
      (x) =>
        x !== v &&
        !x.isInfinitive &&
        x.start > (c.nounEnd ?? c.end) &&
        x.start < clause.end &&
        /\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\b|^\s\S+(?:ed|s)$/.test(` ${x.text}`) &&
        !/[,;—–]|\b(?:who|which|that|whose|to|of|in|on|at|for|from|with|by)\b/.test(t.slice(c.end, x.start)),
    )
  )
    return undefined;
  // An answer that modifies the next noun ("$40 billion special defense budget", "Kuomintang party chair") cannot be fronted.
  if (
    c.kind !== "number" &&
    c.kind !== "quantity" &&
    /^\s+(?:[a-z]|\p{Lu})/u.test(t.slice(c.end)) &&
    !/^\s+(?:in|on|at|to|from|by|for|since|until|over|during|with|of|and|or|as|than|after|before|into|via|through|against|among|near|across|under|within|a|an|the|last|this|next|per|each|earlier|later|ago|is|are|was|were|has|have|had|will|would|said|says)\b/.test(
      t.slice(c.end),
    )
  )
    return undefined;
  // A determiner, a possessive or a short descriptor between the preposition and the answer goes with it:
  // "via the Druzhba pipeline", "with Kuomintang party chair Cheng Li-wun" → "with which Kuomintang party chair".
  let lead = c.outerStart;
  let descriptor: string | undefined;
  const det = /(?:\b(?:the|a|an|its|their|his|her|our|this|these|last|early|late|mid)\s|[\p{L}.]+'s?\s)$/iu.exec(t.slice(0, lead));
  if (det) lead -= det[0].length;
  const descM = /(?:^|\s)((?:[\p{L}-]+\s){1,4})$/u.exec(t.slice(0, lead));
  if (!PREPOSITION.test(t.slice(0, lead)) && descM && (c.kind === "person" || c.kind === "organisation")) {
    const words = descM[1]!.trim();
    const start = lead - descM[1]!.length;
    const pBefore = PREPOSITION.exec(t.slice(0, start));
    if (pBefore && pBefore.index + pBefore[0].length === start && !/\b(?:and|or|the|of|to|in|for|is|was|has|that|which)\b/i.test(words)) {
      descriptor = words;
      lead = start;
    }
  }
  const pm = PREPOSITION.exec(t.slice(0, lead));
  const prep = pm && pm.index + pm[0].length === lead ? pm[1] : undefined;
  // "used Gemini to sort through 5 million articles": a preposition fronted out of an infinitive strands the infinitive.
  if (prep && !inPrefix && ps.verbs.some((x) => x !== v && x.isInfinitive && x.start >= v.end && x.start < c.outerStart)) return undefined;
  const removeStart = prep ? lead - pm![0].length : lead;
  let removeEnd = c.kind === "number" && c.nounEnd ? c.nounEnd : c.end;
  if (c.kind === "percent" && !prep && /^\s+of\s+(?:the\s)?[\p{L}'’ -]+/u.test(t.slice(c.end))) {
    // "about 31% of GDP" → "What share of GDP …"
    const m = /^\s+of\s+((?:the\s)?[\p{L}'’-]+(?:\s[\p{L}'’-]+)?)/u.exec(t.slice(c.end))!;
    removeEnd = c.end + m[0].length;
    return invertAndBuild(`what share of ${ps.text.slice(c.end + m[0].indexOf(m[1]!), removeEnd)}`);
  }
  // "The Russian delegation was headed by X" → "Who headed the Russian delegation?": the agent asked in the active voice.
  if (prep === "by" && (c.kind === "person" || c.kind === "organisation") && v.passive && /^(?:was|were)$/i.test(v.auxiliary.trim()) && !inPrefix) {
    const past = activePast(v.root);
    const subj = subjectText();
    if (past && subj) {
      const whoWord =
        c.kind === "person"
          ? descriptor
            ? `which ${descriptor}`
            : "who"
          : `which ${descriptor ?? (c.category && c.category !== "term" && c.category !== "name" ? c.category : "organisation")}`;
      const rest = tail(v.end, [[removeStart, removeEnd], ...siblingRemovals(t, ctx.siblings ?? [], c, removeStart, removeEnd, clause.end)]);
      // "… was approved by the Union Cabinet … and is expected to operate …": the second verb is the subject's, not the agent's.
      if (/\b(?:and|but)\s+(?:is|are|was|were|has|have|had|will|would|can|could)\b/.test(rest)) return undefined;
      return finish(addPrefix(`${whoWord} ${past} ${lowerFirst(subj, ps, s0)} ${rest}`), "object");
    }
  }
  // "Real wages climbed 1.4%": a change is asked "By what percentage …".
  const change =
    !prep &&
    (c.kind === "percent" || c.kind === "money") &&
    /^(?:rise|fall|climb|grow|drop|decline|increase|jump|surge|slip|gain|lose|ease|rally|slump|soar|plunge|tumble|dip|shrink|expand|contract|sink|slide)$/.test(
      v.infinitive.toLowerCase(),
    );
  const points = /basis points?|percentage points?|\bbps\b|\bpoints?$/.test(c.text);
  const wh = change && !points ? (c.kind === "percent" ? "by what percentage" : "by how much") : whPhrase(c, prep ?? (change ? "by" : undefined), descriptor);
  if (!wh) return undefined;
  if (prep && /^(?:of|than|as|about|around)$/i.test(prep)) return undefined;
  // "In which month did real wages climb 1.4%?" asks of which year too: the article's date says.
  const year =
    /month$/.test(wh) && !/\b(?:19|20)\d\d\b/.test(t) ? yearOfMonth(c.text, ctx.published, /\bwill\b|FutureTense/.test(`${v.text} ${v.tense}`)) : undefined;
  if (year !== undefined) return invertAndBuild(`${wh} of ${year}`);
  // "By which organisation is the permit the first …", "At which organisation is the core of the project a …"
  if (prep && /^(?:by|at|with|from|on)$/i.test(prep) && v.copula) return undefined;
  // "The core is a battery plant at the Batang estate in Central Java": the place completes the noun, not the verb ("Where is the core a …?").
  if (prep && v.copula && (c.kind === "place" || c.kind === "country") && !inPrefix && /^\s*(?:a|an|the|its|their)\s/i.test(t.slice(v.end, removeStart)))
    return undefined;
  return invertAndBuild(wh);

  function invertAndBuild(whText: string): Realised | undefined {
    const subj = subjectText();
    if (!subj) return undefined;
    const inv = invert(v, pluralSubject(subj));
    if (!inv) return undefined;
    if (/^(?:do|does|did)$/.test(inv.aux) && /\b(?:could|would|may|might|should|can|must|will|shall)\b/.test(inv.rest)) return undefined;
    if (inPrefix) {
      const restPrefix = tidy(piece(ps, clause.prefix![0], clause.prefix![1], [...drops, [removeStart, removeEnd]]));
      const rest = tail(v.end, []);
      const pre =
        restPrefix && /\p{L}/u.test(restPrefix) && !/^(?:between|and|in|on|at|from|to)$/i.test(restPrefix)
          ? ` ${lowerFirst(restPrefix, ps, clause.prefix![0])}`
          : "";
      if (/^(?:and|or|to)\b/i.test(restPrefix)) return undefined;
      return finish(`${whText} ${inv.aux} ${subj} ${inv.rest} ${rest}${pre}`, "prefix");
    }
    const rest = tail(v.end, [[removeStart, removeEnd], ...siblingRemovals(t, ctx.siblings ?? [], c, removeStart, removeEnd, clause.end)]);
    return finish(addPrefix(`${whText} ${inv.aux} ${subj} ${inv.rest} ${rest}`), "object");
  }
}

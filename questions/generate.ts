/**
 * The pipeline, answer first: every sentence worth asking about → typed answer candidates →
 * the clause around each → one wh-transformation (or a cloze) → distractors of the same type →
 * the four question makers → salience ranking and selection with siblings kept apart.
 */
import type { Article, Fact, GeneratedArticle, ObjectType, Question } from "./types";
import type { QuestionType } from "../lib/question-types";
import { splitSentences, type Sentence } from "./nlp/sentences";
import { parseBody, parseSentence, type ParsedSentence } from "./analyse/parse-sentence";
import { sentenceCase } from "./analyse/headline";
import { clauseAround, type Clause } from "./analyse/clause";
import { clauseSpans } from "./analyse/spans";
import { nameNouns, type PriorText } from "./analyse/antecedents";
import { PRONOUN_SUBJECT, resolver, theFor, vagueNounPhrases, VAGUE_SUBJECT, type Mentions } from "./analyse/context";
import { findFigures, valueOf } from "./answers/figures";
import { FIGURE_KINDS, plain } from "./answers/types";
import { findNames, findTerms, isPostName } from "./answers/entities";
import { findEvents } from "./answers/event-phrases";
import { relativeStatement } from "./rules/relative";
import { rulingParty } from "./rules/ruling-party";
import type { Candidate } from "./answers/types";
import { realise, type Realised } from "./realise/wh";
import { statementOf } from "./realise/statement";
import { boundOf, pickDistractors, type PoolItem } from "./distractors/pick";
import { plausibleWhen } from "./distractors/when";
import { leadingNumber } from "./distractors/numbers";
import { LONG_PROMPT_WORDS, dropAttribution, shorten } from "./realise/shorten";
import { BLANK, makeCloze, makeMcq, makeRecall, makeTrueFalse, type Draft } from "./make/makers";
import { readsWell } from "./realise/check";
import { CONNECTIVE, dropDeicticOpener, hedgeLength } from "./realise/openers";
import {
  anchorTimes,
  asOfArticle,
  monthOf,
  placedInTime,
  PLACED_IN_TIME as PLACED,
  tenseOf,
  thenFrom,
  withoutThenOpener,
  withYears,
  yearInContext,
  yearOfMonth,
} from "./realise/time";
import { MONTHS } from "./nlp/vocab-words";
import { COMMENTATOR, commentatorAt, salience } from "./rank/salience";
import { DeckMix, factBudget, MIN_QUESTIONS, perSentenceCap, SCORE_CUTOFF, TRUE_FALSE_MIN_SCORE } from "./rank/select";
import { stableHash } from "./ids";
import { articleEvent, placeDelegation } from "./rules/event-context";
import {
  articleCountry,
  countriesIn,
  INDICATOR,
  lowerFirst,
  namesCountry,
  needsCountry,
  countryOfName,
  placeIn,
  placeInCountry,
  placeIndicator,
  withThe,
} from "./rules/country-context";
import { locative } from "./rules/place-role";
import { possessiveFigure } from "./rules/possessive-figure";
import {
  givenAwayCountry,
  holderAfterWellKnownPost,
  leadersAdministration,
  modifierName,
  otherSide,
  pairedCountry,
  storyCountries,
  WELL_KNOWN_POST,
} from "./rules/guessable";
import { appositionOf, appositionQuestion, appositionStatement, definedTerms } from "./rules/apposition";
import { canonicalCountry, countryOf, countryOfDemonym } from "./nlp/vocab-places";
import { areaOfTopic, articleTopic, namesAreaBody, topicIsSource, withReferenceTo } from "./rules/topic";
import { anchored, OFFICIAL_SOURCE, unworthy } from "./rules/worth";
import { countryOfCity, regionOfCountry } from "./answers/vocab";
import { malformedReasons } from "./make/well-formed";
import { acronymsOf, spellOut } from "./rules/acronyms";
import { storyDisease, withDisease } from "./rules/disease";
import { KNOWN_ORGS } from "./nlp/vocab-roles";
import { withoutChangeArithmetic, withoutWorkingOut, workedOut } from "./realise/arithmetic";
import {
  countListed,
  withoutCountedList,
  leansBack,
  pointsOutside,
  nationalityOfNamed,
  betweenEnd,
  acronymAfterName,
  breakdownPart,
  labelNumber,
  ageAfterName,
  insideName,
  portfolioOfPost,
  rankGivenByAfter,
  enumeratedCount,
  enumerationFiller,
  editionYear,
  remainderCount,
  ruledOutByRun,
  sayerOf,
  shareGivesAway,
  tallyGivesAway,
} from "./rules/give-away";

/** Options for {@link generateCorpus}. */
export interface GenerateOptions {
  /** Seed for option order; default 1. */
  seed?: number;
  /** The learner's library (see {@link libraryOf}): more wrong options, computed once and reused. */
  library?: Library;
}

/** The names and figures of a set of articles, as wrong options for other articles' questions. */
export interface Library {
  readonly pool: readonly PoolItem[];
}

function poolOf(article: Article, mentions: readonly Mentions[], sentences: readonly Sentence[]): PoolItem[] {
  const texts = new Map(sentences.map((x) => [x.index, x.text]));
  return mentions
    .filter((m) => m.sentence >= 0)
    .flatMap((m) =>
      m.candidates.map((c) => ({
        kind: c.kind,
        text: c.text,
        // "Zhiwei Zhang, chief economist at …": a commentator is no wrong option for a party chair.
        category: c.kind === "person" && !c.category && commentatorAt(texts.get(m.sentence) ?? "", c) ? "commentator" : c.category,
        articleId: article.id,
        sentence: m.sentence,
      })),
    );
}

/**
 * Reads a library once (the shipped articles, say) so that adding an article does not generate
 * questions for all of them again.
 *
 * @example const lib = libraryOf(shipped); generateCorpus([pasted], { library: lib })
 */
export function libraryOf(articles: readonly Article[]): Library {
  return {
    pool: articles.flatMap((a) => {
      const { mentions, sentences } = analyseArticle(a);
      return poolOf(a, mentions, sentences);
    }),
  };
}

/** One answer candidate in its analysed sentence. */
interface Analysed {
  sentence: Sentence;
  position: number;
  ps: ParsedSentence;
  candidate: Candidate;
  clause?: Clause;
  realised?: Realised;
  score: number;
  all: readonly Candidate[];
  /** Resolves this sentence's pronoun and vague subjects from the article (see analyse/context). */
  resolve: (subject: string) => string | undefined;
  /** Asked only as its realised question (no cloze or statement of the sentence, which is a quote). */
  onlyRealised?: boolean;
  /** Asked without options: the article has no plausible wrong ones of the same kind. */
  noOptions?: boolean;
  /** The official whose quote of several sentences this sentence is part of ("Union Health Minister JP Nadda"): the question says so. */
  speaker?: string;
}

/** What a prompt that names nothing can be placed in: computed once per article (rules/worth, rules/topic). */
interface Anchors {
  /** Every word of the article's names: a prompt that holds one names what it asks about. */
  names: ReadonlySet<string>;
  /** The article's own country (rules/country-context): an indicator is placed in it. */
  country?: string;
  /** The headline's most mentioned name (rules/topic), or the country when the headline names it. */
  topic?: string;
  /** Whether the article gives its figures as the topic's ("according to the WHO", "IRENA's report"): a prompt is then "According to" it. */
  topicIsSource?: boolean;
  /** The currency area the story's topic or a body its headline names stands for ("the euro zone" for the ECB): an indicator is placed in it. */
  area?: string;
}

const BOILERPLATE =
  /^(?:read more|also read|subscribe|sign up|click here|follow us|watch|listen|with inputs from|photo:|image:|file photo|advertisement|—\s*with)/i;
/** Sentences about the reporting, not the news. */
const NO_COMMENT =
  /\b(?:did not (?:immediately )?(?:respond|reply|return)|declined to comment|could not be reached|requests? for comments?|not immediately available for comment|contributed to this report|this story has been updated|did not (?:confirm|say|disclose|specify)|declined to (?:say|confirm|disclose|specify)|would not (?:say|confirm)|refused to comment)\b/i;
/** Posts many hold at once: a minister without a portfolio, a spokesperson or an official of no body. */
const BARE_POST =
  /^(?:(?:Union|Cabinet|State|Deputy|Junior|Federal)\s)?(?:Minister(?:\sof\sState)?|Ministers|Spokesperson|Spokesman|Spokeswoman|Official|Secretary|MP|Lawmaker|Senator|Legislator)$/i;

/** A writer's question or guess, not a fact: "The question is how far and how fast the ECB … will go", "It remains to be seen whether …". */
const SPECULATION =
  /^(?:The (?:big |key |real |open )?question (?:is|now is|remains)|The bigger question|It remains to be seen|It is (?:not yet )?(?:unclear|not clear)|What remains unclear|Only time will tell)\b/i;

/** Whether the list that counts a count out is still in its prompt (the blank read as the answer). */
function listStays(prompt: string, c: Candidate): boolean {
  const text = prompt.replace(BLANK, c.text);
  return countListed(text, { ...c, end: text.indexOf(c.text) + c.text.length });
}

/** Whether the article names a body whose name ends in this one word ("European Commission" for "Commission"). */
function longerBody(mentions: readonly Mentions[], word: string): boolean {
  return mentions.some((m) => m.candidates.some((c) => c.kind === "organisation" && c.text !== word && c.text.endsWith(` ${word}`)));
}

/**
 * Whether a "What did X do?" question has more than one answer in the article: another sentence
 * says X did the same to something else ("The Cabinet also approved the National Mission …",
 * "The Cabinet approved Chennai Metro Phase Two …").
 */
function askedOfManyActs(prompt: string, sentence: number, prior: readonly PriorText[]): boolean {
  const m = /^What (?:did|has|have|had|will|does|do) ((?:the\s)?\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,4}) ([a-z]+)\b/u.exec(prompt);
  if (!m) return false;
  const subject = m[1]!.replace(/^the\s/, "");
  const verb = m[2]!.replace(/e$/, "");
  const esc = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const act = new RegExp(String.raw`\b${esc(subject)}\b(?:\s[\p{L},-]+){0,5}?\s(?:also\s)?(?:has\s|have\s|had\s)?${esc(verb)}(?:e|ed|es|s|d)?\b`, "iu");
  return prior.filter((p) => p.sentence >= 0 && p.sentence !== sentence && act.test(plain(p.text))).length >= 1;
}

/** "- A guaranteed pension …" → "A guaranteed pension …"; "With reference to X, - A …" → "With reference to X, a …". */
function withoutBullet(prompt: string): string {
  return prompt.replace(/^[-•▪●*]\s+/u, "").replace(/,\s[-•▪●*]\s+(\p{Lu})(?=\p{Ll})/u, (_m, first: string) => `, ${first.toLowerCase()}`);
}

/** A country answer the prompt names itself or by its people ("Ukraine" beside "Ukrainian mineral wealth", and the other way round). */
function countryGivenAway(prompt: string, c: Candidate): boolean {
  if (c.kind !== "country" && c.kind !== "place") return false;
  const own = countryOf(c.text) ?? countryOfDemonym(c.text);
  if (own === undefined) return false;
  return [...countriesIn(plain(prompt).replace(BLANK, " "))].some((x) => canonicalCountry(x) === canonicalCountry(own));
}

/** A connective opening a quote's sentence ("Thus, 50 per cent …"), once the quote mark is off: openers' CONNECTIVE, and "So". */
const QUOTE_CONNECTIVE = new RegExp(`^(?:${CONNECTIVE}|So),\\s`);

/** A figure of a market: a price, a price cut, a market share, sales. */
const MARKET_FIGURE = /\b(?:prices?|priced|pricing|market share|retail sales|monthly cost)\b/i;

/** A world market's price ("Crude prices have surged", "Brent", "gold prices"): of no one country, whatever the story's. */
const WORLD_MARKET = /\b(?:crude|oil|Brent|WTI|gas|LNG|gold|silver|copper|wheat|commodity|commodities|global|world|international)\b/i;

/** Whether `short` is the initials of `long`'s capitalised words ("J&K" of "Jammu & Kashmir", "ECI" of "Election Commission of India"). */
function shortFormOf(shortName: string, longName: string): boolean {
  // "Legislative Assembly of J&K" against "Legislative Assembly of Jammu & Kashmir": the words they share are set aside.
  const a = shortName.split(/\s+/);
  const b = longName.split(/\s+/);
  while (a.length > 1 && b.length > 1 && a[0] === b[0]) {
    a.shift();
    b.shift();
  }
  while (a.length > 1 && b.length > 1 && a[a.length - 1] === b[b.length - 1]) {
    a.pop();
    b.pop();
  }
  const short = a.join(" ");
  const long = b.join(" ");
  const letters = short.replace(/[&.\s]/g, "");
  if (!/^\p{Lu}{2,6}$/u.test(letters) || !/\s/.test(long)) return false;
  const caps = long
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
  return caps === letters;
}

/** The initials of a name of three or more capitalised words ("World Health Organization" → "WHO"), or undefined. */
function initialsOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 3 && words.length === name.split(/\s+/).filter((w) => !/^(?:of|for|and|the|on|in)$/.test(w)).length
    ? words.map((w) => w[0]).join("")
    : undefined;
}

/**
 * The one international body (KNOWN_ORGS: the UN, the UNSC, the IMF, …) the sentence before names,
 * which a sentence that names nothing goes on about: "The UNSC comprises five permanent members.
 * Ten non-permanent members are elected for two-year terms."
 */
function bodyBefore(mentions: readonly Mentions[], sentence: number): string | undefined {
  const prev = mentions.find((m) => m.sentence === sentence - 1);
  const bodies = [...new Set((prev?.candidates ?? []).filter((c) => c.kind === "organisation" && KNOWN_ORGS.has(c.text)).map((c) => c.text))];
  if (bodies.length !== 1) return undefined;
  return theFor(bodies[0]!);
}

/**
 * A sentence with a heading glued into it ("First Rate Cut in 5 Years Since May 2020 RBI Governor
 * Sanjay Malhotra announced …"): a title-case preposition between capitalised words, which body
 * text never writes. "of", "and", "for" and "the" are left out: names hold them ("Ministry Of …").
 */
export const FUSED_HEADING =
  /(?<=(?:^|\s)(?:[\p{Lu}][\p{L}-]*|\d+)\s)(?:In|Since|With|After|From|Amid|Over|To|On|At|As|By|Is|Are|Was|Will|Says|Ahead)\s(?=[\p{Lu}\d][\p{L}\d-]*\s[\p{Lu}\d])/u;

/** A main verb of saying or thinking: the clause is someone's view unless the speaker is an official body. */
const SPEECH_VERB =
  /^(?:said|says|say|added|adds|told|tells|noted|notes|warned|warns|argued|argues|believes?|thinks?|expects?|wrote|writes|explained|explains|stressed|cautioned|predicted|reckons?|suggested|suggests|feels?|hopes?|acknowledged)$/i;

/** Word count of a body, subheadings included. */
export function countWords(body: string): number {
  return body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Merges overlapping candidates: figures win over names, longer names over shorter. */
function dedupe(cands: Candidate[]): Candidate[] {
  const rank = (c: Candidate): number => (["named", "other", "person", "organisation", "country", "place"].includes(c.kind) ? 1 : 2);
  const sorted = [...cands].sort((a, b) => rank(b) - rank(a) || b.end - b.start - (a.end - a.start));
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.outerStart < k.end && c.end > k.outerStart)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** The answer as shown: the qualifier included ("more than 50 million"). */
function answerOf(sentence: string, c: Candidate): Candidate {
  if (c.outerStart === c.start) return c;
  return { ...c, start: c.outerStart, text: sentence.slice(c.outerStart, c.end) };
}

const OBJECT_TYPE: Record<string, ObjectType> = {
  number: "number",
  percent: "percent",
  money: "money",
  quantity: "quantity",
  date: "date",
  year: "year",
  duration: "duration",
  rank: "rank",
  person: "person",
  organisation: "organisation",
  country: "country",
  place: "place",
  named: "named",
  other: "other",
};

/** A learner who knows one surname-only mention ("Jaishankar") knows the person named in full. */
function aliasPeople(mentions: Mentions[]): Map<string, string> {
  const full = [...new Set(mentions.flatMap((m) => m.candidates.filter((c) => c.kind === "person" && /\s/.test(c.text)).map((c) => c.text)))];
  const aliases = new Map<string, string>();
  for (const m of mentions) {
    for (const c of m.candidates as Candidate[]) {
      // A one-word "organisation" with no category is the tagger's guess: "Trump's military actions" is the person.
      const guessedOrg = c.kind === "organisation" && c.category === undefined;
      if (/\s/.test(c.text) || (c.kind !== "other" && c.kind !== "person" && c.kind !== "place" && !guessedOrg)) continue;
      // "ISRO" is no one's first name: an acronym before a tagged "ISRO Chief V. Narayanan" stays the body.
      if (/^\p{Lu}[\p{Lu}\p{N}&.-]+$/u.test(c.text)) continue;
      const owner = full.filter((f) => f.split(/\s+/).pop() === c.text || f.split(/\s+/)[0] === c.text);
      if (owner.length >= 1) {
        c.kind = "person";
        const named = mentions.flatMap((x) => x.candidates).find((x) => x.text === owner[0] && x.category);
        if (named?.category) c.category = named.category;
        // A bare surname as the answer: the learner should learn the full name, asked where it is written.
        c.bonus = (c.bonus ?? 0) - 0.3;
        if (owner.length === 1) aliases.set(c.text, owner[0]!);
      }
    }
  }
  // "Farfán, 54, will be sworn in …": a surname the tagger did not take for a name still stands for the one person of that surname.
  const surnames = new Map<string, string[]>();
  for (const f of full) {
    const last = f.split(/\s+/).pop()!;
    // Not a place or a direction the tagger made part of a "person" ("Novo Nordisk India", "Global South").
    const placeLike =
      countryOf(last) !== undefined ||
      countryOfDemonym(last) !== undefined ||
      countryOfCity(last) !== undefined ||
      /^(?:North|South|East|West|Central)$/.test(last);
    if (last.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(last) && !placeLike && f.split(/\s+/).length <= 4) surnames.set(last, [...(surnames.get(last) ?? []), f]);
  }
  for (const [last, all] of surnames) {
    // "Centrist Lucía Farfán" and "Lucía Farfán" are one person: the shorter form is the name.
    const owners = all.filter((f) => !all.some((g) => g !== f && f.endsWith(` ${g}`)));
    if (owners.length === 1 && !aliases.has(last)) aliases.set(last, owners[0]!);
  }
  return aliases;
}

/** "Lu did not …" → "Rocky Lu did not …": a bare surname in a prompt becomes the full name the article gave. */
function fullNames(prompt: string, aliases: ReadonlyMap<string, string>, answer: string): string {
  let out = prompt;
  for (const [surname, name] of aliases) {
    if (surname === answer || name === answer || answer.includes(surname) || out.includes(name)) continue;
    // Letter lookarounds, not \b: "Farfán" ends in a letter \b does not know.
    out = out.replace(
      new RegExp(`(?<!\\p{Lu}[\\p{L}.-]*\\s)(?<![\\p{L}\\p{N}-])${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}-])(?! [\\p{Lu}])`, "u"),
      name,
    );
  }
  return out;
}

/**
 * One name, one type in an article: "drugmaker, Eli Lilly" in one sentence makes every "Eli Lilly"
 * an organisation, and so does a longer organisation name it starts ("Novo Nordisk India").
 */
function unifyTypes(mentions: Mentions[], texts: ReadonlyMap<number, string>): void {
  // "managing director of Novo Nordisk India", "rival Novo Nordisk", "Novo Nordisk's market share": a company, whatever the tagger thought.
  for (const m of mentions) {
    const t = plain(texts.get(m.sentence) ?? "");
    for (const c of m.candidates as Candidate[]) {
      if (c.kind !== "person" && c.kind !== "other") continue;
      if (companyCue(t.slice(0, c.outerStart), t.slice(c.end), c.text)) {
        c.kind = "organisation";
        c.category ??= "company";
      }
    }
  }
  const orgs = new Map<string, string | undefined>();
  for (const m of mentions) for (const c of m.candidates) if (c.kind === "organisation") orgs.set(c.text, c.category);
  for (const m of mentions) {
    for (const c of m.candidates as Candidate[]) {
      if (c.kind !== "person" && c.kind !== "other") continue;
      const longer = [...orgs.keys()].find((o) => o === c.text || (o.startsWith(`${c.text} `) && c.kind === "person"));
      if (longer === undefined) continue;
      c.kind = "organisation";
      const cat = orgs.get(c.text);
      if (cat) c.category = cat;
      else if (longer !== c.text) c.category = "company";
    }
  }
}

const COMPANY_BEFORE =
  /\b(?:(?:managing|executive|finance|marketing)\s+director|chief executive(?: officer)?|CEO|chairman|chairwoman|founder|co-founder|president|spokesperson|spokesman|spokeswoman|head|shares|stock|subsidiary|unit|arm)\s+of\s+$|\b(?:[Rr]ival|[Cc]ompetitor|[Dd]rugmakers?|[Cc]ompany|[Ff]irm|[Cc]hipmaker|[Cc]armaker|[Ss]tartup|[Ll]ender)\s+$/;
const COMPANY_AFTER = /^['’]s\s+(?:market share|shares|stock|revenue|sales|profit|drugs?|products?|prices?|brands?|platform|subsidiary|chief executive|CEO)\b/;

/** Whether the words around a name make it a company: "rival X", "managing director of X", "X's market share", "X India". */
function companyCue(before: string, after: string, name: string): boolean {
  if (COMPANY_BEFORE.test(before) || COMPANY_AFTER.test(after)) return true;
  // "Novo Nordisk India": a name followed by a country is a company's national arm; "Drugs Controller General of India" is a body of that country.
  const words = name.split(/\s+/);
  return words.length >= 3 && !/\s(?:of|for|on|and)\s/.test(name) && countryOf(words[words.length - 1]!) !== undefined;
}

function analyseArticle(
  article: Article,
  opts: { splitLongQuotes?: boolean } = {},
): {
  analysed: Analysed[];
  mentions: Mentions[];
  sentences: Sentence[];
  aliases: Map<string, string>;
  anchors: Anchors;
  prior: PriorText[];
  /** The acronyms the article spells out ("PACS" → "primary agricultural credit societies"). */
  acronyms: Map<string, string>;
  /** The one disease a health story's headline and lead name ("measles"), for its bare "cases". */
  disease: string | undefined;
} {
  const sentences = splitSentences(article.body, opts).filter(
    (s) => !s.heading && !BOILERPLATE.test(s.text) && !NO_COMMENT.test(s.text) && !FUSED_HEADING.test(s.text) && s.text.split(/\s+/).length >= 5,
  );
  const mentions: Mentions[] = [];
  // "Final COP28 Deal References Transition Away From Fossil Fuels" is read "Final COP28 deal references transition …".
  const title = sentenceCase(article.title, article.body);
  const headPs = parseSentence(title);
  mentions.push({ sentence: -1, candidates: dedupe([...findFigures(title), ...findNames(title, headPs.tagsAt)]) });
  const view = parseBody(article.body);
  const prior: PriorText[] = [{ sentence: -1, text: title, tagsAt: headPs.tagsAt }];
  const parsed = sentences.map((s) => {
    const ps = view(s.start, s.end);
    prior.push({ sentence: s.index, text: s.text, tagsAt: ps.tagsAt });
    const cands = dedupe([...findFigures(s.text), ...findNames(s.text, ps.tagsAt), ...findTerms(s.text), ...definedTerms(s.text), ...findEvents(s.text)]);
    mentions.push({ sentence: s.index, candidates: cands });
    return { s, ps, cands };
  });
  const aliases = aliasPeople(mentions);
  unifyTypes(mentions, new Map(sentences.map((x) => [x.index, x.text])));
  const analysed: Analysed[] = [];
  const lowered = sentences.map((s) => s.text.toLowerCase());
  const counts = new Map<string, number>();
  const mentionCount = (text: string): number => {
    const k = text.toLowerCase();
    let n = counts.get(k);
    if (n === undefined) {
      n = lowered.filter((s) => s.includes(k)).length;
      counts.set(k, n);
    }
    return n;
  };
  const asOf = monthOf(article.published);
  const event = articleEvent(
    title,
    sentences.slice(0, 3).map((x) => x.text),
  );
  const country = articleCountry(
    title,
    sentences.slice(0, 3).map((x) => x.text),
  );
  // The country stands in for a topic only when the headline names it, or nothing in the headline and
  // lead names a country (a currency gave it: "Rs 18,400 crore").
  const isCountry = (c: Candidate): boolean => countryOf(c.text) !== undefined || countryOfDemonym(c.text) !== undefined;
  const headlineCountry =
    country !== undefined &&
    (mentions[0]!.candidates.some((c) => canonicalCountry(c.text) === country) || !mentions.slice(0, 4).some((m) => m.candidates.some(isCountry)));
  const anchors: Anchors = {
    names: new Set(
      mentions.flatMap((m) =>
        m.candidates.filter((x) => !FIGURE_KINDS.has(x.kind) && x.kind !== "date" && x.kind !== "rank").flatMap((x) => x.text.split(/\s+/)),
      ),
    ),
    country,
    topic: articleTopic(mentions[0]!.candidates, mentionCount) ?? (headlineCountry ? country : undefined),
  };
  // "ECB lowers rates": the currency area of the topic, or of a body the headline names.
  anchors.area = [anchors.topic, ...mentions[0]!.candidates.map((x) => x.text)].flatMap((x) => (x === undefined ? [] : (areaOfTopic(x) ?? []))).at(0);
  anchors.topicIsSource =
    anchors.topic !== undefined &&
    countryOf(anchors.topic) === undefined &&
    topicIsSource(
      anchors.topic,
      sentences.map((x) => x.text),
    );
  // "Governor Lee Sang-hoon told …": a bare "Governor" is the governor of the one central bank the article names.
  const banks = [
    ...new Set(mentions.flatMap((m) => m.candidates.filter((c) => c.kind === "organisation" && c.category === "central bank").map((c) => c.text))),
  ];
  const governorOf = (before: string): string | undefined =>
    banks.length === 1 && /(?:^|[\s,“"”])Governor\s$/.test(before) && !/\b(?:State|Provincial|Deputy)\s+Governor\s$/.test(before)
      ? `Governor of ${theFor(banks[0]!)}`
      : undefined;
  // The post written before a name, with whose post it is ("IAEA Director General", "Governor" of the one central bank).
  // "Union Minister Ashwini Vaishnaw said": a post with no portfolio or body is held by many at once ("Who was the Union Minister?").
  const anyPost = (before: string): string | undefined => titleBefore(before) ?? governorOf(before);
  const postBefore = (before: string): string | undefined => {
    const post = anyPost(before);
    return post === undefined || BARE_POST.test(post) ? undefined : post;
  };
  // Who speaks a quote needs a post, not a unique one: "Union minister Ashwini Vaishnaw said, “…”" is an official's word,
  // though "Who was the Union Minister?" has many answers. Indian papers write the post in lower case.
  const speakerPost = (before: string): string | undefined => anyPost(before) ?? UNION_MINISTER_BEFORE.exec(before)?.[1];
  // Words capitalised inside sentences (not as their first word): names, whatever the tagger thinks.
  const properWords = new Set(sentences.flatMap((x) => [...x.text.matchAll(/(?<=[\p{L},;:]\s)([\p{Lu}][\p{Ll}][\p{L}-]*)/gu)].map((m) => m[1]!)));
  const places = mentions.flatMap((m) => m.candidates.filter((c) => c.kind === "place" || c.kind === "country").map((c) => c.text));
  const headNames = new Set(mentions[0]!.candidates.map((c) => c.text.toLowerCase()));
  // "director-general Tedros Adhanom Ghebreyesus" … "Tedros said …": one word of an official's name is that official.
  const officials = new Set(
    mentions.flatMap((m) =>
      m.candidates
        .filter(
          (c) =>
            c.kind === "person" &&
            /\s/.test(c.text) &&
            (c.category === "official" ||
              /\b(?:director[- ]general|secretary[- ]general|chief|head|minister|president|governor|chairman|chairperson)\s$/i.test(
                plain(sentences.find((x) => x.index === m.sentence)?.text ?? "").slice(0, c.outerStart),
              )),
        )
        .flatMap((c) => c.text.split(/\s+/)),
    ),
  );
  const story = storyCountries(mentions, country);
  const sameCountry = (name: string, other: string | undefined): boolean => other !== undefined && canonicalCountry(name) === canonicalCountry(other);
  // "The launch came on the third attempt … It was the sixth flight of Ariane 6": the "it" of a sentence is
  // the named subject the sentence before opened with.
  // Who speaks each paragraph's long quote, found once per paragraph (quoteSpeaker depends on the paragraph alone).
  const speakers = new Map<number, string | undefined>();
  const speakerOf = (s: Sentence): string | undefined => {
    if (!speakers.has(s.paragraph)) speakers.set(s.paragraph, quoteSpeaker(s.paragraph, sentences, mentions, aliases, speakerPost));
    return speakers.get(s.paragraph);
  };
  let opened: { sentence: number; name?: string; agent?: boolean } | undefined;
  // "The Government on Wednesday gave its nod …", "The Union Cabinet on Thursday approved …": a briefing's acting body, from its lead.
  const leadGovernment = /^(?:The\s)((?:Union\s)?(?:Government|Cabinet|Centre)|Union Cabinet)\b/.exec(plain(sentences[0]?.text ?? ""))?.[1];
  const texts = new Map(prior.map((p) => [p.sentence, p.text]));
  parsed.forEach(({ s, ps, cands }, position) => {
    // "The Commission fined Nimbus €2 billion. It is the largest penalty …": "It is the …" classes a thing, the act, not its agent.
    // "The Cabinet approved Chennai Metro Phase Two …. It will involve a length of 119 km": what "It" is, has or costs is the thing acted on.
    const classes =
      /^It\s(?:is|was)\s(?:also\s)?(?:the|a|an)\b/.test(plain(s.text)) ||
      /^It\s(?:(?:will|would|is to|is expected to|is set to)\s)?(?:also\s)?(?:be|have|has|involve|involves|cost|costs|cover|covers|include|includes|comprise|comprises|run|runs|connect|connects|span|spans|house|houses|carry|carries|weigh|weighs|measure|measures)\b/.test(
        plain(s.text),
      );
    // "The Government on Wednesday gave its nod to …. [the sentence before] It has also decided to give …": a decision's
    // "It" in a briefing is the government or cabinet the lead opened with, when the sentence before names no subject of its own.
    const decides = /^It\s(?:has\s|had\s)?(?:also\s)?(?:decided|approved|cleared|sanctioned|allocated|notified)\b/.test(plain(s.text));
    const previous =
      opened?.sentence === s.index - 1 && opened.name !== undefined && !(classes && opened.agent)
        ? opened.name
        : decides && opened?.name === undefined
          ? leadGovernment && `the ${leadGovernment}`
          : undefined;
    const resolve = withPrior(resolver(mentions, s.index, { country, sentence: plain(s.text), previous, texts }), prior, s.index);
    const opening = VAGUE_SUBJECT.exec(plain(s.text))?.[0];
    // "The Bharat Relay satellite reached orbit. It then …": a named opening subject is the next sentence's "It" too.
    const first = cands.find(
      (x) =>
        ["organisation", "named", "other"].includes(x.kind) &&
        x.category !== "term" &&
        /^(?:The\s)?$/.test(plain(s.text).slice(0, x.outerStart)) &&
        // "The Reserve Bank of India (RBI) on Friday cut …": its acronym and a day between the name and its verb.
        OPENED_BY.test(plain(s.text).slice(x.end)),
    );
    // "The capsule hit the atmosphere …. It then deployed …": a common noun the article named before is the "It" too.
    const lead = opening || first ? undefined : /^The\s\p{Ll}+/u.exec(plain(s.text))?.[0];
    const noun = lead && ps.verbs.some((v) => v.start === lead.length + 1 && !v.isInfinitive) ? lead : undefined;
    const common = noun ? resolve(noun) : undefined;
    // "Inflation is adding to the pressure, the IMF said in its outlook. It expects …": the body a sentence's
    // closing attribution names is the next sentence's "It" when the sentence opens with no name.
    const sayer = cands.find(
      (x) =>
        x.kind === "organisation" &&
        /,\s(?:the\s)?$/.test(plain(s.text).slice(0, x.outerStart)) &&
        /^\s(?:said|says|added|noted|estimated|reported|stated|projected|forecast)\b/.test(plain(s.text).slice(x.end)),
    );
    const named = opening ? resolve(opening) : first ? (/^The\s/.test(s.text) ? `the ${first.text}` : theFor(first.text)) : common;
    opened = {
      sentence: s.index,
      name: named ?? (sayer && !opening ? theFor(sayer.text) : undefined),
      agent: (!opening && first !== undefined) || (named === undefined && sayer !== undefined),
    };
    const score = (c: Candidate, role = 1): number => role * salience(c, { index: s.index, position, text: s.text, mentions: mentionCount(c.text) }, title);
    // A sentence inside an official's quote of several sentences: its figures are facts the official stated
    // ("Treatment coverage now stands at 92%"), asked "According to <post> <name>, …"; the rest is their words.
    // Nobody's quote, or one without a post, is not asked.
    const speaker = s.quoted ? speakerOf(s) : undefined;
    if (s.quoted && !speaker) return;
    // "The question is how far … the ECB will go": context for the sentences after it, but no fact of its own.
    if (SPECULATION.test(s.text)) return;
    // A list's items under a heading: "Extends free grain distribution to 81.35 crore poor …" (no subject), "Cost to exchequer: Rs 11.80 lakh crore" (a label).
    const opener = ps.tagsAt(0);
    if (
      ps.verbs.some((v) => v.start === 0 && !v.isInfinitive) &&
      /^\p{Lu}\p{Ll}+s\s/u.test(s.text) &&
      !opener?.has("Noun") &&
      !opener?.has("Plural") &&
      !/^\p{Lu}\p{Ll}+\s(?:will|would|have|had|are|were|can|could|may|might|must|should|now|also|say|said|do|did)\b/u.test(s.text)
    )
      return;
    if (/^[\p{Lu}][^:.]{1,40}:\s/u.test(s.text) && !ps.verbs.some((v) => v.start > s.text.indexOf(":"))) return;
    if (speaker) {
      for (const raw of cands) {
        const c = answerOf(s.text, raw);
        if (!FIGURE_KINDS.has(c.kind) && c.kind !== "year" && c.kind !== "date") continue;
        if (unworthy(s.text, c, country, article.published)) continue;
        const clause = clauseAround(ps, c.outerStart, c.end);
        const realised = clause
          ? realise(ps, clause, c, { resolveSubject: resolve, asOf, published: article.published, siblings: cands, properWords })
          : undefined;
        analysed.push({ sentence: s, position, ps, candidate: c, clause, realised, score: score(c) - 0.05, all: cands, resolve, speaker });
      }
      return;
    }
    // A quote opening the sentence is someone's words; only an official named outside it with their post
    // ("…,” Jared Isaacman, NASA's administrator, said") is asked, as the holder of that post.
    if (/^\s*["“]/.test(s.text)) {
      const quotes = quoteRanges(s.text);
      const resolve = resolver(mentions, s.index, { country, sentence: plain(s.text) });
      for (const raw of cands) {
        const c = answerOf(s.text, raw);
        if (c.kind !== "person" || quotes.some(([a, b]) => c.outerStart > a && c.end < b)) continue;
        const desc = appositionOf(s.text, c);
        const title = desc ? undefined : postBefore(plain(s.text).slice(0, c.outerStart));
        const post = desc ?? (title && `the ${title}`);
        const prompt = post ? appositionQuestion(post, c, asOf) : undefined;
        if (!prompt) continue;
        const realised: Realised = { prompt, answer: s.text.slice(c.outerStart, c.end), slot: "subject" };
        analysed.push({ sentence: s, position, ps, candidate: c, realised, score: score(c), all: cands, resolve, onlyRealised: true });
      }
      return;
    }
    // "Lawmakers from the ruling Democratic Progressive Party said …": who governs is a fact whatever they said.
    const ruling = rulingParty(s.text, cands, asOf);
    if (ruling) {
      const c = answerOf(s.text, ruling.party);
      const realised: Realised = { prompt: ruling.prompt, answer: c.text, slot: "subject" };
      analysed.push({ sentence: s, position, ps, candidate: c, realised, score: score(c), all: cands, resolve, onlyRealised: true, noOptions: true });
    }
    // Speculation ("could", "may", an analyst's forecast) is left out clause by clause: "While the decline
    // may appear modest, … a country that aims to reach $100 billion by 2030" still states its aim.
    const spans = clauseSpans(s.text);
    const guessed = spans.map(([a, b]) => speculative(s.text.slice(a, b)));
    if (guessed.every(Boolean) || (spans.length === 1 && speculative(s.text))) return;
    const inGuess = (c: Candidate): boolean => spans.some(([a, b], i) => guessed[i] && c.outerStart >= a && c.end <= b);
    if (/^(?:Though|Although|While|Whereas|Because|If|Unless)\b/.test(s.text) && !/,\s/.test(s.text)) return; // a fragment
    // A participle with no clause of its own: "Citing the WHO report, he said, it highlights …", "Complimenting those who …, the PM said, “…”".
    if (
      /^(?:Stressing|Adding|Saying|Noting|Pledging|Calling|Arguing|Insisting|Warning|Claiming|Citing|Quoting|Complimenting|Congratulating|Welcoming|Hailing|Lauding|Praising|Thanking)\b/.test(
        s.text,
      )
    )
      return;
    // A concession has its main clause elsewhere, unless all that follows is its source ("…, per local media reports").
    if (/^(?:Though|Although|Even though)\b/.test(s.text) && !/^(?:Though|Although)\s[^,]+,\s(?:per|according to)\b[^,]*$/.test(plain(s.text))) return;
    // "X, an official at Y who trialed the model": every verb sits in a relative clause, so nothing is stated.
    if (ps.verbs.length > 0 && ps.verbs.every((v) => /\b(?:who|which|that|whose)\s+(?:\S+\s+){0,2}$/.test(s.text.slice(0, v.start)))) return;
    if (commentary(s.text, cands)) return; // what a commentator says is their view, not the news
    const quotes = quoteRanges(s.text);
    const speech = /\b(?:said|says|told|added|noted|wrote|warned|argued)\b/.test(s.text);
    // "Indian Foreign Minister S. Jaishankar told …": who held the post is a fact whatever the clause claims.
    const holder = (c: Candidate): Realised | undefined => {
      if (c.kind !== "person" || quotes.some(([a, b]) => c.outerStart > a && c.end < b)) return undefined;
      const title = postBefore(plain(s.text).slice(0, c.outerStart));
      // The story's own protagonist, and a great power's head of state, are known without the article.
      if (!title || headNames.has(c.text.toLowerCase()) || WELL_KNOWN_POST.test(title)) return undefined;
      return {
        prompt: appositionQuestion(/['’]s\s/.test(title) ? title : `the ${title}`, c, asOf),
        answer: s.text.slice(c.outerStart, c.end),
        slot: "subject",
      };
    };
    for (const raw of cands) {
      const c = answerOf(s.text, raw);
      if (inGuess(c) || !askable(s.text, c, quotes, speech) || unworthy(s.text, c, country, article.published)) continue;
      const clause = clauseAround(ps, c.outerStart, c.end);
      if (clause && !factual(ps, clause, s.text, cands, resolve, officials)) {
        const held = holder(c);
        if (held)
          analysed.push({ sentence: s, position, ps, candidate: c, realised: held, score: score(c), all: cands, resolve, onlyRealised: true, noOptions: true });
        continue;
      }
      const asked =
        clause && c.category !== "defined" && c.category !== "event" && c.category !== "pact"
          ? realise(ps, clause, c, { resolveSubject: resolve, asOf, published: article.published, siblings: cands, properWords })
          : undefined;
      // "agreed to send Sweden’s NATO Accession Protocol": a wh-question that lost the answer's possessor asks of another thing.
      const possessor = /([\p{Lu}][\p{L}.-]*)['’]s\s$/u.exec(plain(s.text).slice(0, c.outerStart))?.[1];
      const realised = asked && possessor && !asked.prompt.includes(possessor) ? undefined : asked;
      // A description in apposition names one thing: "What is the name of Google's large language model?"
      const desc = realised ? undefined : appositionOf(s.text, c);
      const defined: Realised | undefined = desc
        ? { prompt: appositionQuestion(desc, c, asOf), answer: s.text.slice(c.outerStart, c.end), slot: "subject" }
        : realised
          ? undefined
          : holder(c);
      // The article's country goes into an indicator's question unless the answer already names it ("Central Bank of Kenya").
      if (realised)
        realised.prompt = placeIndicator(placeDelegation(realised.prompt, event), country && !c.text.includes(country) ? country : undefined, places);
      // A capital, or the story's own country, is asked where the sentence says where something happened
      // or with whom ("in Budapest", "a dispute with Ukraine"); as the actor ("New Delhi banned …",
      // "India co-sponsored …") it is a name the learner knows: asked only to fill a short article's deck.
      const metonym =
        (c.kind === "place" && c.category === "city") || (c.kind === "country" && (sameCountry(c.text, country) || headNames.has(c.text.toLowerCase())));
      const role = metonym && !locative(plain(s.text).slice(0, c.outerStart), plain(s.text).slice(c.end), c) ? 0.3 : 1;
      // "Russia and ____ agreed to a truce", "aligned with ____ in its war against Russia": a country the news gives away
      // is asked only to fill a short article's deck.
      const given = givenAwayCountry(s.text, c, story) ? 0.3 : 1;
      analysed.push({
        sentence: s,
        position,
        ps,
        candidate: c,
        clause,
        realised: realised ?? defined,
        // A post's holder has no plausible wrong options among the article's people (a foreign leader for India's minister): asked for recall.
        // An event's wrong options would be other stories' events, never plausible: asked without options.
        noOptions: (!realised && !desc && defined !== undefined) || c.category === "event" || c.category === "pact",
        score: score(c, given * role),
        all: cands,
        resolve,
      });
    }
  });
  return {
    analysed,
    mentions,
    sentences,
    aliases,
    anchors,
    prior,
    acronyms: acronymsOf(sentences.map((x) => x.text)),
    disease: storyDisease(
      title,
      sentences.slice(0, 2).map((x) => x.text),
    ),
  };
}

/**
 * A resolver that also names a common noun as the article named it before ("The probe" → "the
 * Heliora probe"), when the article's own resolver (analyse/context) has no name for it.
 */
function withPrior(resolve: (subject: string) => string | undefined, prior: readonly PriorText[], sentence: number): (subject: string) => string | undefined {
  const before = prior.filter((p) => p.sentence < sentence);
  return (subject: string) => {
    const known = resolve(subject);
    if (known !== undefined || !/^[Tt]he\s\p{Ll}+$/u.test(subject.trim())) return known;
    const named = nameNouns(subject.trim(), before, "\u0000");
    return named === subject.trim() ? undefined : named.replace(/^The\s/, "the ");
  };
}

/** Capitalised only because they open a sentence: never part of a post. */
const SENTENCE_OPENER =
  /^(?:(?:Though|Although|While|But|And|However|When|If|As|After|Before|Since|Meanwhile|Still|Yet|Then|Now|Also|Even|In|On|At|For|With|Under|Earlier|Later|Last|This|That)\s)+/;

const OFFICIAL_BEFORE =
  /\b(?:[Mm]inister|[Pp]resident|[Gg]overnor|[Ss]ecretary|[Cc]hancellor|[Pp]remier|[Aa]mbassador|[Aa]dministrator|[Dd]irector[- ]General|[Cc]hairman|[Cc]hairperson|[Cc]hair|[Cc]ommissioner|[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman|[Ss]peaker|[Ss]enator|[Ss]ecretary-General|[Cc]hief Executive|[Cc]EO|[Mm]ayor|[Kk]ing|[Qq]ueen|[Pp]rince|[Pp]ope|[Gg]eneral|[Aa]dmiral)\s+(?:[\p{Lu}][\p{L}.'-]*\s){0,3}$/u;

/** Words of a minister's portfolio, which an "and" joins inside one post ("Information and Broadcasting Minister"). */
const PORTFOLIO =
  "Information|Broadcasting|Commerce|Industry|Science|Technology|Trade|Finance|Corporate|Affairs|Welfare|Family|Health|Environment|Forests|Climate|Petroleum|Natural|Gas|Housing|Urban|Rural|Development|Food|Consumer|Labour|Employment|Youth|Sports|Women|Child|Power|Energy|Fisheries|Husbandry|Skill|Road|Transport|Highways|Ports|Shipping|Electronics|Communications|Culture|Tourism|Law|Justice|Education|Agriculture|Farmers|Mines|Coal|Steel|Textiles|Railways|Defence|Home|External|Foreign|Economy|Planning|Budget|Interior|Security";

/** "Union minister ", "Union Railways and Information minister ", in any case, right before a name. */
const UNION_MINISTER_BEFORE = new RegExp(
  String.raw`(?:^|[\s,“"”])((?:Union|Cabinet|State)\s(?:(?:${PORTFOLIO})\s(?:and\s)?){0,3}[Mm]inister(?:\sof\sState)?)\s$`,
  "iu",
);

/**
 * Who speaks a quote of several sentences: the person named outside the quote in its paragraph
 * ("Union Health Minister JP Nadda said on X: “…", "…,” Nadda said."), with the post the article
 * gives them anywhere ("Union Health Minister JP Nadda"). Undefined for nobody, or for someone
 * with no post (a commentator's words are not the news).
 */
function quoteSpeaker(
  paragraph: number,
  sentences: readonly Sentence[],
  mentions: readonly Mentions[],
  aliases: ReadonlyMap<string, string>,
  postBefore: (before: string) => string | undefined,
): string | undefined {
  // The quote's own paragraph first; the paragraph before only when its own names nobody ("“…,” he said" after "X said: “…”").
  const own = speakersIn(
    sentences.filter((x) => x.paragraph === paragraph),
    mentions,
    aliases,
  );
  const names =
    own.length > 0
      ? own
      : speakersIn(
          sentences.filter((x) => x.paragraph === paragraph - 1),
          mentions,
          aliases,
        );
  if (names.length !== 1) return undefined;
  const name = names[0]!;
  for (const x of sentences) {
    const at = plain(x.text).indexOf(name);
    if (at < 0) continue;
    const post = postBefore(plain(x.text).slice(0, at));
    if (post) return `${post} ${name}`;
  }
  return undefined;
}

/** The people a paragraph names outside its quotes (in full where the article gave the full name). */
function speakersIn(near: readonly Sentence[], mentions: readonly Mentions[], aliases: ReadonlyMap<string, string>): string[] {
  const people: string[] = [];
  for (const x of near) {
    const t = plain(x.text);
    // Outside the quote: before its opening mark, or after its closing one.
    const open = t.indexOf('"');
    const close = t.lastIndexOf('"');
    const outside = (c: Candidate): boolean =>
      !x.quoted ? open < 0 || c.end <= open || (close > open && c.outerStart > close) : close >= 0 && c.outerStart > close;
    for (const c of mentions.find((m) => m.sentence === x.index)?.candidates ?? [])
      if (c.kind === "person" && outside(c)) people.push(aliases.get(c.text) ?? c.text);
  }
  return [...new Set(people)];
}

/**
 * An official's post written before their name, with whose post it is: "IAEA Director General",
 * "U.S. Energy Secretary" (not a bare "Prime Minister", which does not say of which country).
 *
 * @example titleBefore("…,” IAEA Director General ") // "IAEA Director General"
 */
function titleBefore(before: string): string | undefined {
  // "COP28 President", "G20 Sherpa": a body's name may hold a number.
  // "Union Information and Broadcasting Minister": a post's own "and" / "of" joins its capitalised words.
  // "Vice Chief of Naval Staff": a chief's "of" too.
  const m = new RegExp(
    String.raw`(?:^|[\s,“"”])((?:[\p{Lu}][\p{L}\p{N}.&'’-]*\s(?:(?<=\b(?:${PORTFOLIO}|Chief)\s)(?:and|of|for)\s(?=[\p{Lu}]))?){2,7})$`,
    "u",
  ).exec(before);
  // "Though India's Foreign Secretary …": a sentence's opening word is no part of the post; nor is "Incumbent" or "Outgoing".
  // "Vice Chief of Naval Staff Vice Admiral": the service rank after a post is the holder's rank, not the post.
  const title = m?.[1]
    ?.trim()
    .replace(SENTENCE_OPENER, "")
    .replace(/^(?:Incumbent|Outgoing|Incoming|Former|Then|Acting|Interim|Newly|New|Current|Caretaker)\s/, "")
    .replace(
      /(?<=\b(?:Staff|Command|Operations|Forces))\s(?:Vice\s|Rear\s|Air\s|Lieutenant\s|Major\s|Group\s|Wing\s)?(?:Admiral|General|Marshal|Captain|Commander|Commodore|Brigadier|Colonel)$/,
      "",
    );
  if (!title || !(OFFICIAL_BEFORE.test(`${title} `) || /\bChief of (?:the\s)?(?:[\p{Lu}][\p{L}]*\s?){1,3}$/u.test(title))) return undefined;
  const posts =
    /\b(?:Minister|President|Governor|Secretary|Chancellor|Premier|Ambassador|Administrator|Director|General|Chairman|Chairperson|Chair|Commissioner|Speaker|Senator|Secretary-General|Chief|Executive|CEO|Mayor|Prime|Foreign|Finance|Defence|Defense|Energy|Vice|Deputy|Health|Home|External|Affairs|Trade|Commerce)\b/g;
  // Whose post: a body or a country besides the words of the post.
  return /[\p{Lu}]/u.test(
    title
      .replace(posts, "")
      .replace(/['’]s\b/g, "")
      .trim(),
  )
    ? title
    : undefined;
}

/**
 * A sentence of speculation or commentary: "could", "might", "may" outside quotes, or what
 * analysts, economists or experts say. Examiners ask what happened and what was decided.
 */
function speculative(text: string): boolean {
  const t = plain(text).replace(/"[^"]*"/g, "");
  // "Rystad forecasts that a two-month war will push …": a scenario, not a fact.
  if (/\b(?:forecasts?|predicts?|projects?|reckons?)\s+that\b/.test(t)) return true;
  // "must" is a rule's obligation, a fact; "could", "may", "should" are not. A modal inside a relative clause after a comma
  // ("…, producing an agreement that even its supporters may see as insufficient") hedges that clause, not the statement before it.
  const main = t.replace(/,\s[a-z]+ing\s[^,;]*?\b(?:that|which|who)\s[^,;]*$/, "");
  if (/\b(?:could|might|may|should|ought to)\b/.test(main)) return true;
  return /\b(?:said|say|says|told|noted|warned|argued|believes?|expects?|estimates?|forecasts?|predicts?)\b/.test(t) && COMMENTATOR.test(t);
}

/**
 * A sentence that reports what a person says who holds no office: "…, said Tobin Marcus, head
 * of policy at a research firm", "Kharad said …", with no figure or named thing in it.
 * Officials, governments and bodies are news.
 */
function commentary(text: string, cands: readonly Candidate[]): boolean {
  const t = plain(text);
  // "the dissonance between Tehran and New Delhi has been hard to miss", "The market sent a clear signal that …": the writer's reading.
  if (/\b(?:(?:has been|is|was|were|are) (?:hard|difficult) to (?:miss|ignore|overlook)|sent a clear signal)\b/.test(t)) return true;
  // A figure, a date or a named project reported by a commentator is still a fact of the story.
  if (cands.some((c) => ["number", "percent", "money", "quantity", "date", "year", "duration", "named"].includes(c.kind))) return false;
  for (const c of cands) {
    if (c.kind !== "person" || c.category === "official") continue;
    const before = t.slice(0, c.outerStart);
    const after = t.slice(c.end);
    const speaks =
      /\b(?:said|says|told|added|noted|wrote|warned|argued|explained|according to)\s+(?:[\p{Lu}][\p{L}.'-]*\s)*$/u.test(before) ||
      /^(?:(?:,[^,]{0,90}){1,3},)?\s+(?:said|says|told|added|noted|wrote|warned|argued|explained|believes|thinks)\b/u.test(after);
    if (speaks && !OFFICIAL_BEFORE.test(before)) return true;
  }
  return false;
}

/** [start, end) of every quoted stretch of a sentence. */
function quoteRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of plain(text).matchAll(/"[^"]*"/g)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}

/** A name the sentence introduces in quotes: called "…", known as "…", dubbed "…". */
const NAMED_AS = /\b(?:called|known as|dubbed|named|termed|titled)\s+(?:the\s|a\s|an\s)?["']$/;

/**
 * A candidate an examiner could ask for: not the wording of a quote, not the speaker or the
 * source of a report ("according to X", "X said", "a Reuters poll").
 */
function askable(text: string, c: Candidate, quotes: ReadonlyArray<[number, number]>, speech: boolean): boolean {
  const t = plain(text);
  const inQuote = quotes.some(([a, b]) => c.outerStart > a && c.end < b);
  // A name the sentence gives in quotes ("a time series dubbed “Groundsource.”") is the news, whatever its kind.
  const dubbed = NAMED_AS.test(t.slice(0, c.outerStart));
  if (inQuote && !dubbed && (speech || c.category !== "term")) return false;
  if (c.category === "term" && speech) return false;
  // A quoted phrase is a term only when it names something: a "C grade" rating, known as "shunto".
  if (
    c.category === "term" &&
    !/^["']\s+(?:rating|grade|status|tag|label|category|list|mark|scheme|programme|program|mission|plan|policy|principle|doctrine|strategy|initiative)\b/.test(
      t.slice(c.end),
    ) &&
    !NAMED_AS.test(t.slice(0, c.outerStart))
  )
    return false;
  const beforeText = t.slice(0, c.outerStart);
  const afterText = t.slice(c.end);
  // Examples, not facts: "platforms like X and Y", "such as X".
  if (
    /\b(?:like|such as|including|includes|include)\s+(?:[\p{L}.&'-]+,?\s+){0,6}(?:and\s+|or\s+)?$/u.test(beforeText) &&
    !["percent", "money", "number", "quantity", "date", "year", "duration"].includes(c.kind) &&
    // "companies such as Filatex have already cut production": the one example is the clause's subject, and the fact is its own.
    !(/\b[a-z]+s\s+such as\s+$/.test(beforeText) && /^\s+(?:have|has|had|are|is|were|was|will)\s/.test(afterText))
  )
    return false;
  // A commentator's employer or post: "head of X at Y", "an analyst at Y".
  if (
    /\b(?:head|director|analyst|economist|fellow|partner|manager|strategist|officer|associate|chief|professor|researcher|adviser|advisor|founder|president|vice president|managing director)\s+(?:of\s+[^,]{0,40}\s+)?(?:at|of)\s+(?:the\s+)?$/i.test(
      beforeText,
    ) &&
    (c.kind === "organisation" || c.kind === "other" || c.kind === "named")
  )
    return false;
  if (
    /^(?:head|director|chief) of\s/i.test(
      t
        .slice(Math.max(0, c.outerStart - 20), c.outerStart)
        .split(/[,;]/)
        .pop() ?? "",
    ) &&
    c.kind === "other"
  )
    return false;
  // "BOJ governor Kazuo Ueda": the body names the person's post, the name gives it away.
  if (
    (c.kind === "organisation" || c.kind === "country") &&
    /^\s+(?:governor|chief|chairman|chairwoman|chair|president|ceo|head|spokesperson|spokesman|spokeswoman|minister|secretary|director|envoy|ambassador)\b/i.test(
      afterText,
    )
  )
    return false;
  // A post is never the answer ("the CEO of Upstream Tech"): the product asks what people did, not their job titles.
  if (
    /^(?:CEO|chief|head|director|president|chair(?:man|woman)?|founder|co-founder|managing director|vice president|analyst|economist|professor|spokes(?:person|man|woman))\b/i.test(
      c.text,
    ) &&
    c.kind !== "person"
  )
    return false;
  // An epithet ("the South Asian nation", "the Gulf state") stands for a country the article names: blanking it asks for a style.
  if (
    /\bthe\s$/i.test(beforeText) &&
    /^\s(?:island\s)?(?:nation|country|state|kingdom|republic|economy|giant|power)\b/.test(afterText) &&
    c.kind !== "organisation"
  )
    return false;
  // A person as a possessor ("President Donald Trump's tariff regime") is not what the sentence says.
  if (c.kind === "person" && /^['’]s?\b/.test(afterText)) return false;
  if (["person", "organisation", "named", "other", "place", "country"].includes(c.kind)) {
    const after = t.slice(c.end);
    const before = t.slice(0, c.outerStart);
    const speaker =
      /^(?:,[^,]{0,80},)?\s+(?:said|says|told|added|noted|wrote|warned|argued|explained|stressed|reported|estimated|estimates|forecasts?)\b/.test(after) ||
      (/\b(?:according to|said|says|told|per|citing|cited by|reported by)\s+(?:the\s|a\s)?(?:[\p{L}.'-]+\s){0,3}$/iu.test(before) &&
        !/(?:\bmet|\bwith|(?<!according)\sto)\s+$/.test(before) &&
        // "The WHO said Friday that COVID-19 no longer qualifies …": the subject of what was said, not its speaker.
        !/\bthat\s+(?:the\s)?$/i.test(before));
    // A speaker is asked only when an official post names them and no commentator's description follows.
    // An official source is news ("according to the Indian government's Economic Survey", "… the statistics ministry").
    const officialSource =
      /\baccording to\s+(?:the\s)?(?:[\p{L}.'’-]+\s){0,3}$/iu.test(before) &&
      (c.kind === "named" || c.kind === "organisation") &&
      (/\bgovernment['’]s\s$/i.test(before) || OFFICIAL_SOURCE.test(c.text));
    if (speaker && !officialSource && (!OFFICIAL_BEFORE.test(before) || COMMENTATOR.test(after.slice(0, 90)) || c.kind !== "person")) return false;
    if (/^\s+(?:poll|survey|report|analysis|data|estimates?|calculations?|research|study|note|statement|filing|release)\b/.test(after) && c.kind !== "named")
      return false;
  }
  return true;
}

/** A clause that states a fact: not a commentator's view ("X said that …", "he added that …"). */
function factual(
  ps: ParsedSentence,
  clause: Clause,
  text: string,
  cands: readonly Candidate[],
  resolve: (subject: string) => string | undefined,
  officials: ReadonlySet<string> = new Set(),
): boolean {
  const v = clause.verb;
  if (!SPEECH_VERB.test(v.root)) return true;
  const subject = text.slice(clause.subject[0], clause.subject[1]);
  // "It said each of its 32 member countries …": the body the sentence before names, speaking.
  if (/^it$/i.test(subject.trim())) return resolve("It") !== undefined;
  if (/^(?:he|she|they|i|we)$/i.test(subject.trim())) return false;
  // "The Pharmarack report noted that …", "Data from the ministry showed …": a document reports, nobody opines.
  if (/\b(?:report|survey|data|study|statement|filing|release|figures|statistics|minutes|census|estimates)$/i.test(subject.trim())) return true;
  const speaker = cands.find((c) => c.start >= clause.subject[0] && c.end <= clause.subject[1]);
  if (!speaker && /^\p{Lu}[\p{L}'’-]+$/u.test(subject.trim()) && officials.has(subject.trim())) return true;
  // What a government, a central bank or an official says is news; what a commentator thinks is not.
  return !!speaker && (speaker.kind === "organisation" || speaker.kind === "country" || (speaker.kind === "person" && speaker.category === "official"));
}

/** A question's id: its article, its sentence's text, the answer span and the type (never the prompt). */
function questionIdFor(articleId: string, sentence: string, answer: string, type: QuestionType): string {
  return `q_${stableHash([articleId, stableHash([sentence]), answer, type])}`;
}

/** A fact's id: its article, its sentence's text and the answer span. */
function factIdFor(articleId: string, sentence: string, answer: string): string {
  return `f_${stableHash([articleId, stableHash([sentence]), answer])}`;
}

/**
 * A cloze of the whole sentence, for a sentence that stands on its own: no pronoun or vague
 * subject to resolve, relative times and leading connectives left out.
 */
function sentenceCloze(text: string, c: Candidate, resolve: (subject: string) => string | undefined, published?: string): Draft | undefined {
  // A long sentence is asked without the aside that trails its answer ("…, in what the government described as …", "…, driving up …",
  // "… even as it ordered …"); what is cut is no part of the question, its pronouns included.
  const aside = text.split(/\s+/).length > 30 ? (TRAILING_ASIDE.exec(text.slice(c.end)) ?? TRAILING_CONTRAST.exec(text.slice(c.end))) : null;
  if (aside && text.slice(0, c.end + aside.index).split(/\s+/).length >= 8) text = `${text.slice(0, c.end + aside.index).replace(/[\s,;:]+$/, "")}.`;
  // "It is understood that the agreement will …": the clause the hedge opens, on its own.
  const hedge = hedgeLength(text);
  if (hedge > 0) {
    if (c.outerStart < hedge) return undefined;
    const rest = text.slice(hedge);
    const shift = (n: number): number => n - hedge;
    return sentenceCloze(
      `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`,
      { ...c, start: shift(c.start), end: shift(c.end), outerStart: shift(c.outerStart) },
      resolve,
      published,
    );
  }
  const t = plain(text);
  const opening = t.replace(OPENING_CONNECTIVE, "");
  // A vague opening subject is named from the article ("The country" → "Japan") or the sentence is not asked.
  // "It takes 13 days for …": an "it" that stands for nothing.
  // "The latest changes come just months after the Indian government, in October 2025, reduced …": the clause
  // after a subject that only dates it is asked on its own ("The Indian government, in ____, reduced …").
  const timing = timingCut(opening);
  if (timing > 0) {
    const cut = t.length - opening.length + timing;
    if (c.outerStart < cut) return undefined;
    const rest = text.slice(cut);
    const clause = rest.charAt(0).toUpperCase() + rest.slice(1);
    const shift = (n: number): number => n - cut;
    return sentenceCloze(clause, { ...c, start: shift(c.start), end: shift(c.end), outerStart: shift(c.outerStart) }, resolve, published);
  }
  // "This is the first time a commercial reactor … has been approved by the NRC in more than 40 years."
  // → "A commercial reactor … has been approved by the NRC for the first time in more than 40 years."
  const first = t === opening ? FIRST_TIME_PREFIX.exec(t) : null;
  if (first) {
    const cut = first[0].length;
    if (c.outerStart < cut) return undefined;
    const body = text.slice(cut).replace(/[.\s]+$/, "");
    const span =
      /\s(?:in|since|for)\s(?:(?:more than|over|nearly|almost|about|around|at least|just over)\s)?(?:\d[\d,]*|an?|two|three|four|five|six|seven|eight|nine|ten|several|many)\s(?:years?|decades?|months?|weeks?|days?)$/.exec(
        body,
      );
    const at = span ? span.index : body.length;
    const insert = " for the first time";
    const rewritten = `${body.charAt(0).toUpperCase()}${body.slice(1, at)}${insert}${body.slice(at)}.`;
    const shift = (n: number): number => n - cut + (n - cut >= at ? insert.length : 0);
    return sentenceCloze(rewritten, { ...c, start: shift(c.start), end: shift(c.end), outerStart: shift(c.outerStart) }, resolve, published);
  }
  const expletive = /^It\s(?:takes|took|will take|would take)\s/.test(opening);
  const pronoun = expletive ? undefined : (PRONOUN_SUBJECT.exec(opening) ?? VAGUE_SUBJECT.exec(opening))?.[0];
  // "Those breaches have led …": a demonstrative before its noun is named as the noun phrase ("the breaches of the rule of law").
  const phrase = pronoun && /^(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)$/.test(pronoun) ? demonstrativePhrase(opening, resolve) : undefined;
  const vague = phrase?.[0] ?? pronoun;
  const named = vague === undefined ? undefined : (phrase?.[1] ?? resolve(vague));
  // "The changes, published on Tuesday as amendments to India's 2021 IT Rules, …": the sentence names its own subject.
  const described = vague !== undefined && describedHere(opening, vague);
  if (vague !== undefined && named === undefined && !described) return undefined;
  // "this year", "earlier this month" are times the article's date anchors, not pronouns.
  const outside = withoutInnerReferences(dropDeicticOpener(t))
    .replace(/"[^"]*"/g, "")
    .replace(
      /\b(?:this|these)\s(?:year|month|week|quarter|morning|afternoon|evening|time|weekend|season|decade|century|spring|summer|autumn|fall|winter)\b/gi,
      "",
    );
  // "… after 45 straight months of surpassing it": the object of a gerund points back inside the sentence.
  // So does ", most of them young children," in the middle of a whole sentence.
  const own = outside
    .replace(/(?<=\b[a-z]{3,}ing\s)(?:it|them)\b(?=[\s.,;]*$)/, "")
    .replace(/,\s(?:most|many|some|several|all|both|each|none|half|one|two|three|four|five|a few)\sof\s(?:them|it)\b/gi, ",")
    // "… patrolling in Depsang and Demchok areas as there were issues in these two areas": a noun the sentence said before.
    .replace(/\b(?:these|those)\s(?:(?:two|three|four|both)\s)?(\p{Ll}{3,})\b/gu, (m, noun: string, at: number, all: string) =>
      new RegExp(`\\b${noun}\\b`).test(all.slice(0, at)) ? "" : m,
    )
    // "India on Monday announced that it has reached …": the "it" of what a named subject says is that subject.
    .replace(
      /(\b\p{Lu}[\p{L}.]+(?:\s(?:on|last)\s\p{Lu}\p{Ll}+)?\s(?:said|says|announced|announces|stated|confirmed|added|declared)\s(?:on\s\p{Lu}\p{Ll}+\s)?that\s)it\b(?=\s(?:has|had|is|was|will|would|plans|aims|expects|wants|intends)\b)/u,
      "$1",
    );
  // Case matters: "IT Rules" is no pronoun.
  // "Those breaches have led …" named from the article ("The breaches of the rule of law") is no pronoun left.
  const unnamed = vague !== undefined && named !== undefined && own.startsWith(vague) ? own.slice(vague.length) : own;
  if (/\b(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]his|[Tt]hese|[Tt]hose|[Ii]t|[Hh]im|[Hh]er|[Tt]hem)\b/.test(expletive ? unnamed.replace(/^(?:It|This)\b/, "") : unnamed))
    return undefined;
  if (text.split(/\s+/).length > 45) {
    // "The Union Cabinet … approved extension of the PMGKAY for another five years, under which 5 kg of free food grains …":
    // the main clause before a trailing relative clause, when the answer is in it.
    const rel = /,\s(?:under which|which|where|in which|with which|at a cost of)\s/.exec(text.slice(c.end));
    const main = rel ? `${text.slice(0, c.end + rel.index)}.` : undefined;
    const n = main?.split(/\s+/).length ?? 0;
    return main && n >= 8 && n <= 45 ? sentenceCloze(main, c, resolve, published) : undefined;
  }
  const draft = makeCloze(text, c.start, c.end);
  if (!draft) return undefined;
  let prompt = anchorTimes(dropDeicticOpener(draft.prompt), published)
    .replace(/^[\s,;:]+/, "")
    .replace(PROMPT_CONNECTIVE, "")
    .replace(/\s+([,;:.])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  if (vague !== undefined && named !== undefined) {
    const at = prompt.toLowerCase().indexOf(vague.toLowerCase());
    if (at < 0) return undefined;
    prompt = prompt.slice(0, at) + nameFor(vague, named, at === 0) + prompt.slice(at + vague.length);
  }
  prompt = prompt.charAt(0).toUpperCase() + prompt.slice(1);
  // "the previous quarter" is named later from the quarter the article named before (namedQuarter); the last check sees the named one.
  if (!prompt.includes(BLANK) || !readsWell(prompt.replace(BLANK, "X").replace(/\b(?:previous|preceding|prior) quarter\b/i, "June quarter"), text))
    return undefined;
  return { ...draft, prompt };
}

/** The opening "Those breaches" (one or two lower-case words after the demonstrative) and what the article names it, if it does. */
function demonstrativePhrase(opening: string, resolve: (subject: string) => string | undefined): [string, string] | undefined {
  const m = /^(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s(\p{Ll}+)(?:\s(\p{Ll}+))?/u.exec(opening);
  if (!m) return undefined;
  for (const phrase of [m[0].split(" ").slice(0, 2).join(" "), m[2] ? m[0] : undefined]) {
    const name = phrase ? resolve(phrase) : undefined;
    if (phrase && name) return [phrase, name];
  }
  return undefined;
}

/** What follows a sentence's opening name when it is the subject: its verb, after its acronym or a day ("(RBI) on Friday cut"). */
const OPENED_BY =
  /^(?:\s\([\p{Lu}\p{N}&.-]{2,12}\))?(?:\s(?:on|last)\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)|\son\s\p{Lu}\p{Ll}+\s\d{1,2}(?:,\s\d{4})?)?\s+(?:also\s)?(?:[a-z]+ed|has|had|is|was|will|said|says|cut|set|kept|held|won|led|made|left)\b/u;

/** A sentence's leaning opener ("However, …", "In a statement, …"), and a prompt's ("Even so, …", "Though …"). */
const OPENING_CONNECTIVE = new RegExp(`^(?:${CONNECTIVE}|In (?:a|the) [^,]{1,40}),?\\s+`, "i");
const PROMPT_CONNECTIVE = new RegExp(`^(?:${CONNECTIVE}|Though|Although),?\\s+`);

/** An aside after a clause that a long prompt can do without. */
const TRAILING_ASIDE =
  /,\s(?:with|driving|making|leaving|adding|according to|including|citing|prompting|raising|pushing|sending|bringing|underlining|reflecting|suggesting|marking|set out in|in what|a move|in a move|in a bid)\b/;

/** A second clause a long sentence adds without a comma: "… upheld the revocation of Article 370 even as it ordered elections …". */
const TRAILING_CONTRAST = /\s(?:even as|even though|even while|whereas)\s/;

/** A contrast that states a clause of its own: "While millions of barrels flow to China, …" (not "While visiting …"). */
const CONTRAST = /^(?:While|Whereas|Although|Though|Even though|Even as)\s(?![a-z]+ing\b)/;

/** "This is the first time …", "It was the first time …": a "this" the rest of the sentence explains, followed by a clause of its own. */
const FIRST_TIME_PREFIX = /^(?:This|It)\s(?:is|was|marks|marked|will be)\s(?:also\s)?the\sfirst\stime\s(?:that\s)?(?=(?:a|an|the|[\p{Lu}])\b)/u;

/**
 * How much of a sentence is a subject that only dates the clause after it: "The latest changes come
 * just months after ", "Her trip to Beijing came as ", "The situation has been further complicated
 * after ". 0 when there is none, or what follows is not a clause of its own with a named subject.
 */
function timingCut(sentence: string): number {
  const m =
    /^(?:[Tt]he|[Tt]hese|[Tt]his|[Tt]hose|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)\s(?:[\p{L}-]+\s){0,4}?(?:comes?|came|has come|have come|has been (?:further\s)?complicated|was (?:further\s)?complicated)\s(?:(?:just|only|shortly|soon|days|weeks|months|years|a day|a week|a month|a year|two|three|four|five|six|several|a few)\s){0,3}(?:as|while|when|after|since|amid)\s/u.exec(
      sentence,
    );
  if (!m) return 0;
  // The clause after opens with a name ("the Indian government", "the KMT") and has a verb of its own.
  const rest = sentence.slice(m[0].length);
  return /^(?:the\s)?\p{Lu}[^,]*?(?:,[^,]{1,30},)?\s(?:[a-z]+(?:ed|es|s)|is|was|are|were|has|had|will|would|met|took|made|won|lost|hit|cut|set)\b/u.test(rest)
    ? m[0].length
    : 0;
}

/**
 * A cloze of the one clause of a sentence that holds the answer, when the whole sentence cannot be
 * asked: "Two Indian ships transited the Strait of Hormuz on Friday, but this does not signify …"
 * → "Two Indian ships transited the ____ on Friday." A later clause is asked only when it opens
 * with a name of its own ("…, but the Department of Energy …"), never with a pronoun.
 */
function clauseCloze(text: string, c: Candidate, resolve: (subject: string) => string | undefined, published?: string): Draft | undefined {
  const spans = clauseSpans(text);
  if (spans.length === 1) return undefined;
  const k = spans.findIndex(([st, en]) => c.outerStart >= st && c.end <= en);
  if (k < 0) return undefined;
  const [start, to] = spans[k]!;
  // "…, and that the preliminary results will be published on March 23": the reported clause itself.
  // "While millions of barrels flow to China …, India is yet to …": a contrast states its own clause as a fact.
  const contrast = k === 0 ? CONTRAST.exec(text.slice(start, to)) : null;
  const from = start + (/^that\s/.test(text.slice(start, to)) && k > 0 ? 5 : 0) + (contrast ? contrast[0].length : 0);
  const part = text.slice(from, to).replace(/[\s.,;:]+$/, "");
  // A later clause opens with a subject of its own (a name, or "the …" the cloze checks), never a pronoun,
  // and has a verb: "…, and Meta on July 1 of that same year" leaves its verb in the clause before.
  if (k > 0 && !/^(?:the\s)?[\p{Lu}]|^the\s[a-z]/u.test(part)) return undefined;
  const unattributed = part.replace(/,\s[^,]{1,60}\s(?:said|says|told\s[^,]{1,40}|reported|added|noted)$/, "");
  if (
    k > 0 &&
    !/\s(?:[a-z]+(?:ed|es|s)|is|are|was|were|has|have|had|will|would|can|could|must|may|said|made|took|won|met|cut|set|began|rose|fell|grew|led|held|left)\b/.test(
      unattributed,
    )
  )
    return undefined;
  if (part.split(/\s+/).length < 6) return undefined;
  const clause = `${part.charAt(0).toUpperCase()}${part.slice(1)}.`;
  const shift = (n: number): number => n - from;
  return sentenceCloze(clause, { ...c, start: shift(c.start), end: shift(c.end), outerStart: shift(c.outerStart) }, resolve, published);
}

/** A cloze of what an apposition says ("The textile industry is India's ____ employer …"), when nothing else in the sentence can be asked. */
function appositionCloze(text: string, c: Candidate): Draft | undefined {
  const statement = appositionStatement(text, c);
  const answer = text.slice(c.start, c.end);
  const at = statement?.indexOf(answer) ?? -1;
  if (!statement || at < 0) return undefined;
  const draft = makeCloze(statement, at, at + answer.length);
  return draft && readsWell(draft.prompt.replace(BLANK, "X")) ? draft : undefined;
}

/**
 * The cloze of the sentence or of its one clause: the whole sentence first, but a contrast's own
 * clause first ("While most of the carbonate goes to Japan, Peru …": the shorter question).
 */
function clozeOfSentence(text: string, c: Candidate, resolve: (subject: string) => string | undefined, published?: string): Draft | undefined {
  const whole = (): Draft | undefined => sentenceCloze(text, c, resolve, published);
  const part = (): Draft | undefined => clauseCloze(text, c, resolve, published);
  return CONTRAST.test(text) ? (part() ?? whole()) : (whole() ?? part());
}

/** "Hajime Takata … proposed a rate hike to ____.": what a relative clause says of a name (rules/relative), when nothing else in the sentence can be asked. */
function relativeCloze(
  text: string,
  c: Candidate,
  all: readonly Candidate[],
  resolve: (subject: string) => string | undefined,
  published?: string,
): Draft | undefined {
  const r = relativeStatement(text, c, all, resolve);
  if (!r) return undefined;
  const move = (n: number): number => n + r.shift;
  return sentenceCloze(r.text, { ...c, start: move(c.start), end: move(c.end), outerStart: move(c.outerStart) }, resolve, published);
}

/** "The BOJ's inflation target is ____, as of March 2026.": a held figure (rules/possessive-figure), when nothing else in the sentence can be asked. */
function heldCloze(text: string, c: Candidate, published?: string): Draft | undefined {
  const statement = possessiveFigure(text, c);
  const answer = text.slice(c.outerStart, c.end);
  const at = statement?.lastIndexOf(answer) ?? -1;
  if (!statement || at < 0) return undefined;
  const asOf = monthOf(published);
  const draft = makeCloze(statement, at, at + answer.length);
  if (!draft) return undefined;
  const prompt = asOf ? draft.prompt.replace(/\.$/, `, as of ${asOf}.`) : draft.prompt;
  return readsWell(prompt.replace(BLANK, "X")) ? { ...draft, prompt } : undefined;
}

/**
 * The wrong option a false statement swaps in: of a kind whose swap stays plausible, the nearest
 * figure (7.2% → 6.9%, not 14.4%), never a country that possesses a post ("Saudi Arabia's supreme leader").
 */
function swapFor(c: Candidate, distractors: readonly string[], sentence: string): string | undefined {
  if ((c.kind === "organisation" && !c.category) || c.kind === "other" || c.kind === "named") return undefined;
  if (possessorPlace(sentence, c)) return undefined;
  // "Romania and Ukraine agreed to a local ceasefire": one side of a pair or a conflict swapped for a bystander is absurd.
  if (pairedCountry(sentence, c) || otherSide(sentence, c)) return undefined;
  // "San Diego, California": the second place is given by the first; a swap reads as a mistake, not a claim.
  if (placeGivenBefore(sentence, c)) return undefined;
  // A member of a list of peers swapped for an outsider reads as absurd ("Ukraine, Iraq, Kuwait and the UAE exported …").
  if ((c.kind === "country" || c.kind === "place" || c.kind === "organisation") && listSize(sentence, c) >= 3) return undefined;
  // "Russia's invasion of the United Arab Emirates": the object of a named country's act is no plausible swap.
  if (
    (c.kind === "country" || c.kind === "place") &&
    /['’]s\s+(?:[a-z-]+\s+){1,2}(?:of|on|against|in)\s+(?:the\s)?$/.test(plain(sentence).slice(0, c.outerStart))
  )
    return undefined;
  // "U.S. Vice President JD Vance" → "… Vladimir Putin": a post belongs to one country, a swap of its holder is absurd.
  if (
    c.kind === "person" &&
    /\b(?:President|Minister|Secretary|Governor|Chancellor|Premier|King|Queen|Prince|Chairman|Chair|Director|Administrator|Ambassador|Speaker|Leader|Commissioner)\s+$/.test(
      plain(sentence).slice(0, c.outerStart),
    )
  )
    return undefined;
  // "the four astronauts" → "the seven astronauts" would be named back ("the Artemis II astronauts"): a group's size is not swapped.
  if (c.kind === "number" && /\bthe\s$/i.test(plain(sentence).slice(0, c.outerStart))) return undefined;
  if (c.value === undefined || !["percent", "money", "number", "quantity", "duration"].includes(c.kind)) return distractors[0];
  const ratio = (d: string): number => {
    const v = valueOf(d);
    return v === undefined || v <= 0 || !c.value ? Infinity : Math.abs(Math.log(v / c.value));
  };
  // "More than 33 nations" for "more than 30", "exceeded 6%" for "exceeded 5%" may still be true: a bound is never swapped, an "about" moves a quarter at least.
  if (boundOf(c, sentence) !== 0) return undefined;
  const least = c.qualifier ? Math.log(1.25) : 0;
  const best = [...distractors].filter((d) => ratio(d) >= least).sort((x, y) => ratio(x) - ratio(y))[0];
  return best !== undefined && ratio(best) <= Math.log(1.6) ? best : undefined;
}

/** The name that stands for a vague phrase: "the war" → "the Iran war" (a name headed by a common noun keeps its article). */
function nameFor(phrase: string, name: string, opening: boolean): string {
  // "The plant" → "the Zaporizhzhia nuclear plant"; "The country" → "the Philippines".
  // "India's textile industry" is named by its possessor: no article before it.
  const full = /^the\s/i.test(phrase) && !/^the\s/i.test(name) && /\s\p{Ll}+$/u.test(name) && !/['’]s?\s/.test(name) ? `the ${name}` : withThe(name);
  return opening ? full.charAt(0).toUpperCase() + full.slice(1) : full.replace(/^The\b/, "the");
}

/** "the country" → "Japan", "the plant" → "the Zaporizhzhia nuclear plant": vague phrases named from the article where it says. */
function named(prompt: string, resolve: (subject: string) => string | undefined, answer = ""): string {
  let out = prompt;
  // "The COP29 deal reached at the close of the two-week ____" (COP29 summit): a name that shares a word of the answer gives it away.
  const answerWords = new Set(answer.split(/\s+/).filter((w) => /^[\p{Lu}\d]/u.test(w)));
  for (const np of vagueNounPhrases(prompt)) {
    const r = resolve(np);
    if (!r || out.includes(r) || r.split(/\s+/).some((w) => answerWords.has(w))) continue;
    const at = plain(out).indexOf(np);
    if (at < 0) continue;
    out = out.slice(0, at) + nameFor(np, r, at === 0) + out.slice(at + np.length);
  }
  // "the ____ astronauts aboard the Orion spacecraft" → "the ____ Artemis II astronauts …": a count asked of a group the article names.
  const counted = /\bthe ____ (\p{Ll}+)\b/u.exec(out);
  if (counted) {
    const r = resolve(`the ${counted[1]}`);
    const name = r && new RegExp(`^the (.+) ${counted[1]}$`, "u").exec(r)?.[1];
    if (name && !out.includes(name) && !name.split(/\s+/).some((w) => answerWords.has(w)))
      out = `${out.slice(0, counted.index)}the ____ ${name} ${counted[1]}${out.slice(counted.index + counted[0].length)}`;
  }
  return out;
}

/** A country or place as a possessor: "Russia's invasion of Ukraine". */
function possessorPlace(sentence: string, c: Candidate): boolean {
  return (c.kind === "country" || c.kind === "place") && /^['’]s?\b/.test(plain(sentence).slice(c.end));
}

/**
 * A place the sentence's or headline's country gives away: "the Indian Ocean" beside "India",
 * a city standing for its country's government beside that country ("the U.S. and Iran agreed …,
 * with Tehran saying …").
 */
function namedByCountry(sentence: string, c: Candidate, headline: readonly string[]): boolean {
  if (c.kind !== "place") return false;
  const t = plain(sentence);
  const rest = `${t.slice(0, c.outerStart)} ${t.slice(c.end)} ${headline.join(" ")}`;
  const countries = countriesIn(rest);
  const own = c.text.split(/\s+/).map((w) => countryOf(w) ?? countryOfDemonym(w));
  if (/\s(?:Ocean|Sea|Gulf|Bay|Peninsula|Subcontinent|Plateau|Basin)$/.test(c.text) && own.some((x) => x !== undefined && countries.has(x))) return true;
  const city = c.category === "city" ? countryOfCity(c.text) : undefined;
  return city !== undefined && countries.has(canonicalCountry(city)) && !locative(t.slice(0, c.outerStart), t.slice(c.end), c);
}

/** A place right after another and a comma ("San Diego, California"): the first gives the second. */
function placeGivenBefore(sentence: string, c: Candidate): boolean {
  return (c.kind === "country" || c.kind === "place") && /[\p{Lu}][\p{L}]+,\s$/u.test(plain(sentence).slice(0, c.outerStart));
}

/** How many names a list holds around the candidate: "Saudi Arabia, Iraq, Kuwait and the United Arab Emirates" → 4. */
function listSize(sentence: string, c: Candidate): number {
  const t = plain(sentence);
  const NAME = String.raw`(?:the\s)?[\p{Lu}][\p{L}.'’&-]*(?:\s[\p{Lu}][\p{L}.'’&-]*){0,4}`;
  const leftRe = new RegExp(String.raw`(${NAME})(?:,\s|,?\s(?:and|or)\s(?:the\s)?)$`, "u");
  const rightRe = new RegExp(String.raw`^(?:,\s|,?\s(?:and|or)\s)(${NAME})`, "u");
  // "Turkish President, Recep Tayyip Erdogan, and Swedish Prime Minister, Ulf Kristersson": a post set off by commas is no item.
  let n = 1;
  let before = t.slice(0, c.outerStart);
  for (let m = leftRe.exec(before); m; m = leftRe.exec(before)) {
    if (!isPostName(m[1]!)) n++;
    before = before.slice(0, m.index);
  }
  let after = t.slice(c.end);
  for (let m = rightRe.exec(after); m; m = rightRe.exec(after)) {
    if (!isPostName(m[1]!)) n++;
    after = after.slice(m[0].length);
  }
  return n;
}

/** One end of a range of figures: "Around 5 million bpd to 6 million bpd". "From X to Y" is a change, not a range. */
function rangeEnd(sentence: string, c: Candidate): boolean {
  if (!FIGURE_KINDS.has(c.kind)) return false;
  const t = plain(sentence);
  const before = t.slice(0, c.outerStart);
  // "between 2027 and 2029": either year alone is half of one fact, and its wrong options cannot both fit the other end.
  if (
    c.kind === "year" &&
    (/\bbetween\s+$/i.test(before) || /\bbetween\s+(?:19|20)\d\d\s+and\s+$/i.test(before)) &&
    /^(?:\s+and\s+(?:19|20)\d\d\b|(?![\d-]))/.test(t.slice(c.end))
  )
    return /\band\s+$/i.test(before) || /^\s+and\s+(?:19|20)\d\d\b/.test(t.slice(c.end));
  // "a programme for the next 10 years from 2021 to 2031": one span of years; either end alone is half of it.
  if (c.kind === "year" && ((/\bfrom\s+$/i.test(before) && /^\s+to\s+(?:19|20)\d\d\b/.test(t.slice(c.end))) || /\bfrom\s+(?:19|20)\d\d\s+to\s+$/i.test(before)))
    return true;
  if (/\bfrom\s+(?:\S+\s+){0,3}$/i.test(before) || /\bbetween\s+(?:\S+\s+){0,3}$/i.test(before)) return false;
  // "cut the rate by 25 bps to 6.25 per cent": a change and the level it led to, not a range.
  if (/\bby\s+(?:about\s|around\s|nearly\s|almost\s)?$/i.test(before) || /\bby\s+(?:\S+\s+){1,3}to\s+(?:about\s|around\s)?$/i.test(before)) return false;
  // "lowered its growth forecast for 2026 to 1.4%": a year before "to" dates the figure; it is no end of a range of figures.
  if (c.kind !== "year" && /\b(?:19|20)\d\d\s+to\s+(?:about\s|around\s)?$/.test(before)) return false;
  return (
    /^\s*(?:to|-|–)\s*(?:about |around )?[$€£₹]?\d/.test(t.slice(c.end)) ||
    /\d[\d.,]*%?\s*(?:(?:million|billion|crore|lakh)\s)?(?:[a-z]+\s)?(?:to|-|–)\s*$/.test(before)
  );
}

/** The number of a percentage ("50.9%" → 50.9). */
const percentOf = (text: string): number | undefined => {
  const m = /(\d+(?:\.\d+)?)\s?(?:%|per ?cent|percent)/.exec(text);
  return m ? Number(m[1]) : undefined;
};

/** "Farfán had ____ of valid votes against 49.1% for Quispe": the prompt without the other share of a two-way split (it gives the answer away). */
function complementIn(prompt: string, c: Candidate, all: readonly Candidate[]): Candidate | undefined {
  const mine = c.kind === "percent" ? percentOf(c.text) : undefined;
  if (mine === undefined) return undefined;
  return all.find((x) => x !== c && x.kind === "percent" && prompt.includes(x.text) && Math.abs((percentOf(x.text) ?? -1000) + mine - 100) < 0.05);
}

function withoutComplement(prompt: string, c: Candidate, all: readonly Candidate[]): string {
  const other = complementIn(prompt, c, all);
  if (!other) return prompt;
  const esc = other.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // The other share goes with what it is for: "… of valid votes against 49.1% for Rafael Quispe" → "… of valid votes".
  return prompt.replace(new RegExp(String.raw`,?\s(?:against|versus|vs\.?|compared with)\s${esc}(?:\s(?:for|of|to)\s[^,.;?]+)?`), "");
}

/** "will run for five years, from ____ to 2030-31": one end of a span whose length the sentence gives is arithmetic. */
function spanEnd(prompt: string, c: Candidate): boolean {
  if (c.kind !== "year" && c.kind !== "date") return false;
  const t = plain(prompt).replace(BLANK, c.text);
  return (
    /\b(?:for|over)\s(?:\w+|\d+)\s(?:years|months)\b,?\s(?:from|between)\s/.test(t) &&
    new RegExp(
      `\\b(?:from|between)\\s${c.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s(?:to|and)\\s|\\b(?:from|between)\\s\\S+\\s(?:to|and)\\s${c.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`,
    ).test(t)
  );
}

/**
 * "172 million barrels, or 41% of the 415 million": a share a learner works out from the other two
 * figures the prompt still shows. Read on the prompt, not the sentence: "capacity reached ____" cut
 * before ", with an increase of 585 GW, representing 92.5% of …" leaves nothing to work it out from.
 */
function computable(prompt: string, c: Candidate, all: readonly Candidate[]): boolean {
  const t = plain(prompt);
  const at = t.indexOf(BLANK);
  const shown = (x: Candidate): boolean => x !== c && x.text !== c.text && t.includes(plain(x.text));
  const others = all.filter((x) => shown(x) && (x.kind === "money" || x.kind === "quantity" || x.kind === "number"));
  // "a ____ rise in capacity from 73.32 GW in 2023 to 97.86 GW in 2024": a change in per cent is worked out from its two ends.
  if (c.kind === "percent" && at >= 0 && /^\s*(?:rise|increase|growth|jump|fall|decline|drop|decrease)\b/.test(t.slice(at + BLANK.length))) {
    const ends = /\bfrom\s[^\d]{0,3}\d[\d.,]*\s?\S*(?:\s(?:in|at)\s[^,]{1,20})?\sto\s[^\d]{0,3}\d/.test(t.slice(at));
    if (ends && others.length >= 2) return true;
  }
  if (c.kind === "percent") return /(?:____|%)\s+of\b/.test(t) && others.length >= 2;
  if (!/%\s+of\b/.test(t)) return false;
  // "… represents 33% of the ____ in stockpiles": the whole a share is of is a fact of its own.
  const whole = at >= 0 && /%\s+of\s+(?:the\s|its\s|their\s|a\s|an\s)?$/.test(t.slice(0, at));
  return (
    !whole && (c.kind === "money" || c.kind === "quantity" || c.kind === "number") && others.length >= 1 && all.some((x) => x.kind === "percent" && shown(x))
  );
}

/**
 * "The developments also come as India and China show …" → "India and China show …": a vague
 * subject whose only predicate is that the clause after it happened at the same time.
 */
function dropTimingSubject(prompt: string): string {
  const m =
    /^(?:The|These|This)\s(?:[a-z-]+\s){0,2}?(?:developments?|moves?|rollout|changes?|steps?|decision|announcement|comments?|remarks?|talks|visit|trip|meeting|news|action|deal|agreement|order|rules)\s+(?:also\s+)?(?:comes?|came)\s+(?:as|while|when)\s+/.exec(
      prompt,
    );
  if (!m) return prompt;
  const rest = prompt.slice(m[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * The text without demonstratives that point back inside the same sentence ("reports of 2.6 million
 * floods, and turning those reports into …"): those need no earlier sentence.
 */
function withoutInnerReferences(text: string): string {
  return text.replace(/\b(?:this|these|those|that)\s([a-z]+?)(s?)\b/gi, (m, stem: string, _pl: string, at: number) =>
    stem.length >= 4 && new RegExp(`\\b${stem}s?\\b`, "i").test(text.slice(0, at)) ? "" : m,
  );
}

/**
 * Whether a vague subject is described by the sentence itself: "The changes, published on Tuesday as
 * amendments to India's 2021 IT Rules, bring …" needs no earlier sentence to be understood.
 */
function describedHere(text: string, phrase: string): boolean {
  if (!text.startsWith(phrase)) return false;
  return /^,\s(?:[a-z]+ed|made|set|built|written|drawn)\s[^,]*\p{Lu}[^,]*,\s/u.test(text.slice(phrase.length));
}

/** "those tariffs", "this move", "these rules": a thing said before, which a question on its own cannot point to. */
const DEMONSTRATIVE =
  /\b(?:this|these|those|that)\s+(?!(?:year|month|week|quarter|time|is|was|has|had|will|would|can|could|may|might)\b)(?:[a-z]+\s)?(?:tariffs?|moves?|rules?|measures?|steps?|changes?|decisions?|plans?|deals?|problems?|issues?|cuts?|increases?|vessels?|ships?|talks|reports?|figures?|levels?|projects?|efforts?|trends?|developments?|policies|policy|proposals?|funds?|attacks?|strikes?|comments?|remarks?|restrictions?|sanctions?|curbs?|breaches?|concerns?|risks?)\b/i;

/**
 * Whether a text leans on a thing said before: "these tariffs", "those breaches". A relative "that"
 * before a verb with its object ("a pact that cut the levy to 4%") is no demonstrative.
 */
function demonstrative(text: string): boolean {
  const re = new RegExp(DEMONSTRATIVE.source, "gi");
  for (const m of text.matchAll(re)) {
    if (/^that\b/i.test(m[0]) && /^\s+(?:(?:the|a|an|its|their|his|her|our|this|these)\b|\d|\p{Lu})/u.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    return true;
  }
  return false;
}

/** The regions of the vocabulary that a region's epithet names ("the South Asian nation" is one of South Asia's). */
const EPITHET_REGIONS: Readonly<Record<string, readonly string[]>> = {
  "South Asian": ["South Asia"],
  "East Asian": ["East Asia"],
  "Southeast Asian": ["Southeast Asia"],
  "South-East Asian": ["Southeast Asia"],
  "West Asian": ["West Asia"],
  "Central Asian": ["Central Asia"],
  Gulf: ["West Asia"],
  "Middle Eastern": ["West Asia"],
  European: ["Western Europe", "Eastern Europe"],
  African: ["Africa"],
  "Latin American": ["Americas"],
  "South American": ["Americas"],
};

/** An epithet that stands for a country: "the world's fastest-growing economy", "the world's largest democracy", "the South Asian nation" (a region of EPITHET_REGIONS). */
const EPITHET = new RegExp(
  String.raw`\b[Tt]he (?:world['’]s (?:fastest-growing|fastest growing|largest|biggest|second-largest|third-largest|fourth-largest|fifth-largest|most populous|oldest|youngest) (?:major )?(?:economy|democracy|nation)|(${Object.keys(EPITHET_REGIONS).join("|")}) (?:nation|country|state))\b`,
);

/** Whether an epithet fits the story's country: any "world's largest …" may (the article says so), a region's only its own countries. */
function epithetFits(epithet: RegExpExecArray | null, country: string): boolean {
  const region = epithet?.[1];
  if (!region) return true;
  const own = regionOfCountry(country);
  return own !== undefined && (EPITHET_REGIONS[region] ?? []).includes(own);
}

/**
 * A subject that only dates a hosting: "The rollout coincides with India's hosting of the AI Impact
 * Summit in New Delhi from February 16 to 20." → "India hosts the AI Impact Summit in New Delhi from
 * February 16 to 20." The host and the event are the fact; the vague subject goes.
 */
function hostingClause(prompt: string): string {
  const m =
    /^The\s(?:[a-z-]+\s){1,3}(coincides|coincided|comes|came)\s(?:with|ahead of|as|amid|after)\s((?:the\s)?[\p{Lu}][\p{L}.&-]*(?:\s[\p{Lu}][\p{L}.&-]*){0,3})['’]s?\shosting\sof\s/u.exec(
      prompt,
    );
  if (!m) return prompt;
  const host = m[2]!.replace(/^the\s/, "the ");
  const verb = /coincides|comes/.test(m[1]!) ? "hosts" : "hosted";
  const text = `${host} ${verb} ${prompt.slice(m[0].length)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The one quarter the article named before ("the December quarter", "the October-December quarter"), nearest first; undefined when none or two differ. */
function namedQuarter(before: readonly PriorText[]): string | undefined {
  const month = MONTHS.join("|");
  const re = new RegExp(String.raw`\b((?:${month})(?:[-–](?:${month}))?) quarter\b`, "g");
  const names = new Set(before.flatMap((p) => [...plain(p.text).matchAll(re)].map((m) => m[1]!)));
  return names.size === 1 ? [...names][0] : undefined;
}

/** What a sentence says is still to come, for the year of a month it gives alone. */
/** A causative verb with its object moved out by a wh-question: "… led to suspend", "… prompted to raise". */
const CAUSATIVE_GAP =
  /\b(?:led|prompted|forced|caused|pushed|allowed|enabled|urged|asked|persuaded|helped|got)\sto\s(?!the\b|a\b|an\b|its\b|his\b|her\b|their\b|[A-Z0-9])[a-z]+/;

/** What opens a figure's reference period, just before a date: "as of ", "Between ", "Between April 2025 and ". */
const REFERENCE_PERIOD = /(?:\bas of|\b[Bb]etween|\b[Bb]etween\s[^,]{3,30}\sand)\s$/;

/** A figure compared with the period before: the month it names is only the figure's period. */
const PERIOD_COMPARISON =
  /\b(?:a|one) (?:month|year) (?:earlier|before|ago)\b|\bfrom a year ago\b|\b(?:year|month)[- ]on[- ](?:year|month)\b|\bfrom the previous month\b/i;

const SCHEDULED = /\b(?:will|is to|are to|is due to|is scheduled|is set to|are set to|planned|upcoming)\b/;

/** A true/false statement longer than this is cut to the clause of its fact (realise/shorten). */
const STATEMENT_WORDS = 16;

/**
 * Whether a wh-question left behind the common noun that its answer names ("the navigation
 * satellite NVS-02" asked as "What does … inject the navigation satellite into orbit?"): the noun
 * and its name are one phrase, and moving half of it says nothing.
 */
function strandedHead(prompt: string, sentence: string, c: Candidate): boolean {
  if (FIGURE_KINDS.has(c.kind) || c.kind === "date" || c.kind === "year") return false;
  const head = /\b(?:the|a|an)\s((?:[a-z][a-z-]*\s){1,3})$/.exec(sentence.slice(0, c.outerStart))?.[0].trim();
  return head !== undefined && prompt.includes(head);
}

/** A prompt asking a day gets its year, unless it names a year already. */
function withDayYear(prompt: string, year: number): string {
  if (/\b(?:19|20)\d\d\b/.test(prompt)) return prompt;
  if (prompt.includes(BLANK)) return prompt.replace(BLANK, `${BLANK}, ${year}`);
  return prompt.replace(/\bwhat (dates?)\b/i, (m) => `${m} in ${year}`);
}

/** Answers whose value changes with time: asked in the article's month when the prompt gives no time. */
const TIMED_KINDS: ReadonlySet<string> = new Set(["percent", "money", "quantity", "rank"]);

/** A verb that states how things stand (a share, a rank, a level), not an event: such a figure holds "as of" a time. */
const STATE = /\b(?:is|are|was|were|stands?|stood|accounts? for|accounted for|gets|remains?|remained|ranks?|makes? up|has raised a total|connects)\b/;

/** A verb in the present that states how things stand: "is", "accounts for", "remains". */
const PRESENT_STATE = /\b(?:is|are|stands?|accounts? for|gets|remains?|ranks?|makes? up|connects|holds?|has|have)\b/;

/** "have already cut production by ____", "has reduced its price": a perfect tells an event, not a state. */
const PERFECT = /\b(?:has|have|had)\s(?:(?:already|also|now|since|recently|just)\s)?(?!a\b|an\b|some\b|raised a total\b)[a-z]+(?:ed|en|wn|ne|lt|nt|ut|id|ot)\b/;

/** A clause about what is still to come needs no "as of". */
const FUTURE_CLAUSE = /\b(?:will|would|shall|is to|are to|is due|are due|is set to|are set to|plans? to|aims? to|expects? to|is expected|are expected)\b/;

/** The year a date answer without one is asked in: the sentence's own year, else the article's (realise/time yearOfMonth). */
function contextYear(c: Candidate, sentence: string, published?: string): number | undefined {
  if (c.kind !== "date" || /\b(?:19|20)\d\d\b/.test(c.text)) return undefined;
  const own = /\b((?:19|20)\d\d)\b/.exec(sentence);
  if (own) return Number(own[1]);
  const month = MONTHS.find((m) => m.slice(0, 3) === c.text.slice(0, 3));
  return month ? yearOfMonth(month, published, SCHEDULED.test(sentence)) : undefined;
}

/** Every question one candidate allows: wh-mcq, recall, cloze, cloze with options, true/false. */
function draftsFor(
  a: Analysed,
  aid: string,
  pool: readonly PoolItem[],
  local: readonly PoolItem[],
  mentions: readonly Mentions[],
  anchors: Anchors,
  prior: readonly PriorText[],
  seed: number,
  published?: string,
): Draft[] {
  const c = a.candidate;
  const s = a.sentence;
  const before = prior.filter((p) => p.sentence < s.index);
  const source = prior.find((p) => p.sentence === s.index);
  // One end of a range ("5 million to ____ bpd") or a share the sentence's own figures give: not asked.
  if (rangeEnd(s.text, c) || betweenEnd(s.text, c)) return [];
  // "approximately 7 000 children": a figure written with spaces between its thousands is one figure, not "7" and "000".
  // "Rs 2, 865 crore" (a source's typo for Rs 2,865 crore): the same, with a stray space after the comma.
  if (FIGURE_KINDS.has(c.kind) && (/^,?\s\d{3}\b/.test(s.text.slice(c.end)) || /\b\d{1,3},?\s$/.test(s.text.slice(0, c.start)))) return [];
  // "____-based AI company OpenAI", "The Indian Space Research Organisation, or ____": given by the name beside it.
  // "Jair Bolsonaro, ____, who …" (67): a person's age is a detail of the person.
  if (
    nationalityOfNamed(s.text, c) ||
    acronymAfterName(s.text, c) ||
    labelNumber(s.text, c) ||
    ageAfterName(s.text, c) ||
    insideName(s.text, c) ||
    portfolioOfPost(s.text, c)
  )
    return [];
  // "the ____ arms supplier after Russia", "the remaining ____": the words around the answer work it out.
  // "two plants, one in Gujarat and a second in Assam", "a second", "the Statistics 2025 report": given by the words around, or no fact.
  if (rankGivenByAfter(s.text, c) || remainderCount(s.text, c) || enumeratedCount(s.text, c) || enumerationFiller(c) || editionYear(s.text, c)) return [];
  // "the first Trump administration", "Ukraine's EU ambitions": the answer is given by the words around it.
  if (leadersAdministration(c) || modifierName(s.text, c)) return [];
  // "… fell to 56% in March from 61% a month earlier": the month a monthly figure is for is no fact; the figure is.
  if (c.kind === "date" && MONTHS.includes(c.text) && PERIOD_COMPARISON.test(s.text)) return [];
  // "King ____": a monarch's name after the title is known, not learned,
  // and no other name is a plausible king. "the first ____ of the next financial year" (half): a period, not a share.
  // "the fourth quarter of 2018-'____": the other end of a year range is given by the first.
  const preceding = plain(s.text).slice(0, c.outerStart);
  if (c.kind === "person" && /\b(?:King|Queen|Prince|Princess|Emperor|Empress)\s$/.test(preceding)) return [];
  if (/^(?:half|a half|quarter)$/i.test(c.text) && /\b(?:first|second|third|fourth|last)\s$/i.test(preceding)) return [];
  if (/\b(?:19|20)\d\d\s?[-–]\s?['’]?$/.test(preceding)) return [];
  // "in DR ____" (Congo): half of the country's short name.
  if (/\bDR\s$/.test(preceding)) return [];
  // "in the ____ city of Kazan": the country a named city is in, given by the city.
  if ((c.kind === "country" || c.kind === "place") && /^\s(?:city|town|port|capital|province|region|state) of \p{Lu}/u.test(plain(s.text).slice(c.end)))
    return [];
  // "issues in these two areas": a count after a demonstrative counts what the text already named.
  if (c.kind === "number" && /\b(?:these|those)\s$/i.test(preceding)) return [];
  // "one of nearly half a dozen startups": a vague count is no figure to learn.
  if (FIGURE_KINDS.has(c.kind) && /\b(?:half a dozen|dozens?|several|a few|a handful|scores|hundreds|thousands)\b/i.test(c.text)) return [];
  // "Inflation stands at 1.5% as of January", "Between April 2025 and February 2026, India exported … worth $29.5 billion":
  // the period a figure covers is no fact of its own while the sentence states the figure.
  if (c.kind === "date" && a.all.some((x) => FIGURE_KINDS.has(x.kind)) && REFERENCE_PERIOD.test(plain(s.text).slice(0, c.outerStart))) return [];
  // True for this fact, or the story's own protagonists (the headline's names): never a wrong option.
  const headline = mentions.find((m) => m.sentence === -1)?.candidates.map((x) => x.text) ?? [];
  const avoid = [...a.all.filter((x) => x !== c).map((x) => s.text.slice(x.outerStart, x.end)), ...a.all.map((x) => x.text), ...headline];
  // Whether a question can be multiple choice depends on the article alone (its own names and
  // figures, and generic vocabularies), so a question's type, and so its id, does not change
  // with the rest of the learner's library; the options may still come from the library.
  const where = { articleId: aid, sentence: s.index, text: s.text };
  // The article's own options with a fixed seed decide the question's type (mcq, statement): ids stay seed-free.
  // A past event's wrong dates lie before the article's day, a coming one's after it.
  const when = plausibleWhen(c, s.text, published, contextYear(c, s.text, published));
  // "IEA" among "International Energy Agency"-like names gives itself away: a body's options share its form (short or spelt out).
  const acronym = (x: string): boolean => /^[A-Z][A-Z.&]{1,7}$/.test(x.replace(/^the\s/, ""));
  const sameForm = (x: string): boolean => c.kind !== "organisation" || acronym(x) === acronym(c.text);
  const options = (from: readonly PoolItem[], sd: number): string[] =>
    pickDistractors(c, where, from, avoid, sd, 8)
      .filter(when)
      .filter(sameForm)
      .filter((x) => !ruledOutByRun(x, s.text, c))
      // "J&K" for "Jammu & Kashmir", "EC" for "Election Commission": the answer's own short form is no wrong option.
      .filter((x) => !shortFormOf(x, c.text) && !shortFormOf(c.text, x))
      .slice(0, 3);
  const own = options(local, 1);
  const enough = own.length >= 3 && !a.noOptions;
  const distractors = enough ? options(pool, seed) : [];
  const prompt = a.realised?.prompt;
  const statement = a.clause && !a.onlyRealised ? statementOf(a.ps, a.clause, c, a.resolve, published) : undefined;
  // A cloze blanks the stated clause (subject resolved, attribution and asides left out), not the raw sentence.
  const at = statement ? statement.indexOf(c.text) : -1;
  // A country blanked as a possessor ("____'s invasion of Ukraine") is guessed from what it possesses;
  // one member of a list of four or more ("Saudi Arabia, ____, Kuwait and the UAE") from the others.
  // "off the coast of San Diego, ____" (California): the place is given by the one before it.
  const guessable =
    placeGivenBefore(s.text, c) ||
    possessorPlace(s.text, c) ||
    namedByCountry(s.text, c, headline) ||
    holderAfterWellKnownPost(s.text, c) ||
    (["country", "place", "organisation", "person", "named", "other"].includes(c.kind) && listSize(s.text, c) >= 4);
  // An answer inside a relative clause is asked of the clause's own subject ("Hajime Takata … proposed a rate hike to ____").
  const cloze =
    guessable || a.onlyRealised
      ? undefined
      : (relativeCloze(s.text, c, a.all, a.resolve, published) ??
        (statement && at >= 0 && timingCut(statement) === 0
          ? makeCloze(statement, at, at + c.text.length)
          : (clozeOfSentence(s.text, c, a.resolve, published) ?? appositionCloze(s.text, c) ?? heldCloze(s.text, c, published))));
  // Whether a fact gets a statement must not depend on the seed (the question's id has its type in it):
  // decide on the article's own options with a fixed seed, then take the seeded swap where there is one.
  const usable = (x: string | undefined): string | undefined => (x && statement?.includes(x) ? undefined : x);
  const fixed = usable(swapFor(c, own, s.text));
  const swap = fixed === undefined ? undefined : (usable(swapFor(c, distractors, s.text)) ?? fixed);
  const drafts = [
    makeMcq(prompt, c.text, distractors, seed),
    makeRecall(prompt, c.text),
    cloze,
    cloze ? makeMcq(cloze.prompt, c.text, distractors, seed) : undefined,
    // A false statement swaps in a wrong option of the same kind and role: figures, people, places, countries, bodies of a known category.
    // Only a fact with a plausible wrong version gets a statement, true or false as its hash says, so the
    // facts whose swap would be absurd do not all turn into true statements.
    swap ? makeTrueFalse(statement, c.text, swap, stableHash([s.text, c.text]).charCodeAt(0) % 2 === 0) : undefined,
  ];
  // A prompt that names nothing is placed in the article's country, or said of its topic, or not asked.
  const body = bodyBefore(mentions, s.index);
  // "____ members — A, B, C and D — voted …": a count its list gives.
  const listed = countListed(s.text, c);
  // "With reference to the WHO, the ____ chief …": the answer's initials, which the prompt must not show.
  const letters = initialsOf(c.text);
  const initials = letters === undefined ? undefined : new RegExp(`\\b${letters}\\b`);
  const placed = (d: Draft): Draft | undefined => {
    // "The Department of Health said …": a body every country has, in the article's country.
    if (anchors.country && needsCountry(d.prompt) && !namesCountry(c.text)) return { ...d, prompt: placeInCountry(d.prompt, anchors.country) };
    // "Novo Nordisk has reduced its price for Ozempic by 38%": a price or a market share is of a market, the story's country's.
    if (anchors.country && MARKET_FIGURE.test(d.prompt) && !WORLD_MARKET.test(d.prompt) && !namesCountry(d.prompt) && !namesCountry(c.text))
      return { ...d, prompt: placeInCountry(d.prompt, anchors.country) };
    // "Inflation was 2.6% in May" in the ECB's story → "In the euro zone, inflation was …": an indicator of a currency area's story is the area's.
    const { area } = anchors;
    if (area && INDICATOR.test(d.prompt) && countriesIn(plain(d.prompt)).size === 0 && !/\beuro\s?(?:zone|area)\b/i.test(d.prompt) && !namesAreaBody(d.prompt))
      return { ...d, prompt: placeIn(d.prompt, area) };
    // "The GDP growth estimate for the financial year 2026 …": a year dates an indicator, it does not say whose it is.
    const subject = /^The\s(?:[\p{L}-]+\s){0,4}/u.exec(d.prompt)?.[0];
    if (anchors.country && subject && INDICATOR.test(subject) && canonicalCountry(c.text) !== anchors.country && countriesIn(plain(d.prompt)).size === 0)
      return { ...d, prompt: placeInCountry(d.prompt, anchors.country) };
    // "Ten non-permanent members are elected for ____ terms" after a sentence about the UNSC: said of that body, not "In India".
    if (body && !body.endsWith(c.text) && !anchored(d.prompt.replace(/\b(?:1[89]|20)\d\d\b/g, ""), c.text, anchors.names))
      return { ...d, prompt: withReferenceTo(d.prompt, body) };
    if (anchored(d.prompt, c.text, anchors.names)) return d;
    // An indicator is "in" its country ("In India, urban inflation was ____."); so is anything of a story about a
    // country; anything else is said "with reference to" the topic ("With reference to TerraPower, …"), which claims no place.
    const { country, topic } = anchors;
    if (country && canonicalCountry(c.text) !== country && INDICATOR.test(d.prompt)) return { ...d, prompt: placeInCountry(d.prompt, country) };
    if (!topic || canonicalCountry(topic) === canonicalCountry(c.text)) return undefined;
    // "Bank Indonesia", "the Bank of Korea": a body of the story's own country places the prompt in that country.
    if (country && countryOfName(topic) === country && canonicalCountry(c.text) !== country) return { ...d, prompt: placeInCountry(d.prompt, country) };
    // "According to the WHO, malaria killed ____ people in 2024": the body whose report the story is, said to be the source.
    if (anchors.topicIsSource && !plain(c.text).includes(plain(topic))) return { ...d, prompt: `According to ${theFor(topic)}, ${lowerFirst(d.prompt)}` };
    // A country topic places the prompt in the country: "In Peru, turnout was ____."
    const land = countryOf(topic);
    return { ...d, prompt: land ? placeInCountry(d.prompt, land) : withReferenceTo(d.prompt, topic) };
  };
  // "Household loans rose in ____." → "… in ____ 2026.": a month asked with its year, from the article's date.
  const tense = tenseOf(s.text);
  const monthYear =
    c.kind === "date" && MONTHS.includes(c.text) && !/\b(?:19|20)\d\d\b/.test(s.text)
      ? yearInContext(c.text, `${s.text.slice(0, c.start)}${c.text}`, published, tense)
      : undefined;
  // The year of a day the answer gives without one ("July 1", "Feb. 28", "September 10–11").
  const dayMonth =
    c.kind === "date" && /\d/.test(c.text) && !/\b(?:19|20)\d\d\b/.test(c.text) ? MONTHS.find((m) => m.slice(0, 3) === c.text.slice(0, 3)) : undefined;
  const dayYear = dayMonth ? yearInContext(dayMonth, `${s.text.slice(0, c.start)}${dayMonth}`, published, tense) : undefined;
  // A prompt that copies its sentence (a cloze, a statement, a cloze with options), not a wh-question; and what it must keep.
  const copiesSentence = (d: Draft): boolean => d.type !== "recall" && !(d.type === "mcq" && !d.prompt.includes(BLANK));
  const keepOf = (d: Draft): string => (d.type !== "true_false" ? BLANK : d.answer === "False" ? (swap ?? c.text) : c.text);
  // "since ____ 2025" (the article's "March last year" made a date already) takes no second year.
  const withYear = (d: Draft): Draft =>
    monthYear !== undefined && d.prompt.includes(BLANK) && !new RegExp(`${BLANK},?\\s(?:in\\s)?(?:19|20)\\d\\d\\b`).test(d.prompt)
      ? { ...d, prompt: d.prompt.replace(BLANK, `${BLANK} ${monthYear}`) }
      : d;
  return (
    drafts
      .filter((d): d is Draft => d !== undefined)
      .map((d) => ({ ...d, prompt: copiesSentence(d) ? dropTimingSubject(d.prompt) : d.prompt }))
      .map((d) => ({
        ...d,
        prompt: dropDeicticOpener(named(d.prompt, a.resolve, d.type === "true_false" ? "" : c.text).replace(/\s(?:also|alone)\b(?=[\s,.?])/g, "")),
      }))
      // "The satellite carries …" → "The Samudra-1 satellite carries …": a common noun named as the article named it before.
      .map((d) => ({ ...d, prompt: nameNouns(d.prompt, before, c.text, source) }))
      // "published (PDF) on …": a link's label is no part of the sentence; "In January, however, …": a connective leans on the sentence before.
      .map((d) => ({
        ...d,
        prompt: d.prompt
          .replace(/\s\((?:PDF|pdf|link|video|Video|photo|Photo|audio)\)/g, "")
          .replace(/,\s(?:however|meanwhile|moreover|nonetheless|nevertheless)(?=,)/gi, ""),
      }))
      // "The rollout coincides with India's hosting of the AI Impact Summit …" → "India hosts the AI Impact Summit …".
      .map((d) => ({ ...d, prompt: hostingClause(d.prompt) }))
      // "the world's fastest-growing economy" in a story of India's: "India".
      .map((d) =>
        anchors.country &&
        countriesIn(plain(d.prompt).replace(EPITHET, "")).size === 0 &&
        !c.text.includes(anchors.country) &&
        epithetFits(EPITHET.exec(d.prompt), anchors.country)
          ? { ...d, prompt: d.prompt.replace(EPITHET, (m) => (/^The/.test(m) ? withThe(anchors.country!).replace(/^the/, "The") : withThe(anchors.country!))) }
          : d,
      )
      // "In the previous quarter, growth was 8.2%" after "the December quarter": "In the quarter before the December quarter, …".
      .map((d) => {
        const quarter = /\b(?:the|a) (?:previous|preceding|prior) quarter\b/i.exec(d.prompt);
        const named = quarter ? namedQuarter(before) : undefined;
        return quarter && named
          ? { ...d, prompt: d.prompt.replace(quarter[0], `${quarter.index === 0 ? "The" : "the"} quarter before the ${named} quarter`) }
          : d;
      })
      // "worrying for a country that aims to export …" in a story of India's: "for India, which aims to export …".
      .map((d) =>
        anchors.country && countriesIn(d.prompt).size === 0
          ? { ...d, prompt: d.prompt.replace(/\b(for|of|in|to) a (?:country|nation) that\b/, `$1 ${withThe(anchors.country)}, which`) }
          : d,
      )
      // ", Governor X told reporters.": who said it is no part of the fact asked.
      .map((d) => (copiesSentence(d) ? { ...d, prompt: dropAttribution(d.prompt, keepOf(d)) } : d))
      // An official's quote is placed by its speaker, below, not by the article's country or topic.
      .map((d) => (a.speaker ? d : placed(d)))
      .map((d) => d && withYear(d))
      // A long prompt that copies its sentence loses the asides that do not hold what is asked.
      // A statement tests one fact: it is cut to the clause that holds it sooner than a cloze is.
      .map((d) => (d && copiesSentence(d) ? { ...d, prompt: shorten(d.prompt, keepOf(d), d.type === "true_false" ? STATEMENT_WORDS : LONG_PROMPT_WORDS) } : d))
      // "for the next ____ from 2021 to 2031" (10 years): the span's two years would work it out, so they go.
      .map((d) => {
        const span =
          d && d.prompt.includes(BLANK) && c.kind === "duration"
            ? /\s(?:from|between)\s((?:19|20)\d\d)\s(?:to|and|until)\s((?:19|20)\d\d)\b/.exec(d.prompt)
            : null;
        const n = span ? leadingNumber(c.text) : undefined;
        return d && span && n !== undefined && Number(span[2]) - Number(span[1]) === n ? { ...d, prompt: d.prompt.replace(span[0], "") } : d;
      })
      // "splashed down in the ____ off the coast of San Diego, California": the coast named after a sea gives the sea away.
      .map((d) =>
        d && /\s(?:Ocean|Sea|Gulf|Bay)$/.test(c.text) && d.prompt.includes(BLANK)
          ? {
              ...d,
              prompt: d.prompt.replace(
                /(____)\s+off\s(?:the\s(?:coast|shores?)\sof\s)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*(?:,\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*)?/u,
                "$1",
              ),
            }
          : d,
      )
      // "Farfán had ____ of valid votes against 49.1% for Quispe": the other share of a two-way split gives the answer away.
      .map((d) => d && { ...d, prompt: withoutComplement(d.prompt, c, a.all) })
      // "by 25 bps to ____ from 6.50 per cent": the third figure of a change gives the asked one away.
      .map((d) => d && { ...d, prompt: withoutChangeArithmetic(d.prompt, keepOf(d)) })
      // "____ members — A, B, C and D — voted …": the list that counts the answer out goes.
      .map((d) => (d && listed ? { ...d, prompt: withoutCountedList(d.prompt, keepOf(d)) } : d))
      // "came into force on ____." → "… on ____, 2026."; "On what date did …" → "On what date in 2026 did …": a day asked with its year.
      .map((d) => (d && dayYear !== undefined ? { ...d, prompt: withDayYear(d.prompt, dayYear) } : d))
      // "in April" → "in April 2026"; "Japan gets ____ of its energy imports …, as of March 2026": a figure is asked in its time.
      .map((d) => {
        if (!d || c.kind === "year" || /\b(?:19|20)\d\d\b/.test(c.text)) return d;
        let prompt = withYears(d.prompt, published, tense);
        // "Currently, the UNSC comprises ____ …": "currently" is the article's month.
        const now = /^(?:Currently|At present|As of now|Right now),\s+/.exec(prompt);
        if (now) {
          const rest = prompt.slice(now[0].length);
          prompt = asOfArticle(`${rest.charAt(0).toUpperCase()}${rest.slice(1)}`, published);
        }
        if (TIMED_KINDS.has(c.kind) && copiesSentence(d) && !FUTURE_CLAUSE.test(prompt) && STATE.test(prompt) && !PERFECT.test(prompt))
          prompt = asOfArticle(prompt, published);
        return { ...d, prompt };
      })
      // "Subsequently, the RBI raised interest rates seven times" after "… in May 2020": "After May 2020, the RBI raised …".
      .map((d) => {
        const then = d && !PLACED.test(d.prompt) ? thenFrom(s.text, before[before.length - 1]?.text) : undefined;
        if (!d || !then) return d;
        const prompt = withoutThenOpener(d.prompt);
        if (prompt.includes(BLANK) || d.type === "true_false") return { ...d, prompt: `${then}, ${lowerFirst(prompt)}` };
        return { ...d, prompt: prompt.replace(/\?$/, ` ${then.replace(/^\p{Lu}/u, (x) => x.toLowerCase())}?`) };
      })
      // "Russia and Ukraine agreed to a local ceasefire …, as reported in February 2026": a prompt that says no time is the article's news.
      .map((d) => {
        if (!d || c.kind === "year" || c.kind === "date" || a.speaker) return d;
        const state = !FUTURE_CLAUSE.test(d.prompt) && (PRESENT_STATE.test(d.prompt) || PERFECT.test(d.prompt));
        return { ...d, prompt: placedInTime(d.prompt, published, state) };
      })
      // "- A guaranteed pension of ____ …", "With reference to the UPS, - A guaranteed …": a list's bullet is no part of the sentence.
      .map((d) => d && { ...d, prompt: withoutBullet(d.prompt) })
      // "The @WHO has acknowledged …", "#TBMuktBharat": a post's handles read as names.
      // "What was penalized … in parallel?": a connective the wh-question moved to its end leans on the sentence before.
      .map(
        (d) =>
          d && {
            ...d,
            prompt: d.prompt
              .replace(/(?<![\p{L}\p{N}])[@#](?=[\p{L}])/gu, "")
              // "in 2022,, vs. 4.7%": a dropped aside leaves one comma, not two.
              .replace(/,(?:\s*,)+/g, ",")
              .replace(/,?\s(?:in parallel|meanwhile|separately|additionally|likewise|similarly|in addition)(?=\?$)/i, ""),
          },
      )
      // "According to Union Health Minister JP Nadda, treatment coverage stands at ____": an official's quote says whose.
      .map((d) =>
        d && a.speaker
          ? {
              ...d,
              prompt: `According to ${a.speaker}, ${lowerFirst(
                d.prompt
                  .replace(/^[“"]/, "")
                  .replace(/[”"](?=[.?]?$)/, "")
                  // "According to the minister, thus, …": the quote's link to its own sentence before goes.
                  .replace(QUOTE_CONNECTIVE, ""),
              )}`,
            }
          : d,
      )
      // "growth of ____ to touch 209.44 GW, … from 180.80 GW in December 2023": asked without the start that works it out.
      // A question still worked out goes; a statement is checked below, with its swap blanked.
      .map((d) => {
        if (!d || d.type === "true_false" || !workedOut(d.prompt, c, a.all)) return d;
        const kept = withoutWorkingOut(d.prompt, c, a.all);
        return kept ? { ...d, prompt: kept } : undefined;
      })
      .filter(
        (d): d is Draft =>
          d !== undefined &&
          readsWell(d.prompt.replace(BLANK, "X"), s.text) &&
          // "A ____-judge bench ruled by a majority of 2-1": the tally sums to the answer (and shows a false count false).
          !tallyGivesAway(d.prompt, c) &&
          // "The four crew members aboard — ____ Americans and one Canadian —": four less one.
          !(d.type !== "true_false" && breakdownPart(d.prompt, c)) &&
          // "Just eight of them accounted for ____ of the global total": "them" is the sentence before's.
          !leansBack(d.prompt) &&
          // "What did the Cabinet approve in India?" when the Cabinet approved four things: the question has four answers.
          !(d.type !== "true_false" && !d.prompt.includes(BLANK) && askedOfManyActs(d.prompt, s.index, prior)) &&
          // "The US and Ukraine signed a deal on access to ____ mineral wealth" (Ukrainian): a country the prompt names as itself or by its people.
          !(d.type !== "true_false" && countryGivenAway(d.prompt, c)) &&
          // "With reference to the WHO, the ____ chief said …" (World Health Organization): the context names the answer.
          !(d.type !== "true_false" && initials !== undefined && initials.test(d.prompt)) &&
          // "In the South Peninsula, it was ____", "The rainfall here was ____": "it" and "here" are the sentence before's.
          !pointsOutside(d.prompt) &&
          // "What does the GSLV-F15 inject the navigation satellite into orbit?" → NVS-02: a name asked while the noun it names stays behind.
          !(d.type !== "true_false" && !d.prompt.includes(BLANK) && strandedHead(d.prompt, s.text, c)) &&
          // "The 172 million barrels represent 41% of the ____": the whole is a division away.
          !(d.type !== "true_false" && FIGURE_KINDS.has(c.kind) && shareGivesAway(d.prompt)) &&
          // "172 million barrels, or ____ of the 415 million": a share the other two figures of the prompt work out.
          !(FIGURE_KINDS.has(c.kind) && computable(d.type === "true_false" ? d.prompt.replace(swap ?? c.text, BLANK) : d.prompt, c, a.all)) &&
          // "from 4.99 GW … to 5.10 GW, representing a ____ rise": one step of arithmetic on two figures the prompt shows.
          !(d.type === "true_false" && workedOut(d.prompt.replace(swap ?? c.text, BLANK), c, a.all)) &&
          // "Which reserve are there 53 - in Uttar Pradesh …?", "To what level is there a decline … besides?": an existential
          // sentence ("There are 53 tiger reserves …") turned into a wh-question loses what it counts; its cloze is asked.
          !(
            d.type !== "true_false" &&
            !d.prompt.includes(BLANK) &&
            (/\b(?:is|are|was|were|has been|have been)\s+there\b/.test(d.prompt) || /\bbesides\s*(?:,|\?|$)/.test(d.prompt))
          ) &&
          // "Till now, we have developed ____ generations of launch vehicles": a speaker's "we" is nobody on a card.
          !/\b(?:[Ww]e|us)\b/.test(plain(d.prompt).replace(/"[^"]*"/g, "")) &&
          // A count whose list stayed in the prompt (a wh-question moved it) is counted, not recalled.
          !(listed && listStays(d.prompt, c)) &&
          // "Health Secretary ____ said about 62% of the patients were children": the figure is the fact; the sayer only who held the post.
          !(sayerOf(s.text, c) && !/^Who was\b/.test(d.prompt)) &&
          // "Farfán had ____ of valid votes against 49.1% for Quispe", "for five years, from ____ to 2030-31": arithmetic, not a fact recalled.
          !(d.type !== "true_false" && spanEnd(d.prompt, c)) &&
          !complementIn(d.prompt, c, a.all) &&
          // "Which commission have the breaches led to suspend EU funds?": the object of "led … to" does not move to the front.
          !(d.type !== "true_false" && !d.prompt.includes(BLANK) && CAUSATIVE_GAP.test(d.prompt)) &&
          // "Which Chinese President met … between Xi and …" → Xi Jinping: a part of the name gives it away.
          !(
            c.kind === "person" &&
            d.type !== "true_false" &&
            c.text.split(/\s+/).some((w) => w.length >= 2 && new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(d.prompt))
          ) &&
          !demonstrative(withoutInnerReferences(plain(d.prompt).replace(/"[^"]*"/g, ""))) &&
          // "The rollout coincides with …", "The election campaign has been watched …": a subject the article did not let us name.
          // A subject that only dates the fact after it ("The rollout coincides with …") leaves that fact whole.
          // "Which Prime Minister thanked the MPs for supporting the legislation?", "Which country hosted the summit?":
          // a wh-question is asked alone, so a thing it names only as "the …", anywhere in it, must be one the article let us name.
          !vagueNounPhrases(d.prompt).some(
            (np) =>
              !describedHere(plain(d.prompt), np) &&
              ((d.type !== "true_false" && !d.prompt.includes(BLANK)) ||
                (plain(d.prompt).startsWith(np) &&
                  !/^\s+(?:also\s+)?(?:comes?|came|coincides?|coincided|follows?|followed)\s+(?:as|with|amid|after|ahead of|shortly after|just months after|days after|weeks after|months after)\b/.test(
                    plain(d.prompt).slice(np.length),
                  ))),
          ),
      )
  );
}

/**
 * Generates ranked questions for every article; distractors come from the article, then
 * the rest of the corpus (the learner's library), then generic vocabularies.
 * Deterministic for a given input and seed.
 *
 * @example generateCorpus([parseArticle(text, { id: "a" })], { seed: 1 })[0].questions
 */
export function generateCorpus(articles: readonly Article[], opts: GenerateOptions = {}): GeneratedArticle[] {
  const seed = opts.seed ?? 1;
  const all = articles.map((a) => ({ article: a, ...analyseArticle(a) }));
  const ids = new Set(articles.map((a) => a.id));
  const pool: PoolItem[] = [
    ...all.flatMap(({ article, mentions, sentences }) => poolOf(article, mentions, sentences)),
    ...(opts.library?.pool ?? []).filter((p) => !ids.has(p.articleId)),
  ];
  // An article that is mostly quotes of nobody named (its long quotes split and left out) still gets a deck:
  // asked again with its quotes read as before, so a pasted article never comes back empty.
  return all.map((entry) => {
    const first = deckOf(entry);
    if (first.questions.length > 0 || !entry.sentences.some((s) => s.quoted)) return first;
    return deckOf({ article: entry.article, ...analyseArticle(entry.article, { splitLongQuotes: false }) });
  });

  function deckOf({ article, analysed, mentions, aliases, anchors, prior, acronyms, disease }: (typeof all)[number]): GeneratedArticle {
    const aid = article.id;
    const facts: Fact[] = [];
    const chosen: Array<{ fact: Fact; draft: Draft; score: number }> = [];
    const words = countWords(article.body);
    const budget = factBudget(words);
    const mix = new DeckMix();
    const local = pool.filter((p) => p.articleId === aid);
    const perSentence = new Map<number, number>();
    const seen = new Set<string>();
    const prompts = new Set<string>();
    const ranked = analysed
      .map((a) => ({ a, score: a.score + (a.realised ? 0.05 : 0) }))
      .sort((x, y) => y.score - x.score || x.a.sentence.index - y.a.sentence.index || x.a.candidate.start - y.a.candidate.start);
    // An answer is asked once per article (its best sentence): the fifth "Which agency …? IEA" tests
    // nothing the first did not, and a deck whose answer is "5.4%" three times (the lead, its
    // repetition, a comparison) asks one fact three ways.
    const answered = new Set<string>();
    const entity = (c: Candidate): boolean => !FIGURE_KINDS.has(c.kind) && c.kind !== "date" && c.kind !== "year" && c.kind !== "rank";
    // Dates and years are not: "by 2028" and "by 2035" are two deadlines, and April is every month's data.
    const ONCE_FIGURE = new Set<Candidate["kind"]>(["percent", "money", "quantity"]);
    const answerKey = (c: Candidate): string | undefined =>
      entity(c) ? c.text.toLowerCase() : ONCE_FIGURE.has(c.kind) ? `${c.kind}:${c.text.toLowerCase().replace(/\s+/g, " ")}` : undefined;
    // Of a figure stated twice, the sentence that states it alone is asked ("The BOJ's inflation target is 2%"), not the
    // one where it sits beside another ("Inflation stands at 1.5%, … below the BOJ's 2% target"); else the more salient.
    // A lead that states it first stays first: only a sentence of nearly the same salience takes its place.
    // Each figure's first (most salient) place in the order, and the place of the sentence preferred for it.
    const figures = (x: Analysed): number => x.all.filter((y) => FIGURE_KINDS.has(y.kind)).length;
    const places = new Map<string, { first: number; best: number }>();
    ranked.forEach((x, i) => {
      const key = ONCE_FIGURE.has(x.a.candidate.kind) ? answerKey(x.a.candidate) : undefined;
      if (key === undefined) return;
      const at = places.get(key);
      if (at === undefined) places.set(key, { first: i, best: i });
      else if (figures(x.a) < figures(ranked[at.best]!.a) && ranked[at.best]!.score - x.score <= 0.1) at.best = i;
    });
    // The preferred sentence takes the first one's place in the order, and that one its place.
    const order = [...ranked];
    for (const { first, best } of places.values()) if (best > first) [order[first], order[best]] = [order[best]!, order[first]!];
    for (const pass of [1, 2])
      for (const { a, score } of order) {
        if (facts.length >= budget) break;
        // Below the cut-off only to give a short or unusual article a deck of MIN_QUESTIONS: a pasted article always gets questions.
        if (score < SCORE_CUTOFF && chosen.length >= MIN_QUESTIONS) break;
        const c = a.candidate;
        const s = a.sentence;
        const fid = factIdFor(aid, s.text, c.text);
        if (seen.has(fid)) continue;
        // The second pass, for a short article's deck only, asks a name again.
        const key = answerKey(c);
        if (pass === 1 && key !== undefined && answered.has(key)) continue;
        if (pass === 2 && chosen.length >= MIN_QUESTIONS) break;
        if ((perSentence.get(s.index) ?? 0) >= perSentenceCap(s.text)) continue;
        // "The ____ has ordered Apple …" → "Commission": the short form of a body the article names in full ("European Commission") is no answer to learn.
        const shortForm =
          (c.kind === "organisation" || c.kind === "other" || c.kind === "named") && /^\p{Lu}\p{Ll}+$/u.test(c.text) && longerBody(mentions, c.text);
        if (shortForm) continue;
        // "passed at least Class 10", "An Ariane 6 rocket": a name cut off from its number is half a name.
        if (entity(c) && /^\s(?:\d|[IVX]+(?![\p{L}\p{N}]))/u.test(s.text.slice(c.end))) continue;
        // "Who was the RBI Governor …? Malhotra": a bare surname the article gave in full elsewhere is no answer to learn
        // (and the answer must stand in its evidence): the sentence with the full name is asked instead.
        const surname = c.kind === "person" && aliases.has(c.text);
        const drafts = draftsFor(a, aid, pool, local, mentions, anchors, prior, seed, article.published)
          .filter((d) => !surname || d.type === "true_false")
          .map((d) => ({
            ...d,
            prompt: withDisease(spellOut(fullNames(d.prompt, aliases, c.text), acronyms, c.text), disease, c.text),
          }));
        // The same prompt twice in a deck (one sentence's statement for two of its facts) is asked once.
        const taken = mix.take(
          drafts.filter(
            (d) =>
              !prompts.has(d.prompt) &&
              (d.type !== "true_false" || score >= TRUE_FALSE_MIN_SCORE) &&
              // A draft that breaks the question contract (its answer not in its sentence, an option twice) is never asked.
              malformedReasons({ ...d, evidence: s.text }, article.body).length === 0,
          ),
        );
        for (const d of taken) prompts.add(d.prompt);
        if (taken.length === 0) continue;
        seen.add(fid);
        if (key !== undefined) answered.add(key);
        perSentence.set(s.index, (perSentence.get(s.index) ?? 0) + 1);
        const fact: Fact = {
          id: fid,
          kind: c.kind,
          subject: a.clause ? s.text.slice(a.clause.subject[0], a.clause.subject[1]) : "",
          relation: a.clause?.verb.infinitive ?? "",
          object: c.text,
          objectType: OBJECT_TYPE[c.kind] ?? "other",
          sentence: s.text,
          articleId: aid,
          span: [s.start, s.end],
        };
        facts.push(fact);
        taken.forEach((draft, i) => chosen.push({ fact, draft, score: score - i * 0.1 }));
      }
    const questions: Question[] = chosen.map(({ fact, draft, score }) => {
      const q: Question = {
        id: questionIdFor(aid, fact.sentence, fact.object, draft.type),
        type: draft.type,
        prompt: draft.prompt,
        answer: draft.answer,
        evidence: fact.sentence,
        factId: fact.id,
        kind: fact.kind,
        score: Math.round(score * 1000) / 1000,
        articleId: aid,
      };
      if (draft.choices) q.choices = draft.choices;
      return q;
    });
    return { article, words, facts, questions };
  }
}

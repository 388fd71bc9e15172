/**
 * Article context for self-contained questions: who "he" or "the company" is, from the
 * headline and the sentences before. Never invented: when the text does not say, undefined.
 */
import type { Candidate } from "../answers/types";
import { canonicalCountry } from "../nlp/vocab-places";
import { countryOfCity } from "../answers/vocab";
import { plain } from "../answers/types";
import { nameEvent } from "./events";
import { holdsHeadlineVerb } from "./headline";

/** The entities each sentence names, in article order (the headline is sentence -1). */
export interface Mentions {
  sentence: number;
  candidates: readonly Candidate[];
}

/** A subject that needs the article to mean anything: a pronoun… */
/** Case matters: "IT Rules …" and "US officials …" open with names, not pronouns. */
export const PRONOUN_SUBJECT =
  /^(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|[Ii]|[Yy]ou|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Bb]oth|[Ss]ome|[Mm]any|[Oo]thers|[Oo]ne|[Ss]uch)\b/;
/** …or a vague noun phrase ("the company", "the two sides"). */
export const VAGUE_SUBJECT =
  /^[Tt]he (?:(?:new|local|latest|proposed|final|first|planned|two|three|previous)\s)?(?:meeting|visit|trip|talks|war|move|decision|agreement|truce|ceasefire|summit|event|strike|attack|deal|policy|rule|rules|law|bill|legislation|scheme|fund|loan|budget|data|figure|survey|index|study|researchers|team|official|officials|minister|leader|president|chief|company|firm|bank|country|government|ministry|agency|group|party|plant|project|programme|program|platform|report|deal|move|plan|court|regulator|drugmaker|startup|nation|bloc|organisation|organization|institute|body|panel|team|mission|spacecraft|crew|city|state|region|grouping|two countries|two sides|partnership|collaboration|initiative|launch|release|approval|permit|announcement|changes|change|step|measure|order|crew|researchers|team|war|conflict|crisis|move)\b(?!\s+of\s+\p{Lu})(?![\p{L}-])/u;

const MODIFIERS = new Set([
  "central",
  "new",
  "local",
  "state",
  "national",
  "federal",
  "regional",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "previous",
  "fragile",
  "latest",
  "recent",
  "proposed",
  "planned",
  "temporary",
  "interim",
  "historic",
  "landmark",
  "top",
  "apex",
  "amended",
  "revised",
  "draft",
  "updated",
  "original",
  "existing",
  "current",
]);

const COMPANY = new Set([
  "company",
  "firm",
  "drugmaker",
  "startup",
  "carmaker",
  "chipmaker",
  "lender",
  "insurer",
  "airline",
  "conglomerate",
  "manufacturer",
  "retailer",
  "group",
  "platform",
  "marketplace",
]);
/** Vague subjects resolved to a mission the headline names: "the crew" → "the Artemis II crew". */
const CREW = new Set(["crew", "astronauts", "quartet", "trio", "mission", "spacecraft", "capsule", "probe", "rover"]);
/** The head nouns of a vague subject the resolver knows: companies, crews, and these. */
const HEADS = new Set([
  ...COMPANY,
  ...CREW,
  "country",
  "nation",
  "bank",
  "ministry",
  "agency",
  "regulator",
  "commission",
  "council",
  "court",
  "party",
  "department",
  "organisation",
  "organization",
  "fund",
  "union",
  "alliance",
  "bloc",
  "board",
  "authority",
  "institute",
  "university",
  "body",
  "exchange",
  "summit",
  "programme",
  "program",
  "scheme",
  "initiative",
  "project",
  "pipeline",
  "strait",
  "canal",
  "deal",
  "treaty",
  "agreement",
  "plant",
  "reactor",
  "rocket",
  "satellite",
  "index",
  "survey",
  "report",
  "policy",
  "law",
  "act",
  "bill",
  "rules",
  "war",
  "conflict",
  "ceasefire",
  "truce",
  "talks",
  "meeting",
  "launch",
  "observatory",
  "telescope",
  "probe",
  "declaration",
  "vaccine",
  "pact",
  "accord",
]);

/** What the article as a whole is about, for phrases its sentences leave to it. */
export interface ArticleFrame {
  /** The country that dominates the headline and lead (see rules/country-context). */
  country?: string;
  /** The sentence whose subjects are resolved. */
  sentence?: string;
  /** The named subject the sentence before opened with ("the Heliora launch"): what its "It" is. */
  previous?: string;
  /** The text of each sentence by index (-1: the headline), to name an event the article told ("the ceasefire between …"). */
  texts?: ReadonlyMap<number, string>;
}

/**
 * A resolver of pronoun and vague subjects for one sentence.
 *
 * @example resolver(mentions, 3)("the company") // "Alibaba.com", when the company was named before
 */
export function resolver(mentions: readonly Mentions[], sentence: number, frame: ArticleFrame = {}): (subject: string) => string | undefined {
  const before = mentions.filter((m) => m.sentence < sentence).sort((a, b) => b.sentence - a.sentence);
  const recent = before.filter((m) => m.sentence >= sentence - 3);
  const headline = new Set(mentions.filter((m) => m.sentence === -1).flatMap((m) => m.candidates.map((c) => c.text)));
  const resolve = (subject: string): string | undefined => {
    // "It then deployed …", "The bank also said …": an adverb the subject ends with stays after the name.
    const adverb = /^(.+?)\s+(then|also|later|now|again|still|previously|already|recently|subsequently|initially|eventually|last|first)$/i.exec(subject.trim());
    if (adverb) {
      const named = resolveOne(adverb[1]!);
      return named === undefined ? undefined : `${named} ${adverb[2]}`;
    }
    return resolveOne(subject);
  };
  return resolve;

  function resolveOne(subject: string): string | undefined {
    const s = subject.trim();
    // "the amended rules" → "the amended IT Rules": a state the phrase gives the thing stays with its name.
    const state = /^the\s(amended|revised|draft|updated|proposed)\s/i.exec(s)?.[1]?.toLowerCase();
    const stateOf = (name: string): string => (state && /^the\s/.test(name) && !name.toLowerCase().includes(state) ? `the ${state} ${name.slice(4)}` : name);
    // "Those breaches" after "… and breaches of the rule of law.": the phrase the sentence before used.
    const pointed = /^(?:these|those|this|that)\s+(\p{Ll}[\p{Ll}-]+)$/iu.exec(s);
    if (pointed) {
      const named = pointedPhrase(pointed[1]!, frame.texts?.get(sentence - 1));
      if (named) return named;
    }
    const head = /^(?:the|this|that)\s+(.+)$/i.exec(s)?.[1]?.toLowerCase();
    if (/^(?:he|she)\b/i.test(s)) {
      const rest = s.replace(/^(?:he|she)\b/i, "");
      // the most recent sentence that names exactly one person
      for (const m of recent) {
        const ps = [...new Set(m.candidates.filter((c) => c.kind === "person").map((c) => c.text))];
        if (ps.length === 1) return `${ps[0]}${rest}`;
        if (ps.length > 1) return undefined;
      }
      return undefined;
    }
    // "The four-member crew of the Axiom-4 Mission is headed to the ISS. During the mission, they will conduct …": the group the sentence before opened with.
    if (/^they$/i.test(s)) {
      const m = GROUP_OPENING.exec(plain(frame.texts?.get(sentence - 1) ?? ""));
      return m ? m[1]!.replace(/^The\b/, "the") : undefined;
    }
    // "It said …", "Its members …": the one organisation the sentence before names as its subject.
    // "It aims to …" may be the scheme or the release: only a body that speaks or reports is resolved.
    if (
      /^it$/i.test(s) &&
      !/^(?:[^,]{0,40},\s)?It\s+(?:said|says|told|added|noted|announced|reported|estimated|warned|stated|urged)\b/.test(frame.sentence ?? "")
    )
      // "The launch came on the third attempt. It was the sixth flight …": the thing the sentence before opened with.
      // "For 2023, it forecasts …": after a short fronted phrase too.
      return /^(?:[^,]{1,30},\s)?[Ii]t\s/.test(frame.sentence ?? "") && frame.previous ? frame.previous : undefined;
    if (/^its?\b/i.test(s)) {
      const prev = before[0]?.sentence === sentence - 1 ? before[0] : undefined;
      // The body must open the sentence before, as its subject: "… a monitor built by the Space Applications Centre. Its data …" is the satellite's.
      const orgs = [
        ...new Set((prev?.candidates ?? []).filter((c) => c.kind === "organisation" && (!/^its\b/i.test(s) || c.outerStart <= 40)).map((c) => c.text)),
      ];
      const rest = s.replace(/^its?\b/i, "");
      if (orgs.length !== 1 || (rest.trim() !== "" && !/^its$/i.test(s.split(/\s/)[0]!))) return undefined;
      return /^its$/i.test(s.split(/\s/)[0]!) ? `${theFor(orgs[0]!)}'s${rest}` : theFor(orgs[0]!);
    }
    // "the two countries" → "India and the U.S.": the two countries this sentence (before the phrase) or the one before names.
    if (/^(?:the\s)?(?:two|both)\s(?:countries|nations|sides|neighbours|neighbors|governments)$/i.test(s)) return pairOf(s);
    // "the South Asian nation", "the Gulf state": the article's own country, as "the country" is.
    if (
      /^the\s(?:(?:South|North|East|West|Southeast|Central|Middle)\s)?(?:[A-Z][a-z]+(?:an|ic)|Gulf|Himalayan|island|Nordic|Baltic)\s(?:nation|country|state|kingdom|republic)$/i.test(
        s,
      )
    )
      return resolveCountry("");
    if (!head) return undefined;
    // "The BOJ said the decision was split, with eight of the nine members voting for a hold. The only dissenter was …":
    // the dissenter in that body's vote.
    const dissent = /^(only|lone|sole)\s(dissenter|holdout)$/.exec(head);
    if (dissent) {
      const prev = before[0]?.sentence === sentence - 1 ? before[0] : undefined;
      const bodies = [...new Set((prev?.candidates ?? []).filter((c) => c.kind === "organisation").map((c) => c.text))];
      if (bodies.length !== 1 || !/\b(?:vote|voted|voting|split|decision|dissent)/i.test(frame.texts?.get(sentence - 1) ?? "")) return undefined;
      const prevText = plain(frame.texts?.get(sentence - 1) ?? "");
      const body = new RegExp(`\\bthe\\s${bodies[0]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i").test(prevText) ? `the ${bodies[0]}` : theFor(bodies[0]!);
      return `the ${dissent[1]} ${dissent[2]} in ${body}${/s$/.test(body) ? "'" : "'s"} vote`;
    }
    // "the election campaign", "the elections" in a story about one country's vote: that country's ("Hungary's election campaign").
    if (/^(?:(?:general|presidential|parliamentary|national|upcoming|snap)\s)?(?:elections?|polls)(?:\scampaign)?$/.test(head)) {
      // A headline about an election names whose it is: the article's own country.
      const title = frame.texts?.get(-1);
      const own = [...new Set(mentions.filter((m) => m.sentence === -1).flatMap(countriesOf))];
      const land = own.length === 1 && (title === undefined || /\b(?:elections?|polls?|vote)\b/i.test(title)) ? own[0] : resolveCountry("");
      return land ? `${theCountry(land)}'s ${head}` : undefined;
    }
    // The head noun of the phrase: "the central bank" → "bank", "the company's" → "company".
    const words = head.split(/\s+/);
    const at = words.slice(0, 3).findIndex((w) => HEADS.has(w.replace(/['’]s?$|,$/, "")));
    if (at < 0 || words.slice(0, at).some((w) => !MODIFIERS.has(w) && !/^[\p{L}.]+-based$/u.test(w))) return undefined;
    const word = words[at]!.replace(/['’]s?$|,$/, "");
    const lower = s.toLowerCase();
    const cut = lower.indexOf(word, lower.indexOf(head)) + word.length;
    const rest = s.slice(cut);
    const match = (c: Candidate): boolean => {
      if (c.kind !== "organisation" && c.kind !== "named" && c.kind !== "country" && c.kind !== "place" && c.kind !== "other") return false;
      if (word === "country" || word === "nation") return c.kind === "country";
      // "Micron Technology" after the headline's "Micron"; a name of a kind the tagger did not know ("Gujarat") only when no body is named.
      if (COMPANY.has(word))
        return c.category === undefined
          ? (c.kind === "organisation" || c.kind === "other") && (headline.has(c.text) || [...headline].some((h) => c.text.startsWith(`${h} `)))
          : c.kind === "organisation" && COMPANY.has(c.category);
      // "the agency" after "the Indian Space Research Organisation": a body whose name says it is one.
      if (word === "agency" && c.kind === "organisation" && /\b(?:Agency|Space|Administration|Organisation|Organization|Bureau)\b/.test(c.text)) return true;
      // "the central bank" is a central bank, not the lender an economist works for.
      if (word === "bank") return c.kind === "organisation" && (/\bcentral\b/i.test(head) ? c.category === "central bank" : /bank/.test(c.category ?? ""));
      // "the war" → "the Iran war", "the ceasefire" → "the Zaporizhzhia ceasefire": a name of that head.
      // "China reach agreement" (a headline's "India, China reach agreement on …") holds a verb: it names no agreement.
      return (
        !holdsHeadlineVerb(c.text) &&
        (c.category === word || ((c.kind === "named" || c.kind === "other") && c.text.split(/\s+/).length > 1 && c.text.toLowerCase().endsWith(` ${word}`)))
      );
    };
    if (CREW.has(word)) {
      // "The crew", "the mission": the one mission or spacecraft the headline names ("the Artemis II crew").
      const named = [
        ...new Set(
          mentions
            .filter((x) => x.sentence === -1)
            .flatMap((m) =>
              m.candidates
                .filter((c) => (c.kind === "named" || c.kind === "other" || c.kind === "organisation") && /\d|\b[IVX]+\b/.test(c.text))
                // "NASA Artemis II": the agency's acronym is not part of the mission's name.
                .map((c) => c.text.replace(/\s(?:mission|spacecraft|rocket|crew)$/i, "").replace(/^\p{Lu}{2,}\s(?=\p{Lu})/u, "")),
            ),
        ),
      ];
      // "the four astronauts" → "the four Artemis II astronauts": a count before the head stays.
      const count = words.slice(0, at).filter((w) => /^(?:two|three|four|five|six|seven|eight|nine|ten)$/.test(w));
      if (named.length === 1) return `the ${[...count, named[0]].join(" ")} ${word}${rest}`;
      return headlineThing(word, rest);
    }
    if (word === "country" || word === "nation") {
      // "… the U.S. and Iran agreed …, with Tehran saying … the country's armed forces": inside a sentence, the
      // country is the one the sentence named before the phrase, if it named only one (capitals count as theirs).
      const at = (frame.sentence ?? "").toLowerCase().indexOf(s.toLowerCase());
      const here = mentions.find((m) => m.sentence === sentence)?.candidates.filter((c) => c.end <= at) ?? [];
      const named = new Set(countriesOf({ sentence, candidates: here }));
      if (at > 0 && named.size > 1) return undefined;
      if (at > 0 && named.size === 1) return `${[...named][0]!}${rest}`;
      return resolveCountry(rest);
    }
    // "The summit saw the signing of 14 agreements": the summit the story is about (its headline's or lead's), not the last one it mentioned.
    if (/^(?:summit|conference)$/.test(word) && new RegExp(`\\b${word}\\b`, "i").test(frame.texts?.get(-1) ?? "")) {
      for (const m of [
        ...mentions.filter((x) => x.sentence === -1),
        ...mentions.filter((x) => x.sentence >= 0 && x.sentence <= 2 && x.sentence < sentence).sort((a, b) => a.sentence - b.sentence),
      ]) {
        const hits = [...new Set(m.candidates.filter(match).map((c) => c.text))];
        if (hits.length === 1) return `${theFor(hits[0]!)}${rest}`;
      }
    }
    for (const m of [...before, ...mentions.filter((x) => x.sentence === -1)]) {
      const matched = m.candidates.filter(match);
      const bodies = COMPANY.has(word) ? matched.filter((c) => c.kind === "organisation") : [];
      const hits = [...new Set((bodies.length > 0 ? bodies : matched).map((c) => c.text))];
      if (hits.length === 1) return `${/^(?:country|nation)$/.test(word) ? hits[0] : stateOf(theFor(hits[0]!))}${rest}`;
      if (hits.length > 1) {
        const lead = hits.filter((h) => headline.has(h));
        return lead.length === 1 ? `${/^(?:country|nation)$/.test(word) ? lead[0] : theFor(lead[0]!)}${rest}` : undefined;
      }
    }
    // "The local ceasefire" after "Russia and Ukraine agreed to a local ceasefire": named by its two sides.
    const event = frame.texts ? nameEvent(s.slice(0, cut), word, [...before, ...mentions.filter((x) => x.sentence === -1)], frame.texts) : undefined;
    if (event) return `${event}${rest}`;
    return headlineThing(word, rest);
  }

  /** "the country" (+ the rest of its phrase): the one country named so far, or the article's own unless the sentence before names another. */
  /**
   * The countries a sentence's mentions name: a capital stands for its country; a country used as a
   * modifier ("the Myanmar conflict") is not one the sentence is about.
   */
  function countriesOf(m: Mentions): string[] {
    const text = frame.texts?.get(m.sentence);
    const attributive = (c: Candidate): boolean =>
      text !== undefined &&
      /^\s(?:war|conflict|crisis|ceasefire|truce|deal|talks|tariffs?|sanctions|strikes?|attacks?|issue|question|policy|nuclear|oil|gas|border)\b/.test(
        plain(text).slice(c.end),
      );
    return [
      ...m.candidates.filter((c) => c.kind === "country" && !attributive(c)).map((c) => canonicalCountry(c.text)),
      ...m.candidates.filter((c) => c.kind === "place").flatMap((c) => countryOfCity(c.text) ?? []),
    ];
  }

  function resolveCountry(rest: string): string | undefined {
    // Only when the article so far names one country: "the country" is too easily the wrong one.
    const all = [...new Set([...before, ...mentions.filter((x) => x.sentence === -1)].flatMap(countriesOf))];
    if (all.length === 1) return `${all[0]}${rest}`;
    // Else the article's own country, unless the sentence before names another one; or the one country that sentence names.
    const last = [...new Set(before[0]?.sentence === sentence - 1 ? countriesOf(before[0]) : [])];
    if (frame.country) return last.every((x) => x === frame.country) ? `${frame.country}${rest}` : undefined;
    return last.length === 1 ? `${last[0]}${rest}` : undefined;
  }

  /** The two countries named just before a "the two countries", in order; undefined unless exactly two. */
  function pairOf(phrase: string): string | undefined {
    const here = mentions.find((m) => m.sentence === sentence);
    const at = frame.sentence?.toLowerCase().indexOf(phrase.toLowerCase()) ?? -1;
    const own = here && at >= 0 ? here.candidates.filter((c) => c.end <= at) : [];
    const prev = before[0]?.sentence === sentence - 1 ? before[0].candidates : [];
    for (const cands of [own, prev]) {
      const names = new Map<string, string>();
      for (const c of cands) {
        if (c.kind !== "country") continue;
        const key = canonicalCountry(c.text);
        if (!names.has(key)) names.set(key, key === c.text || !/^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u.test(c.text) ? c.text : key);
      }
      if (names.size === 2) {
        const [a, b] = [...names.values()];
        return `${theCountry(a!)} and ${theCountry(b!)}`;
      }
      if (names.size > 2) return undefined;
    }
    return undefined;
  }

  /**
   * "The scheme" → "the Pradhan Mantri … Yojana", "the launch" → "the Heliora launch": the one
   * named thing of the headline, for the heads a story uses for its own subject.
   */
  function headlineThing(word: string, rest: string): string | undefined {
    if (!STORY_HEADS.has(word)) return undefined;
    // "the agreement" is the headline's thing only when the headline tells of a deal ("COP29 ends with deal on …").
    if (AGREEMENT_HEADS.has(word) && !/\b(?:deal|agreement|pact|accord|treaty)\b/i.test(frame.texts?.get(-1) ?? "")) return undefined;
    const things = [
      ...new Set(
        mentions
          .filter((m) => m.sentence === -1)
          .flatMap((m) => m.candidates.filter((c) => c.kind === "named" || (c.kind === "other" && c.category !== "term")).map((c) => c.text))
          .filter((t) => !holdsHeadlineVerb(t)),
      ),
    ];
    if (things.length !== 1) return undefined;
    const name = things[0]!;
    const last = name.split(/\s+/).pop()!.toLowerCase();
    const same = last === word || SYNONYMS[word]?.includes(last);
    if (same) return `${theFor(name)}${rest}`;
    // "Heliora probe" + "mission" → "the Heliora mission", not "the Heliora probe mission"
    const base = STORY_HEADS.has(last) && name.includes(" ") ? name.slice(0, name.lastIndexOf(" ")) : name;
    return `the ${base} ${word}${rest}`;
  }
}

/**
 * "these breaches" → "the breaches of the rule of law": the noun with the "of" phrase the sentence
 * before gave it, or undefined when that sentence gives none ("these prices" after "higher prices").
 *
 * @example pointedPhrase("breaches", "… concerns over corruption and breaches of the rule of law.") // "the breaches of the rule of law"
 */
function pointedPhrase(noun: string, previous: string | undefined): string | undefined {
  if (!previous) return undefined;
  const re = new RegExp(
    String.raw`\b${noun.toLowerCase()}\s(of|on|against|over|in)\s((?:the\s)?\p{Ll}[\p{Ll}-]*(?:\s(?:of\s|the\s|and\s)?\p{Ll}[\p{Ll}-]*){0,4})(?=[.,;:]|\s(?:and|or|but|which|that|who|by|in|at|for|to|from|with|as)\b|$)`,
    "u",
  );
  // "… constituted a committee under the chairmanship of Cabinet Secretary TV Somanathan. This committee held …": the body by who heads it.
  const headed = new RegExp(
    String.raw`\b${noun.toLowerCase()}\s((?:under|headed by|led by|chaired by)\s(?:the\s(?:chairmanship|leadership)\sof\s)?(?:[\p{Lu}][\p{L}.'-]*)(?:\s[\p{Lu}][\p{L}.'-]*){0,5})`,
    "u",
  ).exec(plain(previous));
  if (headed) return `the ${noun.toLowerCase()} ${headed[1]!.replace(/(?<=\p{Ll}{2})\.$/u, "")}`;
  const m = re.exec(plain(previous));
  if (!m) return undefined;
  // "the breaches of the rule", "the rule of the": a phrase cut inside its own noun phrase is none.
  if (/\s(?:the|of|and)$/.test(m[2]!)) return undefined;
  return `the ${noun.toLowerCase()} ${m[1]} ${m[2]}`;
}

/** A sentence that opens with a named group as its subject: "The four-member crew of the Axiom-4 Mission is headed …". */
const GROUP_OPENING =
  /^(The\s(?:[\p{L}\d-]+\s){0,3}(?:crew|team|astronauts|delegation|researchers|scientists)(?:\sof\s(?:the\s)?[\p{Lu}\d][\p{L}\d-]*(?:\s[\p{Lu}\d][\p{L}\d-]*){0,4}|\s(?=[\p{Lu}]))?)\s(?:is|are|was|were|has|have|had|will|would)\b/u;

/** Heads by which a story refers to its own subject, named in its headline. */
const STORY_HEADS = new Set([
  "mission",
  "launch",
  "spacecraft",
  "probe",
  "satellite",
  "observatory",
  "telescope",
  "scheme",
  "programme",
  "program",
  "project",
  "initiative",
  "reactor",
  "plant",
  "summit",
  "policy",
  "rules",
  "bill",
  "law",
  // "COP29 ends with deal on climate finance" … "The agreement also calls on …": the COP29 agreement.
  "agreement",
  "deal",
]);
const AGREEMENT_HEADS = new Set(["agreement", "deal"]);
const SYNONYMS: Record<string, readonly string[]> = {
  scheme: ["yojana", "abhiyan", "programme", "program", "mission"],
  programme: ["program", "yojana", "scheme"],
  program: ["programme", "yojana", "scheme"],
  rules: ["regulations"],
  agreement: ["treaty", "pact", "accord", "deal"],
  deal: ["agreement", "treaty", "pact", "accord"],
  law: ["act"],
};

/** "the U.S.", "the Philippines", but "India": a country's name as a sentence writes it. */
export function theCountry(name: string): string {
  return /^(?:United|Netherlands|Philippines|UAE|U\.S\.|US|UK|U\.K\.|EU|European)(?![\p{L}])/u.test(name) ? `the ${name}` : name;
}

/** Acronyms of public bodies read letter by letter, which take "the" ("the IMF"); "NATO" and "ISRO", read as words, do not. */
const THE_ACRONYMS: ReadonlySet<string> = new Set(
  "UN UNSC UNGA UNHRC UNEP UNDP UNFCCC IMF WHO WTO ILO FAO EU IAEA IEA ECB ICJ ICC AU SCO G20 G7 RBI MPC SEC FDA FBI CIA NRC DOE EPA FTC FCC BOJ BoJ BOE BoE PBOC PBoC ADB AIIB NDB MEA CBI CAG ECI NHAI NDMA IMD CSIR DRDO NHRC NGT".split(
    " ",
  ),
);

/** "the International Monetary Fund", "the IMF", but "Alibaba.com", "India", "NASA". */
export function theFor(name: string): string {
  if (/^the\s/i.test(name)) return name;
  // "the UNSC", "the RBI", but "NATO", "ISRO": the public bodies whose acronym a writer gives its "the".
  if (THE_ACRONYMS.has(name)) return `the ${name}`;
  // "the Johannesburg summit", "the New Delhi Declaration", "the Startup India initiative": a name whose head is a common noun takes "the".
  if (
    !/['’]s?\s/.test(name) &&
    /\s(?:\p{Ll}+|Declaration|Summit|Scheme|Yojana|Abhiyan|Project|Policy|Act|Bill|Rules|Index|Survey|Agreement|Treaty|Accord|Pact|Initiative|Programme|Program|Mission|Conference|Convention|Corridor|Framework|Charter|Protocol|Court|Tribunal|Assembly|Authority|Commission|Council|Committee|Board|Fund|Agency|Administration|Ministry|Department|Bureau|Institute|Centre|Center|Organisation|Organization|Alliance)$/u.test(
      name,
    )
  )
    return `the ${name}`;
  return /^(?:Ministry|Department|Bank of|International|European|World|United|Institute|National|Federal|Reserve|Supreme|Central|Organi[sz]ation)\b/.test(name)
    ? `the ${name}`
    : name;
}

/** Heads of noun phrases that need the article to say which one is meant. */
const VAGUE_HEADS =
  "court|declaration|legislation|House|vaccine|pact|accord|plant|company|firm|country|nation|war|conflict|election|campaign|quarter|deal|strait|truce|ceasefire|program|programme|project|move|changes|report|statement|group|crew|mission|agency|bank|government|ministry|meeting|talks|visit|summit|vessels|ships|attack|attacks|strikes|decision|plan|policy|measure|rules|bill|law|agreement|reactor|startup|drugmaker|platform|party|team|researchers|official|officials|leader|region|city|state|move|trip|release|approval|permit|announcement|amendments|crisis|scheme|initiative|operation|facility|site|station|case|proposal|figure|data|survey|study|index|budget|fund|increase|decrease|decline|rise|fall|cut|hike|problem|issue|dissenter|relief|trend|trends|effort|shift|waterway|vessel|craft|spacecraft|talks|deal|sector|market|industry|economy|board|members|member|vote|rally|drop|gain|loss|rollout|developments|development|action|framework|episode|incident|process|outcome|situation|dispute|tensions|standoff|backlash|push|bid|offer|campaign|election|effort|efforts|strategy|system|model|tool|technology|program|service|quartet|trio|duo|astronauts|cuts|hikes|increases|reductions|measures|steps|moves|curbs|restrictions|contributors|applications|package"
    .split("|")
    .join("|");
const VAGUE_NP = new RegExp(
  String.raw`\b[Tt]he (?:(?:previous|latest|new|final|local|fragile|proposed|planned|first|second|two|three|four|current|recent|same|other|main|whole|entire|earlier|only|lone|sole|central|amended|revised|draft|updated|top|apex)\s)?(?:${VAGUE_HEADS}|Strait|Plant|Agency|Bank|Ministry|Court|Commission|Council|Fund)\b(?!\s+(?:of|for|in|on|at|from|between|with|to|ending|ended)\s+(?:the\s)?[\p{Lu}\d_])(?![\p{L}'’-])|\b[Tt]he (?:central\s)?(?:agency|bank|ministry|programme|program|scheme|mission|commission|council|court|fund|Agency|Bank|Ministry|Court|Commission|Council|Fund)(?=['’]s\b)`,
  "gu",
);

/**
 * The noun phrases of a prompt that need the article to say which one is meant ("the plant",
 * "the previous quarter"), to be named from the article or the question dropped.
 *
 * @example vagueNounPhrases("The plant will generate 345 megawatts.") // ["The plant"]
 */
export function vagueNounPhrases(prompt: string): string[] {
  const text = plain(prompt).replace(/"[^"]*"/g, '""');
  // "of the country's exports": a possessive country is as vague as a subject one.
  return [...text.matchAll(VAGUE_NP), ...text.matchAll(/\b[Tt]he (?:country|nation)(?='s\b)/g)]
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
    .map((m) => m[0]);
}

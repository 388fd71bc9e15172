/**
 * Names: maximal capitalised spans of a sentence ("Ministry of Statistics & Programme
 * Implementation", "U.S. Supreme Court", "Strait of Hormuz"), cut where news copy glues a post
 * or a possessor to a name ("Chinese President | Xi Jinping", "India's | Ministry of …"), extended
 * over a lower-case head that names what the thing is ("Druzhba | pipeline", "Zaporizhzhia |
 * nuclear plant"), and typed from generic vocabularies and the words around them.
 */
import { countryOf, countryOfDemonym, PAIRED_PLACES, REGIONS } from "../nlp/vocab-places";
import { NON_NAME_WORDS, MONTHS, WEEKDAYS } from "../nlp/vocab-words";
import { KNOWN_ORGS } from "../nlp/vocab-roles";
import { plain, type AnswerKind, type Candidate } from "./types";
import {
  COMMON_NAMES,
  NEWS_SOURCES,
  ORG_CUES,
  ORG_HEAD_CATEGORY,
  PLACE_HEADS,
  TERM_ACRONYMS,
  THING_HEADS,
  TITLE_HEADS,
  TITLE_WORDS,
  WORLD_CITIES,
} from "./vocab";

/** What the NLP library says of the word at an offset of the sentence. */
export type TagsAt = (offset: number) => ReadonlySet<string> | undefined;

interface Tok {
  text: string;
  start: number;
  end: number;
  cap: boolean;
  possessive: boolean;
}

/** Months and weekdays, whole or cut ("Jan."): a connector before one ("for July") ends the name. */
const TIME_NAME = new RegExp(`^(?:${[...MONTHS, ...WEEKDAYS].join("|")}|${MONTHS.map((m) => m.slice(0, 3)).join("|")}|Sept)\\.?$`);
/** Words of a body's or a post's name, which an "of <country>" continues: "Bank of Japan", "President of France". */
const BODY_WORD =
  /^(?:Bank|Government|Republic|Kingdom|University|Ministry|Department|Institute|Council|Commission|Union|State|States|Embassy|President|Prime|Minister|Secretary|Governor|Chief|Parliament|Court|Assembly|Federation|Association|Chamber|College|School|Academy|Office|Board|Authority|Corporation|Party|Congress|People|Democratic|Islamic|United|Central|National|Federal|Royal|King|Queen|Prince|Princess|Emperor|Sultan|Emir|Crown|Navy|Army|Force|Forces|Air|Agency|Museum|Church|Senate|Chancellor|Ambassador|Consul|High|Supreme|Archbishop|Bishop|Duke|Mayor|Speaker|Foreign|Health|Finance|Home|Defence|Defense|Affairs|General|Director|Commissioner|Chairman|Chair|Head|Leader|Sheikh|Capital|Port|City|Province|Region|Gulf|Sea|Bay|Isle|Islands?|Society|Foundation|Trust|League|Club|Centre|Center|Organisation|Organization|Network|Alliance|Coalition|Front|Movement|Bar|Guild|Confederation|Institution|Service|Services|Police|Guard|Bureau|Company|Group|Industries|Airlines|Railways|Ports|Diocese|Library|Hospital|Observatory|Laboratory|Station|Tribunal|Cabinet|House|Committee|Law)$/;
const CONNECTORS = new Set(["of", "for", "&", "de", "du", "del", "da", "al", "bin", "von", "van", "der", "la", "le"]);
const CITY_SET = new Set(WORLD_CITIES);
const REGION_SET = new Set(REGIONS);
const MONTH_SET = new Set([...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), ...MONTHS.map((m) => `${m.slice(0, 3)}.`), "Sept", "Sept."]);
const WEEKDAY_SET = new Set(WEEKDAYS);
const SPEECH = /^(?:said|says|told|added|noted|wrote|explained|argued|warned|stated|tweeted|posted|announced|confirmed|declined|urged|insisted)\b/;
/** Abbreviations whose final dot belongs to the word. */
const DOTTED = /^(?:[A-Z]\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Lt|Col|Sen|Rep|Gov|Inc|Ltd|Co|Corp|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

function tokens(t: string): Tok[] {
  const out: Tok[] = [];
  // "OPEC+" is a name of its own, not OPEC: an acronym keeps its plus.
  for (const m of t.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.&'-]*(?:(?<=\p{Lu}{2})\+)?|&/gu)) {
    let text = m[0];
    const start = m.index ?? 0;
    if (text.endsWith(".") && !DOTTED.test(text)) text = text.replace(/\.+$/, "");
    let possessive = false;
    if (/'s?$/.test(text) && /[\p{L}.]'s?$/u.test(text)) {
      possessive = true;
      text = text.replace(/'s?$/, "");
    }
    text = text.replace(/-+$/, "");
    if (!text) continue;
    const cap = /^\p{Lu}/u.test(text) || /^\d+\p{Lu}/u.test(text) || text === "&";
    out.push({ text, start, end: start + text.length, cap, possessive });
  }
  return out;
}

/** Groups whose possessive is part of a name ("People's", "Workers'", "Farmers'"), not an owner of what follows. */
const GROUP_POSSESSIVE =
  /^(?:People|Peoples|Workers|Women|Children|Farmers|Citizens|Nations|Traders|Students|Employees|Veterans|Teachers|Consumers|Patients|Writers|Mothers|Fishermen)$/;

function isTitleRun(words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => TITLE_WORDS.has(w.toLowerCase())) && TITLE_HEADS.has(words[words.length - 1]!.toLowerCase());
}

function lastWord(text: string): string {
  return (text.split(/\s+/).pop() ?? "").toLowerCase().replace(/\.$/, "");
}

/** The words right before a span, lower-cased ("drugmaker", "party chair"). */
function wordsBefore(t: string, start: number, n: number): string[] {
  return t
    .slice(0, start)
    .split(/\s+/)
    .filter(Boolean)
    .slice(-n)
    .map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ""));
}

function isAcronym(text: string): boolean {
  if (TERM_ACRONYMS.has(text)) return false;
  return /^(?:[A-Z]\.){2,}$/.test(text) || /^[A-Z][A-Za-z]?[A-Z]{1,6}s?$/.test(text) || KNOWN_ORGS.has(text);
}

interface Raw {
  start: number;
  end: number;
  possessive: boolean;
  /** The post right before a person's name, when cut off ("Chinese President"). */
  title?: string;
}

/** Splits "IAEA Director General Rafael Grossi" into the possessor-like prefix, the post and the name. */
/** The word that opens a service rank only before its head: "Group Captain", "Wing Commander", "Squadron Leader", "Air Marshal". */
const RANK_OPENERS: Readonly<Record<string, readonly string[]>> = {
  captain: ["group"],
  commander: ["wing"],
  leader: ["squadron"],
  marshal: ["air", "field"],
  lieutenant: ["flight"],
  general: ["major", "brigadier", "lieutenant"],
  admiral: ["rear"],
};

function splitTitle(toks: readonly Tok[]): { prefix: Tok[]; title: Tok[]; name: Tok[] } | undefined {
  for (let i = toks.length - 2; i >= 0; i--) {
    if (!TITLE_HEADS.has(toks[i]!.text.toLowerCase())) continue;
    let j = i;
    while (j > 0 && (TITLE_WORDS.has(toks[j - 1]!.text.toLowerCase()) || RANK_OPENERS[toks[j]!.text.toLowerCase()]?.includes(toks[j - 1]!.text.toLowerCase())))
      j--;
    const name = toks.slice(i + 1);
    if (name.length > 0 && CONNECTORS.has(name[0]!.text.toLowerCase())) continue; // "Head of Fixed Income" is a post
    if (name.length === 0 || name.some((t) => TITLE_WORDS.has(t.text.toLowerCase()) && TITLE_HEADS.has(t.text.toLowerCase()))) continue;
    if (name.every((t) => !t.cap)) continue;
    return { prefix: toks.slice(0, j), title: toks.slice(j, i + 1), name };
  }
  return undefined;
}

/** True when a bracketed acronym that starts with the name's first letter follows soon, in the same clause: "… (NABARD)". */
function acronymAhead(t: string, from: number, first: string): boolean {
  const m = /^[^,.;:()“”"]{0,80}?\s\(([A-Z][A-Za-z-]{1,10})\)/.exec(t.slice(from));
  return m !== null && m[1]![0] === first[0];
}

/**
 * Finds the names of a sentence as typed candidates.
 *
 * @example findNames("Chinese President Xi Jinping met Kuomintang party chair Cheng Li-wun in Beijing.") // person "Xi Jinping", organisation "Kuomintang party", person "Cheng Li-wun", place "Beijing"
 */
export function findNames(sentence: string, tagsAt: TagsAt = () => undefined): Candidate[] {
  const t = plain(sentence);
  const toks = tokens(t);
  const raws: Raw[] = [];
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i]!;
    if (!tok.cap || tok.text === "&") {
      i++;
      continue;
    }
    let j = i;
    // Extend over capitalised words and inner connectors, separated by single spaces only.
    // "National People's Power", "People's Bank of China": a group's possessive inside a name continues it.
    const inner = (k: number): boolean =>
      GROUP_POSSESSIVE.test(toks[k]!.text) && toks[k + 1]?.cap === true && /^'s? $/.test(t.slice(toks[k]!.end, toks[k + 1]!.start));
    while (j + 1 < toks.length && (!toks[j]!.possessive || inner(j))) {
      const next = toks[j + 1]!;
      const gap = t.slice(toks[j]!.end, next.start);
      if (gap !== " " && gap !== "-" && !(toks[j]!.possessive && inner(j))) break;
      // "Section 301", "Article 370": the provision with its number, apart from the law it belongs to.
      if (/^(?:Section|Article|Clause|Chapter|Schedule|Rule|Regulation)$/.test(toks[j]!.text) && /^\d+[A-Z]?$/.test(next.text) && t[next.end] !== "(") {
        j++;
        break;
      }
      // "the Gulf of America Tuesday": a weekday after a name of its own is the day, not the name's end ("Black Friday" is one word before it).
      if (next.cap && WEEKDAYS.includes(next.text) && j > i) break;
      if (next.cap) {
        j++;
        continue;
      }
      const lower = next.text.toLowerCase();
      const after = toks[j + 2];
      const joinable =
        // "Jammu and Kashmir", "Trinidad and Tobago": one place.
        (lower === "and" && PAIRED_FIRST.has(`${toks[j]!.text} and ${after?.text ?? ""}`)) ||
        // "the LPA for July", "the IMD's forecast of June": a month or a weekday after a connector is a time, not the rest of a name.
        (CONNECTORS.has(lower) && !TIME_NAME.test(after?.text ?? "")) ||
        // "Committee on Space Research", "Convention on Biological Diversity", "Treaty on the …": a body or an instrument named for its subject.
        ((lower === "on" || lower === "against") &&
          /^(?:Committee|Council|Convention|Treaty|Conference|Panel|Protocol|Agreement|Accord|Subcommittee|Force|Mission|Commission|Programme|Program)$/.test(
            toks[j]!.text,
          ) &&
          !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(
            after?.text ?? "",
          )) ||
        // "California Department of Financial Protection and Innovation": a body's head anywhere before the "of … and".
        (lower === "and" && bodyOfAnd(toks.slice(i, j + 1).map((x) => x.text))) ||
        // "National Bank for Agriculture and Rural Development (NABARD)", "… Advisory Group on Immunisation (NTAGI)":
        // a bracketed acronym after the words says they are one name.
        (/^(?:and|on|for|of|in)$/.test(lower) && acronymAhead(t, toks[j]!.end, toks[i]!.text));
      // "Tibor Kapu of Hungary", "Peggy Whitson of the US": a person from a country, not one name ("Bank of Japan", "Government of India" are).
      const personOf =
        lower === "of" &&
        j > i &&
        (countryOf(after?.text ?? "") !== undefined || (after?.text === "the" && countryOf(toks[j + 3]?.text ?? "") !== undefined)) &&
        toks.slice(i, j + 1).every((x) => x.cap && !BODY_WORD.test(x.text));
      if (personOf) break;
      if (joinable && after && after.cap && t.slice(next.end, after.start) === " ") {
        j += 2;
        continue;
      }
      // "Organization of the Petroleum Exporting Countries", "Bank for the …": one name.
      const third = toks[j + 3];
      if (
        (/^(?:of|for)$/.test(lower) || (lower === "on" && /^(?:Convention|Treaty|Committee|Council|Conference)$/.test(toks[j]!.text))) &&
        after?.text === "the" &&
        third?.cap &&
        t.slice(next.end, third.start) === " the "
      ) {
        j += 3;
        continue;
      }
      if (lower === "the" && after && after.cap && /^(?:of|for)$/i.test(toks[j]!.text)) {
        j += 2;
        continue;
      }
      break;
    }
    let span = toks.slice(i, j + 1);
    // Connectors never end a span (a provision's number does).
    while (span.length > 0 && !span[span.length - 1]!.cap && !(span.length >= 2 && /^\d+[A-Z]?$/.test(span[span.length - 1]!.text))) span = span.slice(0, -1);
    i = j + 1;
    // Function words and sentence openers are not names.
    while (span.length > 0 && (NON_NAME_WORDS.has(span[0]!.text) || /^(?:The|A|An)$/.test(span[0]!.text))) span = span.slice(1);
    // "Shares of Sarvagya Biotech jumped": a sentence-opening common noun and its "of" are not part of the name.
    if (
      span.length > 2 &&
      /^(?:Shares|Stocks|Units|Bonds|Members|Officials|Residents|Citizens|Employees|Workers|Most|Many|Some|Parts|Leaders)$/.test(span[0]!.text) &&
      /^(?:of|in|at)$/.test(span[1]!.text)
    )
      span = span.slice(2);
    // "Scrapping Article 370 has been …": a sentence-opening gerund is the act, not part of the name it takes.
    // "Nanning Airport": one word after it, not itself a name, leaves the span whole.
    const rest = span.slice(1).map((x) => x.text);
    if (
      span.length >= 2 &&
      span[0]!.start === firstWordStart(t) &&
      openingGerund(span[0]!.text) &&
      (rest.length >= 2 || /^[\p{Lu}\p{N}]{2,}$/u.test(rest[0]!) || countryOf(rest[0]!) !== undefined)
    )
      span = span.slice(1);
    if (span.length === 0) continue;
    // "WHO 2025 report …": an acronym opening a sentence is the body, whatever the tagger reads ("who").
    // "COP29 ends with …", "G20 leaders met": a code of capitals and digits opening a sentence is a name too.
    if (
      span[0]!.start === firstWordStart(t) &&
      span.length === 1 &&
      !/^\p{Lu}[\p{Lu}&]{1,5}$/u.test(span[0]!.text) &&
      !/^\p{Lu}{1,5}\d{1,4}$/u.test(span[0]!.text)
    ) {
      const tags = tagsAt(span[0]!.start);
      if (!tags || !(tags.has("ProperNoun") || tags.has("Person") || tags.has("Place") || tags.has("Organization") || tags.has("Acronym"))) continue;
      if (tags.has("Pronoun") || tags.has("Verb") || tags.has("Adverb") || tags.has("Determiner") || tags.has("Conjunction")) continue;
    }
    const possessive = span[span.length - 1]!.possessive;
    const split = splitTitle(span);
    if (split) {
      if (split.prefix.length > 0) raws.push({ start: split.prefix[0]!.start, end: split.prefix[split.prefix.length - 1]!.end, possessive: false });
      raws.push({
        start: split.name[0]!.start,
        end: split.name[split.name.length - 1]!.end,
        possessive,
        title: t.slice(split.title[0]!.start, split.title[split.title.length - 1]!.end),
      });
    } else if (isTitleRun(span.map((s) => s.text))) {
      continue; // a post alone ("the Prime Minister")
    } else {
      raws.push({ start: span[0]!.start, end: span[span.length - 1]!.end, possessive });
    }
  }

  const out: Candidate[] = [];
  for (const r of raws) {
    let start = r.start;
    let end = r.end;
    // "Hyderabad-based Sarvagya Biotech": the city where a body is based, and the body.
    const based = /^(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)-(?:based|headquartered)\s(?=\p{Lu})/u.exec(t.slice(start, end));
    if (based) {
      const city = based[1]!;
      out.push({
        kind: "place",
        start,
        end: start + city.length,
        text: sentence.slice(start, start + city.length),
        outerStart: start,
        ...(CITY_SET.has(city) ? { category: "city" } : {}),
        bonus: 0,
      });
      start += based[0].length;
    }
    let text = sentence.slice(start, end);
    const ptext = t.slice(start, end);
    if (MONTH_SET.has(ptext) || WEEKDAY_SET.has(ptext)) continue;
    if (/^\d/.test(ptext) && !/\p{L}/u.test(ptext)) continue;
    // A lower-case head right after the name says what it is: "Druzhba pipeline", "Fidesz party".
    let head: string | undefined;
    // "Rich nations are grappling …": a sentence's capitalised first word before a plural head is an adjective, no name.
    const opener = start === firstWordStart(t) && !ptext.includes(" ") && !/^\p{Lu}{2,}/u.test(ptext);
    if (opener && /^ (?:nations|countries|states|economies|members|groups|parties|banks|companies|firms)\b/.test(t.slice(end))) continue;
    if (!r.possessive && !r.title && !(ptext.split(" ").length === 1 && countryOfDemonym(ptext))) {
      const ext = /^((?: [a-z][a-z-]*){1,2})(?=[\s,.;:)'—–-]|$)/.exec(t.slice(end));
      if (ext) {
        // "the Lok Sabha and state assemblies": a head after "and" is another noun's, not this name's.
        const all = ext[1]!.trim().split(" ");
        const stop = all.findIndex((w) => CONNECTORS.has(w) || w === "and" || w === "or");
        const words = stop < 0 ? all : all.slice(0, stop);
        for (let k = words.length; k >= 1; k--) {
          const w = words[k - 1]!;
          if (THING_HEADS.has(w) || PLACE_HEADS.has(w) || w === "party" || (k === 1 && ORG_HEAD_CATEGORY[w] && w !== "government")) {
            const extra = ` ${words.slice(0, k).join(" ")}`;
            end += extra.length;
            text = sentence.slice(start, end);
            head = w;
            break;
          }
        }
      }
    }
    // "Orbán-era", "U.S.-led": an adjective made of a name, not the name.
    if (
      /-(?:era|led|backed|based|style|like|owned|run|made|linked|born|focused|related|bound|dominated|controlled|funded|friendly|centric|specific|wide|allied|brokered|registered|listed|headquartered)$/i.test(
        ptext,
      )
    )
      continue;
    // "U.S.-Israel attacks": two countries joined are an adjective.
    if (/-/.test(ptext) && ptext.split("-").every((p) => countryOf(p) || countryOfDemonym(p))) continue;
    // "Dr. Reddy's Laboratories": a name inside a longer name.
    if (r.possessive && /\b(?:Dr|St|Mr|Mrs|Ms)\.\s$/.test(t.slice(Math.max(0, start - 4), start)) && /^'s?\s\p{Lu}/u.test(t.slice(end))) continue;
    // "(NRC)" right after its full form: the acronym is given away by the words before it.
    if (t[start - 1] === "(" && t[end] === ")" && /^[A-Z][A-Za-z&.]*[A-Z]s?$/.test(ptext)) continue;
    if (COMMON_NAMES.has(ptext)) continue;
    // "the S&P 500 Index" → "Index", "the Justice Department" → "Department": a name's generic head alone names nothing.
    if (NEVER_A_PERSON.has(ptext)) continue;
    // "Former US President Donald Trump": a former post's country is part of the post.
    if (/^(?:Former|Ex-?|Late|Then)\s/.test(ptext) && countryOf(ptext.replace(/^\S+\s/, "")) !== undefined) continue;
    // "Scottish Sikh blogger Jagtar Singh Johal": words of where someone is from and their faith describe them; they name no one.
    if (
      ptext.split(" ").length >= 2 &&
      ptext.split(" ").every((w) => countryOfDemonym(w) !== undefined || FAITHS.has(w) || /^\p{Lu}\p{Ll}+(?:ish|ian|ese)$/u.test(w))
    )
      continue;
    if (NEWS_SOURCES.has(ptext) || NEWS_SOURCES.has(ptext.replace(/^The /, ""))) continue;
    const named = typeName(t, start, end, text, plain(text), r, head, tagsAt);
    if (!named) continue;
    // What is "based" somewhere is a body, whatever the tagger makes of its name.
    const typed = based && (named.kind === "person" || named.kind === "other") ? { kind: "organisation" as const, category: "company", bonus: 0 } : named;
    // "Centrist Lucía Farfán", "Veteran Marisol Quiroga": a describing word capitalised at a sentence's start is no part of a person's name.
    const lead = typed.kind === "person" ? DESCRIPTOR.exec(text) : null;
    if (lead && text.split(/\s+/).length >= 3) {
      const at = start + lead[0].length;
      out.push({
        kind: typed.kind,
        start: at,
        end,
        text: text.slice(lead[0].length),
        outerStart: at,
        ...(typed.category ? { category: typed.category } : {}),
        bonus: typed.bonus,
      });
      continue;
    }
    // "Turkish President, Recep Tayyip Erdogan,": a post set off by commas is the holder's post, no person of its own.
    if (typed.kind === "person" && isPostName(text)) continue;
    // "The U.S. company is facing …": a country and a common noun describe a body the article named before; they name nothing.
    const [first, ...restWords] = text.split(/\s+/);
    if (
      restWords.length > 0 &&
      (countryOf(first!) || countryOfDemonym(first!)) &&
      /^(?:(?:tech|technology|energy|oil|pharma|e-commerce|internet|search|software|chip|defence|defense)\s)?(?:company|firm|giant|major|group|carmaker|drugmaker|chipmaker|lender|startup|conglomerate|multinational)$/.test(
        restWords.join(" "),
      )
    )
      continue;
    // "in Gujarat Wednesday": a weekday after a one-word name is the day, not the name's end.
    if (restWords.length === 1 && WEEKDAYS.includes(restWords[0]!) && !/^(?:Black|Good|Holy|Cyber|Super|Ash|Easter|Palm|Maundy|Bloody)$/.test(first!)) {
      out.push({ kind: typed.kind, start, end: start + first!.length, text: first!, outerStart: start, bonus: typed.bonus });
      continue;
    }
    out.push({ kind: typed.kind, start, end, text, outerStart: start, ...(typed.category ? { category: typed.category } : {}), bonus: typed.bonus });
  }
  // "jointly to Demis Hassabis and John M. Jumper": a name the tagger took for a place ("to …") that an "and" joins to a
  // person is a person too, unless the vocabularies know it as a place.
  for (let k = 0; k < out.length; k++) {
    const c = out[k]!;
    if (c.kind !== "place" || c.category !== undefined || !/^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}.'-]*){1,2}$/u.test(c.text)) continue;
    const partner = [out[k - 1], out[k + 1]].find(
      (o) => o?.kind === "person" && /^,?\s(?:and|&)\s$/.test(t.slice(Math.min(o.end, c.end), Math.max(o.start, c.start))),
    );
    if (partner) out[k] = { ...c, kind: "person", bonus: 0 };
  }
  return out;
}

/** A post and nothing else: "Swedish Prime Minister", "President", "the US Secretary of State". */
export function isPostName(text: string): boolean {
  const words = text.replace(/^the\s/i, "").split(/\s+/);
  const rest = words.length > 1 && (countryOfDemonym(words[0]!) !== undefined || countryOf(words[0]!) !== undefined) ? words.slice(1) : words;
  return isTitleRun(rest.filter((w) => !/^(?:of|for|and)$/i.test(w)));
}

/** A verb's -ing form ("Scrapping", "Holding", "Signing"), not a place that ends like one ("Beijing", "Kunming", "Nanning"). */
function openingGerund(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}[^aeioujm\W]ing$/u.test(word) && !CITY_SET.has(word) && countryOf(word) === undefined;
}

/** A body's head word whose name may go on with "and": "Ministry of Health and Family Welfare". */
const AND_BODY = /^(?:Ministry|Department|Institute|Bank|Commission|Council|Board|Organi[sz]ation|School|University|Centre|Center|Agency|Office|Food)$/;

/**
 * Whether the words so far are a body whose name goes on after "and": it opens with the head
 * ("Ministry of …"), or the head comes after a place and is followed by "of" ("California
 * Department of Financial Protection and Innovation"), never "Officials of the Reserve Bank and …".
 */
function bodyOfAnd(words: readonly string[]): boolean {
  if (AND_BODY.test(words[0] ?? "")) return true;
  const head = words.findIndex((w) => AND_BODY.test(w));
  return head > 0 && head <= 2 && words.slice(head + 1).includes("of") && !words.slice(0, head).some((w) => /^(?:of|the)$/.test(w));
}

/** Faiths and communities written before a person's description ("Sikh blogger"). */
const FAITHS: ReadonlySet<string> = new Set([
  "Sikh",
  "Hindu",
  "Muslim",
  "Christian",
  "Jewish",
  "Buddhist",
  "Jain",
  "Parsi",
  "Catholic",
  "Protestant",
  "Orthodox",
  "Sunni",
  "Shia",
  "Tamil",
  "Kurdish",
  "Dalit",
]);

/** The first two words of each paired place name ("Jammu and Kashmir" → "Jammu and Kashmir"; "Andaman and Nicobar Islands" → "Andaman and Nicobar"). */
const PAIRED_FIRST: ReadonlySet<string> = new Set(PAIRED_PLACES.map((p) => p.split(" ").slice(0, 3).join(" ")));

/** Words of a body's or an instrument's name, never of a person's: "Indian Constitution", "Finance Act", "Lok Sabha Elections". */
const NEVER_A_PERSON: ReadonlySet<string> = new Set([
  "Constitution",
  "Parliament",
  "Assembly",
  "Court",
  "Act",
  "Bill",
  "Code",
  "Article",
  "Section",
  "Treaty",
  "Agreement",
  "Accord",
  "Declaration",
  "Convention",
  "Protocol",
  "Charter",
  "Policy",
  "Scheme",
  "Mission",
  "Programme",
  "Program",
  "Yojana",
  "Abhiyan",
  "Ministry",
  "Department",
  "Council",
  "Committee",
  "Commission",
  "Elections",
  "Election",
  "Summit",
  "Index",
  "Report",
  "Amendment",
  "Fund",
  "Group",
  "Forum",
  "Authority",
  "Prize",
  "Prizes",
  "Award",
  "Awards",
  "Medal",
  "Trophy",
  "Cup",
  "Games",
]);

/** Political and career descriptors that open a sentence before a person's name. */
const DESCRIPTOR =
  /^(?:Centrist|Conservative|Leftist|Rightist|Socialist|Liberal|Populist|Nationalist|Progressive|Moderate|Veteran|Incumbent|Former|Outgoing|Independent|Hardline|Reformist|Opposition)\s(?=\p{Lu})/u;

function firstWordStart(t: string): number {
  return /[\p{L}\p{N}]/u.exec(t)?.index ?? 0;
}

function typeName(
  t: string,
  start: number,
  end: number,
  text: string,
  ptext: string,
  r: Raw,
  head: string | undefined,
  tagsAt: TagsAt,
): { kind: AnswerKind; category?: string; bonus: number } | undefined {
  const words = ptext.split(/\s+/);
  const last = lastWord(ptext);
  const before = wordsBefore(t, start, 3);
  const prev = before[before.length - 1] ?? "";
  const after = t.slice(end);
  const tags = [...Array(end - start).keys()].flatMap((k) => [...(tagsAt(start + k) ?? [])]);
  const has = (tag: string): boolean => tags.includes(tag);

  // "DR Congo": a country after the tagger's honorific "DR" is the country, not "Dr Congo".
  if (r.title && !(prev === "DR" && countryOf(ptext))) return { kind: "person", category: "official", bonus: 0.1 };
  // "data from Statistics Indonesia showed": the source of data is a body, not a place.
  if (/^(?:data|figures|statistics|estimates|numbers)\s(?:from|by)$/i.test(before.slice(-2).join(" ")) && !CITY_SET.has(ptext) && !countryOf(ptext))
    return { kind: "organisation", category: "agency", bonus: 0 };
  // "Bank Indonesia", "Bank Negara Malaysia": a bank named by its country alone is its central bank.
  if (/^Bank (?:Negara |Al-Maghrib )?\p{Lu}/u.test(ptext) && countryOf(ptext.replace(/^Bank (?:Negara |Al-Maghrib )?/, "")))
    return { kind: "organisation", category: "central bank", bonus: 0.05 };
  if (countryOf(ptext)) {
    // "U.S. Vice President JD Vance": the country names the post, it is not the fact.
    const nextWord = /^ (\p{Lu}[\p{L}-]*)/u.exec(after)?.[1]?.toLowerCase();
    if (nextWord && (TITLE_WORDS.has(nextWord) || TITLE_HEADS.has(nextWord))) return undefined;
    return { kind: "country", category: "country", bonus: 0 };
  }
  if (words.length === 1 && countryOfDemonym(ptext)) {
    // "the Danish drugmaker": a nationality asked as a country.
    return /^ [a-z]/.test(after) ? { kind: "country", category: "country", bonus: -0.3 } : undefined;
  }
  if (head && THING_HEADS.has(head)) return { kind: "named", category: head, bonus: 0.05 };
  if (head && PLACE_HEADS.has(head)) return { kind: "place", category: head, bonus: 0 };
  if (REGION_SET.has(ptext)) return { kind: "place", category: "region", bonus: -0.05 };
  if (PAIRED_PLACES.some((x) => ptext === x || ptext.startsWith(`${x} `))) return { kind: "place", category: "region", bonus: 0 };
  if (CITY_SET.has(ptext)) return { kind: "place", category: "city", bonus: 0 };
  if (PLACE_HEADS.has(words[0]!.toLowerCase()) && words.length > 2) return { kind: "place", category: words[0]!.toLowerCase(), bonus: 0 };
  if (PLACE_HEADS.has(last)) return { kind: "place", category: last, bonus: 0 };
  const ofAt = words.findIndex((w) => /^(?:of|for|on)$/i.test(w));
  const headWord = ofAt > 0 ? words[ofAt - 1]!.toLowerCase() : last;
  const orgHead = ORG_HEAD_CATEGORY[headWord] ?? ORG_HEAD_CATEGORY[last];
  if (orgHead && words.length > 1)
    return {
      kind: "organisation",
      category:
        (/bank/.test(orgHead) && /\b(?:Reserve|Central|National|People)\b/.test(ptext) && !/Development|Investment|World/.test(ptext)) ||
        // "Bank of Korea", "Bank of England": a country's bank is its central bank ("Bank of America", "Bank of
        // China" and "Bank of India" are lenders).
        /^(?:the\s)?Bank of (?:England|Korea|Japan|Canada|Italy|France|Spain|Thailand|Israel|Mexico|Russia|Ghana|Uganda|Tanzania|Zambia|Botswana|Jamaica|Greece|Portugal|Finland|Lithuania|Latvia|Estonia|Slovenia|Albania|Namibia|Mauritius|Sierra Leone|Papua New Guinea)$/.test(
          ptext,
        ) ||
        /^(?:the\s)?Federal Reserve\b/.test(ptext)
          ? "central bank"
          : orgHead,
      bonus: 0.05,
    };
  if (head === "party") return { kind: "organisation", category: "party", bonus: 0.05 };
  if (THING_HEADS.has(last) && words.length > 1) return { kind: "named", category: last, bonus: 0.05 };
  const cue = ORG_CUES[prev] ?? (before.slice(-2).join(" ") === "think tank" ? "think tank" : undefined);
  if (cue) return { kind: "organisation", category: cue, bonus: 0.05 };
  if (/\.(?:com|org|net|ai|io)$/i.test(ptext) || /\b(?:Inc|Corp|Ltd|LLC|plc|AG|SA)\.?$/.test(ptext))
    return { kind: "organisation", category: "company", bonus: 0 };
  // "National People's Power", "Workers' Party": a name with a group's possessive inside is a body.
  if (words.length >= 2 && new RegExp(`^${GROUP_POSSESSIVE.source.slice(1, -1)}['’]s?$`).test(words.slice(0, -1).find((w) => /['’]/.test(w)) ?? ""))
    return { kind: "organisation", bonus: 0 };
  if (TERM_ACRONYMS.has(ptext)) return undefined; // "GDP", "CEO": words of the trade, not names
  if (isAcronym(ptext)) return { kind: "organisation", bonus: -0.05 };
  // "Indonesia Eximbank", "Japan Post": a name that opens with a country is a body, not a person.
  if (words.length >= 2 && countryOf(words[0]!) && !has("FirstName")) return { kind: "organisation", bonus: -0.05 };
  // "Central Visayas", "Northern Cape", "Upper Nile": a region, never a person, whatever the tagger says ("Central Java").
  if (
    words.length >= 2 &&
    /^(?:Central|North|South|East|West|Northern|Southern|Eastern|Western|Northeast|Northwest|Southeast|Southwest|Northeastern|Northwestern|Southeastern|Southwestern|Upper|Lower|Greater|Inner|Outer)$/.test(
      words[0]!,
    )
  )
    return /^(?:Asian|African|European|American|Pacific|Atlantic)$/.test(words[words.length - 1]!)
      ? undefined
      : { kind: "place", category: "region", bonus: -0.05 };
  // "the Indian Constitution", "the Finance Act": a name with an institution's or an instrument's word is no one's.
  // ("Bill Gates": a first word may be a first name.)
  if (words.slice(1).some((w) => NEVER_A_PERSON.has(w))) return { kind: "named", bonus: 0 };
  if (
    has("Person") ||
    has("FirstName") ||
    has("LastName") ||
    SPEECH.test(after.replace(/^,? /, "")) ||
    (/^, (?:the |a |an )?[a-z]/.test(after) && words.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!))
  ) {
    if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}.'-]*$/u.test(w))) return { kind: "person", bonus: 0 };
  }
  if (has("Organization")) return { kind: "organisation", bonus: -0.05 };
  if (!r.possessive && !has("Organization") && (has("Place") || /^(?:in|at|near|from|to)$/.test(prev))) {
    if (words.length <= 3) return { kind: "place", bonus: -0.1 };
  }
  if (/^(?:such as|including|like)$/.test(before.slice(-2).join(" ")) || /^(?:as|including|like)$/.test(prev)) return { kind: "other", bonus: -0.05 };
  if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && has("ProperNoun")) return { kind: "person", bonus: -0.15 };
  return { kind: "other", bonus: -0.1 };
}

/**
 * Short quoted terms and names introduced by "called", "known as", "dubbed": “world's pharmacy”,
 * a strategy of “deterrence through dialogue”, a “C grade” rating.
 */
export function findTerms(sentence: string): Candidate[] {
  const t = plain(sentence);
  const out: Candidate[] = [];
  for (const m of t.matchAll(/"([^"]{2,60})"|(?<=[\s"]|^)'([^']{2,40})'(?=[\s,.;:"]|$)/g)) {
    const inner = (m[1] ?? m[2] ?? "").replace(/[,.;:]+$/, "");
    const words = inner.trim().split(/\s+/);
    if (words.length > 5 || /[.!?]/.test(inner.trim()) || /^(?:a|an|the|and|or|but|to|of)\b/i.test(inner)) continue;
    if (/\b(?:is|are|was|were|will|would|have|has|had|be|been|do|does|did|can|could|should|must|we|i|you|our|my)\b/i.test(inner)) continue;
    const start = (m.index ?? 0) + 1 + (inner.length - inner.trimStart().length);
    const text = sentence.slice(start, start + inner.trim().length);
    out.push({ kind: "other", start, end: start + text.length, text, outerStart: start, category: "term", bonus: 0.1 });
  }
  for (const m of t.matchAll(
    // "who called it historic": a pronoun after "called" is what was called, not a name.
    /\b(?:called|named|dubbed|known as|titled|code-named|codenamed)\s+(?!the\b|a\b|an\b|it\b|them\b|him\b|her\b|this\b|that\b|these\b|those\b|for\b|on\b|upon\b|off\b)((?:[\p{L}\p{N}-]+)(?: [\p{L}\p{N}-]+){0,3})/gu,
  )) {
    // "dubbed India a 'dead economy'": an object then what it was called; the name is neither.
    if (/^\S+(?:\s\S+)?\s(?:a|an|the)(?:\s|$)/.test(m[1]!)) continue;
    const name = m[1]!.replace(/\s+(?:and|or|in|on|at|to|for|which|that|by|from|with|as|is|was)\b.*$/, "");
    if (!/^\p{Lu}/u.test(name) && name.split(" ").length > 2) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1]!);
    out.push({
      kind: "named",
      start,
      end: start + name.length,
      text: sentence.slice(start, start + name.length),
      outerStart: start,
      category: "name",
      bonus: 0.15,
    });
  }
  return out;
}

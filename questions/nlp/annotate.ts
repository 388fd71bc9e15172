/**
 * The NLP pass over one article: sentences with offsets, proper names typed as
 * person / country / organisation / place, a registry of people with the posts the
 * article gives them, and surname aliases ("Soto" → "Ana Soto").
 * compromise is loaded once, at module level; it only adds candidate person names.
 */
import nlp from "compromise";
import type { Article } from "../types";
import { capitalisedSpans, classifyName, PORTFOLIO_WORDS, splitRolePrefix, stripPossessive, type NameSpan, type NameType } from "./names";
import { splitSentences, type Sentence } from "./sentences";
import { isTrailerLine } from "../article/raw-text";
import { countryOf, countryOfDemonym } from "./vocab-places";
import { HONORIFICS, OCCUPATIONS, ROLE_HEADS } from "./vocab-roles";

/** A person the article names, with every post it gives them. */
export interface Person {
  name: string;
  /** Role phrases verbatim ("Russian Foreign Minister"), in order of appearance. */
  roles: string[];
}

/** One annotated sentence. */
export interface AnnotatedSentence extends Sentence {
  names: NameSpan[];
}

/** The annotation of one article. */
export interface Annotation {
  article: Article;
  sentences: AnnotatedSentence[];
  people: Map<string, Person>;
  /** Surname or short form → full name. */
  aliases: Map<string, string>;
}

const UNIT_WORDS = new Set(["commanding", "presiding", "visiting", "acting", "ruling", "governing", "managing", "outgoing", "incoming", "reporting", "fleet", "command", "corps", "division", "regiment", "brigade", "navy", "army", "staff", "force", "forces", "squadron", "battalion", "council", "ministry", "party", "group"]);

const ROLE_OF_RE = /((?:(?:Union|Cabinet|Deputy|Vice|Chief|Principal|Additional|Joint|Junior|Senior|Permanent)\s+)*([A-Z][\p{L}-]*)\s+(?:of|for|to)\s+(?:State\s+(?:\([A-Z][\p{L} ]+\)\s+)?(?:for|of)\s+)?(?:the\s+)?[A-Z][\p{L}-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\p{L}-]*)*)\s+$/u;

const GROUPING_AFTER = /^\s+(?:(?:grouping|bloc|alliance|coalition|forum|group|organisation|organization|partnership|dialogue|framework)\b|(?:currently\s+)?(?:comprises|consists of|is made up of|brings together)\s+(?:[\w-]+\s+){0,2}(?:members|member states|countries|nations|economies)\b)/;

const OCCUPATION_BEFORE = new RegExp(`\\b(?:${OCCUPATIONS.join("|")})\\s+$`, "i");

const SPEECH_VERBS = /^\s+(?:also\s+)?(?:was sworn in|was appointed|was elected|was named|won|defeated|received|resigned|took oath|assumed|said|says|told|led|leads|headed|heads|met|meets|added|stated|noted|announced|asserted|emphasised|emphasized|stressed|urged|called|voiced|held|chaired|signed|visited|reiterated|underlined|highlighted|launched|inaugurated|welcomed|described|expressed|spoke|wrote)\b/;

/** Candidate person names compromise recognises in a text, cleaned of titles and punctuation. */
export function compromisePeople(text: string): Set<string> {
  const out = new Set<string>();
  const found = nlp(text).people().out("array") as string[];
  for (const raw of found) {
    const cleaned = raw.replace(/[^\p{L}\p{N}\s.'’-]+/gu, " ").replace(/[.\s]+$/u, "").replace(/\s+/g, " ").trim();
    const { name } = splitRolePrefix(cleaned);
    const bare = stripPossessive(name).trim();
    if (bare.length > 1 && classifyName(bare, new Set()) === "other") out.add(bare);
  }
  return out;
}

/**
 * "Secretary of State " / "Union Minister for New and Renewable Energy " ending `left`, with a
 * country or demonym before it ("US Secretary of State"). A portfolio never holds another post
 * ("Secretary of State Ana Soto and Chilean Foreign Minister" is two people): the match
 * is then retried after that post.
 */
function roleOf(left: string): string | undefined {
  let from = 0;
  for (let tries = 0; tries < 4; tries++) {
    const of = ROLE_OF_RE.exec(left.slice(from));
    if (!of || !ROLE_HEADS.has((of[2] ?? "").toLowerCase())) return undefined;
    const phrase = of[1] ?? "";
    const tail = phrase.slice(phrase.search(/\s(?:of|for|to)\s/) + 1).split(/\s+/).slice(1);
    const inner = tail.findIndex((w) => ROLE_HEADS.has(w.toLowerCase()));
    if (inner < 0) {
      const before = left.slice(0, from + of.index).trimEnd().split(" ").pop() ?? "";
      const country = /^\p{Lu}/u.test(before) && (countryOf(before) !== undefined || countryOfDemonym(before) !== undefined);
      return country ? `${before} ${phrase}` : phrase;
    }
    // Retry after the inner post's head word.
    const headAt = left.indexOf(` ${tail[inner] ?? ""} `, from + of.index);
    if (headAt < 0) return undefined;
    from = headAt + 1;
  }
  return undefined;
}

/** The role phrase directly left of offset `at` ("Russian deputy foreign minister "), or undefined. */
export function roleBefore(sentence: string, at: number): string | undefined {
  // "… for Science and Technology Dr. Jitendra Singh": the honorific is not part of the post.
  const left = sentence.slice(0, at).replace(/(?<=\S\s)(?:Dr|Mr|Ms|Mrs|Prof|Shri|Smt)\.?\s+$/, "");
  // "Union Minister for New and Renewable Energy ", "Chief Justice of India ": a post with its portfolio or country.
  const of = roleOf(left);
  if (of !== undefined) return of;
  const words = left.trimEnd().split(" ");
  if (!left.endsWith(" ")) return undefined;
  let i = words.length - 1;
  const head = (words[i] ?? "").toLowerCase();
  if (!ROLE_HEADS.has(head) || head === "deputy" && words.length === 1) return undefined;
  let from = i;
  for (i = i - 1; i >= 0; i--) {
    const w = words[i] ?? "";
    if (w === "" || /[,;:()“”"]/.test(w)) break;
    const lw = w.toLowerCase();
    const capital = /^\p{Lu}/u.test(w);
    // "Commerce and Industry Minister": "and" joins two capitalised portfolio words.
    if ((lw === "and" || lw === "&") && PORTFOLIO_WORDS.has(words[i - 1] ?? "") && PORTFOLIO_WORDS.has(words[i + 1] ?? "")) continue;
    if (["the", "a", "an", "his", "her", "their", "its", "and", "with", "by", "said", "met", "of", "in", "to", "for", "on", "at", "from"].includes(lw)) break;
    if (capital || /^(?:deputy|vice|foreign|external|affairs|home|defence|defense|finance|chief|prime|junior|senior|former|acting|interim|permanent|national|security|principal|special|joint|additional|assistant|executive|general|state|union|cabinet|trade|commerce|party|opposition)$/.test(lw)) {
      from = i;
      continue;
    }
    break;
  }
  const role = words.slice(from).filter((w) => !HONORIFICS.has(w)).join(" ");
  return role === "" ? undefined : role;
}

/** The appositive role right of offset `at` (", deputy minister of foreign affairs of X,"), or undefined. */
export function roleAfter(sentence: string, at: number): string | undefined {
  const m = /^,\s+((?:the\s+)?[^,;“”"]{3,90}?)(?=,|\s+(?:said|led|headed|met|is|was|will)\b|\.$)/.exec(sentence.slice(at));
  if (!m) return undefined;
  const phrase = (m[1] ?? "").trim();
  const words = phrase.split(/\s+/);
  if (words.length > 12) return undefined;
  const hasHead = words.slice(0, 5).some((w) => ROLE_HEADS.has(w.toLowerCase().replace(/[()]/g, "")));
  if (!hasHead || /^(?:who|which|that|and|but|as|with|while|where|when|after|before|during|said|adding)\b/i.test(phrase)) return undefined;
  return phrase.replace(/^the\s+/i, "");
}

function personCue(s: string, span: { start: number; end: number; text: string }): boolean {
  const split = splitRolePrefix(span.text);
  if (split.role !== undefined) return true;
  if (roleBefore(s, span.start) !== undefined) return true;
  if (roleAfter(s, span.end) !== undefined) return true;
  if (/\b(?:counterpart|met|met with|talks with|meeting with|led by|headed by|along with|succeed|succeeds|succeeded|replace|replaces|replaced)\s+$/.test(s.slice(0, span.start))) return true;
  // "Malayalam poet G. Sankara Kurup", "eminent writer Pratibha Ray": an occupation noun before the name.
  if (OCCUPATION_BEFORE.test(s.slice(0, span.start))) return true;
  const words = span.text.split(" ").length;
  // "the X Foundation announced": a name read with "the" is a body, not a person.
  if (words >= 2 && words <= 4 && SPEECH_VERBS.test(s.slice(span.end)) && !/\bthe\s+$/.test(s.slice(0, span.start))) return true;
  return false;
}

/**
 * Annotates an article: sentences, typed names, people and their posts.
 *
 * @example annotate(article).people.get("Ana Soto")?.roles // ["Chilean Foreign Minister"]
 */
export function annotate(article: Article): Annotation {
  // Boilerplate that survived import ("Read More", "With inputs from agencies") is treated like a heading: never a fact.
  const sentences = splitSentences(article.body).map((s) => (isTrailerLine(s.text) ? { ...s, heading: true } : s));
  const people = new Map<string, Person>();
  const aliases = new Map<string, string>();
  const spansBySentence = sentences.map((s) => capitalisedSpans(s.text));
  // compromise only reads the sentences holding an unexplained capitalised span (no post, no
  // verb cue): most sentences are settled by the cues alone, and compromise is the costly part.
  const doubtful = sentences.filter((s, si) =>
    !s.heading &&
    (spansBySentence[si] ?? []).some((span) => {
      const name = stripPossessive(splitRolePrefix(span.text).name);
      const n = name.split(" ").length;
      // Only multi-word, name-like spans can become people without a cue (see pass 1).
      if (n < 2 || n > 4 || /[\d-]/.test(name) || classifyName(name, new Set()) !== "other") return false;
      const offset = span.start + span.text.lastIndexOf(splitRolePrefix(span.text).name);
      return !personCue(s.text, { start: offset, end: offset + name.length, text: name });
    }),
  );
  const suggested = doubtful.length > 0 ? compromisePeople(doubtful.map((s) => s.text).join(" ")) : new Set<string>();

  const addPerson = (name: string, role: string | undefined): void => {
    const p = people.get(name) ?? { name, roles: [] };
    if (role && !p.roles.includes(role)) p.roles.push(role);
    people.set(name, p);
  };

  // Pass 1: full names with a cue, or suggested by compromise.
  sentences.forEach((s, si) => {
    if (s.heading) return;
    for (const span of spansBySentence[si] ?? []) {
      const split = splitRolePrefix(span.text);
      const nameText = stripPossessive(split.name);
      if (nameText === "") continue;
      const offset = span.start + span.text.lastIndexOf(split.name);
      const type = classifyName(nameText, new Set());
      if (type !== "other") continue;
      // "Commanding Western Fleet", "Joint Staff": gerunds and unit words are not in names.
      if (nameText.split(" ").some((w) => UNIT_WORDS.has(w.toLowerCase()))) continue;
      const multi = nameText.split(" ").length >= 2;
      const cue = personCue(s.text, { start: offset, end: offset + split.name.length, text: nameText });
      if ((multi && (cue || suggested.has(nameText))) || (!multi && suggested.has(nameText) && cue)) {
        const role = roleBefore(s.text, offset) ?? roleAfter(s.text, offset + split.name.length);
        addPerson(nameText, role);
      }
    }
  });
  // A surname registered on its own ("Dissanayake, the leader of …") belongs to the full name.
  for (const [name, p] of [...people]) {
    if (name.includes(" ")) continue;
    const full = [...people.keys()].filter((k) => k.endsWith(` ${name}`));
    if (full.length !== 1) continue;
    const target = people.get(full[0] as string);
    if (!target) continue;
    for (const r of p.roles) if (!target.roles.includes(r)) target.roles.push(r);
    people.delete(name);
  }
  for (const name of people.keys()) {
    const parts = name.split(" ");
    const last = parts[parts.length - 1];
    if (parts.length >= 2 && last && last.length > 1) {
      aliases.set(last, aliases.has(last) && aliases.get(last) !== name ? "" : name);
    }
  }

  // Pass 2: type every span in context.
  const annotated: AnnotatedSentence[] = sentences.map((s, si) => {
    const names: NameSpan[] = [];
    for (const span of spansBySentence[si] ?? []) {
      const split = splitRolePrefix(span.text);
      const nameText = stripPossessive(split.name);
      if (nameText === "") continue;
      const start = span.start + span.text.lastIndexOf(split.name);
      let type: NameType = classifyName(nameText, new Set(people.keys()));
      if (type === "other" && aliases.get(nameText)) type = "person";
      if (type === "demonym" && countryOfDemonym(nameText) === undefined) type = "other";
      if (type === "other" && /\b(?:in|at|to|from|via|near|across)\s+(?:the\s+)?$/.test(s.text.slice(0, start)) && nameText.split(" ").length <= 3) type = "place";
      names.push({ text: nameText, start, end: start + nameText.length, type });
    }
    return { ...s, names };
  });
  // A short form of an organisation the article names in full ("Intercontinental Police
  // Organisation" … "the Interpol"): a single word that begins the full name's first word.
  const orgFirstWords = new Set(annotated.flatMap((s) => s.names.filter((n) => n.type === "organisation" && n.text.includes(" ")).map((n) => n.text.split(" ")[0] ?? "")));
  // A single word a grouping noun follows ("the X grouping", "the X bloc") is one too.
  const shortOrgs = new Set<string>();
  for (const s of annotated) {
    for (const n of s.names) {
      if (n.type !== "other" || n.text.includes(" ") || n.text.length < 3) continue;
      if ([...orgFirstWords].some((w) => w.length > n.text.length && w.startsWith(n.text)) || GROUPING_AFTER.test(s.text.slice(n.end))) shortOrgs.add(n.text);
    }
  }
  // Then every mention of that word in the article is the organisation.
  for (const s of annotated) for (const n of s.names) if (n.type === "other" && shortOrgs.has(n.text)) n.type = "organisation";
  for (const [k, v] of [...aliases]) if (v === "") aliases.delete(k);
  return { article, sentences: annotated, people, aliases };
}

/** The full name for a mention ("Soto" → "Ana Soto"), or the mention itself. */
export function fullName(ann: Annotation, mention: string): string {
  const bare = stripPossessive(mention);
  if (ann.people.has(bare)) return bare;
  return ann.aliases.get(bare) ?? bare;
}

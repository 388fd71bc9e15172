/**
 * Definitions the sentence gives in apposition: "Gemini — Google's large language model —",
 * "semaglutide, the key ingredient in Novo Nordisk's GLP-1 drugs,", "Jared Isaacman, NASA's
 * administrator,". The definite description names one thing, so it makes a question whose one
 * answer is the name: "What is the name of Google's large language model?" → Gemini. An
 * indefinite one ("an organization tasked with …") fits many things and asks nothing.
 */
import type { Candidate } from "../answers/types";
import { plain } from "../answers/types";
import { MONTHS } from "../nlp/vocab-words";

/** Heads of a description that is a job, not a thing: a person's post is asked only for officials. */
const POST =
  /\b(?:CEO|chief executive|chief|head|director|founder|co-founder|chair(?:man|woman)?|analyst|economist|strategist|manager|professor|researcher|spokes(?:person|man|woman)|partner|adviser|advisor|fellow|editor|reporter|correspondent)\b/i;
const OFFICIAL =
  /\b(?:administrator|minister|president|prime minister|governor|secretary|director[- ]general|secretary-general|ambassador|commissioner|chancellor|premier|speaker|mayor|commander|army chief|chief justice)\b/i;

/**
 * The definite description in apposition to the candidate, "Google's large language model", or undefined.
 *
 * @example appositionOf("researchers used Gemini — Google's large language model — to sort …", gemini) // "Google's large language model"
 */
export function appositionOf(sentence: string, c: Candidate): string | undefined {
  const t = plain(sentence);
  const after = t.slice(c.end);
  const m = /^(?:,|\s[—–])\s((?:the|[\p{Lu}][\p{L}.&'-]*(?:\s[\p{Lu}][\p{L}.&'-]*){0,3}'s)\s[^,;—–()"]{3,70}?)(?:,|\s[—–]|\.$)/u.exec(after);
  if (!m) {
    // "Saurabh Garg, secretary at MoSPI, said": an official's post without its article, of a named body.
    const bare = /^,\s((?:[a-z-]+\s){0,2}[a-z-]+\s(?:at|of|in)\s(?:the\s)?\p{Lu}[^,;—–()"]{1,50}?)(?:,|\s[—–]|\.$)/u.exec(after);
    const post = bare?.[1];
    if (c.kind !== "person" || !post || !OFFICIAL.test(post) || POST.test(post.replace(OFFICIAL, ""))) return undefined;
    if (/\b(?:and|or|said|says|is|was|who|which|that)\b/.test(post)) return undefined;
    return `the ${post}`;
  }
  const desc = m[1]!.trim();
  // A name of its own is another entity, not a description ("Alibaba.com, Amazon and …").
  if (/^the\s[\p{Lu}]/u.test(desc) && !/\s[\p{Ll}]/u.test(desc.slice(4))) return undefined;
  if (/\b(?:and|or|said|says|is|was|were|are|has|have|had|will|would|which|who|that)\b/.test(desc)) return undefined;
  // "the international benchmark": too little to name one thing.
  if (c.kind === "person") return OFFICIAL.test(desc) && !POST.test(desc.replace(OFFICIAL, "")) ? desc : undefined;
  if (desc.split(/\s+/).length < 3 || (!/\p{Lu}|['’]s\b/u.test(desc) && desc.split(/\s+/).length < 5)) return undefined;
  if (POST.test(desc)) return undefined;
  if (!["organisation", "named", "other"].includes(c.kind)) return undefined;
  return desc;
}

/** The question a description makes: who held the post then, or the name of the thing. */
export function appositionQuestion(desc: string, c: Candidate, asOf?: string): string {
  const d = desc.replace(/^The\b/, "the");
  if (c.kind === "person") return `Who was ${d}${asOf ? ` as of ${asOf}` : ""}?`;
  return /^the name of\b/i.test(d) ? `What is ${d}?` : `What is the name of ${d}?`;
}

/**
 * Names that only their apposition shows to be names: "Integrity, the name of the crew's
 * spacecraft, …" opening a sentence, "the patent on semaglutide, the key ingredient in …".
 */
export function definedTerms(sentence: string): Candidate[] {
  const t = plain(sentence);
  const out: Candidate[] = [];
  const push = (start: number, text: string): void => {
    const c: Candidate = { kind: "other", start, end: start + text.length, text, outerStart: start, category: "defined", bonus: 0.05 };
    if (appositionOf(sentence, c)) out.push(c);
  };
  const opening = /^([\p{Lu}][\p{Ll}]+),\sthe name of\s/u.exec(t);
  if (opening) push(0, opening[1]!);
  for (const m of t.matchAll(/\b(?:on|of|for|with|from|by)\s([a-z][a-z-]{5,})(?=,\sthe\s)/g)) push((m.index ?? 0) + m[0].length - m[1]!.length, m[1]!);
  return out;
}

/** Words a noun phrase does not run back across: prepositions, conjunctions, verbs of the clause. */
const NP_STOP =
  /^(?:for|of|to|in|on|at|by|with|from|into|and|or|but|that|which|who|as|is|was|are|were|be|been|has|have|had|led|said|says|than|about|over|under|after|before|since|while|amid|despite|via|across|including)$/i;

/**
 * The statement an apposition makes about the noun phrase before it: "… challenges for the textile
 * industry, India's second-largest employer which supports more than 45 million jobs." → "The
 * textile industry is India's second-largest employer which supports more than 45 million jobs."
 * Undefined unless the candidate lies inside the apposition, which opens with a possessor or "the".
 *
 * @example appositionStatement("It hurt the textile industry, India's second-largest employer.", rank) // "The textile industry is India's second-largest employer."
 */
export function appositionStatement(sentence: string, c: Candidate): string | undefined {
  const t = plain(sentence);
  for (const m of t.matchAll(/,\s((?:[\p{Lu}][\p{L}.&'-]*(?:\s[\p{Lu}][\p{L}.&'-]*){0,3}'s|the)\s[^,;—–()"]{3,120}?)(?=,|\s[—–]|\.$|;)/gu)) {
    const at = m.index + 2;
    if (c.outerStart < at || c.end > at + m[1]!.length) continue;
    // "…, the first time inflation has fallen below …" describes the event of the clause, not a noun.
    if (/^the\s(?:[a-z]+\s)?(?:time|such|since|year|month|day|week)\b/.test(m[1]!)) return undefined;
    const words = t.slice(0, m.index).split(/\s+/);
    const np: string[] = [];
    for (let i = words.length - 1; i >= 0 && np.length < 6; i--) {
      const w = words[i]!;
      if (NP_STOP.test(w) || /[,;:]$/.test(w)) break;
      np.unshift(w);
      if (/^(?:the|a|an)$/i.test(w)) break; // the determiner opens the noun phrase
    }
    const head = np.join(" ");
    if (!/^(?:the\s|[\p{Lu}])/u.test(head) || np.length === 0 || /^(?:The|This|These|It|He|She|They)$/.test(head)) return undefined;
    if (MONTHS.some((mo) => head.includes(mo)) || /\d/.test(head)) return undefined; // a date or a figure is no thing to describe
    if (np.length === words.length && !/^the\s/i.test(head) && !/^[\p{Lu}]/u.test(head)) return undefined;
    const verb = /\band\b/.test(head) ? "are" : "is";
    const statement = `${head.charAt(0).toUpperCase()}${head.slice(1)} ${verb} ${sentence.slice(at, at + m[1]!.length)}.`;
    return statement.split(/\s+/).length <= 30 ? statement : undefined;
  }
  return undefined;
}

/**
 * A light clause analysis: the clause of a sentence that holds a given span, its leading
 * adverbial ("In January,"), its subject, its main verb, and the pieces a question leaves out
 * (attributions such as ", according to …" or ", X said", parentheticals, other clauses).
 */
import type { ParsedSentence, VerbPhrase } from "./parse-sentence";
import { plain } from "../answers/types";

/** The clause around a span. All offsets are into the sentence. */
export interface Clause {
  start: number;
  end: number;
  /** Leading adverbial phrase up to its comma, when there is one ("In January"). */
  prefix?: [number, number];
  subject: [number, number];
  verb: VerbPhrase;
  /** Ranges inside [start, end) that a question drops: parentheticals, relative clauses, attributions. */
  drop: Array<[number, number]>;
}

const BOUNDARY = /;\s|,\s(?:while|whereas|but|although|though|even as|as well as)\s|\s(?:but|while|whereas)\s(?=[A-Z]|the\s|its\s)/g;
const ATTRIBUTION =
  /,\s(?:according to|said|says|per|citing|as per|reported|reports|officials said|the (?:agency|ministry|company|bank|report|statement) said)\b[^]*$|,\s(?:[\p{Lu}][\p{L}.'-]*\s?){1,6}(?:said|says|told|added|noted|wrote)\b[^]*$|,\s(?:it|he|she|they) (?:said|added|noted)\b[^]*$|,\s(?:the )?[a-z]+ (?:said|says)\b[^]*$/u;
const LEAD_ADVERBIAL =
  /^(?:To|In|On|At|By|For|During|Between|Since|After|Before|As|Over|Under|Last|Earlier|Later|This|Next|Meanwhile|Separately|However|Still|Yet|Even so|For now|Until|From|Through|Amid|Despite|Following|With|Within|Back in|Also|Already|Currently|Now|Today|Since then|In addition|Besides|Once|When)\b/;

/** A dash before a figure, twice: "CDU — 208, AfD — 151", a list of values the dashes join, not an aside. */
export const LISTED_DASHES = /[—–]\s?\d[^—–]*[—–]\s?\d/;

/** Finite verbs of news figures that the tagger may read as nouns ("rose", "stood", "hit"). */
const FINITE_WORD =
  /\s(?:is|are|was|were|has|have|had|will|rose|fell|grew|eased|slowed|jumped|climbed|dropped|declined|slipped|surged|stood|remained|reached|hit|touched)\s/;

/** The rest of a list of names that a comma seemed to end: " Konkan, Maharashtra and Chhattisgarh," after "…, which covers Goa,". */
const LIST_RUNNING_ON = /^(?:\s\p{Lu}[^,;]*,)*?\s\p{Lu}[^,;]*?\s(?:and|or)\s\p{Lu}[^,;]*,/u;

/**
 * How long the list is that runs on after a comma: a relative clause ", which covers the regions of
 * Goa, Konkan, Maharashtra and Chhattisgarh," ends at the list's last comma, not its first. 0 when
 * what follows is no list of names.
 *
 * @example listRunningOn(" Konkan, Maharashtra and Chhattisgarh, was 131%") // 37
 */
export function listRunningOn(rest: string): number {
  return LIST_RUNNING_ON.exec(rest)?.[0].length ?? 0;
}

function rangesOf(re: RegExp, t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of t.matchAll(re)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}

/** Parentheticals: "(MoSPI)", " — Tehran's old ally — ", ", which …," */
function parentheticals(t: string, from: number, to: number): Array<[number, number]> {
  const seg = t.slice(from, to);
  const out: Array<[number, number]> = [];
  for (const m of seg.matchAll(/\s?\([^()]*\)/g)) out.push([from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length]);
  // "AfD — 151, SPD — 121, the Greens — 85": dashes before figures join a list of values; they hold no aside.
  if (!LISTED_DASHES.test(seg))
    for (const m of seg.matchAll(/\s?[—–]\s?[^—–]+?\s?[—–](?=\s)/g)) out.push([from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length]);
  // Both commas go with the clause when the main verb follows ("Kazakhstan, which has pumped above
  // its quota, produced …" → "Kazakhstan produced …"); before anything else the second one stays.
  // "…, which slid to a record low of 17,320 per dollar, has …": a figure's own comma is no end.
  for (const m of seg.matchAll(/,\s(?:which|who|whose|where)\s(?:[^,]|(?<=\d),(?=\d))+,/gu)) {
    const length = m[0].length + listRunningOn(seg.slice((m.index ?? 0) + m[0].length));
    const next = /^\s[\p{L}-]+/u.exec(seg.slice((m.index ?? 0) + length))?.[0] ?? "";
    const verb = /^\s(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|did|does|do|[\p{Ll}-]+(?:ed|es|s))$/u.test(next);
    out.push([from + (m.index ?? 0), from + (m.index ?? 0) + length - (verb ? 0 : 1)]);
  }
  return out;
}

function within(r: [number, number], a: number, b: number): boolean {
  return a >= r[0] && b <= r[1];
}

/**
 * The clause of `ps` that holds [a, b): bounded by "; ", ", while", ", but" …; its attribution
 * and parentheticals that do not hold the span are marked to drop. Undefined when no main verb
 * can be found before the span's clause ends.
 *
 * @example clauseAround(parseSentence("In May, inflation eased to 4.1%, the ministry said."), 23, 27) // subject "inflation", verb "eased", prefix "In May"
 */
export function clauseAround(ps: ParsedSentence, a: number, b: number): Clause | undefined {
  const t = plain(ps.text);
  let start = 0;
  let end = t.replace(/[\s.!?"']+$/, "").length;
  for (const [x, y] of rangesOf(BOUNDARY, t)) {
    if (y <= a) start = y;
    else if (x >= b && x < end) end = x;
  }
  // "While X, Y." / "Where X, Y.": a leading subordinate clause is background; its facts get no wh-question.
  const sub = /^(?:While|Where|Whereas|Although|Though|Because|Unless|Even though|Even as|If|Whether)\b[^,]*,\s/.exec(t.slice(start));
  if (sub) {
    if (a < start + sub[0].length) return undefined;
    start += sub[0].length;
  }
  const drop: Array<[number, number]> = [];
  const attr = ATTRIBUTION.exec(t.slice(start, end));
  if (attr && start + (attr.index ?? 0) >= b) drop.push([start + (attr.index ?? 0), end]);
  // Trailing asides after the span: ", which …", ", including …", ", and by …", ", isolating …", " — …".
  const afterSpan = t.slice(b, end);
  const aside =
    /,\s(?:which|who|including|and|as well as|with|making|adding|taking|bringing|pushing|while|after|before|amid|despite|\w+ing)\b|\s[—–]\s(?![^—–]*\s[—–]\s)/.exec(
      afterSpan,
    );
  if (aside && !drop.some((d) => d[0] <= b + aside.index)) drop.push([b + aside.index, end]);
  // "headed by Sergey Vershinin, deputy minister of …": an apposition right after the span describes it; the question leaves it out.
  // Not a subordinate clause (", when more than 600 people, …, died") or a quantifier (", most of it in
  // Uttar Pradesh, West Bengal and Gujarat"), and not the first item of a list that runs on.
  const apposition =
    /^,\s(?!(?:when|where|while|if|as|because|since|after|before|although|though|unless|until|whether|once|most|many|some|all|none|each|both|half|much|nearly|almost)\b)(?:(?:the|a|an)\s)?[a-z][^,;]*?(?=,\s|;|$)/.exec(
      afterSpan,
    );
  const listRunsOn = apposition && /^,\s\p{Lu}[^,;]*\s(?:and|or)\s\p{Lu}[^,;]*$/u.test(afterSpan.slice(apposition[0].length));
  const appoHasVerb =
    listRunsOn ||
    (apposition &&
      (ps.verbs.some((v) => v.start > b && v.start < b + apposition[0].length && !v.isInfinitive) ||
        // "In the year to June, inflation rose to 3.6%, …": the tagger reads "rose" as a flower; a clause is no apposition.
        FINITE_WORD.test(apposition[0])));
  if (apposition && !appoHasVerb && (!aside || aside.index >= apposition[0].length) && !drop.some((d) => d[0] <= b)) drop.push([b, b + apposition[0].length]);
  drop.sort((x, y) => x[0] - y[0]);
  const clauseEnd = drop.find((d) => d[1] === end && d[0] >= b)?.[0] ?? end;
  for (const p of parentheticals(t, start, clauseEnd)) if (!(a >= p[0] && b <= p[1]) && !(a < p[1] && b > p[0])) drop.push(p);
  if (parentheticals(t, start, clauseEnd).some((p) => within(p, a, b))) return undefined; // the span sits in an aside

  // A leading adverbial ends at the first comma of the clause.
  let subjectStart = start;
  let prefix: [number, number] | undefined;
  const seg = t.slice(start, clauseEnd);
  if (LEAD_ADVERBIAL.test(seg)) {
    const comma = seg.indexOf(", ");
    const firstVerb = ps.verbs.find((v) => v.start >= start && v.start < start + (comma < 0 ? 0 : comma) && !v.isInfinitive);
    if (comma > 0 && comma < 90 && !firstVerb) {
      prefix = [start, start + comma];
      subjectStart = start + comma + 2;
    } else if (comma > 0 && comma < 120 && firstVerb) {
      // "As demand grows, the administration has …": a subordinate clause, background to the main one.
      if (a < start + comma) return undefined;
      subjectStart = start + comma + 2;
    }
  }
  const dropped = (x: number): boolean => drop.some((d) => x >= d[0] && x < d[1]);
  const verb = ps.verbs.find(
    (v) =>
      v.start > subjectStart &&
      v.start < clauseEnd &&
      !v.isInfinitive &&
      !dropped(v.start) &&
      !/\bto\s$/.test(t.slice(0, v.start)) &&
      !/^(?:according|including|following|excluding|regarding|concerning)$/i.test(v.root),
  );
  if (!verb) return undefined;
  // "In January, however, real wages …": a discourse adverb is not part of the subject.
  const adverb = /^(?:however|meanwhile|though|also|still|moreover|in addition|instead|too|separately|now),\s+/i.exec(t.slice(subjectStart));
  if (adverb) subjectStart += adverb[0].length;
  // The subject's length without the asides the question drops (", which covers the regions of A, B, C and D,").
  const subj = [...t.slice(subjectStart, verb.start)]
    .filter((_, k) => !dropped(subjectStart + k))
    .join("")
    .trim();
  if (subj.length === 0 || subj.split(/\s+/).length > 16) return undefined;
  // "Tanmaya Lal, Secretary (West) in the MEA, led …": the subject's apposition is left out of questions about it.
  const appo = /^([^,]+?),\s[^,]{2,80},\s*$/.exec(t.slice(subjectStart, verb.start));
  if (appo && a < subjectStart + appo[1]!.length && !drop.some((d) => d[0] <= subjectStart + appo[1]!.length && d[1] >= verb.start)) {
    drop.push([subjectStart + appo[1]!.length, verb.start - 1]);
    return { start, end: clauseEnd, prefix, subject: [subjectStart, subjectStart + appo[1]!.length], verb, drop };
  }
  // "… but noted that inflation risks are …": a clause whose subject was left behind.
  const firstTags = ps.tagsAt(subjectStart);
  if (firstTags?.has("Verb") && !firstTags.has("Noun") && !firstTags.has("Gerund")) return undefined;
  return { start, end: clauseEnd, prefix, subject: [subjectStart, subjectStart + t.slice(subjectStart, verb.start).trimEnd().length], verb, drop };
}

/**
 * Last checks on a prompt before it is asked: it reads as English and hides nothing that
 * makes it ungrammatical. Cheap patterns for the faults a transformation can leave behind.
 */

import { MONTHS } from "../nlp/vocab-words";

/** Relative times ("on Friday", "last month") mean nothing without the article's date: prompts leave them out. */
export const RELATIVE_TIME =
  /(?<!\bthe)(?<!\bthe )(?<!\b(?:year|month|quarter|week))(?<!\b(?:year|month|quarter|week)\s)\s?\b(?:on|last|this|next|earlier this|later this|late last|early this|until|by|since)\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|weekend|morning|evening|night)\b|(?<!\bthe)(?<!\bthe )\s?\b(?:this|last|next) (?:week|month|year)\b|\s\b(?:now|currently|recently|yesterday|today|tomorrow)\b/gi;

/** A named period a "previous quarter" can lean on: a month, Q1–Q4, a year, "the October-December quarter". */
const PERIOD = new RegExp(String.raw`\b(?:${MONTHS.join("|")}|Q[1-4]|(?:19|20)\d\d)\b|\b[A-Z][a-z]+-[A-Z][a-z]+ quarter\b`);

const FAULTS: readonly RegExp[] = [
  /\b(?:the|a|an|of|to|in|on|at|by|with|for|from|and|or|its|their|his|her)\s*[?,.;:]/i, // a function word before punctuation
  /\b(?:who|which|that)\s+been\b/i,
  /\b(?:is|are|was|were)\s+(?:which|who)\s+(?!is\b|was\b)[a-z]/i, // "What share of the supply lost is which just due to …"
  /\b(?:the|a|an)\s+(?:does|did|is|was|has|have|do|are|were|will)\b/i,
  /\b(\w{2,})\s+\1\b/i, // a doubled word
  /\s['’]s\b/, // "President 's"
  /["“]\s*["”]|\(\s*\)/, // an empty quote or bracket
  /^(?:And|But|Or|So|Also)\b/, // a sentence that leans on the one before
  /^(?:While|Although|Though|Whereas|Even as|Even though|Because|If|Unless)\b[^,]*[.?]$/, // a concession with no main clause
  /^[A-Z][a-z]+ing\s+that\b/, // a participle with no clause: "Stressing that the … principle remains …"
  /\b(?:this|these|those)\s+(?:is|was|were|are|has|have|had|will|would|marks?|means?|comes?|came)\b/i, // a demonstrative standing for something said before
  /\bsuch\s+(?!as\b)[a-z]+/i, // "the first such streak"
  /^(?:This|These|That|Those)\s+(?:[a-z]+ly\s)?[a-z]+(?:s|ed)\b/, // "This implies …", "These suggest …": a subject said before
  /^(?!(?:In|On|At|For|With|Under|After|Before|By|From|During|Since|As|Over)\s)(?![A-Z][a-z]+ly,)[^,]+,\s(?:a|an|the)\s[^,]*\b(?:that|who|which)\b[^,]*[.?]?$/, // only a name and its apposition: "____, a company that uses …"
  // "Telangana had the lowest at 1.2%": a superlative whose noun stayed in the clause before.
  /\b(?:had|has|have|was|were|is|are) the (?:lowest|highest|largest|smallest|biggest|most|least|fastest|slowest)\s(?:at|in|on|with|of)\s(?:\d|X\b|_)/,
  // "How many companies does the scheme aim to place 10 million candidates in top?": the count left its modifier behind.
  /\b(?:top|bottom|first|last|next|other|remaining|additional|further|another)\s*\?$/i,
  // "How many tonnes did production touch a record in 2025-26?": the figure moved away from the noun it stood beside.
  /^(?:How|What|Which)\b[^?]*\b(?:a|an)\s(?:record|total|high|low|peak|further|additional|extra)\s(?:in|on|at|for|by|\?|,)/,
];

/**
 * True when the prompt shows none of the faults, and its quotes and brackets pair up. A lone dash
 * is an aside cut in two, unless the source sentence has as many dashes ("The crew traveled
 * farther than ever — reaching 252,760 miles"): then the prompt kept the sentence's own.
 *
 * @example readsWell("What share of the does the U.S. plan?") // false
 */
export function readsWell(prompt: string, source?: string): boolean {
  if (FAULTS.some((re) => re.test(prompt))) return false;
  // "the previous quarter" means something only beside the period it precedes ("0.85% in April, down from the previous month").
  if (/\b(?:the|a)\s(?:previous|prior|preceding)\s(?:quarter|year|month|week|session|day)\b/i.test(prompt) && !PERIOD.test(prompt)) return false;
  const straight = (prompt.match(/"/g) ?? []).length;
  const open = (prompt.match(/“/g) ?? []).length;
  const close = (prompt.match(/”/g) ?? []).length;
  if (straight % 2 === 1 || open !== close) return false;
  if ((prompt.match(/\(/g) ?? []).length !== (prompt.match(/\)/g) ?? []).length) return false;
  const dashes = (prompt.match(/—/g) ?? []).length;
  if (dashes % 2 === 1 && (source === undefined || (source.match(/—/g) ?? []).length !== dashes)) return false; // an aside cut at its dash
  return true;
}

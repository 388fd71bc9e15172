/**
 * Openers that point back: "To solve that problem, …", "With these price reductions, …",
 * "Despite this, …". The adjunct refers to an earlier sentence that a question on its own cannot
 * show; the clause after it states the fact, so the adjunct is left out rather than the question.
 */

const DEICTIC = String.raw`\b(?:this|that|these|those|such)\b`;

/** Connectives that open a sentence by leaning on the one before ("However, …", "Even so, …"): a prompt leaves them out. */
export const CONNECTIVE =
  "However|But|And|Also|Still|Meanwhile|Therefore|Thus|Hence|Accordingly|Consequently|As a result|Separately|Now|Yet|Even so|Nonetheless|Nevertheless|Moreover|That said|In parallel|In addition|Additionally|Furthermore|Further|Besides(?=,)|Likewise|Similarly|Notably|Subsequently|At the same time|Against this|Against these|Apart from this|Apart from that";

/** An opening adjunct with a demonstrative, up to its comma (at most ten words). */
const OPENER = new RegExp(
  String.raw`^(?:To|In order to|With|Despite|After|Before|Because of|Due to|As a result of|In response to|Following|Given|Beyond|Besides|Under|Amid|For)\s(?:[^,]{0,60}?)${DEICTIC}(?:[^,]{0,40}?),\s+`,
  "i",
);

/** "As for spacewalks, Williams and Hague completed …": a turn to the next topic of a story, which a question does without. */
const AS_FOR = /^As (?:for|to|regards) [^,]{1,40},\s+(?=\S)/u;

/**
 * "In a significant victory for the Modi government, …", "In a major boost to exporters, …": the writer's
 * framing of the news, not a fact of it; the clause after it states the fact.
 */
const FRAMING =
  /^In an?\s(?:(?:big|major|significant|huge|key|landmark|rare|sharp|severe|fresh|further|major|setback|historic|surprise|stunning|dramatic|welcome|first)\s){0,2}(?:victory|win|blow|setback|boost|relief|jolt|surprise|reversal|departure|shot in the arm|step|push|move|development|twist|turn of events|embarrassment)\s(?:for|to)\s[^,]{1,60},\s+(?=\S)/u;

/** "The findings are stark: ", "The message was clear: ", "The reason is simple: ": a writer's framing of the clause after the colon. */
const FRAMING_COLON =
  /^(?:The|Its|Their|His|Her)\s(?:[a-z]+\s){0,2}(?:findings?|message|result|results|reason|answer|picture|data|numbers|figures|verdict|takeaway|upshot|bottom line|news|outcome|point)\s(?:is|are|was|were|remains?)\s(?:[a-z]+\s)?(?:stark|clear|simple|grim|sobering|striking|plain|mixed|worrying|alarming|encouraging|troubling|dire|bleak)\s?:\s+(?=[\p{L}\d])/u;

/** "In the statement, Xi reiterated …", "In its statement, the BOJ said …": which statement is the article's, not the question's. */
const IN_STATEMENT =
  /^In (?:the|its|their|his|her|a) (?:(?:joint|latest|policy|monthly|annual|written|separate)\s)?(?:statement|report|release|remarks|speech|address|letter|note|filing|interview|post|briefing),\s+(?=\S)/u;

/** "It is understood that the agreement will …", "It is learnt that …": the reporter's hedge on the clause it opens, which states the fact. */
const UNDERSTOOD = /^It (?:is|was) (?:understood|learnt|learned|known|reported) that\s(?=\S)/u;

/**
 * "James Webb Space Telescope Christmas Day launch: The $10 billion telescope will …": a page's kicker
 * (a headline-like label before a colon, no verb of its own) opening the story's first sentence.
 */
const KICKER = /^(?:[\p{Lu}\d][\p{L}\d'’.&-]*\s){2,9}(?:[\p{Ll}][\p{L}-]*\s){0,2}[\p{L}\d'’.-]+:\s(?=(?:The|A|An|\p{Lu}[\p{Ll}]+)\s)/u;
const KICKER_VERB = /\b(?:is|are|was|were|has|have|had|said|says|told|will|would|can|could|announced|added)\b/;

/** The same adjunct moved to the end of a wh-question: "… to solve that problem?" */
const TRAILING = new RegExp(
  String.raw`,?\s+(?:to|in order to|with|despite|after|because of|due to|in response to|amid)\s(?:[\p{L}-]+\s){0,4}?${DEICTIC}(?:\s[\p{L}-]+){1,3}(?=[?.]$)`,
  "iu",
);

/** The length of a reporter's hedge opening a sentence ("It is understood that "), or 0. */
export function hedgeLength(text: string): number {
  return UNDERSTOOD.exec(text)?.[0].length ?? 0;
}

/**
 * @example dropDeicticOpener("To solve that problem, Google used Gemini.") // "Google used Gemini."
 * @example dropDeicticOpener("In a major boost to exporters, the bank cut rates.") // "The bank cut rates."
 * @example dropDeicticOpener("It is understood that the pact will ease patrols.") // "The pact will ease patrols."
 * @example dropDeicticOpener("In its statement, the BOJ said the vote was split.") // "The BOJ said the vote was split."
 */
export function dropDeicticOpener(text: string): string {
  const kicker = KICKER.exec(text);
  const unlabelled = kicker && !KICKER_VERB.test(kicker[0]) ? text.slice(kicker[0].length) : text;
  const out = unlabelled
    .replace(OPENER, "")
    .replace(AS_FOR, "")
    .replace(FRAMING, "")
    .replace(FRAMING_COLON, "")
    .replace(UNDERSTOOD, "")
    .replace(IN_STATEMENT, "")
    .replace(TRAILING, "");
  if (out === text) return text;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

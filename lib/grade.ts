/**
 * Is an answer right? Typed answers are graded leniently (the learner knew it
 * if they typed it recognisably), chosen and true/false answers exactly; then
 * the outcome becomes an FSRS rating. Rules and examples: docs/grading.md.
 *
 * Leniency stops where a different fact begins: numbers never match by typo
 * ("2000" is not "2001"), short names must keep their first and last letters
 * ("Iran" is not "Iraq"), and a hedge ("China or Chile") is wrong.
 */
import { damerauLevenshtein } from "./edit-distance";
import { ApiError } from "./errors";
import { answerTokens, foldText, isNumericToken } from "./normalise-answer";
import type { SrsRating } from "./srs";

/** Why a typed answer was judged as it was, strictest first. */
export type TypedGradeReason = "exact" | "normalised" | "surname" | "typo" | "contains" | "wrong" | "empty";

export interface TypedGrade {
  correct: boolean;
  reason: TypedGradeReason;
}

/**
 * A response the grader cannot judge (an mcq choice that is not an option,
 * nothing to grade): the client's fault, so an ApiError with status 400.
 * Bad stored data (an empty expected answer, an unknown question type)
 * throws a plain Error instead: that is a server fault.
 */
export class GradeInputError extends ApiError {
  override name = "GradeInputError";
  constructor(message: string) {
    super(400, message);
  }
}

/** Titles dropped before comparing names ("Dr Jaishankar", "President Putin"). */
const TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "professor",
  "sir",
  "dame",
  "shri",
  "smt",
  "president",
  "pm",
  "premier",
  "chancellor",
  "minister",
  "general",
  "gen",
  "king",
  "queen",
  "prince",
  "princess",
  "sheikh",
  "ambassador",
  "secretary",
]);
/** Name particles that may be lower-case in a person's name. */
const PARTICLES = new Set(["von", "van", "der", "den", "de", "da", "do", "dos", "du", "di", "la", "le", "bin", "bint", "al", "el", "ibn", "y"]);
/** First words that mark a place or body, not a person ("South Africa", "New Delhi"). */
const NOT_NAME_FIRST = new Set([
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "new",
  "old",
  "united",
  "great",
  "upper",
  "lower",
  "central",
  "republic",
  "kingdom",
  "democratic",
  "royal",
  "saint",
  "st",
  "san",
  "santa",
  "sao",
  "los",
  "las",
  "federal",
  "national",
  "international",
  "european",
  "african",
  "asian",
  "arab",
  "world",
  "supreme",
  "high",
  "saudi",
  "sri",
  "hong",
  "costa",
  "puerto",
  "papua",
  "equatorial",
  "ivory",
  "czech",
  "dominican",
  "gulf",
  "lake",
  "mount",
  "river",
  "cape",
  "port",
  "fort",
  "bay",
  "sierra",
  "el",
  "abu",
  "tel",
]);
/** Last words that mark a place or body, not a surname ("United Nations", "Andhra Pradesh"). */
const NOT_NAME_LAST = new Set([
  "union",
  "nations",
  "states",
  "kingdom",
  "republic",
  "islands",
  "island",
  "city",
  "council",
  "bank",
  "fund",
  "organisation",
  "organization",
  "forum",
  "summit",
  "agreement",
  "treaty",
  "accord",
  "party",
  "ministry",
  "department",
  "committee",
  "commission",
  "court",
  "assembly",
  "parliament",
  "sea",
  "ocean",
  "river",
  "mountains",
  "bay",
  "gulf",
  "strait",
  "canal",
  "province",
  "state",
  "county",
  "district",
  "pradesh",
  "africa",
  "america",
  "korea",
  "arabia",
  "guinea",
  "sudan",
  "zealand",
  "asia",
  "europe",
  "coast",
  "lanka",
  "kong",
  "rica",
  "leone",
  "emirates",
  "corridor",
  "initiative",
  "group",
  "alliance",
  "bloc",
  "agency",
  "programme",
  "program",
  "act",
  "bill",
  "war",
  "day",
  "week",
  "games",
  "cup",
]);
/** Words that turn an answer into a hedge or a denial when the expected answer lacks them. */
const HEDGES = new Set(["or", "nor", "either", "neither", "not", "no", "never", "but", "and", "maybe", "perhaps"]);
/** Words that carry no answer on their own. */
const STOPWORDS = new Set(["a", "an", "the", "of", "and", "in", "on", "at", "for", "to", "by"]);

const last = <T>(xs: readonly T[]): T | undefined => xs[xs.length - 1];

/**
 * How many edits a typed word may be off by: none under 4 characters or for
 * numbers, 1 for 4–7 characters, 2 for 8 or more. The first letter must
 * match, and in words of up to 5 letters the last one too: typos rarely hit
 * them, while confusable names differ exactly there (Iran/Iraq, Mali/Bali).
 */
function tokenMatches(expected: string, given: string, fuzzy: boolean): boolean {
  if (expected === given) return true;
  if (!fuzzy || isNumericToken(expected) || isNumericToken(given)) return false;
  const len = expected.length;
  const allowed = len >= 8 ? 2 : len >= 4 ? 1 : 0;
  if (allowed === 0 || expected[0] !== given[0]) return false;
  if (len <= 5 && last([...expected]) !== last([...given])) return false;
  return damerauLevenshtein(expected, given) <= allowed;
}

function sequenceMatches(expected: string[], given: string[], fuzzy: boolean): boolean {
  if (expected.length === given.length && expected.every((e, i) => tokenMatches(e, given[i] ?? "", fuzzy))) {
    return true;
  }
  // Spacing differences: "Bandaranaike" vs "Bandara naike". Only for words,
  // so "20 01" never equals "2001" by typo.
  const e = expected.join("");
  const g = given.join("");
  if (e === g) return true;
  return fuzzy && !expected.some(isNumericToken) && !given.some(isNumericToken) && tokenMatches(e, g, true);
}

function dropTitles(tokens: string[]): string[] {
  let i = 0;
  while (i < tokens.length - 1 && TITLES.has(tokens[i] ?? "")) i += 1;
  return tokens.slice(i);
}

/** Could `raw` be a person's full name? Decided by `objectType` when given, else by shape. */
function looksLikePersonName(raw: string, tokens: string[], objectType: string | undefined): boolean {
  if (tokens.length < 2 || tokens.some(isNumericToken)) return false;
  if (objectType !== undefined) return objectType === "person";
  if (tokens.length > 4) return false;
  if (NOT_NAME_FIRST.has(tokens[0] ?? "") || NOT_NAME_LAST.has(last(tokens) ?? "")) return false;
  const words = raw.trim().split(/\s+/);
  return words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(foldText(w)));
}

/**
 * "Lavrov" for "Sergey Lavrov", "S Jaishankar" or "Dr Jaishankar" for
 * "Subrahmanyam Jaishankar", "Jaishankar" for "S Jaishankar": the surname,
 * optionally preceded by initials or other parts of the same name.
 */
function surnameMatches(raw: string, expected: string[], given: string[], fuzzy: boolean, objectType: string | undefined): boolean {
  const e = dropTitles(expected);
  const g = dropTitles(given);
  const surname = last(e);
  const typedSurname = last(g);
  if (surname === undefined || typedSurname === undefined) return false;
  if (e.length === 1) return g.length === 1 && tokenMatches(surname, typedSurname, fuzzy); // "President Putin"
  if (!looksLikePersonName(raw, e, objectType) || !tokenMatches(surname, typedSurname, fuzzy)) return false;
  const forenames = e.slice(0, -1);
  return g.slice(0, -1).every((t) => forenames.some((f) => f === t || (t.length === 1 && f.startsWith(t))));
}

/**
 * The given answer holds every significant word of the expected one, with a
 * few words around it ("in Moscow city" for "Moscow"), but is not a hedge
 * ("China or Chile"), a denial ("not Moscow"), a list ("Galuzin, Vershinin",
 * "2000 2001") or a different place made by a qualifier ("South Sudan").
 */
function containsMatches(expected: string[], given: string[], rawGiven: string, rawExpected: string, fuzzy: boolean): boolean {
  if (given.length <= expected.length || given.length > expected.length * 2 + 3) return false;
  // "Galuzin, Vershinin" or "2000/2001" is a list of guesses.
  if (/[,;/|]/.test(rawGiven) && !/[,;/|]/.test(rawExpected)) return false;
  const expectedSet = new Set(expected);
  if (given.some((t) => HEDGES.has(t) && !expectedSet.has(t))) return false;
  // "South Sudan" is not "Sudan", "New Guinea" not "Guinea".
  if (given.some((t) => NOT_NAME_FIRST.has(t) && !expectedSet.has(t))) return false;
  if (expected.some(isNumericToken) && given.some((t) => isNumericToken(t) && !expectedSet.has(t))) return false;
  const significant = expected.filter((t) => !STOPWORDS.has(t));
  const needed = significant.length > 0 ? significant : expected;
  const pool = [...given];
  return needed.every((e) => {
    const i = pool.findIndex((g) => tokenMatches(e, g, fuzzy));
    if (i < 0) return false;
    pool.splice(i, 1);
    return true;
  });
}

/** The expected answer and, for "Association of Southeast Asian Nations (ASEAN)", each part alone. */
function expectedVariants(expected: string): string[] {
  const variants = [expected];
  const paren = /^(.*?)\s*\(([^()]+)\)\s*$/u.exec(expected);
  if (paren?.[1] && paren[2]) variants.push(paren[1], paren[2]);
  return variants;
}

/**
 * Grades a typed answer against the expected one, leniently.
 *
 * `objectType` (the fact's object type, e.g. "person") settles whether a
 * surname alone is enough; without it the shape of `expected` decides.
 *
 * @example
 * gradeTyped({ expected: "Sergey Lavrov", given: "lavrov" });   // { correct: true, reason: "surname" }
 * gradeTyped({ expected: "Moscow", given: "Moskow" });          // { correct: true, reason: "typo" }
 * gradeTyped({ expected: "2001", given: "2000" });              // { correct: false, reason: "wrong" }
 */
export function gradeTyped(input: { expected: string; given: string; objectType?: string }): TypedGrade {
  const { expected, given, objectType } = input;
  if (answerTokens(expected).length === 0) throw new Error("expected answer is empty");
  const typed = answerTokens(given);
  if (typed.length === 0) return { correct: false, reason: "empty" };
  if (given.trim() === expected.trim()) return { correct: true, reason: "exact" };

  const variants = expectedVariants(expected).map((raw) => ({ raw, tokens: answerTokens(raw) }));
  const rules: Array<[Exclude<TypedGradeReason, "typo" | "wrong" | "empty">, (raw: string, e: string[], fuzzy: boolean) => boolean]> = [
    ["normalised", (_raw, e, fuzzy) => sequenceMatches(e, typed, fuzzy)],
    ["surname", (raw, e, fuzzy) => surnameMatches(raw, e, typed, fuzzy, objectType)],
    ["contains", (raw, e, fuzzy) => containsMatches(e, typed, given, raw, fuzzy)],
  ];
  for (const fuzzy of [false, true]) {
    for (const [reason, rule] of rules) {
      if (variants.some((v) => v.tokens.length > 0 && rule(v.raw, v.tokens, fuzzy))) {
        return { correct: true, reason: fuzzy ? "typo" : reason };
      }
    }
  }
  return { correct: false, reason: "wrong" };
}

/**
 * Grades a multiple-choice answer given as the chosen option's text (not its
 * index: options may be reshuffled, text is what the learner saw). Case and
 * spacing are ignored. Throws `GradeInputError` if `choices` is given and the
 * choice is none of them.
 */
export function gradeChoice(input: { answer: string; choice: string; choices?: readonly string[] }): boolean {
  const chosen = foldText(input.choice);
  if (input.choices && !input.choices.some((c) => foldText(c) === chosen)) {
    throw new GradeInputError("That choice is not one of the question's options.");
  }
  return chosen !== "" && chosen === foldText(input.answer);
}

/** Reads a true/false answer ("True"/"False", any case); throws on anything else. */
function parseTruth(answer: string): boolean {
  const folded = foldText(answer);
  if (folded === "true") return true;
  if (folded === "false") return false;
  throw new Error(`true/false answer must be "True" or "False", got "${answer}"`);
}

/** Grades a true/false answer: `answer` is the question's "True" or "False". */
export function gradeTruth(input: { answer: string; truth: boolean }): boolean {
  return parseTruth(input.answer) === input.truth;
}

/** Auto-graded outcome to rating: wrong → 1 (Again), right → 3 (Good). */
export function ratingForAnswer(input: { correct: boolean }): 1 | 3 {
  return input.correct ? 3 : 1;
}

/** What the learner submitted; at least one field must be present. */
export interface QuestionResponse {
  /** mcq (or true_false): the chosen option's text. */
  choice?: string;
  /** recall / cloze: the typed answer. */
  text?: string;
  /** true_false: the learner's verdict. */
  truth?: boolean;
  /** Self-rating for flashcards, or an override of the automatic rating. */
  rating?: SrsRating;
}

export interface ResponseGrade {
  /** null when nothing was auto-graded (a flashcard the learner rated themself). */
  correct: boolean | null;
  rating: SrsRating;
  /** Present when a typed answer was graded. */
  reason?: TypedGradeReason;
}

/** Auto-grades whichever part of the response fits the question type; null if none does. */
function autoGrade(
  question: { type: string; answer: string; choices?: readonly string[]; objectType?: string },
  response: QuestionResponse,
): { correct: boolean; reason?: TypedGradeReason } | null {
  const typed = (): { correct: boolean; reason: TypedGradeReason } | null =>
    response.text !== undefined
      ? gradeTyped({ expected: question.answer, given: response.text, ...(question.objectType ? { objectType: question.objectType } : {}) })
      : null;
  const chosen = (): { correct: boolean } | null =>
    response.choice !== undefined
      ? { correct: gradeChoice({ answer: question.answer, choice: response.choice, ...(question.choices ? { choices: question.choices } : {}) }) }
      : null;
  switch (question.type) {
    case "mcq":
      return chosen() ?? typed();
    case "true_false": {
      if (response.truth !== undefined) return { correct: gradeTruth({ answer: question.answer, truth: response.truth }) };
      const said = response.choice ?? response.text;
      if (said === undefined) return null;
      const folded = foldText(said);
      if (folded !== "true" && folded !== "false") throw new GradeInputError('Answer a true/false question with "True" or "False".');
      return { correct: gradeTruth({ answer: question.answer, truth: folded === "true" }) };
    }
    case "recall":
    case "cloze":
      return typed() ?? chosen();
    default:
      throw new Error(`unknown question type "${question.type}"`);
  }
}

/**
 * Grades one response to one question and picks its FSRS rating.
 *
 * - mcq: `choice` (option text); true_false: `truth` (or "True"/"False" as
 *   choice/text); recall and cloze: typed `text`.
 * - A recall card flipped and self-rated (only `rating`) has `correct: null`.
 * - An explicit `rating` always wins over the automatic one (the learner's
 *   override), but `correct` still reports the automatic verdict.
 *
 * Throws `GradeInputError` (400) when there is nothing to grade and no
 * rating, or the answer does not fit the question.
 *
 * @example
 * gradeResponse({ question: { type: "mcq", answer: "Oslo", choices }, response: { choice: "Oslo" } });
 * // { correct: true, rating: 3 }
 */
export function gradeResponse(input: {
  question: { type: string; answer: string; choices?: readonly string[]; objectType?: string };
  response: QuestionResponse;
}): ResponseGrade {
  const { question, response } = input;
  const auto = autoGrade(question, response);
  if (auto === null) {
    if (response.rating === undefined) throw new GradeInputError("The response has no answer for this type of question, and no rating.");
    return { correct: null, rating: response.rating };
  }
  const out: ResponseGrade = {
    correct: auto.correct,
    rating: response.rating ?? ratingForAnswer({ correct: auto.correct }),
  };
  if (auto.reason) out.reason = auto.reason;
  return out;
}

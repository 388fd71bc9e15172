/**
 * What an extractor returns: a fact plus the material to ask about it. The answer is
 * always a verbatim substring of the evidence sentence (at `answerStart`).
 */
import type { ObjectType } from "../types";
import type { AnnotatedSentence, Annotation } from "../nlp/annotate";

/** Finer than ObjectType: what a distractor must be to look like the answer. */
export type AnswerType =
  | "person"
  | "country"
  | "organisation"
  | "place"
  | "date"
  | "year"
  | "year-range"
  | "number"
  | "ordinal"
  | "role"
  | "initiative"
  | "event"
  | "other";

/** A fact as an extractor finds it, with its question material. */
export interface FactDraft {
  kind: string;
  subject: string;
  relation: string;
  object: string;
  objectType: ObjectType;
  sentence: AnnotatedSentence;
  /** Verbatim substring of the sentence that answers the question. */
  answer: string;
  /** Offset of the answer in the sentence text. */
  answerStart: number;
  answerType: AnswerType;
  /** The recall / mcq question, self-contained, ending in "?". */
  question: string;
  /** The fact as a declarative sentence containing `answer` exactly once (true_false material). */
  statement: string;
  /** Other values that are also true for this question: never distractors. */
  exclude: string[];
  /** Extractor confidence in [0, 1]. */
  confidence: number;
  /** Question types not to make from this fact. */
  skip?: Array<"recall" | "mcq" | "cloze" | "true_false">;
  /** Distinguishes two facts of one kind from one sentence (e.g. place and date of an event). */
  variant?: string;
}

/** Article-level context extractors share: the main event, and a lookup of nearby organisations. */
export interface ArticleContext {
  /** "the 13th meeting of the X" as a prompt phrase, or undefined. */
  event?: { phrase: string; short: string; sentenceIndex: number };
  /** The headline. */
  title: string;
}

/** An extractor: one concept of fact. */
export type Extractor = (ann: Annotation, ctx: ArticleContext) => FactDraft[];

/** Builds a draft, locating the answer in the sentence; returns undefined when it is not there. */
export function draft(
  s: AnnotatedSentence,
  fields: Omit<FactDraft, "sentence" | "answerStart" | "exclude" | "confidence"> & {
    exclude?: string[];
    confidence?: number;
    answerFrom?: number;
  },
): FactDraft | undefined {
  const at = s.text.indexOf(fields.answer, fields.answerFrom ?? 0);
  if (at < 0 || fields.answer.trim() === "") return undefined;
  const { answerFrom: _ignored, ...rest } = fields;
  void _ignored;
  return { ...rest, sentence: s, answerStart: at, exclude: fields.exclude ?? [], confidence: fields.confidence ?? 0.8 };
}

/** Removes parenthetical acronyms and doubled spaces: "commission (JC) on" → "commission on". */
export function cleanPhrase(text: string): string {
  return text.replace(/\s*\([A-Z][A-Za-z0-9&-]{1,9}\)/g, "").replace(/\s+/g, " ").trim();
}

/** Capitalises the first letter. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

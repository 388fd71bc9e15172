/**
 * The shapes that flow out of the question pipeline. This file is the contract
 * between `questions/` and the rest of Factdeck (db/seed, the CLI, the API):
 * change a field here only together with its users.
 */

/** An article in the project's own format (see docs/articles.md). */
export interface Article {
  /** Stable id: the file's base name (kebab-case), or a slug made from the title for pasted text. */
  id: string;
  title: string;
  /** Where the text came from; absent when unknown. */
  source?: string;
  /** ISO date (YYYY-MM-DD) as the article states it; absent when the text gives none. Never guessed. */
  published?: string;
  tags: string[];
  /** The body as stored: paragraphs separated by blank lines, `## ` lines are subheadings. */
  body: string;
}

/** The type of a fact's answer: what its distractors share with it. */
export type ObjectType =
  | "person"
  | "country"
  | "organisation"
  | "place"
  | "date"
  | "year"
  | "number"
  | "percent"
  | "money"
  | "quantity"
  | "duration"
  | "rank"
  | "named"
  | "event"
  | "quote"
  | "other";

/** A typed statement with provenance: every fact points at the exact sentence that states it. */
export interface Fact {
  /** Stable: a hash of article id, kind, subject and object (not of positions). */
  id: string;
  /** e.g. "role", "delegation-leader", "meeting", "quote", "support", "event", "agreement", "count", "members", "duration", "initiative". */
  kind: string;
  subject: string;
  relation: string;
  object: string;
  objectType: ObjectType;
  /** The evidence sentence, verbatim from the article body. */
  sentence: string;
  articleId: string;
  /** [start, end) character offsets of `sentence` in the article body. */
  span: [number, number];
}

export type { QuestionType } from "../lib/question-types";
import type { QuestionType } from "../lib/question-types";

export interface Question {
  /** Stable: a hash of article id, fact id and question type (plus a variant key when one fact yields two of a type). */
  id: string;
  type: QuestionType;
  prompt: string;
  /** For true_false: "True" or "False". */
  answer: string;
  /** mcq only: exactly 4 distinct options, the answer once, in a fixed order per question. */
  choices?: string[];
  /** The sentence the question was made from, verbatim from the article body. */
  evidence: string;
  factId: string;
  /** The fact's kind. */
  kind: string;
  /** Quality in [0, 1]; questions under the cut-off are dropped before they get here. */
  score: number;
  articleId: string;
}

export interface GeneratedArticle {
  article: Article;
  /** Word count of the body. */
  words: number;
  facts: Fact[];
  questions: Question[];
}

/**
 * Factdeck's question pipeline: article text in, ranked exam-style questions with
 * provenance out. Pure: no I/O (the CLI in cli.ts is the only file that reads files).
 *
 * @example
 * const article = parseArticle(text, { filename: "brics-summit.md" });
 * const [generated] = generateCorpus([article], { seed: 1 });
 */
export { parseArticle, slugify, type ParseOptions } from "./article/parse";
export { ArticleError, MAX_ARTICLE_BYTES } from "./article/errors";
export { generateCorpus, libraryOf, countWords, type GenerateOptions, type Library } from "./generate";
export { GENERATOR_VERSION } from "./version";
export { SCORE_CUTOFF } from "./rank/select";
export type { Article, Fact, ObjectType, Question, QuestionType, GeneratedArticle } from "./types";

/**
 * What comes in to the API: zod schemas, validated at the edge (app/api/_lib/respond.ts's readJson).
 * What goes out is typed in ./api-types. Dates travel as ISO strings.
 */
import { z } from "zod";
import { isValidTimeZone } from "./day";
import { FLAG_REASONS } from "./flag-reasons";
import { EXAM_MAX_QUESTIONS, EXAM_MIN_QUESTIONS } from "./exam";
import { questionSorts, questionStateFilters } from "./question-filters";
import { QUESTION_TYPES } from "./question-types";
import { MAX_RETENTION, MIN_RETENTION } from "./srs";

/** The four question types, as zod validates them (the list itself is ./question-types). */
export const questionTypeSchema = z.enum(QUESTION_TYPES);
export type { QuestionType } from "./question-types";

/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
const ratingSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/**
 * What the learner answered. At least one field: `choice` (mcq option text),
 * `text` (typed recall/cloze answer), `truth` (true/false), or `rating`
 * (self-rating of a flipped flashcard, or an override of the automatic one).
 */
const reviewAnswerSchema = z
  .strictObject({
    choice: z.string().max(500).optional(),
    text: z.string().max(2000).optional(),
    truth: z.boolean().optional(),
    rating: ratingSchema.optional(),
  })
  .refine((r) => r.choice !== undefined || r.text !== undefined || r.truth !== undefined || r.rating !== undefined, {
    message: "Give an answer (choice, text or truth) or a rating.",
  });

/** Longest time a single answer may take to be recorded: a day. */
export const MAX_DURATION_MS = 86_400_000;

/** Body of POST /api/reviews. `id` is made by the client so a retry is recorded once. */
export const reviewRequestSchema = z.strictObject({
  id: z.uuid(),
  questionId: z.string().min(1).max(200),
  response: reviewAnswerSchema,
  durationMs: z.number().int().min(0).max(MAX_DURATION_MS),
  /**
   * A rating override: the id of the review this one replaces (the same answer, re-rated). The
   * server marks that review undone and records this one in its place, in one atomic step.
   */
  replaces: z.string().min(1).max(200).optional(),
});

/** Query of GET /api/study/next: `?limit=10&article=ID&tag=TAG`. Unknown parameters are ignored. */
export const studyNextQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(10),
    article: z.string().min(1).max(200).optional(),
    tag: z.string().min(1).max(100).optional(),
    /** "1": a custom session of the leeches (cards forgotten 4+ times), due or not, and no new cards. */
    leeches: z.enum(["1", "0"]).optional(),
    /** "1": custom study — new cards beyond today's limit, siblings not buried (see db/study.ts). */
    more: z.enum(["1", "0"]).optional(),
    /** Review ahead: the cards due within this many days (1–365), oldest due first, no new cards; scheduled as usual. */
    ahead: z.coerce.number().int().min(1).max(365).optional(),
    /** "1": cram — every question in scope, seen or not; answers are checked (POST /api/study/check), the schedule never changes. */
    cram: z.enum(["1", "0"]).optional(),
  })
  .refine((q) => [q.leeches === "1", q.more === "1", q.ahead !== undefined, q.cram === "1"].filter(Boolean).length <= 1, {
    message: "Choose one kind of custom study: leeches, more, ahead or cram.",
  })
  .refine((q) => q.limit <= 50 || q.cram === "1", { message: "limit: at most 50 (500 with cram=1).", path: ["limit"] });

/** Body of POST /api/study/check: a cram answer, checked and not recorded. */
export const studyCheckSchema = z.strictObject({
  questionId: z.string().min(1).max(200),
  response: reviewAnswerSchema,
});

/** The flag reasons a learner may give (lib/flag-reasons.ts). */
const flagReasonSchema = z.enum(FLAG_REASONS);

/** Body of POST /api/questions/:id/flag. */
export const flagRequestSchema = z.strictObject({ reason: flagReasonSchema });

/** Body of POST /api/questions/:id/drop: drop (retire for you) or restore. */
export const dropRequestSchema = z.strictObject({ dropped: z.boolean() });

/** Body of PATCH /api/questions/:id: the learner's own prompt, answer or choices (at least one). */
export const questionPatchSchema = z
  .strictObject({
    prompt: z.string().trim().min(1, "The prompt cannot be empty.").max(1000).optional(),
    answer: z.string().trim().min(1, "The answer cannot be empty.").max(500).optional(),
    choices: z.array(z.string().trim().min(1, "A choice cannot be empty.").max(300)).max(10).optional(),
  })
  .refine((p) => p.prompt !== undefined || p.answer !== undefined || p.choices !== undefined, { message: "Change the prompt, the answer or the choices." });
export type QuestionPatch = z.infer<typeof questionPatchSchema>;

/** Query of GET /api/questions (docs/api.md). */
export const questionListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  article: z.string().min(1).max(200).optional(),
  tag: z.string().min(1).max(100).optional(),
  type: questionTypeSchema.optional(),
  state: z.enum(questionStateFilters).optional(),
  flagged: z.enum(["1", "0"]).optional(),
  /** Cards due by: now, the end of today, in 7 days, or already overdue (before today). */
  due: z.enum(["now", "today", "week", "overdue"]).optional(),
  sort: z.enum(questionSorts).default("article"),
  dir: z.enum(["asc", "desc"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(1000).optional(),
});
export type QuestionListQuery = z.infer<typeof questionListQuerySchema>;

/** A learner's settings. `examDate` is a calendar date (YYYY-MM-DD); no card is scheduled past it. */
export const settingsSchema = z.strictObject({
  desiredRetention: z.number().min(MIN_RETENTION).max(MAX_RETENTION),
  newPerDay: z.number().int().min(0).max(500),
  examDate: z.iso.date().nullable(),
  /** IANA zone the learner's day starts in; optional so older clients need not send it. */
  timeZone: z.string().max(64).refine(isValidTimeZone, { message: "Unknown time zone." }).optional(),
});

/** A partial update of settings (PATCH-style); at least one field. */
export const settingsPatchSchema = settingsSchema
  .partial()
  .refine((s) => Object.values(s).some((v) => v !== undefined), { message: "Change at least one setting." });

/** An article's tags: short lower-case words or hyphenated-words, at most 12. */
const articleTagsSchema = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "Tags are short words or hyphenated-words."),
  )
  .max(12);

/**
 * Body of PATCH /api/articles/:id: the details of one of the learner's own articles (at least one).
 * `source` and `published` may be null (not given); a title may not be blank.
 */
export const articleDetailsPatchSchema = z
  .strictObject({
    title: z.string().trim().min(1, "The title may not be blank.").max(300).optional(),
    source: z.string().trim().max(300).nullable().optional(),
    published: z.iso.date().nullable().optional(),
    tags: articleTagsSchema.optional(),
  })
  .refine((s) => Object.values(s).some((v) => v !== undefined), { message: "Change at least one detail (title, source, published, tags)." });
export type ArticleDetailsPatch = z.infer<typeof articleDetailsPatchSchema>;

/** Body of POST /api/articles: a pasted article (raw text or the Markdown article format) and optional details. */
export const addArticleSchema = z.strictObject({
  text: z.string().min(1, "Paste the article's text.").max(220_000, "The article is too large (the limit is 200 kB)."),
  title: z.string().max(300).optional(),
  source: z.string().max(300).optional(),
  published: z.iso.date().optional(),
  tags: articleTagsSchema.optional(),
  /** Replace an article already added with the same text (else the existing one is left as it is). */
  update: z.boolean().optional(),
  /** Changes made in the preview: the learner's own version of a question, by question id. */
  edits: z.record(z.string().min(1).max(200), questionPatchSchema).optional(),
  /** Questions dropped in the preview (retired for this learner, restorable on /questions). */
  drop: z.array(z.string().min(1).max(200)).max(5_000).optional(),
});

/** Body of POST /api/articles/preview: the same text and details, nothing saved. */
export const previewArticleSchema = addArticleSchema.omit({ update: true, edits: true, drop: true });

/** Body of POST /api/exams: a paper of `count` questions (default 20) in `minutes` (default 1.2 a question). */
export const examCreateSchema = z.strictObject({
  count: z.number().int().min(EXAM_MIN_QUESTIONS).max(EXAM_MAX_QUESTIONS).default(20),
  minutes: z.number().int().min(1).max(180).optional(),
  article: z.string().min(1).max(200).optional(),
  tag: z.string().min(1).max(100).optional(),
});
export type ExamCreate = z.infer<typeof examCreateSchema>;

/** Body of POST /api/exams/:id/submit: each question's chosen option text, or null for a blank; missing ones are blank. */
export const examSubmitSchema = z.strictObject({
  answers: z.record(z.string().min(1).max(200), z.string().max(500).nullable()),
});

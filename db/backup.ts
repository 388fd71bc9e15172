import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { isValidTimeZone } from "@/lib/day";
import { MAX_DURATION_MS, questionTypeSchema } from "@/lib/schemas";
import { CARD_STATES, MAX_RETENTION, MIN_RETENTION, type SrsCard } from "@/lib/srs";
import { db } from "./client";
import { articles, cards, exams, facts, flagReasons, questionEdits, questionFlags, questions } from "./schema";
import { readReviewLog } from "./review-log";
import { getSettings } from "./settings";

/**
 * The full JSON backup (`GET /api/export?format=json`) and its zod schema, used by the import.
 * Dates are ISO strings; the review's `before`/`after` snapshots keep epoch milliseconds, as stored.
 * The schema is strict: an unknown key anywhere refuses the file.
 */

const id = z.string().min(1).max(200);
const isoDate = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);

/**
 * The FSRS fields a card and a review's before/after snapshot share: every field of lib/srs.ts's
 * `SrsCard` but its two instants, which the card and the snapshot write differently (the type
 * refuses a missing or an extra field).
 */
const scheduling = {
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  scheduledDays: z.number().int().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.enum(CARD_STATES),
} satisfies Record<Exclude<keyof SrsCard, "due" | "lastReview">, z.ZodType>;

const snapshotSchema = z.strictObject({
  ...scheduling,
  due: z.number().int().nonnegative(),
  lastReview: z.number().int().nonnegative().nullable(),
});

const cardSchema = z.strictObject({
  ...scheduling,
  questionId: id,
  due: isoDate,
  lastReview: isoDate.nullable(),
  createdAt: isoDate,
  /** Optional: backups made before suspending existed have none. */
  suspendedAt: isoDate.nullable().optional(),
});

const reviewSchema = z.strictObject({
  id,
  questionId: id,
  rating: z.number().int().min(1).max(4),
  response: z.record(z.string(), z.union([z.string().max(2000), z.number(), z.boolean()])),
  correct: z.boolean().nullable(),
  durationMs: z.number().int().min(0).max(MAX_DURATION_MS),
  reviewedAt: isoDate,
  before: snapshotSchema.nullable(),
  after: snapshotSchema,
  undoneAt: isoDate.nullable(),
});

const factSchema = z.strictObject({
  id,
  kind: text(100),
  subject: text(2000),
  relation: text(500),
  object: text(2000),
  objectType: text(50),
  sentence: text(5000),
  spanStart: z.number().int().nonnegative(),
  spanEnd: z.number().int().nonnegative(),
  retiredAt: isoDate.nullable(),
});

const questionSchema = z.strictObject({
  id,
  factId: id,
  type: questionTypeSchema,
  prompt: text(5000),
  answer: text(2000),
  choices: z.array(text(2000)).max(10).nullable(),
  evidence: text(5000),
  kind: text(100),
  score: z.number(),
  position: z.number().int().nonnegative(),
  retiredAt: isoDate.nullable(),
});

const articleSchema = z.strictObject({
  id,
  title: text(500).min(1),
  source: text(2000).nullable(),
  published: text(50).nullable(),
  tags: z.array(text(100)).max(50),
  body: text(500_000),
  words: z.number().int().nonnegative(),
  contentHash: text(200),
  generatorVersion: text(100),
  createdAt: isoDate,
  facts: z.array(factSchema).max(5_000),
  questions: z.array(questionSchema).max(5_000),
});

const examSchema = z.strictObject({
  id,
  createdAt: isoDate,
  endsAt: isoDate,
  seed: z.number().int(),
  filter: z.strictObject({ articleId: id.optional(), tag: text(100).optional() }),
  questionIds: z.array(id).max(100),
  submittedAt: isoDate.nullable(),
  answers: z.record(id, text(500).nullable()).nullable(),
  score: z.number().nullable(),
  right: z.number().int().nonnegative().nullable(),
  wrong: z.number().int().nonnegative().nullable(),
  skipped: z.number().int().nonnegative().nullable(),
});

/** The learner's own version of a question (null fields: as generated), or its dropping. */
const editSchema = z.strictObject({
  questionId: id,
  prompt: text(1000).nullable(),
  answer: text(500).nullable(),
  choices: z.array(text(300)).max(10).nullable(),
  droppedAt: isoDate.nullable(),
  updatedAt: isoDate,
});

/** A flag the learner put on a question, with its reason: what a generator can learn from. */
const flagSchema = z.strictObject({ questionId: id, reason: z.enum(flagReasons), createdAt: isoDate });

/** Schema of a Factdeck backup file, version 1. */
export const backupSchema = z.strictObject({
  format: z.literal("factdeck-backup", { error: `expected "factdeck-backup"` }),
  version: z.literal(1, { error: "only version 1 backups can be imported" }),
  exportedAt: isoDate,
  user: z.strictObject({
    settings: z.strictObject({
      desiredRetention: z.number().min(MIN_RETENTION).max(MAX_RETENTION),
      newPerDay: z.number().int().min(0).max(500),
      examDate: z.iso.date().nullable(),
      timeZone: text(64).refine(isValidTimeZone, { message: "unknown time zone" }),
      // FSRS-6 parameters as the optimiser fits them: 21 finite numbers.
      weights: z.array(z.number()).length(21).nullable(),
    }),
  }),
  cards: z.array(cardSchema).max(200_000),
  reviews: z.array(reviewSchema).max(500_000),
  articles: z.array(articleSchema).max(1_000),
  /** Exam papers; optional, so a backup made before exam mode still imports. */
  exams: z.array(examSchema).max(10_000).optional(),
  /** Edits and drops of questions; optional, so older backups still import. */
  edits: z.array(editSchema).max(200_000).optional(),
  /** Flags on questions (wrong, unclear, trivial, bad-options, gives-away); optional, as edits. */
  flags: z.array(flagSchema).max(200_000).optional(),
});
export type Backup = z.infer<typeof backupSchema>;

/**
 * The backup's record schemas, so a large file can be validated a slice at a time (`db/import.ts`
 * yields to the event loop between slices): `backupSchema` with its big arrays left unchecked, and
 * the schema of one element of each.
 */
export const backupRecordSchemas = {
  cards: cardSchema,
  reviews: reviewSchema,
  articles: articleSchema,
  exams: examSchema,
  edits: editSchema,
  flags: flagSchema,
} as const;
export const backupShellSchema = backupSchema.extend({
  cards: z.array(z.unknown()).max(200_000),
  reviews: z.array(z.unknown()).max(500_000),
  articles: z.array(z.unknown()).max(1_000),
  exams: z.array(z.unknown()).max(10_000).optional(),
  edits: z.array(z.unknown()).max(200_000).optional(),
  flags: z.array(z.unknown()).max(200_000).optional(),
});

const isoOf = (d: Date | null) => (d ? d.toISOString() : null);

/** Everything that is the learner's: settings, cards, the whole review log, the articles they added and their exam papers. */
export async function buildBackup({ userId, now }: { userId: string; now: Date }): Promise<Backup> {
  const [s, cardRows, reviewRows, own, examRows, editRows, flagRows] = await Promise.all([
    getSettings({ userId }),
    db.select().from(cards).where(eq(cards.userId, userId)).orderBy(asc(cards.questionId)),
    readReviewLog({ userId }),
    db.select().from(articles).where(eq(articles.ownerId, userId)).orderBy(asc(articles.id)),
    db.select().from(exams).where(eq(exams.userId, userId)).orderBy(asc(exams.createdAt), asc(exams.id)),
    db.select().from(questionEdits).where(eq(questionEdits.userId, userId)).orderBy(asc(questionEdits.questionId)),
    db.select().from(questionFlags).where(eq(questionFlags.userId, userId)).orderBy(asc(questionFlags.questionId)),
  ]);
  const ownIds = own.map((a) => a.id);
  const [factRows, questionRows] = ownIds.length
    ? await Promise.all([
        db.select().from(facts).where(inArray(facts.articleId, ownIds)).orderBy(asc(facts.id)),
        db.select().from(questions).where(inArray(questions.articleId, ownIds)).orderBy(asc(questions.position), asc(questions.id)),
      ])
    : [[], []];
  return {
    format: "factdeck-backup",
    version: 1,
    exportedAt: now.toISOString(),
    user: { settings: { desiredRetention: s.desiredRetention, newPerDay: s.newPerDay, examDate: s.examDate, timeZone: s.timeZone, weights: s.weights } },
    cards: cardRows.map(({ userId: _u, ...c }) => ({
      ...c,
      due: c.due.toISOString(),
      lastReview: isoOf(c.lastReview),
      createdAt: c.createdAt.toISOString(),
      suspendedAt: isoOf(c.suspendedAt),
    })),
    reviews: reviewRows.map(({ userId: _u, ...r }) => ({
      ...r,
      response: r.response as Backup["reviews"][number]["response"],
      reviewedAt: r.reviewedAt.toISOString(),
      undoneAt: isoOf(r.undoneAt),
    })),
    articles: own.map(({ ownerId: _o, updatedAt: _u, liveQuestions: _l, firstLivePosition: _fp, firstLiveId: _fi, ...a }) => ({
      ...a,
      createdAt: a.createdAt.toISOString(),
      facts: factRows.filter((f) => f.articleId === a.id).map(({ articleId: _a, ...f }) => ({ ...f, retiredAt: isoOf(f.retiredAt) })),
      questions: questionRows.filter((q) => q.articleId === a.id).map(({ articleId: _a, updatedAt: _u2, ...q }) => ({ ...q, retiredAt: isoOf(q.retiredAt) })),
    })),
    exams: examRows.map(({ userId: _u, ...e }) => ({
      ...e,
      createdAt: e.createdAt.toISOString(),
      endsAt: e.endsAt.toISOString(),
      submittedAt: isoOf(e.submittedAt),
    })),
    edits: editRows.map(({ userId: _u, ...e }) => ({ ...e, droppedAt: isoOf(e.droppedAt), updatedAt: e.updatedAt.toISOString() })),
    flags: flagRows.map(({ userId: _u, ...f }) => ({ ...f, createdAt: f.createdAt.toISOString() })),
  };
}

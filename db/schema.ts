/**
 * All of Factdeck's tables. Content (articles, facts, questions) is shared or owned by a user;
 * learning data (cards, reviews, settings) always belongs to one user.
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { FLAG_REASONS, type FlagReason } from "../lib/flag-reasons";
import { QUESTION_TYPES } from "../lib/question-types";
import { CARD_STATES, DEFAULT_RETENTION, type SrsCard } from "../lib/srs";
import { user } from "./auth-schema";

export * from "./auth-schema";

const now = sql`(cast(unixepoch('subsecond') * 1000 as integer))`;

export const articles = sqliteTable(
  "articles",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    source: text("source"),
    /** ISO date as the article states it; null when the text gives none. */
    published: text("published"),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull().default([]),
    body: text("body").notNull(),
    words: integer("words").notNull().default(0),
    /** null for the shipped, shared articles; the owner's id for an article a user added. */
    ownerId: text("owner_id").references(() => user.id, { onDelete: "cascade" }),
    /** Hash of the stored text and generator version: a start-up seed skips unchanged articles. */
    contentHash: text("content_hash").notNull(),
    generatorVersion: text("generator_version").notNull(),
    /**
     * How many of its questions are live (not retired): kept by triggers on `questions` (migration
     * 0006), so /progress counts a library of thousands of articles without reading their questions.
     * Derived: backups leave it out, and an import gets it from the questions it writes.
     */
    liveQuestions: integer("live_questions").notNull().default(0),
    /**
     * Its first live question in (position, id) order, null when none is live: kept by triggers on
     * `questions` (migration 0009), so the study queue deals the first new question of each article
     * the learner never touched from an index range, not one step into `questions` per article.
     * Derived like liveQuestions: backups leave both out.
     */
    firstLivePosition: integer("first_live_position"),
    firstLiveId: text("first_live_id"),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(now),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [
    index("articles_owner_idx").on(t.ownerId),
    // The untouched articles' lanes of the study queue, in the order it deals them (db/study.ts).
    index("articles_owner_first_live_idx")
      .on(t.ownerId, t.firstLivePosition, t.firstLiveId)
      .where(sql`${t.firstLiveId} is not null`),
  ],
);

export const facts = sqliteTable(
  "facts",
  {
    id: text("id").primaryKey(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    subject: text("subject").notNull(),
    relation: text("relation").notNull(),
    object: text("object").notNull(),
    objectType: text("object_type").notNull(),
    sentence: text("sentence").notNull(),
    spanStart: integer("span_start").notNull(),
    spanEnd: integer("span_end").notNull(),
    /** Set when a newer generator no longer finds this fact; never deleted (questions point here). */
    retiredAt: integer("retired_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("facts_article_idx").on(t.articleId)],
);

export const questions = sqliteTable(
  "questions",
  {
    id: text("id").primaryKey(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    factId: text("fact_id").notNull(),
    type: text("type", { enum: QUESTION_TYPES }).notNull(),
    prompt: text("prompt").notNull(),
    answer: text("answer").notNull(),
    choices: text("choices", { mode: "json" }).$type<string[] | null>(),
    evidence: text("evidence").notNull(),
    kind: text("kind").notNull(),
    score: real("score").notNull(),
    /** Order within the article (best first): new cards are introduced in this order. */
    position: integer("position").notNull().default(0),
    /** Set when the generator no longer produces the question; retired questions are not studied but keep their history. */
    retiredAt: integer("retired_at", { mode: "timestamp_ms" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [
    index("questions_article_idx").on(t.articleId, t.position),
    // An article's live questions in the study queue's order: its first new question is one index step (db/study.ts).
    index("questions_live_idx")
      .on(t.articleId, t.position, t.id)
      .where(sql`${t.retiredAt} is null`),
  ],
);

/**
 * A card's FSRS fields as columns: exactly the fields of lib/srs.ts's `SrsCard` (the type refuses a
 * missing or an extra one). Code that copies a card's schedule field by field takes the list from
 * here (`SRS_CARD_FIELDS`), never writes it out again.
 */
const srsCardColumns = {
  due: integer("due", { mode: "timestamp_ms" }).notNull(),
  stability: real("stability").notNull(),
  difficulty: real("difficulty").notNull(),
  scheduledDays: integer("scheduled_days").notNull(),
  learningSteps: integer("learning_steps").notNull(),
  reps: integer("reps").notNull(),
  lapses: integer("lapses").notNull(),
  state: text("state", { enum: CARD_STATES }).notNull(),
  lastReview: integer("last_review", { mode: "timestamp_ms" }),
} satisfies Record<keyof SrsCard, unknown>;

/** The names of a card's FSRS fields, in column order. */
export const SRS_CARD_FIELDS = Object.keys(srsCardColumns) as (keyof SrsCard)[];

/** A user's FSRS state for one question: the cache of what their reviews add up to. */
export const cards = sqliteTable(
  "cards",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    questionId: text("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    ...srsCardColumns,
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(now),
    /** Set when the learner suspended the question (Anki's suspend): it is never studied until unsuspended. */
    suspendedAt: integer("suspended_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.questionId] }),
    index("cards_user_due_idx").on(t.userId, t.due),
    // The study queue's "new cards introduced today": the learner's cards made since the day began (db/study.ts).
    index("cards_user_created_idx").on(t.userId, t.createdAt),
    // A question's cards, every learner's: what retiring, reviving or moving a question changes (learner_articles.live_cards), and the cascade of its deletion.
    index("cards_question_idx").on(t.questionId),
  ],
);

/** The card state a review started from and ended in (epoch milliseconds, JSON-safe): enough to undo and to fit FSRS later. */
export type CardSnapshot = Omit<SrsCard, "due" | "lastReview"> & { due: number; lastReview: number | null };

/** Append-only log of answers. The id is made by the client, so a retry records once. */
export const reviews = sqliteTable(
  "reviews",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    questionId: text("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    rating: integer("rating").notNull(),
    response: text("response", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    /** null when self-graded (a flashcard rated without a typed answer). */
    correct: integer("correct", { mode: "boolean" }),
    durationMs: integer("duration_ms").notNull(),
    reviewedAt: integer("reviewed_at", { mode: "timestamp_ms" }).notNull(),
    before: text("before", { mode: "json" }).$type<CardSnapshot | null>(),
    after: text("after", { mode: "json" }).$type<CardSnapshot>().notNull(),
    /** Undo marks a review instead of deleting it, so its id stays taken and a late retry is not recorded again. */
    undoneAt: integer("undone_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("reviews_user_time_idx").on(t.userId, t.reviewedAt), index("reviews_user_question_idx").on(t.userId, t.questionId)],
);

/**
 * A learner's reviews counted per quarter hour (`quarter` = reviewedAt / 900,000, floored): what
 * /progress's streak, heatmap and true retention add up, without reading the review log. Every
 * zone's UTC offset is a whole number of quarter hours, so a quarter hour lies on one local day
 * in any zone, and a change of time zone needs no rebuild. Kept by triggers on `reviews` (migration
 * 0006: insert, delete, and an update of a counted column), so every writer — a review, an undo, an
 * import, an account link, a cascade — keeps it exact; undone reviews are not counted.
 * `due` = reviews of a card that was in the review state before, `passed` = those not rated Again.
 */
export const reviewQuarters = sqliteTable(
  "review_quarters",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    quarter: integer("quarter").notNull(),
    reviews: integer("reviews").notNull(),
    due: integer("due").notNull(),
    passed: integer("passed").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.quarter] }),
    // /progress reads a learner's last 400 days of it (db/stats.ts) from this index alone, without a
    // table lookup per quarter hour (migration 0013: 0.55 → 0.27 ms for 2,100 quarter hours).
    index("review_quarters_cover_idx").on(t.userId, t.quarter, t.reviews, t.due, t.passed),
  ],
);

/**
 * How many cards a learner has of each article: kept by triggers on `cards` (migration 0010) and
 * backfilled, so the study queue finds the articles a learner touched from an index range instead of
 * reading every card. Derived: not in backups, moved with the cards by its triggers.
 */
export const learnerArticles = sqliteTable(
  "learner_articles",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    cards: integer("cards").notNull(),
    /**
     * How many of those cards are of live questions (migration 0011, kept by triggers on `cards` and
     * on retiring, reviving or moving a question): when it reaches the article's live_questions the
     * learner has seen all of it, and the study queue does not look for new questions there.
     */
    liveCards: integer("live_cards").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.userId, t.articleId] })],
);

/**
 * One row: a number that changes whenever a shared article (no owner) is added, changed or removed,
 * live question counts included. Kept by triggers on `articles` (migration 0012), starting from a
 * random number so two databases do not share a value, so a server process may keep what it read of
 * the shared library (db/stats.ts) for as long as the number stays the same — in every process,
 * since each reads the number itself. Derived: not in backups.
 */
export const libraryVersion = sqliteTable("library_version", {
  id: integer("id").primaryKey(),
  version: integer("version").notNull(),
});

/** What a learner who saved no settings gets (db/settings.ts adds the nullable ones). */
export const SETTINGS_DEFAULTS = { desiredRetention: DEFAULT_RETENTION, newPerDay: 20, timeZone: "UTC" } as const;

export const settings = sqliteTable("settings", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  desiredRetention: real("desired_retention").notNull().default(SETTINGS_DEFAULTS.desiredRetention),
  newPerDay: integer("new_per_day").notNull().default(SETTINGS_DEFAULTS.newPerDay),
  /** ISO date; when set no interval runs past it. */
  examDate: text("exam_date"),
  /** IANA time zone the learner's day is counted in. */
  timeZone: text("time_zone").notNull().default(SETTINGS_DEFAULTS.timeZone),
  /** Fitted FSRS weights, null until "Optimise my schedule" ran. */
  weights: text("weights", { mode: "json" }).$type<number[] | null>(),
});

/** Why a learner flagged a question (lib/flag-reasons.ts). */
export const flagReasons = FLAG_REASONS;
export type { FlagReason };

/**
 * A learner's own version of a question: their edit of its prompt, answer or choices (null = as
 * generated), or their dropping of it. Per learner, so an edit of a shared question changes it for
 * them alone; the question's id, card and history stay as they are.
 */
export const questionEdits = sqliteTable(
  "question_edits",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    questionId: text("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    prompt: text("prompt"),
    answer: text("answer"),
    choices: text("choices", { mode: "json" }).$type<string[] | null>(),
    /** Set when the learner dropped the question: retired for them (never studied), restorable. */
    droppedAt: integer("dropped_at", { mode: "timestamp_ms" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.questionId] })],
);

/** A learner's flag on a question (wrong, unclear…): it leaves their study at once; removing the flag brings it back. */
export const questionFlags = sqliteTable(
  "question_flags",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    questionId: text("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    reason: text("reason", { enum: flagReasons }).notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.questionId] })],
);

/**
 * Anki's bury for one learner's question, for the rest of their local day (lib/day.ts): `buried`
 * holds the question back from today's study (key `-`); `restored` lets a question whose sibling
 * was studied today (a sibling bury, computed in db/bury.ts, never stored) be studied today after
 * all. `until` is the start of the learner's next local day when it was set: from then on the row
 * means nothing (stale rows are cleared when the learner buries or restores again).
 */
export const buryKinds = ["buried", "restored"] as const;

export const questionBuries = sqliteTable(
  "question_buries",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    questionId: text("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: buryKinds }).notNull(),
    until: integer("until", { mode: "timestamp_ms" }).notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.questionId] })],
);

export type ArticleRow = typeof articles.$inferSelect;
export type FactRow = typeof facts.$inferSelect;
export type QuestionRow = typeof questions.$inferSelect;
export type CardRow = typeof cards.$inferSelect;
export type ReviewRow = typeof reviews.$inferSelect;
export type QuestionEditRow = typeof questionEdits.$inferSelect;
export type QuestionFlagRow = typeof questionFlags.$inferSelect;
export type QuestionBuryRow = typeof questionBuries.$inferSelect;
export type SettingsRow = typeof settings.$inferSelect;

/** What a paper was drawn from: one article, one tag, or everything the user may study. */
export interface ExamFilter {
  articleId?: string;
  tag?: string;
}

/**
 * A timed mock paper (exam mode). The questions are fixed at creation (`questionIds`, in order, drawn
 * with `seed`); `submittedAt` and the marks are set once, by the first submission.
 */
export const exams = sqliteTable(
  "exams",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
    seed: integer("seed").notNull(),
    filter: text("filter", { mode: "json" }).$type<ExamFilter>().notNull(),
    questionIds: text("question_ids", { mode: "json" }).$type<string[]>().notNull(),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    /** questionId → the chosen option's text, or null when left blank. */
    answers: text("answers", { mode: "json" }).$type<Record<string, string | null> | null>(),
    score: real("score"),
    right: integer("right"),
    wrong: integer("wrong"),
    skipped: integer("skipped"),
  },
  (t) => [index("exams_user_created_idx").on(t.userId, t.createdAt)],
);

export type ExamRow = typeof exams.$inferSelect;

/**
 * One request counted against a limit that must hold across server processes (`npm start` runs
 * one per core): per-user limits on expensive requests, failed sign-ins per account (db/limits.ts).
 * Rows older than a day are forgotten.
 */
export const limitHits = sqliteTable(
  "limit_hits",
  {
    key: text("key").notNull(),
    at: integer("at").notNull(),
  },
  (t) => [index("limit_hits_key_at_idx").on(t.key, t.at)],
);

/**
 * A job that runs once at a time per user across every server process (an import, an export, an
 * FSRS fit): the process that holds `key` until `expiresAt` runs it (db/limits.ts). A process that
 * dies mid-job leaves a lease that simply expires.
 */
export const jobLeases = sqliteTable("job_leases", {
  key: text("key").primaryKey(),
  token: text("token").notNull(),
  expiresAt: integer("expires_at").notNull(),
});

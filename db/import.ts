import "server-only";
import { createHash } from "node:crypto";
import { and, inArray, sql } from "drizzle-orm";
import { badRequest, conflict } from "@/lib/errors";
import { backupRecordSchemas, backupShellSchema, type Backup } from "./backup";
import { checkBackupSense } from "./backup-sense";
import { db, dbClient } from "./client";
import { SLICE, yieldToEventLoop } from "./yield";
import { SRS_CARD_FIELDS, articles, cards, exams, facts, questionEdits, questionFlags, questions, reviews, settings } from "./schema";
import { visibleArticle } from "./visibility";

/** What an import wrote: rows that were new or changed (0 everywhere when the backup was imported before). */
export interface ImportResult {
  cards: number;
  reviews: number;
  articles: number;
  exams: number;
  edits: number;
  flags: number;
}

// Rows per multi-row insert: well under SQLite's 32,766 bound variables for the widest table.
const CHUNK = 400;

function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function notABackup(issue: { path: PropertyKey[]; message: string } | undefined, prefix: PropertyKey[] = []): never {
  const path = [...prefix, ...(issue?.path ?? [])];
  const where = path.length ? `${path.map(String).join(".")}: ` : "";
  throw badRequest(`This is not a valid Factdeck backup (${where}${issue?.message ?? "invalid"}).`);
}

/**
 * Validates a backup with zod (400 naming the first problem, e.g. `reviews.0.rating`): the shell
 * first, then the records a slice at a time, yielding to the event loop between slices so a large
 * file does not hold up other requests.
 */
async function parseBackup(data: unknown): Promise<Backup> {
  const shell = backupShellSchema.safeParse(data);
  if (!shell.success) notABackup(shell.error.issues[0]);
  const out: Record<string, unknown> = { ...shell.data };
  for (const key of ["cards", "reviews", "articles", "exams", "edits", "flags"] as const) {
    const list = shell.data[key];
    if (list === undefined) continue;
    const schema = backupRecordSchemas[key];
    // An article carries up to 5,000 facts and questions: one per slice.
    const slice = key === "articles" ? 1 : SLICE;
    const parsed: unknown[] = [];
    for (let i = 0; i < list.length; i++) {
      if (i > 0 && i % slice === 0) await yieldToEventLoop();
      const r = schema.safeParse(list[i]);
      if (!r.success) notABackup(r.error.issues[0], [key, i]);
      parsed.push(r.data);
    }
    out[key] = parsed;
  }
  return out as Backup;
}

function firstDuplicate(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const i of ids) {
    if (seen.has(i)) return i;
    seen.add(i);
  }
  return undefined;
}

/** A review id that is another user's is replaced by one made from it and the importer's id: stable, so a re-import still finds it. */
export function importedReviewId(userId: string, reviewId: string): string {
  const h = createHash("sha256").update(`factdeck-import\u0000${userId}\u0000${reviewId}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Imports a backup into the learner's data, all or nothing, in one atomic batch.
 *
 * - Settings are set to the backup's. Articles the backup brings become the learner's own
 *   (skipped when they already have them; refused when the id is someone else's or shared).
 * - Every question a card, review or exam paper names must exist and be visible to the learner, or come
 *   with the backup; otherwise the file is refused (400) and nothing is written.
 * - Reviews are appended by id (an id already recorded is skipped; one taken by another user is
 *   re-made with `importedReviewId`). A card is written when the learner has none for that
 *   question, or when the backup's card was reviewed more recently (`lastReview` later).
 *
 * - Values must make sense at `now` (`checkBackupSense`: no dates in the future, states that agree
 *   with their fields, FSRS-valid numbers); otherwise 400 naming the first bad record.
 *
 * So importing the same backup twice changes nothing the second time.
 */
export async function importBackup({ userId, data, now }: { userId: string; data: unknown; now: Date }): Promise<ImportResult> {
  const backup = await parseBackup(data);
  await checkBackupSense(backup, now);
  const dup =
    firstDuplicate(backup.cards.map((c) => c.questionId)) ??
    firstDuplicate(backup.reviews.map((r) => r.id)) ??
    firstDuplicate(backup.articles.map((a) => a.id)) ??
    firstDuplicate(backup.articles.flatMap((a) => a.questions.map((q) => q.id))) ??
    firstDuplicate((backup.edits ?? []).map((e) => e.questionId)) ??
    firstDuplicate((backup.flags ?? []).map((f) => f.questionId));
  if (dup !== undefined) throw badRequest(`The backup lists "${dup}" twice.`);

  // Articles: new ones become the learner's; their own are kept as they are; anyone else's id is refused.
  const articleIds = backup.articles.map((a) => a.id);
  const alreadyMine = new Set<string>();
  for (const part of chunks(articleIds)) {
    const found = await db.select({ id: articles.id, ownerId: articles.ownerId }).from(articles).where(inArray(articles.id, part));
    for (const a of found) {
      if (a.ownerId !== userId) throw conflict(`The backup's article "${a.id}" already exists here and is not yours.`);
      alreadyMine.add(a.id);
    }
  }
  const broughtQuestions = new Map<string, string>();
  for (const a of backup.articles) for (const q of a.questions) broughtQuestions.set(q.id, a.id);
  for (const part of chunks([...broughtQuestions.keys()])) {
    const found = await db.select({ id: questions.id, articleId: questions.articleId }).from(questions).where(inArray(questions.id, part));
    for (const q of found) {
      if (q.articleId !== broughtQuestions.get(q.id)) throw conflict(`The backup's question "${q.id}" already exists here in another article.`);
    }
  }

  // Every question named by a card, review, exam paper, edit or flag must be visible to the learner or come with the backup.
  const named = [
    ...new Set([
      ...backup.cards.map((c) => c.questionId),
      ...backup.reviews.map((r) => r.questionId),
      ...(backup.exams ?? []).flatMap((e) => e.questionIds),
      ...(backup.edits ?? []).map((e) => e.questionId),
      ...(backup.flags ?? []).map((f) => f.questionId),
    ]),
  ];
  const known = new Set(broughtQuestions.keys());
  for (const part of chunks(named.filter((q) => !known.has(q)))) {
    const found = await db
      .select({ id: questions.id })
      .from(questions)
      .innerJoin(articles, sql`${articles.id} = ${questions.articleId}`)
      .where(and(inArray(questions.id, part), visibleArticle(userId)));
    for (const q of found) known.add(q.id);
  }
  const missing = named.filter((q) => !known.has(q));
  if (missing.length) {
    throw badRequest(
      `The backup refers to ${missing.length} question${missing.length === 1 ? "" : "s"} that do not exist here (e.g. "${missing[0]}") and does not bring ${missing.length === 1 ? "its article" : "their articles"}.`,
    );
  }

  // Review ids already taken by another user get a stable id of their own.
  const taken = new Map<string, string>();
  for (const part of chunks(backup.reviews.map((r) => r.id))) {
    const found = await db.select({ id: reviews.id, userId: reviews.userId }).from(reviews).where(inArray(reviews.id, part));
    for (const r of found) taken.set(r.id, r.userId);
  }
  const reviewRows = backup.reviews.map((r) => ({
    ...r,
    id: taken.has(r.id) && taken.get(r.id) !== userId ? importedReviewId(userId, r.id) : r.id,
    userId,
    reviewedAt: new Date(r.reviewedAt),
    undoneAt: r.undoneAt ? new Date(r.undoneAt) : null,
  }));
  // Exam papers: the same rule as reviews for an id another user already has.
  const examTaken = new Map<string, string>();
  for (const part of chunks((backup.exams ?? []).map((e) => e.id))) {
    const found = await db.select({ id: exams.id, userId: exams.userId }).from(exams).where(inArray(exams.id, part));
    for (const e of found) examTaken.set(e.id, e.userId);
  }
  const examRows = (backup.exams ?? []).map((e) => ({
    ...e,
    id: examTaken.has(e.id) && examTaken.get(e.id) !== userId ? importedReviewId(userId, e.id) : e.id,
    userId,
    createdAt: new Date(e.createdAt),
    endsAt: new Date(e.endsAt),
    submittedAt: e.submittedAt ? new Date(e.submittedAt) : null,
  }));
  const cardRows = backup.cards.map((c) => ({
    ...c,
    userId,
    due: new Date(c.due),
    lastReview: c.lastReview ? new Date(c.lastReview) : null,
    createdAt: new Date(c.createdAt),
    suspendedAt: c.suspendedAt ? new Date(c.suspendedAt) : null,
  }));

  const s = backup.user.settings;
  const settingsWrite = db
    .insert(settings)
    .values({ userId, ...s })
    .onConflictDoUpdate({ target: settings.userId, set: s });
  const articleWrites = backup.articles.map(({ facts: fs, questions: qs, ...a }) => {
    const insert = db.insert(articles).values({ ...a, ownerId: userId, createdAt: new Date(a.createdAt), updatedAt: new Date(a.createdAt) });
    // An article the learner already has stays as it is; a new one must really be new: if someone
    // else created that id since the check above, the insert fails and so does the whole batch (409).
    return {
      article: alreadyMine.has(a.id) ? insert.onConflictDoNothing() : insert,
      rest: [
        ...chunks(fs).map((part) =>
          db
            .insert(facts)
            .values(part.map((f) => ({ ...f, articleId: a.id, retiredAt: f.retiredAt ? new Date(f.retiredAt) : null })))
            .onConflictDoNothing(),
        ),
        ...chunks(qs).map((part) =>
          db
            .insert(questions)
            .values(part.map((q) => ({ ...q, articleId: a.id, retiredAt: q.retiredAt ? new Date(q.retiredAt) : null })))
            .onConflictDoNothing(),
        ),
      ],
    };
  });
  const excluded = (col: string) => sql.raw(`excluded.${col}`);
  const cardWrites = chunks(cardRows).map((part) =>
    db
      .insert(cards)
      .values(part)
      .onConflictDoUpdate({
        target: [cards.userId, cards.questionId],
        // The backup's schedule and suspension replace ours: every FSRS field, from the one list.
        set: Object.fromEntries([...SRS_CARD_FIELDS, "suspendedAt" as const].map((f) => [f, excluded(cards[f].name)])),
        setWhere: sql`excluded.last_review > coalesce(${cards.lastReview}, -1)`,
      }),
  );
  const reviewWrites = chunks(reviewRows).map((part) => db.insert(reviews).values(part).onConflictDoNothing());
  const examWrites = chunks(examRows).map((part) => db.insert(exams).values(part).onConflictDoNothing());
  // Edits: the more recent version wins (so a second import changes nothing); flags: an existing one stays.
  const editRows = (backup.edits ?? []).map((e) => ({ ...e, userId, droppedAt: e.droppedAt ? new Date(e.droppedAt) : null, updatedAt: new Date(e.updatedAt) }));
  const editWrites = chunks(editRows).map((part) =>
    db
      .insert(questionEdits)
      .values(part)
      .onConflictDoUpdate({
        target: [questionEdits.userId, questionEdits.questionId],
        set: {
          prompt: excluded("prompt"),
          answer: excluded("answer"),
          choices: excluded("choices"),
          droppedAt: excluded("dropped_at"),
          updatedAt: excluded("updated_at"),
        },
        setWhere: sql`excluded.updated_at > ${questionEdits.updatedAt}`,
      }),
  );
  const flagRows = (backup.flags ?? []).map((f) => ({ ...f, userId, createdAt: new Date(f.createdAt) }));
  const flagWrites = chunks(flagRows).map((part) => db.insert(questionFlags).values(part).onConflictDoNothing());

  const articleStatements = articleWrites.map((w) => w.article);
  const statements = [
    settingsWrite,
    ...articleStatements,
    ...articleWrites.flatMap((w) => w.rest),
    ...cardWrites,
    ...reviewWrites,
    ...examWrites,
    ...editWrites,
    ...flagWrites,
  ] as const;
  // The SQL of each statement is built a statement at a time (up to 400 rows each), yielding in
  // between; then the whole import is still one atomic batch.
  const built: { sql: string; args: unknown[] }[] = [];
  for (const statement of statements) {
    const { sql: text, params } = statement.toSQL();
    built.push({ sql: text, args: params });
    await yieldToEventLoop();
  }
  let results;
  try {
    results = await dbClient.batch(built as Parameters<typeof dbClient.batch>[0], "write");
  } catch (err) {
    if (err instanceof Error && /constraint/i.test(err.message)) throw conflict("The backup clashes with data stored here; nothing was imported.");
    throw err;
  }
  const affected = (from: number, count: number) =>
    results.slice(from, from + count).reduce((n, r) => n + ((r as { rowsAffected?: number }).rowsAffected ?? 0), 0);
  const firstCard = 1 + articleStatements.length + articleWrites.reduce((n, w) => n + w.rest.length, 0);
  return {
    articles: affected(1, articleStatements.length),
    cards: affected(firstCard, cardWrites.length),
    reviews: affected(firstCard + cardWrites.length, reviewWrites.length),
    exams: affected(firstCard + cardWrites.length + reviewWrites.length, examWrites.length),
    edits: affected(firstCard + cardWrites.length + reviewWrites.length + examWrites.length, editWrites.length),
    flags: affected(firstCard + cardWrites.length + reviewWrites.length + examWrites.length + editWrites.length, flagWrites.length),
  };
}

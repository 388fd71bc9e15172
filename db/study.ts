import "server-only";
import { and, asc, eq, gte, isNull, lt, lte, ne, sql } from "drizzle-orm";
import { startOfLocalDay } from "@/lib/day";
import { buildQueue } from "@/lib/queue";
import { siblingKey } from "@/lib/siblings";
import type { StudyCard, StudyCounts, StudyNextResponse } from "@/lib/api-types";
import { newSrsCard, previewIntervals, schedulerOptions } from "@/lib/srs";
import { cardFromRow } from "./cards";
import { db } from "./client";
import { editColumns, editOf, withEdit } from "./question-view";
import { articles, cards, questionEdits, questions, reviews } from "./schema";
import { getSettings } from "./settings";
import { studyableQuestions, visibleArticle } from "./visibility";

/** A card forgotten this many times is a leech (Anki's default). */
export const LEECH_LAPSES = 4;

/**
 * The next cards to study, Anki's way: cards due now first (oldest due first), then new cards up
 * to what is left of today's new-card limit, interleaved across articles. No answers are included.
 */
export async function getStudyQueue({
  userId,
  now,
  limit,
  articleId,
  tag,
  leeches = false,
  more = false,
}: {
  userId: string;
  now: Date;
  limit: number;
  articleId?: string;
  tag?: string;
  /** Study the leeches (4+ lapses) whether due or not, and no new cards. */
  leeches?: boolean;
  /**
   * Custom study ("Study this article now", "Study more"): new cards beyond today's limit and
   * siblings not buried, so every question of the article (or tag, or all) can be studied today.
   * Siblings still come as far apart as they can: first one question of each sentence, then a second…
   */
  more?: boolean;
}): Promise<StudyNextResponse> {
  const userSettings = await getSettings({ userId });
  const where = studyableQuestions(userId, { articleId, tag });
  const dayStart = startOfLocalDay(now, userSettings.timeZone);

  const dueRows = await db
    .select({ card: cards, question: questions, articleTitle: articles.title, edit: editColumns })
    .from(cards)
    .innerJoin(questions, eq(questions.id, cards.questionId))
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(questionEdits, editOf(userId))
    .where(
      and(eq(cards.userId, userId), leeches ? gte(cards.lapses, LEECH_LAPSES) : lte(cards.due, now), ne(cards.state, "new"), isNull(cards.suspendedAt), where),
    )
    .orderBy(asc(cards.due));

  const [introduced] = await db
    .select({ n: sql<number>`count(*)` })
    .from(cards)
    // New cards introduced today: reviewed at least once (a suspended new question has a card row too).
    .where(and(eq(cards.userId, userId), gte(cards.createdAt, dayStart), sql`${cards.reps} > 0`));
  const newLeft = leeches ? 0 : more ? Number.MAX_SAFE_INTEGER : Math.max(0, userSettings.newPerDay - Number(introduced?.n ?? 0));

  const unseen = await db
    .select({ question: questions, articleTitle: articles.title, edit: editColumns })
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .leftJoin(cards, and(eq(cards.questionId, questions.id), eq(cards.userId, userId)))
    .leftJoin(questionEdits, editOf(userId))
    .where(and(isNull(cards.questionId), where))
    .orderBy(asc(questions.position), asc(questions.id));

  // Anki's "bury siblings": one new question per sentence a day, and none of a sentence already studied
  // today, so two questions of one sentence (lib/siblings.ts) never give each other away.
  const studiedToday = await db
    .selectDistinct({ articleId: questions.articleId, evidence: questions.evidence })
    .from(reviews)
    .innerJoin(questions, eq(questions.id, reviews.questionId))
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(and(eq(reviews.userId, userId), gte(reviews.reviewedAt, dayStart), isNull(reviews.undoneAt), visibleArticle(userId)));
  const buried = new Set(studiedToday.map(siblingKey));
  // In custom study nothing is buried; a question's round is its rank among its sentence's unseen ones.
  const round = new Map<string, number>();
  const freshRows = unseen.flatMap((r) => {
    const key = siblingKey(r.question);
    const rank = round.get(key) ?? 0;
    round.set(key, rank + 1);
    if (!more && (buried.has(key) || rank > 0)) return [];
    return [{ ...r, order: rank * 1_000_000 + r.question.position }];
  });

  const [later] = await db
    .select({ due: sql<number | null>`min(${cards.due})` })
    .from(cards)
    .innerJoin(questions, eq(questions.id, cards.questionId))
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(and(eq(cards.userId, userId), sql`${cards.due} > ${now.getTime()}`, ne(cards.state, "review"), isNull(cards.suspendedAt), where));

  // Anki's learning count: every card in learning or relearning that falls due today, not only those due this minute.
  const [learningToday] = leeches
    ? [{ n: dueRows.filter((r) => r.card.state === "learning" || r.card.state === "relearning").length }]
    : await db
        .select({ n: sql<number>`count(*)` })
        .from(cards)
        .innerJoin(questions, eq(questions.id, cards.questionId))
        .innerJoin(articles, eq(articles.id, questions.articleId))
        .where(
          and(
            eq(cards.userId, userId),
            sql`${cards.state} in ('learning', 'relearning')`,
            // Before tomorrow's start (36 hours on from today's start is always in tomorrow, DST or not).
            lt(cards.due, startOfLocalDay(new Date(dayStart.getTime() + 36 * 3_600_000), userSettings.timeZone)),
            isNull(cards.suspendedAt),
            where,
          ),
        );

  const counts: StudyCounts = {
    new: Math.min(newLeft, freshRows.length),
    learning: Number(learningToday?.n ?? 0),
    review: dueRows.filter((r) => r.card.state === "review").length,
  };

  const queue = buildQueue({
    due: dueRows.map((r) => ({ ...r, articleId: r.question.articleId, due: r.card.due })),
    fresh: freshRows.map((r) => ({ ...r, articleId: r.question.articleId, position: r.order })),
    newLimit: newLeft,
    limit,
  });

  const out: StudyCard[] = queue.map((item) => {
    const card = "card" in item && item.card ? cardFromRow(item.card) : undefined;
    const q = withEdit(item.question, item.edit);
    const preview = previewIntervals({
      card: card ?? newSrsCard(now),
      now,
      ...schedulerOptions(userSettings),
    });
    return {
      questionId: q.id,
      type: q.type,
      prompt: q.prompt,
      ...(q.type === "mcq" && q.choices ? { choices: q.choices } : {}),
      articleId: q.articleId,
      articleTitle: item.articleTitle,
      state: card?.state ?? "new",
      due: (card?.due ?? now).toISOString(),
      intervals: { "1": preview[1].label, "2": preview[2].label, "3": preview[3].label, "4": preview[4].label },
    };
  });

  const nextDueMs = later?.due == null ? null : Number(later.due);
  return { cards: out, counts, nextDue: nextDueMs === null ? null : new Date(nextDueMs).toISOString() };
}

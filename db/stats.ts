import "server-only";
import { and, eq, isNull, lte, ne, sql } from "drizzle-orm";
import { db } from "./client";
import { getTodayStats } from "./reviews";
import { articles, cards, questions } from "./schema";
import { visibleArticle } from "./study";

/** Today's numbers for the dashboard: due now, reviewed, correct, minutes. */
export async function getToday({ userId, now }: { userId: string; now: Date }) {
  const [due] = await db
    .select({ n: sql<number>`count(*)` })
    .from(cards)
    .innerJoin(questions, eq(questions.id, cards.questionId))
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(and(eq(cards.userId, userId), lte(cards.due, now), ne(cards.state, "new"), isNull(questions.retiredAt), visibleArticle(userId)));
  return { due: Number(due?.n ?? 0), ...(await getTodayStats({ userId, now })) };
}

import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { cardFromRow, cardFromSnapshot, cardToRow, cardToSnapshot, setQuestionSuspended } from "./cards";
import { db } from "./client";
import { recordReview } from "./reviews";
import { cards } from "./schema";
import { saveGeneratedArticle } from "./seed";
import { getStudyQueue } from "./study";
import { freshDatabase, makeUser, summitArticle } from "./test-helpers";
import { newSrsCard, scheduleReview } from "@/lib/srs";

const NOW = new Date("2026-11-22T10:00:00Z");

beforeAll(async () => {
  await freshDatabase();
  await saveGeneratedArticle(summitArticle("s1"), { ownerId: null, contentHash: "h", now: NOW });
  await saveGeneratedArticle(summitArticle("s2"), { ownerId: null, contentHash: "h", now: NOW });
  await makeUser("kim");
  await makeUser("lee");
  await saveGeneratedArticle(summitArticle("lees"), { ownerId: "lee", contentHash: "h", now: NOW });
});

describe("card rows and snapshots", () => {
  it("round-trip the scheduler's card", () => {
    const { card } = scheduleReview({ card: newSrsCard(NOW), rating: 3, now: NOW, retention: 0.9 });
    expect(cardFromRow(cardToRow(card))).toEqual(card);
    expect(cardFromSnapshot(cardToSnapshot(card))).toEqual(card);
  });
});

describe("setQuestionSuspended", () => {
  const ids = async (now = NOW) => (await getStudyQueue({ userId: "kim", now, limit: 50 })).cards.map((c) => c.questionId);

  it("keeps a new question out of the queue until unsuspended, and then it is new again", async () => {
    const first = (await ids())[0]!;
    await setQuestionSuspended({ userId: "kim", questionId: first, suspended: true, now: NOW });
    expect(await ids()).not.toContain(first);
    await setQuestionSuspended({ userId: "kim", questionId: first, suspended: false, now: NOW });
    expect(await ids()).toContain(first);
    // Never studied: unsuspending leaves no card behind.
    expect(
      await db
        .select()
        .from(cards)
        .where(and(eq(cards.userId, "kim"), eq(cards.questionId, first))),
    ).toHaveLength(0);
  });

  it("keeps a studied card's schedule while suspended", async () => {
    await recordReview({ userId: "kim", id: randomUUID(), questionId: "s2-mcq", response: { choice: "Durban" }, durationMs: 1, now: NOW });
    const soon = new Date(NOW.getTime() + 5 * 60_000);
    expect(await ids(soon)).toContain("s2-mcq");
    await setQuestionSuspended({ userId: "kim", questionId: "s2-mcq", suspended: true, now: soon });
    expect(await ids(soon)).not.toContain("s2-mcq");
    const [row] = await db
      .select()
      .from(cards)
      .where(and(eq(cards.userId, "kim"), eq(cards.questionId, "s2-mcq")));
    expect(row?.reps).toBe(1);
    await setQuestionSuspended({ userId: "kim", questionId: "s2-mcq", suspended: false, now: soon });
    expect(await ids(soon)).toContain("s2-mcq");
  });

  it("refuses a question the user cannot see", async () => {
    await expect(setQuestionSuspended({ userId: "kim", questionId: "lees-recall", suspended: true, now: NOW })).rejects.toMatchObject({ status: 404 });
    await expect(setQuestionSuspended({ userId: "kim", questionId: "nope", suspended: true, now: NOW })).rejects.toMatchObject({ status: 404 });
  });
});

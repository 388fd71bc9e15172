import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import { questionListQuerySchema } from "@/lib/schemas";
import { transferUserData } from "./account-link";
import { buryQuestion, unburyQuestion } from "./bury";
import { db } from "./client";
import { getQuestionDetail, listQuestions, setQuestionFlag } from "./question-browser";
import { recordReview } from "./reviews";
import { questionBuries } from "./schema";
import { saveGeneratedArticle } from "./seed";
import { updateSettings } from "./settings";
import { getProgress } from "./stats";
import { getStudyQueue } from "./study";
import { freshDatabase, makeUser, summitArticle } from "./test-helpers";

const NOW = new Date("2026-11-22T10:00:00Z");
const MIN = 60_000;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MIN);
const TOMORROW = new Date("2026-11-23T00:00:01Z");

const ids = async (userId: string, now: Date, opts: { articleId?: string; more?: boolean; cram?: boolean } = {}) =>
  (await getStudyQueue({ userId, now, limit: 50, ...opts })).cards.map((c) => c.questionId).sort();
const buried = async (userId: string, now: Date) =>
  (await listQuestions({ userId, query: questionListQuerySchema.parse({ state: "buried" }), now })).questions.map((q) => q.id).sort();

beforeAll(async () => {
  await freshDatabase();
  // One sentence per article: four sibling questions apiece (recall first).
  for (const id of ["b1", "b2", "b3"]) await saveGeneratedArticle(summitArticle(id), { ownerId: null, contentHash: id, now: NOW });
  await makeUser("bea");
  await makeUser("cal");
  await makeUser("dee");
  await makeUser("guest", { anonymous: true });
  await makeUser("eve");
  await makeUser("ida");
  await saveGeneratedArticle(summitArticle("cals"), { ownerId: "cal", contentHash: "c", now: NOW });
});

describe("manual bury", () => {
  it("takes a new question out of today's study, lists it, and restoring brings it back today", async () => {
    expect(await ids("bea", NOW, { articleId: "b1" })).toEqual(["b1-recall"]);
    const res = await buryQuestion({ userId: "bea", questionId: "b1-recall", now: NOW });
    expect(res).toEqual({ questionId: "b1-recall", buried: true, until: "2026-11-23T00:00:00.000Z" });
    // Buried in every kind of study today: the daily queue (its sentence's next question takes its
    // place, as a card of the same note does in Anki), custom study and cram.
    expect(await ids("bea", at(1), { articleId: "b1" })).toEqual(["b1-mcq"]);
    expect(await ids("bea", at(1), { articleId: "b1", more: true })).toEqual(["b1-cloze", "b1-mcq", "b1-tf"]);
    expect(await ids("bea", at(1), { articleId: "b1", cram: true })).toEqual(["b1-cloze", "b1-mcq", "b1-tf"]);
    expect(await buried("bea", at(1))).toEqual(["b1-recall"]);
    expect((await getQuestionDetail({ userId: "bea", questionId: "b1-recall", now: at(1) })).buried).toBe(true);

    expect(await unburyQuestion({ userId: "bea", questionId: "b1-recall", now: at(2) })).toEqual({ questionId: "b1-recall", buried: false });
    expect(await ids("bea", at(3), { articleId: "b1" })).toEqual(["b1-recall"]);
    expect(await buried("bea", at(3))).toEqual([]);
    expect(await db.select().from(questionBuries).where(eq(questionBuries.userId, "bea"))).toHaveLength(0);
  });

  it("holds a due card back until the learner's next day, schedule untouched, then it is due again by itself", async () => {
    await recordReview({ userId: "cal", id: randomUUID(), questionId: "b2-recall", response: { rating: 1 }, durationMs: 1000, now: NOW });
    const before = await getQuestionDetail({ userId: "cal", questionId: "b2-recall", now: at(20) });
    const queue = await getStudyQueue({ userId: "cal", now: at(20), limit: 50 });
    expect(queue.cards.map((c) => c.questionId)).toContain("b2-recall");
    expect(queue.counts.learning).toBe(1);

    expect((await getProgress({ userId: "cal", now: at(20) })).today.due).toBe(1);
    await buryQuestion({ userId: "cal", questionId: "b2-recall", now: at(20) });
    // The dashboard's "due now" agrees with study.
    expect((await getProgress({ userId: "cal", now: at(21) })).today.due).toBe(0);
    const after = await getStudyQueue({ userId: "cal", now: at(21), limit: 50 });
    expect(after.cards.map((c) => c.questionId)).not.toContain("b2-recall");
    expect(after.counts.learning).toBe(0);
    expect(await buried("cal", at(21))).toContain("b2-recall");
    const detail = await getQuestionDetail({ userId: "cal", questionId: "b2-recall", now: at(21) });
    expect(detail.card).toMatchObject({ due: before.card!.due, stability: before.card!.stability, reps: before.card!.reps });

    // The next UTC day (cal's zone): back without anyone restoring it.
    expect(await ids("cal", TOMORROW)).toContain("b2-recall");
    expect(await buried("cal", TOMORROW)).not.toContain("b2-recall");
    expect((await getProgress({ userId: "cal", now: TOMORROW })).today.due).toBe(1);
    // A flagged card is not "due now" either: study would not show it.
    await setQuestionFlag({ userId: "cal", questionId: "b2-recall", reason: "unclear", now: TOMORROW });
    expect((await getProgress({ userId: "cal", now: TOMORROW })).today.due).toBe(0);
    await setQuestionFlag({ userId: "cal", questionId: "b2-recall", reason: null, now: TOMORROW });
  });

  it("ends at the learner's own midnight, not UTC's", async () => {
    await updateSettings({ userId: "dee", patch: { timeZone: "Asia/Kolkata" } });
    const lateEvening = new Date("2026-11-22T18:00:00Z"); // 23:30 in Kolkata
    const res = await buryQuestion({ userId: "dee", questionId: "b3-recall", now: lateEvening });
    expect(res.until).toBe("2026-11-22T18:30:00.000Z");
    expect(await ids("dee", new Date("2026-11-22T18:29:00Z"), { articleId: "b3" })).toEqual(["b3-mcq"]);
    expect(await ids("dee", new Date("2026-11-22T18:31:00Z"), { articleId: "b3" })).toEqual(["b3-recall"]);
    // A bury or restore the next day clears the stale row.
    await unburyQuestion({ userId: "dee", questionId: "b1-recall", now: new Date("2026-11-22T18:31:00Z") });
    expect(await db.select().from(questionBuries).where(eq(questionBuries.userId, "dee"))).toHaveLength(0);
  });

  it("refuses a question the learner may not see (404) and leaves nothing written", async () => {
    for (const questionId of ["cals-recall", "nope"]) {
      await expect(buryQuestion({ userId: "bea", questionId, now: NOW })).rejects.toMatchObject({ status: 404 });
      await expect(unburyQuestion({ userId: "bea", questionId, now: NOW })).rejects.toBeInstanceOf(ApiError);
    }
    expect(await db.select().from(questionBuries).where(eq(questionBuries.userId, "bea"))).toHaveLength(0);
  });

  it("moves with a guest who signs up", async () => {
    await buryQuestion({ userId: "guest", questionId: "b3-mcq", now: NOW });
    await transferUserData({ fromUserId: "guest", toUserId: "eve" });
    expect(await buried("eve", at(1))).toEqual(["b3-mcq"]);
    await unburyQuestion({ userId: "eve", questionId: "b3-mcq", now: at(1) });
  });
});

describe("sibling bury", () => {
  it("lists the siblings of a sentence studied today, and a restored one is studied today", async () => {
    await recordReview({ userId: "ida", id: randomUUID(), questionId: "b1-recall", response: { rating: 4 }, durationMs: 1000, now: NOW });
    expect(await ids("ida", at(1), { articleId: "b1" })).toEqual([]);
    expect(await buried("ida", at(1))).toEqual(["b1-cloze", "b1-mcq", "b1-tf"]);
    const item = (await listQuestions({ userId: "ida", query: questionListQuerySchema.parse({ article: "b1" }), now: at(1) })).questions;
    expect(
      item
        .filter((q) => q.buried)
        .map((q) => q.id)
        .sort(),
    ).toEqual(["b1-cloze", "b1-mcq", "b1-tf"]);

    await unburyQuestion({ userId: "ida", questionId: "b1-mcq", now: at(2) });
    expect(await ids("ida", at(3), { articleId: "b1" })).toEqual(["b1-mcq"]);
    expect(await buried("ida", at(3))).toEqual(["b1-cloze", "b1-tf"]);

    // Tomorrow nothing is buried; the restore row no longer matters.
    expect(await buried("ida", TOMORROW)).toEqual([]);
  });

  it("a manual bury of a sibling-buried question, restored, is studied today", async () => {
    await buryQuestion({ userId: "ida", questionId: "b1-tf", now: at(4) });
    expect(await buried("ida", at(5))).toEqual(["b1-cloze", "b1-tf"]);
    await unburyQuestion({ userId: "ida", questionId: "b1-tf", now: at(6) });
    expect(await ids("ida", at(7), { articleId: "b1" })).toEqual(["b1-mcq", "b1-tf"]);
  });
});

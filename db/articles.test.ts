import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { addUserArticle, deleteUserArticle, getArticle, listArticles } from "./articles";
import { recordReview } from "./reviews";
import { getStudyQueue } from "./study";
import { freshDatabase, makeUser } from "./test-helpers";

const NOW = new Date("2026-11-22T10:00:00Z");
const text = readFileSync(path.join(import.meta.dirname, "..", "questions", "fixtures", "isro-launch.txt"), "utf8");

beforeAll(async () => {
  await freshDatabase();
  await makeUser("ann");
  await makeUser("ben");
});

describe("a learner's own articles", () => {
  it("makes questions from pasted text and keeps the article to its owner", async () => {
    const created = await addUserArticle({ userId: "ann", input: { text, tags: ["space"] }, now: NOW });
    expect(created.questions).toBeGreaterThan(3);
    expect(created.facts).toBeGreaterThan(1);

    expect((await listArticles({ userId: "ann" })).map((a) => a.id)).toContain(created.id);
    expect((await listArticles({ userId: "ben" })).map((a) => a.id)).not.toContain(created.id);
    expect(await getArticle({ userId: "ben", id: created.id })).toBeUndefined();
    expect(await getArticle({ userId: null, id: created.id })).toBeUndefined();
    expect((await getArticle({ userId: "ann", id: created.id }))?.tags).toEqual(["space"]);

    const annQueue = await getStudyQueue({ userId: "ann", now: NOW, limit: 50, articleId: created.id });
    expect(annQueue.cards.length).toBeGreaterThan(0);
    const benQueue = await getStudyQueue({ userId: "ben", now: NOW, limit: 50, articleId: created.id });
    expect(benQueue.cards).toHaveLength(0);
    await expect(
      recordReview({ userId: "ben", id: crypto.randomUUID(), questionId: annQueue.cards[0]!.questionId, response: { rating: 3 }, durationMs: 1, now: NOW }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("adding the same text again is the same article with the same question ids", async () => {
    const a = await addUserArticle({ userId: "ann", input: { text }, now: NOW });
    const before = (await getStudyQueue({ userId: "ann", now: NOW, limit: 50, articleId: a.id })).cards.map((c) => c.questionId);
    const b = await addUserArticle({ userId: "ann", input: { text }, now: NOW });
    expect(b.id).toBe(a.id);
    const after = (await getStudyQueue({ userId: "ann", now: NOW, limit: 50, articleId: b.id })).cards.map((c) => c.questionId);
    expect(after).toEqual(before);
  });

  it("refuses empty or fact-less text with a clear message", async () => {
    await expect(addUserArticle({ userId: "ann", input: { text: "   \n  " }, now: NOW })).rejects.toMatchObject({ status: 400 });
    await expect(addUserArticle({ userId: "ann", input: { text: "hello there, this is not news at all" }, now: NOW })).rejects.toMatchObject({ status: 422 });
  });

  it("deletes only the owner's article, with its questions and history", async () => {
    const a = await addUserArticle({ userId: "ann", input: { text }, now: NOW });
    const q = (await getStudyQueue({ userId: "ann", now: NOW, limit: 1, articleId: a.id })).cards[0]!;
    await recordReview({ userId: "ann", id: crypto.randomUUID(), questionId: q.questionId, response: { rating: 3 }, durationMs: 1, now: NOW });
    await expect(deleteUserArticle({ userId: "ben", id: a.id })).rejects.toMatchObject({ status: 404 });
    await expect(deleteUserArticle({ userId: "ann", id: "india-russia-jwg-counter-terrorism" })).rejects.toMatchObject({ status: 404 });
    expect(await deleteUserArticle({ userId: "ann", id: a.id })).toEqual({ deleted: a.id });
    expect(await getArticle({ userId: "ann", id: a.id })).toBeUndefined();
  });
});

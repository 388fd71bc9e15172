import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { articleDetailsPatchSchema } from "@/lib/schemas";
import { parseArticle } from "@/questions";
import { addUserArticle, deleteUserArticle, getArticle, listArticles, previewUserArticle, updateArticleDetails } from "./articles";
import { getQuestionDetail } from "./question-browser";
import { recordReview } from "./reviews";
import { saveGeneratedArticle } from "./seed";
import { getStudyQueue } from "./study";
import { freshDatabase, makeUser, summitArticle } from "./test-helpers";

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
    expect(b.duplicate).toBe(true);
  });

  it("recognises the same text pasted again: tags kept, nothing changed, unless the learner updates it", async () => {
    await makeUser("cy");
    const a = await addUserArticle({ userId: "cy", input: { text, tags: ["space", "isro"] }, now: NOW });
    expect(a.duplicate).toBe(false);
    const again = await addUserArticle({ userId: "cy", input: { text, title: "Another headline" }, now: NOW });
    expect(again).toMatchObject({ id: a.id, duplicate: true });
    expect(await getArticle({ userId: "cy", id: a.id })).toMatchObject({ tags: ["space", "isro"], title: a.title });
    expect((await previewUserArticle({ userId: "cy", input: { text } })).duplicate).toEqual({ id: a.id, title: a.title });
    // Updating regenerates it under the same id; without new tags the old ones stay.
    const updated = await addUserArticle({ userId: "cy", input: { text, title: "Another headline", update: true }, now: NOW });
    expect(updated).toMatchObject({ id: a.id, duplicate: false });
    expect(await getArticle({ userId: "cy", id: a.id })).toMatchObject({ tags: ["space", "isro"], title: "Another headline" });
  });

  it("recognises a text stored before pastes were cleaned, pasted again with its clutter", async () => {
    await makeUser("eli");
    const paragraphs = text.trim().split(/\n+/);
    const dirty = [
      paragraphs[0],
      "ADVERTISEMENT",
      ...paragraphs.slice(1, 3),
      "Sign up for our daily newsletter to get the top stories in your inbox.",
      "![The rocket on the pad](https://img.example/pad.jpg)",
      ...paragraphs.slice(3),
    ].join("\n\n");
    // As the app stored it before cleaning: the parsed text, clutter and all, under an id of its own.
    const old = summitArticle("eli-old");
    const oldBody = parseArticle(dirty, {}).body;
    expect(oldBody).toContain("img.example");
    expect(oldBody).toContain("newsletter");
    await saveGeneratedArticle({ ...old, article: { ...old.article, body: oldBody, tags: ["mine"] } }, { ownerId: "eli", contentHash: "old", now: NOW });

    const again = await addUserArticle({ userId: "eli", input: { text: dirty }, now: NOW });
    expect(again).toMatchObject({ id: "eli-old", duplicate: true });
    expect((await previewUserArticle({ userId: "eli", input: { text: dirty } })).duplicate).toMatchObject({ id: "eli-old" });
    expect(await getArticle({ userId: "eli", id: "eli-old" })).toMatchObject({ tags: ["mine"] });
    // A different text is not taken for it.
    expect((await addUserArticle({ userId: "eli", input: { text: paragraphs.slice(0, 3).join("\n\n") }, now: NOW })).duplicate).toBe(false);
  });

  it("previews without saving, then saves with the preview's edits and drops; a bad edit writes nothing", async () => {
    await makeUser("di");
    const preview = await previewUserArticle({ userId: "di", input: { text } });
    expect(preview.duplicate).toBeNull();
    expect(preview.questions.length).toBeGreaterThan(3);
    expect(await listArticles({ userId: "di" })).toHaveLength((await listArticles({ userId: null as unknown as string })).length);
    const [edited, dropped] = preview.questions.filter((q) => q.type === "recall" || q.type === "cloze");
    expect(edited && dropped).toBeTruthy();
    const mcq = preview.questions.find((q) => q.type === "mcq")!;

    await expect(addUserArticle({ userId: "di", input: { text, edits: { [mcq.id]: { choices: ["a", "b", "c"] } } }, now: NOW })).rejects.toMatchObject({
      status: 400,
    });
    expect((await listArticles({ userId: "di" })).some((a) => a.own)).toBe(false);

    const saved = await addUserArticle({
      userId: "di",
      input: { text, edits: { [edited!.id]: { prompt: `${edited!.prompt} (mine)` } }, drop: [dropped!.id] },
      now: NOW,
    });
    expect(saved.questions).toBe(preview.questions.length - 1);
    const q = await getQuestionDetail({ userId: "di", questionId: edited!.id, now: NOW });
    expect(q).toMatchObject({ prompt: `${edited!.prompt} (mine)`, edited: true });
    expect(await getQuestionDetail({ userId: "di", questionId: dropped!.id, now: NOW })).toMatchObject({ dropped: true });
    const study = await getStudyQueue({ userId: "di", now: NOW, limit: 50, articleId: saved.id, more: true });
    expect(study.cards.map((c) => c.questionId)).not.toContain(dropped!.id);
    await expect(addUserArticle({ userId: "di", input: { text, update: true, drop: ["nope"] }, now: NOW })).rejects.toMatchObject({ status: 400 });
  });

  it("edits an own article's details later; its questions stay; shared or others' articles are refused", async () => {
    const a = await addUserArticle({ userId: "ann", input: { text, tags: ["space"] }, now: NOW });
    const questionsBefore = (await getStudyQueue({ userId: "ann", now: NOW, limit: 50, articleId: a.id })).cards.map((c) => c.questionId);
    const patch = articleDetailsPatchSchema.parse({
      title: "  ISRO's launch  ",
      source: "The Wire",
      published: "2026-11-20",
      tags: ["Space", "isro", "space"],
    });
    const updated = await updateArticleDetails({ userId: "ann", id: a.id, patch });
    expect(updated).toMatchObject({ id: a.id, title: "ISRO's launch", source: "The Wire", published: "2026-11-20", tags: ["space", "isro"], own: true });
    expect(await getArticle({ userId: "ann", id: a.id })).toMatchObject({ title: "ISRO's launch", tags: ["space", "isro"] });
    expect((await getStudyQueue({ userId: "ann", now: NOW, limit: 50, articleId: a.id })).cards.map((c) => c.questionId)).toEqual(questionsBefore);
    // Clearing the source and the date; an empty source is "not given".
    expect(await updateArticleDetails({ userId: "ann", id: a.id, patch: articleDetailsPatchSchema.parse({ source: "", published: null }) })).toMatchObject({
      source: null,
      published: null,
      title: "ISRO's launch",
    });

    await expect(updateArticleDetails({ userId: "ben", id: a.id, patch: { title: "Mine now" } })).rejects.toMatchObject({ status: 404 });
    await saveGeneratedArticle(
      { article: { id: "shared-1", title: "Shared", tags: ["x"], body: "A shared article." }, words: 3, facts: [], questions: [] },
      { ownerId: null, contentHash: "shared-1", now: NOW },
    );
    await expect(updateArticleDetails({ userId: "ann", id: "shared-1", patch: { tags: [] } })).rejects.toMatchObject({ status: 403 });
    expect((await getArticle({ userId: "ann", id: "shared-1" }))?.tags).toEqual(["x"]);
    expect((await getArticle({ userId: "ann", id: a.id }))?.title).toBe("ISRO's launch");

    for (const bad of [
      {},
      { title: "   " },
      { tags: ["two words"] },
      { published: "20 Nov" },
      { body: "x" },
      { tags: Array.from({ length: 13 }, (_, i) => `t${i}`) },
    ]) {
      expect(articleDetailsPatchSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
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

import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedArticle } from "@/questions/types";
import { buildBackup, type Backup } from "./backup";
import { db } from "./client";
import { importBackup, importedReviewId } from "./import";
import { recordReview } from "./reviews";
import { undoReview } from "./review-history";
import { articles, cards, exams, questions, reviews, settings, user } from "./schema";
import { saveGeneratedArticle } from "./seed";
import { updateSettings } from "./settings";
import { freshDatabase, makeUser } from "./test-helpers";

const NOW = new Date("2026-11-22T10:00:00Z");
const LATER = new Date("2026-11-23T09:00:00Z");
const sentence = "The 15th BRICS summit was held in Johannesburg from August 22 to 24, 2023.";

function fixture(id: string): GeneratedArticle {
  const base = { evidence: sentence, factId: `${id}-f1`, kind: "event", score: 0.9, articleId: id };
  return {
    article: { id, title: `Summit report ${id}`, tags: ["brics"], body: sentence, source: "https://example.test/a" },
    words: 14,
    facts: [
      {
        id: `${id}-f1`,
        kind: "event",
        subject: "15th BRICS summit",
        relation: "held in",
        object: "Johannesburg",
        objectType: "place",
        sentence,
        articleId: id,
        span: [0, 20],
      },
    ],
    questions: [
      { ...base, id: `${id}-recall`, type: "recall", prompt: "Where was the 15th BRICS summit held?", answer: "Johannesburg" },
      { ...base, id: `${id}-tf`, type: "true_false", prompt: "The 15th BRICS summit was held in Durban.", answer: "False" },
    ],
  };
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

async function snapshot(userId: string, opts: { withIds?: boolean } = {}) {
  const c = await db.select().from(cards).where(eq(cards.userId, userId)).orderBy(asc(cards.questionId));
  const r = await db.select().from(reviews).where(eq(reviews.userId, userId)).orderBy(asc(reviews.reviewedAt), asc(reviews.id));
  const s = await db.select().from(settings).where(eq(settings.userId, userId));
  return {
    cards: c.map(({ userId: _u, ...rest }) => rest),
    reviews: r.map(({ userId: _u, id, ...rest }) => (opts.withIds ? { id, ...rest } : rest)),
    settings: s.map(({ userId: _u, ...rest }) => rest),
  };
}

let alice: string;
let backup: Backup;

beforeAll(async () => {
  await freshDatabase();
  alice = await makeUser("alice");
  await saveGeneratedArticle(fixture("shared"), { ownerId: null, contentHash: "h", now: NOW });
  await saveGeneratedArticle(fixture("mine"), { ownerId: alice, contentHash: "h", now: NOW });
  await updateSettings({ userId: alice, patch: { desiredRetention: 0.85, newPerDay: 7, examDate: "2027-05-25", timeZone: "Asia/Kolkata" } });
  await recordReview({ userId: alice, id: uuid(1), questionId: "shared-recall", response: { rating: 3 }, durationMs: 2000, now: NOW });
  await recordReview({ userId: alice, id: uuid(2), questionId: "shared-tf", response: { truth: false }, durationMs: 1000, now: NOW });
  await recordReview({ userId: alice, id: uuid(3), questionId: "mine-recall", response: { rating: 4 }, durationMs: 500, now: NOW });
  await recordReview({ userId: alice, id: uuid(4), questionId: "shared-recall", response: { rating: 3 }, durationMs: 700, now: LATER });
  await recordReview({ userId: alice, id: uuid(5), questionId: "mine-tf", response: { truth: true }, durationMs: 700, now: LATER });
  await undoReview({ userId: alice, reviewId: uuid(5), now: LATER });
  await db.insert(exams).values({
    id: "exam-1",
    userId: alice,
    createdAt: NOW,
    endsAt: new Date(NOW.getTime() + 6 * 60_000),
    seed: 7,
    filter: {},
    questionIds: ["shared-tf"],
    submittedAt: new Date(NOW.getTime() + 60_000),
    answers: { "shared-tf": "False" },
    score: 2,
    right: 1,
    wrong: 0,
    skipped: 0,
  });
  backup = await buildBackup({ userId: alice, now: LATER });
});

describe("buildBackup", () => {
  it("holds the caller's settings, cards, whole review log and own articles", () => {
    expect(backup).toMatchObject({ format: "factdeck-backup", version: 1, exportedAt: LATER.toISOString() });
    expect(backup.user.settings).toMatchObject({ desiredRetention: 0.85, newPerDay: 7, examDate: "2027-05-25", timeZone: "Asia/Kolkata" });
    expect(backup.cards.map((c) => c.questionId)).toEqual(["mine-recall", "shared-recall", "shared-tf"]);
    expect(backup.reviews.map((r) => r.id)).toEqual([uuid(1), uuid(2), uuid(3), uuid(4), uuid(5)]);
    expect(backup.reviews[4]?.undoneAt).toBe(LATER.toISOString());
    expect(backup.articles.map((a) => a.id)).toEqual(["mine"]);
    expect(backup.articles[0]?.questions.map((q) => q.id).sort()).toEqual(["mine-recall", "mine-tf"]);
    // A JSON round trip is what the browser does with the file.
    expect(JSON.parse(JSON.stringify(backup))).toEqual(backup);
  });
});

describe("importBackup", () => {
  it("restores the same settings, cards and reviews into a fresh user, and a second import changes nothing", async () => {
    const data = JSON.parse(JSON.stringify(backup)) as unknown;
    // The article "mine" is Alice's: nobody else may take it over while she has it.
    const bob = await makeUser("bob");
    await expect(importBackup({ userId: bob, data, now: LATER })).rejects.toMatchObject({ status: 409 });
    expect(await snapshot(bob)).toEqual({ cards: [], reviews: [], settings: [] });

    // Alice leaves (her article, cards and reviews go with her), then restores her backup as Carol.
    const before = await snapshot(alice, { withIds: true });
    await db.delete(user).where(eq(user.id, alice));
    const carol = await makeUser("carol");
    expect(await importBackup({ userId: carol, data, now: LATER })).toEqual({ articles: 1, cards: 3, reviews: 5, exams: 1, edits: 0, flags: 0 });
    const restored = await snapshot(carol, { withIds: true });
    expect(restored).toEqual(before);
    const [article] = await db.select().from(articles).where(eq(articles.id, "mine"));
    expect(article?.ownerId).toBe(carol);
    expect(await db.select({ id: questions.id }).from(questions).where(eq(questions.articleId, "mine"))).toHaveLength(2);

    expect(await importBackup({ userId: carol, data, now: LATER })).toEqual({ articles: 0, cards: 0, reviews: 0, exams: 0, edits: 0, flags: 0 });
    expect(await snapshot(carol, { withIds: true })).toEqual(restored);
  });

  it("gives review ids taken by another user stable ids of their own, and keeps a card reviewed more recently", async () => {
    const dave = await makeUser("dave");
    await recordReview({
      userId: dave,
      id: uuid(10),
      questionId: "shared-tf",
      response: { truth: false },
      durationMs: 1,
      now: new Date("2026-12-01T00:00:00Z"),
    });
    const [davesTf] = await db.select().from(cards).where(eq(cards.userId, dave));
    const data = {
      ...backup,
      articles: [],
      cards: backup.cards.filter((c) => c.questionId.startsWith("shared")),
      reviews: backup.reviews.filter((r) => r.questionId.startsWith("shared")),
    };
    // Dave also gets Alice's exam paper under an id of his own (Carol holds "exam-1" since the restore).
    expect(await importBackup({ userId: dave, data, now: LATER })).toEqual({ articles: 0, cards: 1, reviews: 3, exams: 1, edits: 0, flags: 0 });
    const ids = (await db.select({ id: reviews.id }).from(reviews).where(eq(reviews.userId, dave))).map((r) => r.id).sort();
    expect(ids).toEqual([uuid(10), ...[1, 2, 4].map((n) => importedReviewId(dave, uuid(n)))].sort());
    const [tf] = await db
      .select()
      .from(cards)
      .where(and(eq(cards.userId, dave), eq(cards.questionId, "shared-tf")));
    expect(tf).toEqual(davesTf);
    expect(await importBackup({ userId: dave, data, now: LATER })).toEqual({ articles: 0, cards: 0, reviews: 0, exams: 0, edits: 0, flags: 0 });
  });

  it("refuses a bad file with a message and writes nothing", async () => {
    const erin = await makeUser("erin");
    const good = JSON.parse(JSON.stringify(backup)) as Backup;
    const bad: [unknown, RegExp][] = [
      [null, /not a valid Factdeck backup/],
      [{ ...good, format: "anki" }, /format/],
      [{ ...good, version: 2 }, /version/],
      [{ ...good, extra: true }, /Unrecognized key/i],
      [{ ...good, cards: [{ ...good.cards[0], reps: -1 }] }, /cards\.0\.reps/],
      [{ ...good, reviews: [{ ...good.reviews[0], rating: 5 }] }, /reviews\.0\.rating/],
      [{ ...good, articles: [] }, /refers to 2 questions that do not exist here \(e\.g\. "mine-recall"\)/],
      [{ ...good, reviews: [good.reviews[0], good.reviews[0]] }, /twice/],
      [{ ...good, user: { settings: { ...good.user.settings, timeZone: "Mars/Olympus_Mons" } } }, /user\.settings\.timeZone: unknown time zone/],
      [{ ...good, reviews: [{ ...good.reviews[0], after: { ...good.reviews[0]!.after, state: "mastered" } }] }, /reviews\.0\.after\.state/],
    ];
    for (const [data, message] of bad) {
      await expect(importBackup({ userId: erin, data, now: LATER })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(message) });
    }
    expect(await snapshot(erin)).toEqual({ cards: [], reviews: [], settings: [] });
    expect(await db.select().from(questions).where(eq(questions.id, "nope"))).toEqual([]);
  });
});

describe("exam papers in the backup", () => {
  it("are exported and imported, under a new id when another user has that one", async () => {
    expect(backup.exams).toEqual([
      expect.objectContaining({
        id: "exam-1",
        questionIds: ["shared-tf"],
        answers: { "shared-tf": "False" },
        score: 2,
        submittedAt: "2026-11-22T10:01:00.000Z",
      }),
    ]);
    const fay = await makeUser("fay");
    const data = { ...backup, articles: [], cards: [], reviews: [] };
    expect((await importBackup({ userId: fay, data, now: LATER })).exams).toBe(1);
    const [paper] = await db.select().from(exams).where(eq(exams.userId, fay));
    expect(paper).toMatchObject({ id: importedReviewId(fay, "exam-1"), score: 2, right: 1, questionIds: ["shared-tf"] });
    // The paper restored earlier under "exam-1" is untouched, and a second import writes nothing.
    expect((await db.select().from(exams).where(eq(exams.id, "exam-1")))[0]?.userId).not.toBe(fay);
    expect((await importBackup({ userId: fay, data, now: LATER })).exams).toBe(0);
  });

  it("a backup made before exam mode (no exams key) still imports", async () => {
    const { exams: _drop, ...older } = { ...backup, articles: [], cards: [], reviews: [] };
    const gus = await makeUser("gus");
    expect((await importBackup({ userId: gus, data: older, now: LATER })).exams).toBe(0);
  });
});

describe("exam papers in the backup go through the visibility rule", () => {
  it("a paper naming another user's private question is refused, and nothing is written", async () => {
    const owner = await makeUser("hal");
    await saveGeneratedArticle(fixture("hals"), { ownerId: owner, contentHash: "h", now: NOW });
    const ivy = await makeUser("ivy");
    const [paper] = backup.exams!;
    const data = { ...backup, articles: [], cards: [], reviews: [], exams: [{ ...paper!, id: "exam-ivy", questionIds: ["shared-tf", "hals-recall"] }] };
    await expect(importBackup({ userId: ivy, data, now: LATER })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/refers to 1 question that do not exist here \(e\.g\. "hals-recall"\)/),
    });
    expect(await db.select().from(exams).where(eq(exams.userId, ivy))).toEqual([]);
    // Hal himself may import it: the question is his.
    expect((await importBackup({ userId: owner, data, now: LATER })).exams).toBe(1);
  });
});

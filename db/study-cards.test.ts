// What one study card carries (db/study.ts reads it with hand-written SQL on kept statements): the
// question as the learner sees it (an edited prompt or edited choices), the article's title, the
// card's state and due date, the rating buttons' intervals, the counts when the limit cuts the due
// cards short, and when the next card falls due.
import { beforeAll, describe, expect, it } from "vitest";
import { previewIntervals, newSrsCard } from "@/lib/srs";
import { db } from "./client";
import { articles, cards, questionEdits, questions, settings } from "./schema";
import { getStudyQueue } from "./study";
import { freshDatabase, makeUser } from "./test-helpers";

const NOW = new Date("2026-11-22T10:00:00Z");
const MIN = 60_000;
const CHOICES = ["Paris", "Rome", "Oslo", "Bern"];

beforeAll(async () => {
  await freshDatabase();
  await makeUser("ann");
  await makeUser("bob");
  await db.insert(settings).values({ userId: "ann", newPerDay: 5, timeZone: "UTC" });
  await db
    .insert(articles)
    .values({ id: "art", title: "Capitals", tags: [], body: "x", contentHash: "h", generatorVersion: "t", createdAt: NOW, updatedAt: NOW });
  const q = (id: string, position: number, type: "mcq" | "recall") => ({
    id,
    articleId: "art",
    factId: "f",
    type,
    prompt: `prompt ${id}`,
    answer: "Paris",
    choices: type === "mcq" ? CHOICES : null,
    evidence: `s${id}`,
    kind: "k",
    score: 0.5,
    position,
    updatedAt: NOW,
  });
  await db
    .insert(questions)
    .values([q("d1", 0, "mcq"), q("d2", 1, "recall"), q("d3", 2, "mcq"), q("n1", 3, "mcq"), q("n2", 4, "recall"), q("l1", 5, "recall")]);
  const card = (questionId: string, due: number, state: "review" | "learning" | "relearning", userId = "ann", lapses = 1) => ({
    userId,
    questionId,
    due: new Date(due),
    stability: 4,
    difficulty: 5,
    scheduledDays: state === "review" ? 3 : 0,
    learningSteps: 0,
    reps: 3,
    lapses,
    state,
    lastReview: new Date(NOW.getTime() - 3 * 86_400_000),
    createdAt: new Date(NOW.getTime() - 5 * 86_400_000),
  });
  await db
    .insert(cards)
    .values([
      card("d1", NOW.getTime() - 30 * MIN, "review"),
      card("d2", NOW.getTime() - 20 * MIN, "relearning", "ann", 4),
      card("d3", NOW.getTime() - 10 * MIN, "review"),
      card("l1", NOW.getTime() + 45 * MIN, "learning"),
      card("n1", NOW.getTime() - 60 * MIN, "review", "bob"),
    ]);
  // Ann's edits: the choices of d3 only; the prompt of n1 only.
  await db.insert(questionEdits).values([
    { userId: "ann", questionId: "d3", choices: ["Lyon", "Rome", "Oslo", "Bern"], updatedAt: NOW },
    { userId: "ann", questionId: "n1", prompt: "Ann's prompt", updatedAt: NOW },
  ]);
});

describe("a study card", () => {
  it("shows the learner's version, the article, state, due date and intervals of each card", async () => {
    const got = await getStudyQueue({ userId: "ann", now: NOW, limit: 10 });
    const ids = got.cards.map((c) => c.questionId);
    expect(ids).toEqual(["d1", "d2", "d3", "n1", "n2"]);
    const [d1, d2, d3, n1, n2] = got.cards;
    expect(d1).toMatchObject({ type: "mcq", prompt: "prompt d1", choices: CHOICES, articleId: "art", articleTitle: "Capitals", state: "review" });
    expect(d1!.due).toBe(new Date(NOW.getTime() - 30 * MIN).toISOString());
    expect(d2).toMatchObject({ type: "recall", prompt: "prompt d2", state: "relearning" });
    expect(d2).not.toHaveProperty("choices");
    expect(d3).toMatchObject({ prompt: "prompt d3", choices: ["Lyon", "Rome", "Oslo", "Bern"], state: "review" });
    expect(n1).toMatchObject({ prompt: "Ann's prompt", choices: CHOICES, state: "new", due: NOW.toISOString() });
    expect(n2).toMatchObject({ prompt: "prompt n2", state: "new" });
    // The intervals are those of the stored card (a new question: a new card).
    const stored = {
      due: new Date(NOW.getTime() - 30 * MIN),
      stability: 4,
      difficulty: 5,
      scheduledDays: 3,
      learningSteps: 0,
      reps: 3,
      lapses: 1,
      state: "review" as const,
      lastReview: new Date(NOW.getTime() - 3 * 86_400_000),
    };
    const label = (p: ReturnType<typeof previewIntervals>) => ({ "1": p[1].label, "2": p[2].label, "3": p[3].label, "4": p[4].label });
    expect(d1!.intervals).toEqual(label(previewIntervals({ card: stored, now: NOW, retention: 0.9 })));
    expect(n2!.intervals).toEqual(label(previewIntervals({ card: newSrsCard(NOW), now: NOW, retention: 0.9 })));
    expect(got.counts).toEqual({ new: 2, learning: 2, review: 2 });
    // The next card due after now and not in review: the learning card in 45 minutes.
    expect(got.nextDue).toBe(new Date(NOW.getTime() + 45 * MIN).toISOString());
  });

  it("counts every due card when the limit reads only some", async () => {
    const one = await getStudyQueue({ userId: "ann", now: NOW, limit: 1 });
    expect(one.cards.map((c) => c.questionId)).toEqual(["d1"]);
    expect(one.counts).toEqual({ new: 2, learning: 2, review: 2 });
    const leeches = await getStudyQueue({ userId: "ann", now: NOW, limit: 1, leeches: true });
    // Leeches (4+ lapses): d2, relearning.
    expect(leeches.cards.map((c) => c.questionId)).toEqual(["d2"]);
    expect(leeches.counts).toEqual({ new: 0, learning: 1, review: 0 });
    const ahead = await getStudyQueue({ userId: "ann", now: NOW, limit: 1, aheadDays: 1 });
    expect(ahead.cards.map((c) => c.questionId)).toEqual(["d1"]);
    // Review ahead counts the due cards within the day: d1, d3 in review; d2 and l1 learning.
    expect(ahead.counts).toEqual({ new: 0, learning: 2, review: 2 });
  });
});

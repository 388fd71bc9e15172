import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedArticle } from "@/questions/types";
import { db } from "./client";
import { createExam, getExam, listExams, submitExam } from "./exams";
import { exams, questions } from "./schema";
import { saveGeneratedArticle } from "./seed";
import { freshDatabase, makeUser } from "./test-helpers";

const NOW = new Date("2026-11-22T10:00:00Z");
const SEED = 20261122;
const CITIES = ["Durban", "Johannesburg", "Kazan", "New Delhi"];

/** An article of `n` facts; each fact has a recall, an mcq and a true/false question (siblings). */
function fixture(id: string, n: number, tags: string[]): GeneratedArticle {
  const facts: GeneratedArticle["facts"] = [];
  const qs: GeneratedArticle["questions"] = [];
  for (let i = 0; i < n; i++) {
    const sentence = `Summit ${i} of ${id} was held in ${CITIES[i % 4]}.`;
    const factId = `${id}-f${i}`;
    facts.push({
      id: factId,
      kind: "event",
      subject: `Summit ${i}`,
      relation: "held in",
      object: CITIES[i % 4]!,
      objectType: "place",
      sentence,
      articleId: id,
      span: [0, sentence.length],
    });
    const base = { evidence: sentence, factId, kind: "event", score: 0.9, articleId: id };
    qs.push(
      { ...base, id: `${factId}-recall`, type: "recall", prompt: `Where was summit ${i} of ${id} held?`, answer: CITIES[i % 4]! },
      { ...base, id: `${factId}-mcq`, type: "mcq", prompt: `Where was summit ${i} of ${id} held?`, answer: CITIES[i % 4]!, choices: CITIES },
      { ...base, id: `${factId}-tf`, type: "true_false", prompt: `Summit ${i} of ${id} was held in ${CITIES[i % 4]}.`, answer: "True" },
    );
  }
  return { article: { id, title: `Report ${id}`, tags, body: facts.map((f) => f.sentence).join(" ") }, words: 10 * n, facts, questions: qs };
}

let alice: string;
let bob: string;

beforeAll(async () => {
  await freshDatabase();
  alice = await makeUser("alice");
  bob = await makeUser("bob");
  await saveGeneratedArticle(fixture("a1", 4, ["brics"]), { ownerId: null, contentHash: "h", now: NOW });
  await saveGeneratedArticle(fixture("a2", 4, ["brics"]), { ownerId: null, contentHash: "h", now: NOW });
  await saveGeneratedArticle(fixture("a3", 4, ["unsc"]), { ownerId: null, contentHash: "h", now: NOW });
  // Bob's own article: never in anyone else's paper.
  await saveGeneratedArticle(fixture("bobs", 6, ["brics"]), { ownerId: bob, contentHash: "h", now: NOW });
  // A retired question is never asked.
  await db.update(questions).set({ retiredAt: NOW }).where(eq(questions.id, "a3-f3-mcq"));
  await db.update(questions).set({ retiredAt: NOW }).where(eq(questions.id, "a3-f3-tf"));
});

/** The right answer of a question in the fixtures. */
function answerOf(questionId: string): string {
  if (questionId.endsWith("-tf")) return "True";
  const i = Number(/-f(\d+)-/.exec(questionId)?.[1]);
  return CITIES[i % 4]!;
}

describe("createExam", () => {
  it("draws objective questions, one per fact, mixed across articles, and repeats with the seed", async () => {
    const paper = await createExam({ userId: alice, now: NOW, count: 6, seed: SEED });
    expect(paper.count).toBe(6);
    const ids = paper.questions.map((q) => q.questionId);
    const factsOf = ids.map((id) => id.replace(/-(mcq|tf)$/, ""));
    expect(new Set(factsOf).size).toBe(6);
    expect(paper.questions.every((q) => q.type === "mcq" || q.type === "true_false")).toBe(true);
    const perArticle = ids.map((id) => id.split("-")[0]).reduce<Record<string, number>>((m, a) => ({ ...m, [a!]: (m[a!] ?? 0) + 1 }), {});
    expect(perArticle).toEqual({ a1: 2, a2: 2, a3: 2 });
    const again = await createExam({ userId: alice, now: NOW, count: 6, seed: SEED });
    expect(again.questions.map((q) => q.questionId)).toEqual(ids);
  });

  it("leaks no answers or evidence before submission; true/false comes as two choices", async () => {
    const paper = await createExam({ userId: alice, now: NOW, count: 11, seed: 7 });
    const text = JSON.stringify(paper);
    expect(text).not.toMatch(/"answer"|"evidence"|"correct"/);
    // An mcq's evidence sentence ("Summit 2 of a1 was held in Kazan.") is nowhere in the paper.
    for (const q of paper.questions.filter((x) => x.type === "mcq")) {
      const [, article, i] = /^(a\d)-f(\d)/.exec(q.questionId) ?? [];
      expect(text).not.toContain(`Summit ${i} of ${article} was held`);
    }
    for (const q of paper.questions) expect(q.choices).toEqual(q.type === "true_false" ? ["True", "False"] : CITIES);
    expect(paper.result).toBeNull();
    expect((await getExam({ userId: alice, id: paper.id })).result).toBeNull();
    // 11 live facts visible to alice: bob's article and the retired fact's questions are never asked.
    expect(paper.questions.some((q) => q.questionId.startsWith("bobs") || q.questionId.startsWith("a3-f3"))).toBe(false);
  });

  it("uses what there is when fewer match, and times it at 1.2 minutes a question", async () => {
    const paper = await createExam({ userId: alice, now: NOW, count: 100, seed: 1 });
    expect(paper).toMatchObject({ count: 11, requested: 100, minutes: 13.2 });
    expect(paper.endsAt).toBe(new Date(NOW.getTime() + 11 * 72_000).toISOString());
    const timed = await createExam({ userId: alice, now: NOW, count: 5, minutes: 3, seed: 1 });
    expect(timed.endsAt).toBe(new Date(NOW.getTime() + 3 * 60_000).toISOString());
  });

  it("filters by article or tag, and refuses fewer than 5 with a 422", async () => {
    const brics = await createExam({ userId: alice, now: NOW, count: 20, filter: { tag: "brics" }, seed: 3 });
    expect(brics.count).toBe(8);
    expect(brics.questions.every((q) => /^a[12]-/.test(q.questionId))).toBe(true);
    const bobsOwn = await createExam({ userId: bob, now: NOW, count: 5, filter: { articleId: "bobs" }, seed: 3 });
    expect(bobsOwn.count).toBe(5);
    await expect(createExam({ userId: alice, now: NOW, count: 5, filter: { articleId: "a1" }, seed: 3 })).rejects.toMatchObject({ status: 422 });
    await expect(createExam({ userId: alice, now: NOW, count: 5, filter: { articleId: "bobs" }, seed: 3 })).rejects.toMatchObject({ status: 422 });
  });
});

describe("submitExam", () => {
  it("scores 3 right, 2 wrong, 1 skipped as 6 − 4/3 = 4.67 out of 12, with evidence", async () => {
    const paper = await createExam({ userId: alice, now: NOW, count: 6, seed: SEED });
    const [q1, q2, q3, q4, q5] = paper.questions;
    const wrong = (q: typeof q1) => q!.choices.find((c) => c !== answerOf(q!.questionId))!;
    const answers = {
      [q1!.questionId]: answerOf(q1!.questionId),
      [q2!.questionId]: answerOf(q2!.questionId),
      [q3!.questionId]: answerOf(q3!.questionId),
      [q4!.questionId]: wrong(q4),
      [q5!.questionId]: wrong(q5),
    };
    const result = await submitExam({ userId: alice, id: paper.id, answers, now: new Date(NOW.getTime() + 60_000) });
    expect(result).toMatchObject({ score: 4.67, maxScore: 12, right: 3, wrong: 2, skipped: 1, late: false });
    expect(result.items.map((i) => i.correct)).toEqual([true, true, true, false, false, null]);
    expect(result.items[0]).toMatchObject({ given: answerOf(q1!.questionId), answer: answerOf(q1!.questionId) });
    expect(result.items.every((i) => i.evidence.startsWith("Summit ") && i.articleId && i.articleTitle)).toBe(true);

    // Idempotent: a second submission returns the first result and writes nothing.
    const [before] = await db.select().from(exams).where(eq(exams.id, paper.id));
    const again = await submitExam({ userId: alice, id: paper.id, answers: {}, now: new Date(NOW.getTime() + 120_000) });
    expect(again).toEqual(result);
    const [after] = await db.select().from(exams).where(eq(exams.id, paper.id));
    expect(after).toEqual(before);
    expect((await getExam({ userId: alice, id: paper.id })).result).toEqual(result);

    const listed = (await listExams({ userId: alice })).find((e) => e.id === paper.id);
    expect(listed).toMatchObject({ score: 4.67, maxScore: 12, right: 3, wrong: 2, skipped: 1, count: 6 });
  });

  it("refuses an answer to a question not in the paper, or not among its choices, and writes nothing", async () => {
    const paper = await createExam({ userId: alice, now: NOW, count: 5, seed: 9 });
    const first = paper.questions[0]!.questionId;
    await expect(submitExam({ userId: alice, id: paper.id, answers: { "a1-f0-recall": "Durban" }, now: NOW })).rejects.toMatchObject({ status: 400 });
    await expect(submitExam({ userId: alice, id: paper.id, answers: { [first]: "Atlantis" }, now: NOW })).rejects.toMatchObject({ status: 400 });
    const [row] = await db.select().from(exams).where(eq(exams.id, paper.id));
    expect(row?.submittedAt).toBeNull();
  });

  it("scores a late submission and flags it", async () => {
    const paper = await createExam({ userId: alice, now: NOW, count: 5, minutes: 1, seed: 2 });
    const inGrace = await createExam({ userId: alice, now: NOW, count: 5, minutes: 1, seed: 2 });
    expect((await submitExam({ userId: alice, id: inGrace.id, answers: {}, now: new Date(NOW.getTime() + 89_000) })).late).toBe(false);
    const late = await submitExam({ userId: alice, id: paper.id, answers: {}, now: new Date(NOW.getTime() + 91_000) });
    expect(late).toMatchObject({ late: true, score: 0, skipped: 5 });
  });

  it("another user can neither read nor submit your paper (404)", async () => {
    const paper = await createExam({ userId: alice, now: NOW, count: 5, seed: 4 });
    await expect(getExam({ userId: bob, id: paper.id })).rejects.toMatchObject({ status: 404 });
    await expect(submitExam({ userId: bob, id: paper.id, answers: {}, now: NOW })).rejects.toMatchObject({ status: 404 });
    expect((await listExams({ userId: bob })).some((e) => e.id === paper.id)).toBe(false);
    expect((await getExam({ userId: alice, id: paper.id })).result).toBeNull();
  });
});

describe("a paper naming a question its owner may not see (issue 10: an old import could store one)", () => {
  it("shows and scores only what the owner may see: another user's private question is left out and counts as blank", async () => {
    const row = {
      id: "planted",
      userId: alice,
      createdAt: NOW,
      endsAt: new Date(NOW.getTime() + 6 * 60_000),
      seed: 1,
      filter: {},
      questionIds: ["a1-f0-mcq", "bobs-f0-mcq", "bobs-f1-tf"],
      submittedAt: null,
      answers: null,
      score: null,
      right: null,
      wrong: null,
      skipped: null,
    };
    await db.insert(exams).values(row);
    const paper = await getExam({ userId: alice, id: "planted" });
    expect(paper.questions.map((q) => q.questionId)).toEqual(["a1-f0-mcq"]);
    expect(JSON.stringify(paper)).not.toContain("Summit 0 of bobs");
    // Submitted, the result sheet names only that question too; Bob's two count as left blank.
    const result = await submitExam({ userId: alice, id: "planted", answers: { "a1-f0-mcq": answerOf("a1-f0-mcq") }, now: NOW });
    expect(result.items.map((i) => i.questionId)).toEqual(["a1-f0-mcq"]);
    expect(JSON.stringify(result)).not.toContain("bobs-f0");
    expect(result).toMatchObject({ right: 1, wrong: 0, skipped: 2 });
    // Bob sees his own questions in a paper of his.
    await db.insert(exams).values({ ...row, id: "bobs-paper", userId: bob });
    expect((await getExam({ userId: bob, id: "bobs-paper" })).questions.map((q) => q.questionId)).toEqual(["a1-f0-mcq", "bobs-f0-mcq", "bobs-f1-tf"]);
  });
});

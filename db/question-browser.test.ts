import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { questionListQuerySchema } from "@/lib/schemas";
import { transferUserData } from "./account-link";
import { buildBackup } from "./backup";
import { setQuestionSuspended } from "./cards";
import { createExam } from "./exams";
import { importBackup } from "./import";
import { editQuestion, getQuestionDetail, listQuestions, setQuestionDropped, setQuestionFlag } from "./question-browser";
import { recordReview, revealQuestion } from "./reviews";
import { saveGeneratedArticle } from "./seed";
import { getStudyQueue } from "./study";
import { freshDatabase, makeUser, summitArticle } from "./test-helpers";

const NOW = new Date("2026-11-22T10:00:00Z");
const q = (raw: Record<string, string> = {}) => questionListQuerySchema.parse(raw);
const list = (userId: string, raw: Record<string, string> = {}) => listQuestions({ userId, query: q(raw), now: NOW });
const studyIds = async (userId: string) => (await getStudyQueue({ userId, now: NOW, limit: 50 })).cards.map((c) => c.questionId);

beforeAll(async () => {
  await freshDatabase();
  for (let i = 1; i <= 6; i++) await saveGeneratedArticle(summitArticle(`s${i}`), { ownerId: null, contentHash: "h", now: NOW });
  await makeUser("ann");
  await makeUser("bob");
  await saveGeneratedArticle(summitArticle("bobs"), { ownerId: "bob", contentHash: "h", now: NOW });
});

describe("listQuestions", () => {
  it("pages through every visible question with a cursor, each once, in order", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const res = await list("ann", { limit: "5", ...(cursor ? { cursor } : {}) });
      seen.push(...res.questions.map((x) => x.id));
      if (!res.next) break;
      cursor = res.next;
    }
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
    expect(seen.some((id) => id.startsWith("bobs"))).toBe(false);
    const all = await list("ann", { limit: "200" });
    expect(all.questions.map((x) => x.id)).toEqual(seen);
    expect(all.next).toBeNull();
  });

  it("sorts by prompt, both ways, with the cursor", async () => {
    const asc = (await list("ann", { sort: "prompt", limit: "200" })).questions.map((x) => x.prompt.toLowerCase());
    expect(asc).toEqual([...asc].sort());
    const first = await list("ann", { sort: "prompt", dir: "desc", limit: "3" });
    const second = await list("ann", { sort: "prompt", dir: "desc", limit: "3", cursor: first.next! });
    expect(second.questions[0]!.prompt.toLowerCase() <= first.questions[2]!.prompt.toLowerCase()).toBe(true);
  });

  it("searches prompt, answer and evidence, and filters by article, type and state", async () => {
    expect((await list("ann", { q: "johannesburg", article: "s1" })).questions).toHaveLength(4);
    expect((await list("ann", { q: "durban" })).questions.map((x) => x.type).sort()).toEqual(Array(6).fill("true_false"));
    expect((await list("ann", { q: "100%_" })).questions).toHaveLength(0);
    expect((await list("ann", { type: "mcq" })).questions).toHaveLength(6);
    await recordReview({ userId: "ann", id: randomUUID(), questionId: "s1-recall", response: { rating: 3 }, durationMs: 1, now: NOW });
    const learning = await list("ann", { state: "learning" });
    expect(learning.questions.map((x) => x.id)).toEqual(["s1-recall"]);
    expect(learning.questions[0]!.due).not.toBeNull();
    expect((await list("ann", { due: "today" })).questions.map((x) => x.id)).toEqual(["s1-recall"]);
    // Its siblings wait for tomorrow (buried).
    expect((await list("ann", { state: "buried" })).questions.map((x) => x.id).sort()).toEqual(["s1-cloze", "s1-mcq", "s1-tf"]);
    expect((await list("ann", { state: "new" })).questions).toHaveLength(23);
  });

  it("refuses a cursor it did not give out", async () => {
    await expect(list("ann", { cursor: "garbage" })).rejects.toMatchObject({ status: 400 });
  });
});

describe("editing a question", () => {
  it("changes a shared question for the editor only, keeps card and history, and grades by the edit", async () => {
    await recordReview({ userId: "ann", id: randomUUID(), questionId: "s2-mcq", response: { choice: "Durban" }, durationMs: 1, now: NOW });
    const edited = await editQuestion({
      userId: "ann",
      questionId: "s2-mcq",
      patch: { prompt: "Which city hosted the 15th BRICS summit?", choices: ["Durban", "Johannesburg", "Cape Town", "Pretoria"] },
      now: NOW,
    });
    expect(edited).toMatchObject({ prompt: "Which city hosted the 15th BRICS summit?", edited: true, state: "learning" });
    const bobSees = (await list("bob", { article: "s2", type: "mcq" })).questions[0]!;
    expect(bobSees).toMatchObject({ prompt: "Where was the 15th BRICS summit held?", edited: false });

    const detail = await getQuestionDetail({ userId: "ann", questionId: "s2-mcq", now: NOW });
    expect(detail.choices).toEqual(["Durban", "Johannesburg", "Cape Town", "Pretoria"]);
    expect(detail.original?.prompt).toBe("Where was the 15th BRICS summit held?");
    expect(detail.reviews).toHaveLength(1);
    expect(detail.card?.reps).toBe(1);

    // The answer moves to another option: grading follows the learner's version.
    await editQuestion({ userId: "ann", questionId: "s2-mcq", patch: { answer: "cape town" }, now: NOW });
    expect((await revealQuestion({ userId: "ann", questionId: "s2-mcq" })).answer).toBe("Cape Town");
    expect((await revealQuestion({ userId: "bob", questionId: "s2-mcq" })).answer).toBe("Johannesburg");
    const later = new Date(NOW.getTime() + 3_600_000);
    const r = await recordReview({ userId: "ann", id: randomUUID(), questionId: "s2-mcq", response: { choice: "Cape Town" }, durationMs: 1, now: later });
    expect(r.correct).toBe(true);
  });

  it("applies an edit of the answer alone (no prompt edited) everywhere: list, detail, reveal", async () => {
    await editQuestion({ userId: "ann", questionId: "s3-recall", patch: { answer: "Joburg" }, now: NOW });
    expect((await list("ann", { article: "s3", type: "recall" })).questions[0]).toMatchObject({ answer: "Joburg", edited: true });
    expect(await getQuestionDetail({ userId: "ann", questionId: "s3-recall", now: NOW })).toMatchObject({ answer: "Joburg", edited: true });
    expect((await revealQuestion({ userId: "ann", questionId: "s3-recall" })).answer).toBe("Joburg");
    await editQuestion({ userId: "ann", questionId: "s3-recall", patch: { answer: "Johannesburg" }, now: NOW });
  });

  it("refuses an mcq without 4 distinct choices holding the answer once, and other bad edits (400)", async () => {
    const bad = [
      { choices: ["Durban", "Johannesburg", "Kazan"] },
      { choices: ["Durban", "durban", "Johannesburg", "Kazan"] },
      { answer: "Moscow" },
      { choices: ["A", "B", "C", "D"] },
    ];
    for (const patch of bad) await expect(editQuestion({ userId: "ann", questionId: "s3-mcq", patch, now: NOW })).rejects.toMatchObject({ status: 400 });
    await expect(editQuestion({ userId: "ann", questionId: "s3-recall", patch: { choices: ["a", "b", "c", "d"] }, now: NOW })).rejects.toMatchObject({
      status: 400,
    });
    await expect(editQuestion({ userId: "ann", questionId: "s3-tf", patch: { answer: "Maybe" }, now: NOW })).rejects.toMatchObject({ status: 400 });
    await expect(editQuestion({ userId: "ann", questionId: "s3-cloze", patch: { prompt: "No blank here." }, now: NOW })).rejects.toMatchObject({ status: 400 });
    expect((await getQuestionDetail({ userId: "ann", questionId: "s3-mcq", now: NOW })).edited).toBe(false);
  });

  it("404s a question the learner may not see", async () => {
    await expect(editQuestion({ userId: "ann", questionId: "bobs-recall", patch: { prompt: "x" }, now: NOW })).rejects.toMatchObject({ status: 404 });
    await expect(getQuestionDetail({ userId: "ann", questionId: "bobs-recall", now: NOW })).rejects.toMatchObject({ status: 404 });
    await expect(setQuestionFlag({ userId: "ann", questionId: "nope", reason: "wrong", now: NOW })).rejects.toMatchObject({ status: 404 });
  });

  it("an edit back to the generated text is no edit", async () => {
    await editQuestion({ userId: "ann", questionId: "s4-recall", patch: { answer: "Jo'burg" }, now: NOW });
    const back = await editQuestion({ userId: "ann", questionId: "s4-recall", patch: { answer: "Johannesburg" }, now: NOW });
    expect(back.edited).toBe(false);
  });
});

describe("flags, drops and suspension", () => {
  it("a flag takes the question out of study and papers at once; unflagging brings it back", async () => {
    expect(await studyIds("bob")).toContain("s5-recall");
    await setQuestionFlag({ userId: "bob", questionId: "s5-recall", reason: "unclear", now: NOW });
    expect(await studyIds("bob")).not.toContain("s5-recall");
    expect(await studyIds("ann")).toContain("s5-recall");
    await setQuestionFlag({ userId: "bob", questionId: "s5-mcq", reason: "bad-options", now: NOW });
    expect((await list("bob", { flagged: "1" })).questions.map((x) => [x.id, x.flagReason])).toEqual([
      ["s5-recall", "unclear"],
      ["s5-mcq", "bad-options"],
    ]);
    const paper = await createExam({ userId: "bob", now: NOW, count: 20, seed: 1 });
    expect(paper.questions.map((x) => x.questionId)).not.toContain("s5-mcq");
    await setQuestionFlag({ userId: "bob", questionId: "s5-recall", reason: null, now: NOW });
    await setQuestionFlag({ userId: "bob", questionId: "s5-mcq", reason: null, now: NOW });
    expect(await studyIds("bob")).toContain("s5-recall");
  });

  it("a dropped question is retired for the learner, listed under dropped, and restorable with its edit", async () => {
    await editQuestion({ userId: "bob", questionId: "s6-recall", patch: { prompt: "Host city of BRICS 2023?" }, now: NOW });
    await setQuestionDropped({ userId: "bob", questionId: "s6-recall", dropped: true, now: NOW });
    expect(await studyIds("bob")).not.toContain("s6-recall");
    expect((await list("bob", { article: "s6" })).questions.map((x) => x.id)).not.toContain("s6-recall");
    expect((await list("bob", { state: "dropped" })).questions.map((x) => x.id)).toEqual(["s6-recall"]);
    // Marked dropped in the list and the detail, edited or not (a drop alone once read as "not dropped").
    expect((await list("bob", { state: "dropped" })).questions[0]).toMatchObject({ dropped: true, edited: true });
    await setQuestionDropped({ userId: "bob", questionId: "s5-tf", dropped: true, now: NOW });
    expect((await list("bob", { state: "dropped", article: "s5" })).questions[0]).toMatchObject({ id: "s5-tf", dropped: true, edited: false });
    expect(await getQuestionDetail({ userId: "bob", questionId: "s5-tf", now: NOW })).toMatchObject({ dropped: true });
    await setQuestionDropped({ userId: "bob", questionId: "s5-tf", dropped: false, now: NOW });
    await setQuestionDropped({ userId: "bob", questionId: "s6-recall", dropped: false, now: NOW });
    const back = (await list("bob", { article: "s6", type: "recall" })).questions[0]!;
    expect(back).toMatchObject({ id: "s6-recall", dropped: false, edited: true, prompt: "Host city of BRICS 2023?" });
  });

  it("suspended questions are listed and restorable", async () => {
    await setQuestionSuspended({ userId: "bob", questionId: "s6-tf", suspended: true, now: NOW });
    expect((await list("bob", { state: "suspended" })).questions.map((x) => x.id)).toEqual(["s6-tf"]);
    await setQuestionSuspended({ userId: "bob", questionId: "s6-tf", suspended: false, now: NOW });
    expect((await list("bob", { state: "suspended" })).questions).toHaveLength(0);
  });
});

describe("edits and flags travel with the learner", () => {
  it("are in the backup, import into another user once, and move with a guest's sign-up", async () => {
    const guest = await makeUser("guest-x", { anonymous: true });
    await editQuestion({ userId: guest, questionId: "s1-recall", patch: { prompt: "Where did BRICS meet in 2023?" }, now: NOW });
    await setQuestionFlag({ userId: guest, questionId: "s1-tf", reason: "trivial", now: NOW });
    await setQuestionDropped({ userId: guest, questionId: "s1-cloze", dropped: true, now: NOW });
    const backup = await buildBackup({ userId: guest, now: NOW });
    expect(backup.edits).toHaveLength(2);
    expect(backup.flags).toEqual([{ questionId: "s1-tf", reason: "trivial", createdAt: NOW.toISOString() }]);

    const other = await makeUser("other-x");
    expect(await importBackup({ userId: other, data: JSON.parse(JSON.stringify(backup)), now: NOW })).toMatchObject({ edits: 2, flags: 1 });
    expect(await importBackup({ userId: other, data: JSON.parse(JSON.stringify(backup)), now: NOW })).toMatchObject({ edits: 0, flags: 0 });
    expect((await list(other, { flagged: "1" })).questions.map((x) => x.id)).toEqual(["s1-tf"]);

    const account = await makeUser("account-x");
    await transferUserData({ fromUserId: guest, toUserId: account });
    expect((await list(account, { state: "dropped" })).questions.map((x) => x.id)).toEqual(["s1-cloze"]);
    expect((await list(account, { article: "s1", type: "recall" })).questions[0]!.prompt).toBe("Where did BRICS meet in 2023?");
  });
});

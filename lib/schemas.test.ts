import { describe, expect, it } from "vitest";
import type { QuestionKind } from "./api-types";
import { questionTypeSchema, reviewRequestSchema, settingsPatchSchema, settingsSchema, studyNextQuerySchema, type QuestionType } from "./schemas";

const ID = "3f1c6a2e-8b4d-4c1e-9a7f-2b5d8e0c1a34";
const review = (patch: Record<string, unknown> = {}) => ({
  id: ID,
  questionId: "q_abc123",
  response: { choice: "Oslo" },
  durationMs: 4200,
  ...patch,
});

describe("reviewRequestSchema", () => {
  it("accepts each kind of answer", () => {
    for (const response of [{ choice: "Oslo" }, { text: "lavrov" }, { truth: false }, { rating: 3 }, { text: "x", rating: 1 }]) {
      expect(reviewRequestSchema.safeParse(review({ response })).success).toBe(true);
    }
  });

  it.each([
    ["a non-uuid id", { id: "123" }],
    ["an empty questionId", { questionId: "" }],
    ["a questionId over 200 chars", { questionId: "q".repeat(201) }],
    ["an empty response", { response: {} }],
    ["an unknown response key", { response: { choice: "Oslo", extra: 1 } }],
    ["a rating of 5", { response: { rating: 5 } }],
    ["a rating of 0", { response: { rating: 0 } }],
    ["a rating as a string", { response: { rating: "3" } }],
    ["a choice over 500 chars", { response: { choice: "x".repeat(501) } }],
    ["text over 2000 chars", { response: { text: "x".repeat(2001) } }],
    ["truth as a string", { response: { truth: "true" } }],
    ["a negative duration", { durationMs: -1 }],
    ["a fractional duration", { durationMs: 1.5 }],
    ["a duration over a day", { durationMs: 86_400_001 }],
    ["a missing duration", { durationMs: undefined }],
    ["an unknown top-level key", { userId: "someone-else" }],
  ])("rejects %s", (_name, patch) => {
    expect(reviewRequestSchema.safeParse(review(patch)).success).toBe(false);
  });

  it("accepts the duration bounds", () => {
    expect(reviewRequestSchema.safeParse(review({ durationMs: 0 })).success).toBe(true);
    expect(reviewRequestSchema.safeParse(review({ durationMs: 86_400_000 })).success).toBe(true);
  });
});

describe("studyNextQuerySchema", () => {
  it("defaults limit to 10 and coerces query strings", () => {
    expect(studyNextQuerySchema.parse({})).toEqual({ limit: 10 });
    expect(studyNextQuerySchema.parse({ limit: "25", article: "budget-2026", tag: "economy" })).toEqual({
      limit: 25,
      article: "budget-2026",
      tag: "economy",
    });
  });

  it.each(["0", "51", "2.5", "ten", ""])("rejects limit=%j", (limit) => {
    expect(studyNextQuerySchema.safeParse({ limit }).success).toBe(false);
  });
});

describe("settingsSchema", () => {
  const ok = { desiredRetention: 0.9, newPerDay: 20, examDate: null };

  it("accepts valid settings", () => {
    expect(settingsSchema.parse(ok)).toEqual(ok);
    expect(settingsSchema.parse({ ...ok, examDate: "2026-05-24", timeZone: "Asia/Kolkata" }).examDate).toBe("2026-05-24");
    expect(settingsSchema.safeParse({ ...ok, desiredRetention: 0.7 }).success).toBe(true);
    expect(settingsSchema.safeParse({ ...ok, desiredRetention: 0.97 }).success).toBe(true);
  });

  it.each([
    ["retention below 0.70", { desiredRetention: 0.69 }],
    ["retention above 0.97", { desiredRetention: 0.98 }],
    ["fractional newPerDay", { newPerDay: 2.5 }],
    ["newPerDay over 500", { newPerDay: 501 }],
    ["negative newPerDay", { newPerDay: -1 }],
    ["a date-time exam date", { examDate: "2026-05-24T00:00:00Z" }],
    ["an impossible exam date", { examDate: "2026-13-01" }],
    ["an unknown time zone", { timeZone: "Mars/Olympus" }],
    ["an unknown key", { theme: "dark" }],
  ])("rejects %s", (_name, patch) => {
    expect(settingsSchema.safeParse({ ...ok, ...patch }).success).toBe(false);
  });

  it("patch takes any non-empty subset", () => {
    expect(settingsPatchSchema.parse({ newPerDay: 5 })).toEqual({ newPerDay: 5 });
    expect(settingsPatchSchema.safeParse({}).success).toBe(false);
  });
});

describe("questionTypeSchema", () => {
  it("matches the question types of the API types", () => {
    const kinds: QuestionKind[] = ["recall", "mcq", "cloze", "true_false"];
    expect(questionTypeSchema.options).toEqual(kinds);
    // Compile-time: the two unions are the same.
    const same: QuestionType extends QuestionKind ? (QuestionKind extends QuestionType ? true : false) : false = true;
    expect(same).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { dropNearDuplicates, PENALTIES, promptSimilarity, scoreQuestion } from "./rank";
import type { QuestionDraft } from "./generate/recall";
import type { FactDraft } from "./extract/types";

const sentence = { index: 0, text: "The Forum met in Geneva on May 2.", start: 0, end: 33, paragraph: 0, heading: false, names: [{ text: "Forum", start: 4, end: 9, type: "organisation" as const }, { text: "Geneva", start: 17, end: 23, type: "place" as const }] };
const draft = (over: Partial<FactDraft> = {}): FactDraft => ({
  kind: "event", subject: "the Forum", relation: "held in", object: "Geneva", objectType: "place", sentence,
  answer: "Geneva", answerStart: 17, answerType: "place", question: "Where did the Forum meet?", statement: "The Forum met in Geneva.",
  exclude: [], confidence: 0.9, ...over,
});
const q = (prompt: string, over: Partial<FactDraft> = {}, type: QuestionDraft["type"] = "recall"): QuestionDraft => ({ type, prompt, answer: "Geneva", draft: draft(over) });

describe("scoreQuestion", () => {
  it("is confidence × type weight for a clean question", () => {
    expect(scoreQuestion(q("Where did the Forum meet?"))).toBe(0.9);
    expect(scoreQuestion(q("True or false: The Forum met in Geneva.", {}, "true_false"))).toBe(0.81);
  });
  it("penalises a leaked answer, a pronoun start, a vague referent", () => {
    expect(scoreQuestion(q("Where in Geneva did the Forum meet?"))).toBeCloseTo(0.9 - PENALTIES.leakedAnswer);
    expect(scoreQuestion(q("Where did it meet?"))).toBeCloseTo(0.9);
    expect(scoreQuestion(q("It met where?"))).toBeCloseTo(0.9 - PENALTIES.pronounStart);
    expect(scoreQuestion(q("Where was the meeting held?"))).toBeCloseTo(0.9 - PENALTIES.vagueReferent);
  });
  it("penalises relative-time answers and unanchored clozes", () => {
    expect(scoreQuestion({ ...q("When did the Forum meet?", { answer: "Wednesday" }), answer: "Wednesday" })).toBeCloseTo(0.9 - PENALTIES.relativeTimeAnswer);
    const bare = { ...sentence, names: [] };
    expect(scoreQuestion(q("The Forum met in ____ on May 2.", { sentence: bare }, "cloze"))).toBeCloseTo(0.9 * 0.92 - PENALTIES.unanchoredCloze);
  });
});

describe("dropNearDuplicates", () => {
  it("keeps the better of two near-identical prompts with one answer", () => {
    const a = { type: "recall", answer: "X", prompt: "Who led the Indian delegation at the 5th summit?", score: 0.9 };
    const b = { type: "recall", answer: "X", prompt: "Who led the Indian delegation at the 5th summit of leaders?", score: 0.7 };
    const c = { type: "recall", answer: "Y", prompt: "Who led the Indian delegation at the 5th summit?", score: 0.8 };
    expect(dropNearDuplicates([a, b, c])).toEqual([a, c]);
    expect(promptSimilarity(a.prompt, b.prompt)).toBeGreaterThan(0.7);
  });
});

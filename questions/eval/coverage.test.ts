import { describe, expect, it } from "vitest";
import type { Fact, GeneratedArticle, Question } from "../types";
import { answerMatches, coversFact, evaluateArticle, malformedReasons, normaliseAnswer, normaliseSentence, totals, type DevFact } from "./coverage";
import { DevSetError, parseDevFacts, parsePublishedDates } from "./report";

const SENT = "Officials said the \u201cdeal\u201d is worth $29.5\u00a0billion \u2014 the U.S. share is 50%.";
const BODY = `The headline sentence is not evidence.\n\n${SENT} Another sentence follows.`;

const fact = (over: Partial<DevFact> = {}): DevFact => ({ q: "How much?", a: "$29.5 billion", accept: [], evidence: SENT, kind: "money", ...over });

const question = (over: Partial<Question> = {}): Question => ({
  id: "q1",
  type: "recall",
  prompt: "How much is the deal worth?",
  answer: "29.5 billion",
  evidence: SENT,
  factId: "f1",
  kind: "amount",
  score: 0.7,
  articleId: "a",
  ...over,
});

describe("normaliseAnswer", () => {
  it("drops punctuation and symbols, lowercases", () => {
    expect(normaliseAnswer("$29.5 billion")).toBe(normaliseAnswer("29.5 billion"));
    expect(normaliseAnswer("U.S.")).toBe(normaliseAnswer("US"));
    expect(normaliseAnswer("U.S.")).toBe("us");
    expect(normaliseAnswer("₹42,000 crore")).toBe("42000 crore");
    expect(normaliseAnswer("“Reuters”")).toBe("reuters");
  });
  it("turns every dash and hyphen into a space", () => {
    for (const d of ["-", "\u2010", "\u2011", "\u2013", "\u2014"]) expect(normaliseAnswer(`third${d}largest`)).toBe("third largest");
    expect(normaliseAnswer("October\u2011December")).toBe(normaliseAnswer("October-December"));
  });
  it("collapses whitespace, no-break spaces included", () => {
    expect(normaliseAnswer("  172\u00a0million   barrels ")).toBe("172 million barrels");
  });
});

describe("normaliseSentence", () => {
  it("undoes quote, dash and space rewrites but keeps words and punctuation", () => {
    expect(normaliseSentence(SENT)).toBe(normaliseSentence('Officials said the "deal" is worth $29.5 billion - the U.S. share is 50%.'));
    expect(normaliseSentence("non\u2011binding")).toBe("non-binding");
    expect(normaliseSentence(SENT)).not.toBe(normaliseSentence("Officials said the deal is worth $29.5 billion - the U.S. share is 50%."));
  });
});

describe("coversFact", () => {
  it("covers when the answer matches a or an accept variant and the sentence is the evidence", () => {
    expect(coversFact(question(), fact())).toBe(true);
    expect(coversFact(question({ answer: "US" }), fact({ a: "U.S.", kind: "country" }))).toBe(true);
    expect(coversFact(question({ answer: "50 percent" }), fact({ a: "50%", accept: ["50 percent"], kind: "percent" }))).toBe(true);
  });
  it("accepts an evidence sentence rewritten by a splitter (straight quotes, hyphen, spaces)", () => {
    const rewritten = 'Officials said the "deal" is worth $29.5 billion - the U.S. share is 50%.';
    expect(coversFact(question({ evidence: rewritten }), fact())).toBe(true);
  });
  it("accepts a sentence the splitter made of the evidence (a quote's ellipsis before a capital), not any part of it", () => {
    const whole =
      "“A 40% pension is the first pillar of the new state scheme for its workers...About 12 lakh employees would benefit...There will be a choice between the old and the new pension schemes,” the minister said.";
    const f = fact({ a: "About 12 lakh", kind: "number", evidence: whole });
    expect(coversFact(question({ answer: "About 12 lakh", evidence: "About 12 lakh employees would benefit..." }), f)).toBe(true);
    expect(coversFact(question({ answer: "About 12 lakh", evidence: "About 12 lakh employees would benefit" }), f)).toBe(false);
  });
  it("does not cover a right answer from another sentence, or another answer from the right sentence", () => {
    expect(coversFact(question({ evidence: "Another sentence follows." }), fact())).toBe(false);
    expect(coversFact(question({ answer: "50%" }), fact())).toBe(false);
    expect(coversFact(question({ answer: "29.5" }), fact())).toBe(false);
  });
  it("never matches an empty or punctuation-only answer", () => {
    expect(answerMatches("—", { a: "-", accept: [] })).toBe(false);
  });
});

describe("malformedReasons", () => {
  it("passes a well-formed question", () => {
    expect(malformedReasons(question(), BODY)).toEqual([]);
    expect(malformedReasons(question({ type: "true_false", prompt: "True or false: the deal is worth $29.5 billion.", answer: "True" }), BODY)).toEqual([]);
  });
  it("flags evidence that is not verbatim in the body", () => {
    expect(malformedReasons(question({ evidence: SENT.replace("\u201c", '"') }), BODY)).toContain("evidence is not a verbatim substring of the article body");
  });
  it("flags an answer missing from the evidence (not for true_false)", () => {
    expect(malformedReasons(question({ answer: "30 billion" }), BODY)).toContain("answer not found in the evidence");
    expect(malformedReasons(question({ type: "true_false", answer: "False", prompt: "True or false: it is worth $30 billion." }), BODY)).toEqual([]);
    const eu = "It is Europe\u2019s largest plant.";
    expect(malformedReasons(question({ answer: "Europe", evidence: eu, prompt: "Where is the largest plant?" }), eu)).toEqual([]);
  });
  it("flags an answer given away by the prompt, on word boundaries", () => {
    expect(malformedReasons(question({ prompt: "Is the $29.5 billion deal worth 29.5 billion?" }), BODY)).toContain("answer appears in the prompt");
    expect(malformedReasons(question({ answer: "U.S.", prompt: "Whose share is 50%, besides the USA?" }), BODY)).toEqual([]);
  });
  it("checks mcq choices: exactly 4, distinct, the answer once", () => {
    const mcq = (choices: string[]) => malformedReasons(question({ type: "mcq", choices }), BODY);
    expect(mcq(["29.5 billion", "12 billion", "8 billion", "40 billion"])).toEqual([]);
    expect(mcq(["29.5 billion", "12 billion", "8 billion"]).join()).toMatch(/3 choices/);
    expect(mcq(["29.5 billion", "12 billion", "12 Billion", "40 billion"]).join()).toMatch(/not distinct/);
    expect(mcq(["30 billion", "12 billion", "8 billion", "40 billion"]).join()).toMatch(/answer 0 times/);
    expect(malformedReasons(question({ type: "mcq" }), BODY).join()).toMatch(/0 choices/);
  });
});

describe("evaluateArticle and totals", () => {
  const f = (id: string, kind: string, objectType: Fact["objectType"]): Fact => ({
    id,
    kind,
    subject: "s",
    relation: "r",
    object: "o",
    objectType,
    sentence: SENT,
    articleId: "a",
    span: [0, 1],
  });
  const generated: GeneratedArticle = {
    article: { id: "a", title: "T", tags: [], body: BODY, published: "2026-02-27" },
    words: 30,
    facts: [f("f1", "amount", "number"), f("f2", "role", "person")],
    questions: [
      question(),
      question({ id: "q2", type: "true_false", answer: "False", prompt: "True or false: the deal is worth $30 billion.", factId: "f2", kind: "role" }),
      question({ id: "q3", type: "cloze", prompt: "The deal is worth 29.5 billion.", factId: "f2", kind: "role" }),
    ],
  };
  const facts = [fact(), fact({ a: "50%", kind: "percent" }), fact({ a: "Reuters", kind: "organisation", evidence: "Another sentence follows." })];
  const r = evaluateArticle(generated, facts, { ms: 12 });

  it("counts coverage, by kind, and lists the missed facts with a reason", () => {
    expect(r.covered).toBe(1);
    expect(r.coverage).toBeCloseTo(1 / 3);
    expect(r.coverageByKind["money"]).toEqual({ covered: 1, total: 1 });
    expect(r.missed.map((m) => [m.a, m.kind])).toEqual([
      ["50%", "percent"],
      ["Reuters", "organisation"],
    ]);
    expect(r.missed[0]!.why).toMatch(/sentence asked, other answers: "29.5 billion"/);
    expect(r.missed[1]!.why).toBe("sentence not asked");
  });
  it("counts types, answer kinds, post and False shares, malformed questions, time", () => {
    expect(r.byType).toEqual({ recall: 1, true_false: 1, cloze: 1 });
    expect(r.answersByKind).toEqual({ number: 1, person: 2 });
    expect(r.postShare).toBeCloseTo(2 / 3);
    expect(r.falseShare).toBe(1);
    expect(r.malformed.map((m) => m.id)).toEqual(["q3"]);
    expect(r.malformed[0]!.reason).toBe("answer appears in the prompt; prompt has no blank and is no question");
    expect(r.ms).toBe(12);
    expect(r.published).toBe("2026-02-27");
  });
  it("totals across articles", () => {
    const t = totals([r, { ...r, id: "b", questions: 1, byType: { mcq: 1 }, postQuestions: 0, trueFalse: 0, falseAnswers: 0, malformed: [], ms: 20 }]);
    expect([t.covered, t.keyFacts, t.minQuestions, t.maxQuestions, t.malformed]).toEqual([2, 6, 1, 3, 1]);
    expect(t.mcqShare).toBeCloseTo(1 / 4);
    expect(t.postShare).toBeCloseTo(2 / 4);
    expect(t.falseShare).toBe(1);
    expect(t.coverageByKind["money"]).toEqual({ covered: 2, total: 2, share: 1 });
    expect(t.ms).toBe(32);
  });
});

describe("dev-set parsing", () => {
  it("reads the published dates of a README table", () => {
    const md =
      "| NN | headline | facts | source |\n| --- | --- | --- | --- |\n| 01 | A | 17 | TechCrunch, https://x/2026/02/13/a/, published 2026-02-13 (17:32 UTC) |\n| 02 | B | 3 | no date |\n";
    expect([...parsePublishedDates(md)]).toEqual([["01", "2026-02-13"]]);
    const cols = "| NN | headline | beat | published |\n| --- | --- | --- | --- |\n| 03 | C | economy | 2026-05-04 |\n";
    expect([...parsePublishedDates(cols)]).toEqual([["03", "2026-05-04"]]);
  });
  it("checks facts field by field", () => {
    expect(parseDevFacts(JSON.stringify([{ q: "Q?", a: "A", accept: ["a"], evidence: "A is.", kind: "other" }]), "f.json")).toHaveLength(1);
    expect(() => parseDevFacts("{", "f.json")).toThrow(DevSetError);
    expect(() => parseDevFacts(JSON.stringify([{ q: "Q?", a: "A", evidence: "A is.", kind: "thing" }]), "f.json")).toThrow(/unknown kind/);
    expect(() => parseDevFacts(JSON.stringify([{ q: "Q?", a: "", evidence: "A is.", kind: "other" }]), "f.json")).toThrow(/"a"/);
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { GradeInputError, gradeChoice, gradeResponse, gradeTruth, gradeTyped, ratingForAnswer, type TypedGradeReason } from "./grade";
import { ApiError } from "./errors";

type Case = [expected: string, given: string, reason: TypedGradeReason];

const right: Case[] = [
  ["Moscow", "Moscow", "exact"],
  ["Moscow", "moscow", "normalised"],
  ["Moscow", "  MOSCOW. ", "normalised"],
  ["The Hague", "hague", "normalised"],
  ["Hague", "The Hague", "normalised"],
  ["an Indian Ocean rim", "Indian Ocean Rim", "normalised"],
  ["Quad", "the Quad", "normalised"],
  ["Xi’s “common prosperity”", 'xi\'s "common prosperity"', "normalised"],
  ["Indo–Pacific", "indo-pacific", "normalised"],
  ["Indo-Pacific", "Indo Pacific", "normalised"],
  ["Bandaranaike", "Bandara naike", "normalised"],
  ["São Paulo", "Sao Paulo", "normalised"],
  ["Trinidad & Tobago", "trinidad and tobago", "normalised"],
  ["5", "five", "normalised"],
  ["five", "5", "normalised"],
  ["14", "fourteen", "normalised"],
  ["21", "twenty-one", "normalised"],
  ["105", "one hundred and five", "normalised"],
  ["1,000", "1000", "normalised"],
  ["one thousand", "1,000", "normalised"],
  ["5%", "5 percent", "normalised"],
  ["fifth", "5th", "normalised"],
  ["Association of Southeast Asian Nations (ASEAN)", "ASEAN", "normalised"],
  ["Association of Southeast Asian Nations (ASEAN)", "association of southeast asian nations", "normalised"],
  ["Sergey Lavrov", "Lavrov", "surname"],
  ["Mikhail Galuzin", "galuzin", "surname"],
  ["S Jaishankar", "Jaishankar", "surname"],
  ["Subrahmanyam Jaishankar", "S Jaishankar", "surname"],
  ["Subrahmanyam Jaishankar", "S. Jaishankar", "surname"],
  ["Subrahmanyam Jaishankar", "Dr Jaishankar", "surname"],
  ["Vladimir Putin", "President Putin", "surname"],
  ["Ursula von der Leyen", "von der Leyen", "surname"],
  ["Narendra Modi", "Modi", "surname"],
  ["Moscow", "in Moscow city", "contains"],
  ["Lavrov", "Sergey Lavrov", "contains"],
  ["2001", "in 2001", "contains"],
  ["14", "14 nations", "contains"],
  ["Moscow", "Moskow", "typo"],
  ["Kathmandu", "Katmandu", "typo"],
  ["Bangladesh", "Bnagladseh", "typo"],
  ["Sergey Lavrov", "Sergei Lavrov", "typo"],
  ["Sergey Lavrov", "Lavorv", "typo"],
  ["Moscow", "in Moskow", "typo"],
  ["receive", "recieve", "typo"],
];

const wrong: Case[] = [
  ["Galuzin", "Vershinin", "wrong"],
  ["Mikhail Galuzin", "Vershinin", "wrong"],
  ["Mikhail Galuzin", "Mikhail", "wrong"],
  ["2000", "2001", "wrong"],
  ["2001", "2000", "wrong"],
  ["13", "14", "wrong"],
  ["14", "fifteen", "wrong"],
  ["2001", "2000 or 2001", "wrong"],
  ["2001", "2001 2002", "wrong"],
  ["China", "Chile", "wrong"],
  ["Chile", "China", "wrong"],
  ["China", "China or Chile", "wrong"],
  ["China", "China and Chile", "wrong"],
  ["Moscow", "not Moscow", "wrong"],
  ["Iran", "Iraq", "wrong"],
  ["Mali", "Bali", "wrong"],
  ["Zambia", "Gambia", "wrong"],
  ["Austria", "Australia", "wrong"],
  ["Niger", "Nigeria", "wrong"],
  ["South Africa", "Africa", "wrong"],
  ["North Korea", "Korea", "wrong"],
  ["United Nations", "Nations", "wrong"],
  ["Saudi Arabia", "Arabia", "wrong"],
  ["Andhra Pradesh", "Pradesh", "wrong"],
  ["Moscow", "Moscow is the capital of a very large country", "wrong"],
  ["UN", "US", "wrong"],
  ["G20", "G7", "wrong"],
  ["Lavrov", "Lavrov Sergey Lavrov or Galuzin", "wrong"],
  ["Vershinin", "Galuzin, Vershinin", "wrong"],
  ["2001", "2000/2001", "wrong"],
  ["Sudan", "South Sudan", "wrong"],
  ["Guinea", "Equatorial Guinea", "wrong"],
  ["Korea", "North Korea", "wrong"],
  ["Sergey Lavrov", "Sergey", "wrong"],
];

describe("gradeTyped", () => {
  it.each(right)("%s ← %j is right (%s)", (expected, given, reason) => {
    expect(gradeTyped({ expected, given })).toEqual({ correct: true, reason });
  });

  it.each(wrong)("%s ← %j stays wrong", (expected, given, reason) => {
    expect(gradeTyped({ expected, given })).toEqual({ correct: false, reason });
  });

  it.each(["", "   ", "?!", "—"])("an empty answer %j is empty, not wrong", (given) => {
    expect(gradeTyped({ expected: "Moscow", given })).toEqual({ correct: false, reason: "empty" });
  });

  it("rejects an empty expected answer as bad data (a server fault, not a 400)", () => {
    expect(() => gradeTyped({ expected: " ", given: "x" })).toThrow(Error);
    expect(() => gradeTyped({ expected: " ", given: "x" })).not.toThrow(GradeInputError);
  });

  it("objectType decides the surname rule when given", () => {
    // Shape alone says "not a person" (first word "New"), the fact says person.
    expect(gradeTyped({ expected: "New Smith", given: "Smith", objectType: "person" }).correct).toBe(true);
    expect(gradeTyped({ expected: "Sergey Lavrov", given: "Lavrov", objectType: "organisation" }).correct).toBe(false);
    expect(gradeTyped({ expected: "New Delhi", given: "Delhi" }).correct).toBe(false);
  });

  it("allows no typo under 4 letters, and keeps first and last letters up to 5", () => {
    expect(gradeTyped({ expected: "Oslo", given: "Olso" }).correct).toBe(true); // swap inside
    expect(gradeTyped({ expected: "Rome", given: "Roem" }).correct).toBe(false); // last letter differs
    expect(gradeTyped({ expected: "Oman", given: "Omar" }).correct).toBe(false);
    expect(gradeTyped({ expected: "Paris", given: "Baris" }).correct).toBe(false); // first letter differs
    expect(gradeTyped({ expected: "Bern", given: "Bren" }).correct).toBe(true);
    expect(gradeTyped({ expected: "Ufa", given: "Ufo" }).correct).toBe(false);
  });

  it("allows two edits from 8 letters, one below", () => {
    expect(gradeTyped({ expected: "Pakistan", given: "Pakistn" }).correct).toBe(true);
    expect(gradeTyped({ expected: "Pakistan", given: "Pakstn" }).correct).toBe(true);
    expect(gradeTyped({ expected: "Pakistan", given: "Pkstn" }).correct).toBe(false);
    expect(gradeTyped({ expected: "Jakarta", given: "Jakrta" }).correct).toBe(true);
    expect(gradeTyped({ expected: "Jakarta", given: "Jkrta" }).correct).toBe(false);
  });
});

describe("gradeChoice", () => {
  const choices = ["Oslo", "Stockholm", "Helsinki", "Copenhagen"];
  it("is right only for the answer's text", () => {
    expect(gradeChoice({ answer: "Oslo", choice: "Oslo", choices })).toBe(true);
    expect(gradeChoice({ answer: "Oslo", choice: " oslo ", choices })).toBe(true);
    expect(gradeChoice({ answer: "Oslo", choice: "Helsinki", choices })).toBe(false);
  });
  it("refuses a choice that is not an option", () => {
    expect(() => gradeChoice({ answer: "Oslo", choice: "Bergen", choices })).toThrow(GradeInputError);
  });
  it("does not grade choices leniently", () => {
    expect(gradeChoice({ answer: "Oslo", choice: "Olso" })).toBe(false);
  });
});

describe("gradeTruth", () => {
  it("compares the verdict with the answer", () => {
    expect(gradeTruth({ answer: "True", truth: true })).toBe(true);
    expect(gradeTruth({ answer: "False", truth: true })).toBe(false);
    expect(gradeTruth({ answer: "false", truth: false })).toBe(true);
  });
  it("throws on a stored answer that is not True/False", () => {
    expect(() => gradeTruth({ answer: "Yes", truth: true })).toThrow(/True/);
  });
});

describe("ratingForAnswer", () => {
  it("maps wrong to Again and right to Good", () => {
    expect(ratingForAnswer({ correct: false })).toBe(1);
    expect(ratingForAnswer({ correct: true })).toBe(3);
  });
});

describe("gradeResponse", () => {
  const mcq = { type: "mcq", answer: "Oslo", choices: ["Oslo", "Stockholm", "Helsinki", "Copenhagen"] };
  const tf = { type: "true_false", answer: "False" };
  const recall = { type: "recall", answer: "Sergey Lavrov" };
  const cloze = { type: "cloze", answer: "2001" };

  it("grades an mcq choice", () => {
    expect(gradeResponse({ question: mcq, response: { choice: "Oslo" } })).toEqual({ correct: true, rating: 3 });
    expect(gradeResponse({ question: mcq, response: { choice: "Helsinki" } })).toEqual({ correct: false, rating: 1 });
  });

  it("grades true/false by truth, or by a True/False choice", () => {
    expect(gradeResponse({ question: tf, response: { truth: false } })).toEqual({ correct: true, rating: 3 });
    expect(gradeResponse({ question: tf, response: { truth: true } })).toEqual({ correct: false, rating: 1 });
    expect(gradeResponse({ question: tf, response: { choice: "False" } })).toEqual({ correct: true, rating: 3 });
    expect(() => gradeResponse({ question: tf, response: { choice: "Maybe" } })).toThrow(GradeInputError);
  });

  it("grades typed recall and cloze answers with a reason", () => {
    expect(gradeResponse({ question: recall, response: { text: "lavrov" } })).toEqual({
      correct: true,
      rating: 3,
      reason: "surname",
    });
    expect(gradeResponse({ question: cloze, response: { text: "2000" } })).toEqual({
      correct: false,
      rating: 1,
      reason: "wrong",
    });
  });

  it("a self-rated flashcard has correct null and keeps the learner's rating", () => {
    for (const rating of [1, 2, 3, 4] as const) {
      expect(gradeResponse({ question: recall, response: { rating } })).toEqual({ correct: null, rating });
    }
  });

  it("an explicit rating overrides the automatic one", () => {
    expect(gradeResponse({ question: cloze, response: { text: "2000", rating: 3 } })).toEqual({
      correct: false,
      rating: 3,
      reason: "wrong",
    });
    expect(gradeResponse({ question: mcq, response: { choice: "Oslo", rating: 4 } })).toEqual({ correct: true, rating: 4 });
  });

  it("a bad response is a 400 ApiError", () => {
    try {
      gradeResponse({ question: mcq, response: { choice: "Bergen" } });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).status).toBe(400);
    }
  });

  it("refuses a response with nothing to grade", () => {
    expect(() => gradeResponse({ question: recall, response: {} })).toThrow(GradeInputError);
    expect(() => gradeResponse({ question: mcq, response: { truth: true } })).toThrow(GradeInputError);
  });

  it("refuses an mcq choice that is not an option, and unknown question types", () => {
    expect(() => gradeResponse({ question: mcq, response: { choice: "Bergen" } })).toThrow(GradeInputError);
    expect(() => gradeResponse({ question: { type: "essay", answer: "x" }, response: { text: "x" } })).toThrow(/unknown question type/);
  });

  it("passes objectType through to typed grading", () => {
    const q = { type: "recall", answer: "New Smith", objectType: "person" };
    expect(gradeResponse({ question: q, response: { text: "Smith" } }).correct).toBe(true);
  });
});

describe("gradeTyped properties", () => {
  it("an answer typed back exactly is right", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => /[\p{L}\p{N}]/u.test(s)),
        (answer) => {
          expect(gradeTyped({ expected: answer, given: answer }).correct).toBe(true);
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });

  it("a different number is always wrong", () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), (a, b) => {
        fc.pre(a !== b);
        expect(gradeTyped({ expected: String(a), given: String(b) }).correct).toBe(false);
        expect(gradeTyped({ expected: `${a} delegates`, given: `${b} delegates` }).correct).toBe(false);
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it("case, surrounding punctuation and a leading article never matter", () => {
    const word = fc.stringMatching(/^[a-z]{3,10}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), (words) => {
        const expected = words.join(" ");
        const given = `The ${expected.toUpperCase()}!`;
        expect(gradeTyped({ expected, given }).correct).toBe(true);
      }),
      { seed: 13, numRuns: 200 },
    );
  });
});

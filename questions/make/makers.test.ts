import { describe, expect, it } from "vitest";
import { makeCloze, makeMcq } from "./makers";
import { malformedReasons } from "./well-formed";

describe("question makers", () => {
  it("an mcq of four distinct options, the answer once; none for a bound, whose wrong options would be true too", () => {
    const mcq = makeMcq("For how long has Kenya Airways flown to Lima?", "20 years", ["15 years", "25 years", "30 years"], 1);
    expect(mcq?.choices).toHaveLength(4);
    expect(mcq?.choices?.filter((c) => c === "20 years")).toHaveLength(1);
    expect(
      makeMcq("For how long has Kenya Airways flown to Lima?", "more than 20 years", ["more than 15 years", "more than 25 years", "more than 30 years"], 1),
    ).toBeUndefined();
  });

  it("a cloze blanks the answer's one occurrence", () => {
    expect(makeCloze("The navy will buy 26 patrol vessels.", 18, 20)?.prompt).toBe("The navy will buy ____ patrol vessels.");
    expect(makeCloze("26 ships and 26 boats.", 0, 2)).toBeUndefined();
  });
});

describe("the question contract on prompts that lost their blank", () => {
  const body = "In addition to six submarines built in three blocks, the navy is working on five boats. About 7 000 children missed a dose.";
  const evidence = "In addition to six submarines built in three blocks, the navy is working on five boats.";
  it("refuses a cloze or an mcq with no blank and no question, a statement with a blank, and a cut number", () => {
    expect(
      malformedReasons(
        { type: "mcq", prompt: "The navy is working on five boats.", answer: "three", evidence, choices: ["one", "two", "three", "seven"] },
        body,
      ),
    ).toContain("prompt has no blank and is no question");
    expect(malformedReasons({ type: "true_false", prompt: "The navy is working on ____ boats.", answer: "True", evidence }, body)).toContain(
      "statement has a blank",
    );
    const ev2 = "About 7 000 children missed a dose.";
    expect(malformedReasons({ type: "cloze", prompt: "About 7 ____ children missed a dose.", answer: "000", evidence: ev2 }, body)).toContain(
      "answer is a cut number",
    );
    expect(malformedReasons({ type: "cloze", prompt: "The navy is working on ____ boats.", answer: "five", evidence }, body)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { makeCloze, makeMcq } from "./makers";

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

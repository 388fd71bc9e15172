import { describe, expect, it } from "vitest";
import { candidateFault, promptFault, vagueNounPhrases } from "./gate";
import { findFigures } from "../answers/figures";
import { findNames } from "../answers/entities";
import { parseSentence } from "../analyse/parse-sentence";
import { trimmed } from "../generate";

// Sentences written for these tests, not taken from any article.
function fault(sentence: string, answer: string, extra: { country?: string; headline?: string } = {}) {
  const all = [...findFigures(sentence), ...findNames(sentence, parseSentence(sentence).tagsAt)];
  const candidate = all.find((c) => c.text === answer);
  if (!candidate) throw new Error(`no candidate "${answer}" in: ${all.map((c) => c.text).join(", ")}`);
  return candidateFault({ sentence, candidate, all, ...extra });
}

describe("the examiner's gate: candidates", () => {
  it("passes a plain fact", () => {
    expect(fault("The navy will buy 26 patrol vessels for ₹42,000 crore.", "₹42,000 crore")).toBeUndefined();
    expect(fault("The summit was held in Johannesburg from August 22 to 24.", "Johannesburg")).toBeUndefined();
  });

  it("refuses one member of a list of three, but not one of two", () => {
    expect(fault("Ministers from Norway, Sweden and Finland met in Oslo.", "Sweden")).toBe("list-member");
    expect(fault("Ministers from Norway and Sweden met in Oslo.", "Sweden")).toBeUndefined();
  });

  it("refuses one end of a range, and a share the sentence lets a learner work out", () => {
    expect(fault("Output will rise from 5 million to 8 million barrels.", "8 million barrels")).toBeUndefined();
    expect(fault("Exports of 5 million to 8 million barrels are planned.", "8 million barrels")).toBe("range-end");
    expect(fault("The 400 million barrels for release represent 33% of the 1.2 billion barrels held.", "33%")).toBe("computable");
  });

  it("refuses a demonym used as an adjective, the article's own country and a name from the headline", () => {
    expect(fault("Platforms may lose their protections under Indian law.", "Indian")).toBe("demonym-adjective");
    expect(fault("Kenya signed the treaty in Nairobi.", "Kenya", { country: "Kenya" })).toBe("own-country");
    expect(fault("The court fined Orion Foods in Lagos.", "Orion Foods", { headline: "Orion Foods fined for price fixing" })).toBe("in-headline");
    expect(fault("The court fined Orion Foods ₹40 crore in Lagos.", "₹40 crore", { headline: "Orion Foods fined for price fixing" })).toBeUndefined();
  });

  it("refuses forecasts and polls: views of the future are not the news", () => {
    expect(fault("A poll of economists had pegged growth at 7.2%.", "7.2%")).toBe("forecast");
    expect(fault("Growth was 7.8% in the December quarter.", "7.8%")).toBeUndefined();
  });
});

describe("the examiner's gate: prompts", () => {
  it("refuses a referent the article must supply, and names none where the prompt is self-contained", () => {
    expect(vagueNounPhrases("The plant will generate ____ of power.")).toEqual(["The plant"]);
    expect(vagueNounPhrases("The plant of Tata Power will generate ____.")).toEqual([]);
    expect(promptFault("cloze", "The plant will generate ____ of power.", "345 megawatts")).toBe("vague-referent");
    expect(promptFault("cloze", "This leaves ____ of supply stranded.", "10%")).toBe("vague-referent");
    expect(promptFault("cloze", "The Kudankulam plant will generate ____ of power.", "345 megawatts")).toBeUndefined();
  });

  it("refuses a prompt that gives part of the answer, options for a bound, and a statement of many figures", () => {
    expect(promptFault("recall", "Which plant did Zaporizhzhia operators shut?", "Zaporizhzhia nuclear plant")).toBe("partly-given");
    expect(promptFault("mcq", "For how long has Kenya Airways flown to Lima?", "more than 20 years")).toBe("overlapping-options");
    expect(promptFault("true_false", "Sales rose 4% to 30 million units, 2 million above 2024 and 5% above 2023.", "True")).toBe("compound");
  });

  it("cuts a trailing aside that does not hold the answer", () => {
    const s = "In June 2025, the firm launched Trade Shield in Kenya, aimed at helping exporters manage risk.";
    const at = s.indexOf("Trade Shield");
    const cut = trimmed(s, at, at + "Trade Shield".length);
    expect(cut.text).toBe("In June 2025, the firm launched Trade Shield in Kenya.");
    expect(cut.text.slice(cut.start, cut.end)).toBe("Trade Shield");
  });
});

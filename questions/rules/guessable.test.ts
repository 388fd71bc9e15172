import { describe, expect, it } from "vitest";
import type { Candidate } from "../answers/types";
import type { Mentions } from "../analyse/context";
import { givenAwayCountry, otherSide, pairedCountry, storyCountries } from "./guessable";

// Sentences written for these tests, not taken from any article.
const country = (sentence: string, text: string): Candidate => {
  const start = sentence.indexOf(text);
  return { kind: "country", text, start, end: start + text.length, outerStart: start };
};

describe("guessable countries", () => {
  it("one of two countries joined by 'and' is given away; a member of a longer list is not", () => {
    const s = "Peru and Chile agreed to share the lithium survey data.";
    expect(pairedCountry(s, country(s, "Chile"))).toBe(true);
    expect(pairedCountry(s, country(s, "Peru"))).toBe(true);
    const list = "Peru, Bolivia and Chile signed the lithium pact.";
    expect(pairedCountry(list, country(list, "Chile"))).toBe(false);
    const lone = "The survey data went to Chile in March.";
    expect(pairedCountry(lone, country(lone, "Chile"))).toBe(false);
  });

  it("the other side of a conflict the sentence names is given away", () => {
    const s = "Aid groups sided with Armenia in its war against Azerbaijan last year.";
    expect(otherSide(s, country(s, "Azerbaijan"))).toBe(true);
    const trade = "Armenia sold more brandy to Azerbaijan than ever before.";
    expect(otherSide(trade, country(trade, "Azerbaijan"))).toBe(false);
  });

  it("the story's own countries are those the headline names and three sentences repeat", () => {
    const texts = [
      "Peru and Chile sign a lithium pact",
      "Peru signed on Monday.",
      "Chile signed too.",
      "Peru will host the office.",
      "Chile and Peru share it.",
    ];
    const mentions: Mentions[] = texts.map((t, i) => ({
      sentence: i - 1,
      candidates: ["Peru", "Chile"].filter((c) => t.includes(c)).map((c) => country(t, c)),
    }));
    const story = storyCountries(mentions);
    expect([...story].sort()).toEqual(["Chile", "Peru"]);
    const s = "The office will open in Peru in May.";
    expect(givenAwayCountry(s, country(s, "Peru"), story)).toBe(true);
    expect(givenAwayCountry(s, country(s, "Peru"), new Set())).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import type { Candidate } from "../answers/types";
import type { Mentions } from "../analyse/context";
import { givenAwayCountry, holderAfterWellKnownPost, leadersAdministration, modifierName, otherSide, pairedCountry, storyCountries } from "./guessable";

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

const span = (kind: Candidate["kind"], sentence: string, text: string): Candidate => {
  const start = sentence.indexOf(text);
  return { kind, text, start, end: start + text.length, outerStart: start };
};

describe("answers the words around them give away", () => {
  it("a great power's president after the post is given away; a vice president or another country's leader is not", () => {
    const s = "The talks come ahead of a visit by U.S. President Elena Marsh in June.";
    expect(holderAfterWellKnownPost(s, span("person", s, "Elena Marsh"))).toBe(true);
    const vp = "U.S. Vice President Tom Reyes will open the fair in Lima.";
    expect(holderAfterWellKnownPost(vp, span("person", vp, "Tom Reyes"))).toBe(false);
    const other = "Peruvian President Ana Silva will open the fair in Lima.";
    expect(holderAfterWellKnownPost(other, span("person", other, "Ana Silva"))).toBe(false);
  });

  it("a leader's administration is no answer; a named body is", () => {
    expect(leadersAdministration({ kind: "organisation", text: "Marsh administration" })).toBe(true);
    expect(leadersAdministration({ kind: "organisation", text: "the Silva government" })).toBe(true);
    expect(leadersAdministration({ kind: "organisation", text: "Ministry of Mines" })).toBe(false);
  });

  it("a one-word name before a common noun is a modifier; before a verb, or naming a thing, it is the answer", () => {
    const ambitions = "The party has taken a cautious stance on Peru's OECD ambitions.";
    expect(modifierName(ambitions, span("organisation", ambitions, "OECD"))).toBe(true);
    const prices = "Andean copper prices closed higher on Monday.";
    expect(modifierName(prices, span("other", prices, "Andean"))).toBe(true);
    const verb = "Even the regulator Cofide challenged the ministry in court.";
    expect(modifierName(verb, span("organisation", verb, "Cofide"))).toBe(false);
    // "COVID-19 no longer qualifies …": an adverb opens the predicate; the name is the subject.
    const negated = "The agency said on Friday that Andean flu no longer qualifies as a global emergency.";
    expect(modifierName(negated, span("other", negated, "Andean flu"))).toBe(false);
    const thing = "The agency launched its Quipu solar observatory in May.";
    expect(modifierName(thing, span("other", thing, "Quipu"))).toBe(false);
    const place = "The Cusco collaboration follows other steps by the ministry.";
    expect(modifierName(place, span("place", place, "Cusco"))).toBe(true);
    const where = "The fair opens in Cusco on Friday and in Lima ahead of the vote.";
    expect(modifierName(where, span("place", where, "Cusco"))).toBe(false);
    expect(modifierName(where, span("place", where, "Lima"))).toBe(false);
    const assistant = "The firm pre-installed its Lumo assistant on ten million phones.";
    expect(modifierName(assistant, span("other", assistant, "Lumo"))).toBe(false);
  });
});

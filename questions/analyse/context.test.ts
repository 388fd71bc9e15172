import { describe, expect, it } from "vitest";
import { resolver, theFor, vagueNounPhrases, type Mentions } from "./context";
import type { Candidate } from "../answers/types";

// Mentions written for these tests, not taken from any article.
const at = (kind: Candidate["kind"], text: string, category?: string): Candidate => ({
  kind,
  text,
  start: 0,
  end: text.length,
  outerStart: 0,
  ...(category ? { category } : {}),
});

describe("context: vague phrases named from the article", () => {
  it("finds the phrases that need the article, not those the prompt itself names", () => {
    expect(vagueNounPhrases("The plant will generate ____ of power.")).toEqual(["The plant"]);
    expect(vagueNounPhrases("Small firms account for ____ of the country’s exports.")).toEqual(["the country"]);
    expect(vagueNounPhrases("The plant of Tata Power will generate ____.")).toEqual([]);
    expect(vagueNounPhrases("The Kudankulam plant will generate ____.")).toEqual([]);
    expect(vagueNounPhrases('He called it "the deal of the century".')).toEqual([]);
  });

  it("'the cuts', 'the quartet', 'the Strait' need the article to say which", () => {
    expect(vagueNounPhrases("The cuts have narrowed the premium between the two drugs.")).toEqual(["The cuts"]);
    expect(vagueNounPhrases("From liftoff to splashdown, the quartet was in space for nine days.")).toEqual(["the quartet"]);
    expect(vagueNounPhrases("About 9 million barrels a day can only pass through the Strait.")).toEqual(["the Strait"]);
  });

  it("'the country' after a capital is the capital's country; a country as a modifier ('the Iran conflict') is none", () => {
    // Sentences written for this test.
    const s0 = "The decision comes as Nairobi grapples with the fallout from the Sudan conflict.";
    const c = (kind: Candidate["kind"], text: string): Candidate => ({
      kind,
      text,
      start: s0.indexOf(text),
      end: s0.indexOf(text) + text.length,
      outerStart: s0.indexOf(text),
    });
    const mentions: Mentions[] = [
      { sentence: -1, candidates: [at("country", "Kenya"), at("country", "Sudan")] },
      { sentence: 0, candidates: [c("place", "Nairobi"), c("country", "Sudan")] },
    ];
    const texts = new Map([[0, s0]]);
    expect(resolver(mentions, 1, { country: "Kenya", texts })("The country")).toBe("Kenya");
    expect(resolver(mentions, 1, { country: "Kenya" })("The country")).toBeUndefined();
  });

  it("'the country' inside a sentence is the one country the sentence named before it, or none", () => {
    // Sentences written for this test.
    const one = "Talks involve Kenya's unions and the country's biggest firms.";
    const two = "Uganda and Kenya agreed, with Nairobi saying it would coordinate with the country's army.";
    const c = (s: string, kind: Candidate["kind"], text: string): Candidate => ({
      kind,
      text,
      start: s.indexOf(text),
      end: s.indexOf(text) + text.length,
      outerStart: s.indexOf(text),
    });
    const m1: Mentions[] = [
      { sentence: -1, candidates: [] },
      { sentence: 0, candidates: [c(one, "country", "Kenya")] },
    ];
    expect(resolver(m1, 0, { country: "Rwanda", sentence: one })("the country")).toBe("Kenya");
    const m2: Mentions[] = [
      { sentence: -1, candidates: [] },
      { sentence: 0, candidates: [c(two, "country", "Uganda"), c(two, "country", "Kenya"), c(two, "place", "Nairobi")] },
    ];
    expect(resolver(m2, 0, { country: "Rwanda", sentence: two })("the country")).toBeUndefined();
  });

  it("'those breaches' is the phrase the sentence before gave the noun, or nothing", () => {
    // Sentences written for this test.
    const texts = new Map([[0, "Debate is dominated by migration, corruption and breaches of the rule of law."]]);
    const mentions: Mentions[] = [
      { sentence: -1, candidates: [] },
      { sentence: 0, candidates: [] },
    ];
    expect(resolver(mentions, 1, { texts })("Those breaches")).toBe("the breaches of the rule of law");
    expect(resolver(mentions, 1, { texts: new Map([[0, "Debate is dominated by higher prices."]]) })("These prices")).toBeUndefined();
  });

  it("'the ceasefire', 'the meeting' are named by the two sides the article said made them", () => {
    // Sentences written for this test.
    const texts = new Map([
      [-1, "Talks resume in Geneva"],
      [0, "Armenia and Azerbaijan agreed to a temporary ceasefire on Monday."],
      [1, "Foreign Minister Ana Sousa met with trade envoy Li Wen in Lisbon."],
      [2, "Prices fell."],
    ]);
    const pos = (s: string, name: string): number => s.indexOf(name);
    const cand = (kind: Candidate["kind"], text: string, sentence: string): Candidate => {
      const start = pos(sentence, text);
      return { kind, text, start, end: start + text.length, outerStart: start };
    };
    const mentions: Mentions[] = [
      { sentence: -1, candidates: [] },
      { sentence: 0, candidates: [cand("country", "Armenia", texts.get(0)!), cand("country", "Azerbaijan", texts.get(0)!)] },
      {
        sentence: 1,
        candidates: [cand("person", "Ana Sousa", texts.get(1)!), cand("person", "Li Wen", texts.get(1)!), cand("place", "Lisbon", texts.get(1)!)],
      },
      { sentence: 2, candidates: [] },
    ];
    const resolve = resolver(mentions, 3, { texts });
    expect(resolve("The temporary ceasefire")).toBe("the temporary ceasefire between Armenia and Azerbaijan");
    expect(resolve("the truce")).toBe("the truce between Armenia and Azerbaijan");
    expect(resolve("The meeting")).toBe("the meeting between Ana Sousa and Li Wen");
    expect(resolve("The deal")).toBeUndefined();
    // Without the article's sentences nothing is named.
    expect(resolver(mentions, 3)("The truce")).toBeUndefined();
  });

  it("'the company' is the body the headline names by its short name, not a place the tagger did not know", () => {
    // Sentences written for this test.
    const mentions: Mentions[] = [
      { sentence: -1, candidates: [at("organisation", "Nimbus"), at("other", "Andora")] },
      { sentence: 0, candidates: [at("organisation", "Nimbus Technology"), at("other", "Andora")] },
    ];
    expect(resolver(mentions, 1)("The company")).toBe("Nimbus Technology");
  });

  it("'the agreement' is the deal a headline's two sides sign", () => {
    // A headline written for this test.
    const head = "Andoria and Veloria sign landmark trade deal boosting ties";
    const texts = new Map([
      [-1, head],
      [0, "Prices fell."],
    ]);
    const cand = (kind: Candidate["kind"], text: string): Candidate => {
      const start = head.indexOf(text);
      return { kind, text, start, end: start + text.length, outerStart: start };
    };
    const mentions: Mentions[] = [
      { sentence: -1, candidates: [cand("place", "Andoria"), cand("place", "Veloria")] },
      { sentence: 0, candidates: [] },
    ];
    expect(resolver(mentions, 1, { texts })("The agreement")).toBe("the agreement between Andoria and Veloria");
  });

  it("'It said …' is the one organisation of the sentence before; 'It aims to …' is not resolved", () => {
    const mentions: Mentions[] = [{ sentence: 0, candidates: [at("organisation", "International Energy Agency")] }];
    expect(resolver(mentions, 1, { sentence: "It said each of its 32 member countries will decide." })("It")).toBe("the International Energy Agency");
    expect(resolver(mentions, 1, { sentence: "It aims to create 12 lakh tonnes of storage." })("It")).toBeUndefined();
  });

  it("'the country' is the article's own country, unless the sentence before names another", () => {
    const mentions: Mentions[] = [
      { sentence: -1, candidates: [at("country", "Kenya")] },
      { sentence: 0, candidates: [at("country", "Kenya"), at("country", "Uganda")] },
      { sentence: 1, candidates: [at("organisation", "Safaricom", "company")] },
      { sentence: 2, candidates: [at("country", "Uganda")] },
    ];
    expect(resolver(mentions, 2, { country: "Kenya" })("The country")).toBe("Kenya");
    expect(resolver(mentions, 3, { country: "Kenya" })("The country")).toBeUndefined();
    expect(resolver(mentions, 2)("The country")).toBeUndefined();
  });

  it("'the two countries' are the two the sentence named before it, or the sentence before; not three", () => {
    const sentence = "Kenyan tea sales to Uganda fell 8%, but the two countries agreed to a pact.";
    const pos = (text: string) => ({ start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, outerStart: sentence.indexOf(text) });
    const here: Mentions = {
      sentence: 1,
      candidates: [
        { ...at("country", "Kenyan"), ...pos("Kenyan") },
        { ...at("country", "Uganda"), ...pos("Uganda") },
      ],
    };
    expect(resolver([here], 1, { sentence })("the two countries")).toBe("Kenya and Uganda");
    const before: Mentions = { sentence: 0, candidates: [at("country", "U.S."), at("country", "Peru")] };
    expect(resolver([before], 1, { sentence: "The two countries signed it." })("The two countries")).toBe("the U.S. and Peru");
    const three: Mentions = { sentence: 0, candidates: [at("country", "Chile"), at("country", "Peru"), at("country", "Bolivia")] };
    expect(resolver([three], 1, { sentence: "The two countries signed it." })("The two countries")).toBeUndefined();
  });

  it("'It was …' is what the sentence before opened with, when that was named; otherwise nothing", () => {
    const mentions: Mentions[] = [{ sentence: 0, candidates: [] }];
    expect(resolver(mentions, 1, { sentence: "It was the sixth flight this year.", previous: "the Condor launch" })("It")).toBe("the Condor launch");
    expect(resolver(mentions, 1, { sentence: "It was the sixth flight this year." })("It")).toBeUndefined();
    // An adverb the subject ends with stays after the name.
    expect(resolver(mentions, 1, { sentence: "It then deployed ten parachutes.", previous: "the Condor capsule" })("It then")).toBe("the Condor capsule then");
  });

  it("'the war' is the one war the article names", () => {
    const mentions: Mentions[] = [
      { sentence: -1, candidates: [at("named", "Sahel war", "war")] },
      { sentence: 0, candidates: [at("country", "Mali")] },
    ];
    expect(resolver(mentions, 1)("The war")).toBe("the Sahel war");
  });

  it("'the scheme', 'the launch' are the one named thing of the headline", () => {
    const mentions: Mentions[] = [
      { sentence: -1, candidates: [at("named", "Gram Jal Yojana", "yojana"), at("country", "India")] },
      { sentence: 0, candidates: [at("organisation", "Union Cabinet")] },
    ];
    expect(resolver(mentions, 1)("The scheme")).toBe("the Gram Jal Yojana");
    const probe: Mentions[] = [{ sentence: -1, candidates: [at("named", "Lumen probe", "probe")] }];
    expect(resolver(probe, 1)("The launch")).toBe("the Lumen launch");
    expect(resolver(probe, 1)("The deal")).toBeUndefined();
  });

  it("'the central bank' is a central bank, not the lender an economist of the sentence before works for", () => {
    const mentions: Mentions[] = [
      { sentence: -1, candidates: [at("organisation", "Bank of Japan", "central bank")] },
      { sentence: 0, candidates: [at("organisation", "ING", "bank")] },
    ];
    expect(resolver(mentions, 1)("The central bank")).toBe("the Bank of Japan");
    expect(resolver(mentions, 1)("The bank")).toBe("ING");
  });

  it("'the summit' is the one the story is about (its lead's), not the last one it mentioned", () => {
    const mentions: Mentions[] = [
      { sentence: -1, candidates: [at("country", "India")] },
      { sentence: 0, candidates: [at("named", "18th BRICS summit", "summit")] },
      { sentence: 4, candidates: [at("named", "Johannesburg summit", "summit")] },
    ];
    const texts = new Map([[-1, "BRICS leaders adopt a declaration as India wraps up summit"]]);
    expect(resolver(mentions, 6, { texts })("The summit")).toBe("the 18th BRICS summit");
  });
});

describe("vague phrases", () => {
  it("finds 'the central bank' and an agency's possessive, to be named", () => {
    expect(vagueNounPhrases("The central bank closely monitors the talks.")).toContain("The central bank");
    expect(vagueNounPhrases("The mission, approved by the agency's member states, costs ____.")).toContain("the agency");
  });
});

describe("theFor", () => {
  it("gives 'the' to a name whose head is a common noun, not to a name of its own", () => {
    expect(theFor("High Court")).toBe("the High Court");
    expect(theFor("Kenya Revenue Authority")).toBe("the Kenya Revenue Authority");
    expect(theFor("Satish Dhawan Space Centre")).toBe("the Satish Dhawan Space Centre");
    expect(theFor("Bank Indonesia")).toBe("Bank Indonesia");
    expect(theFor("Alibaba.com")).toBe("Alibaba.com");
    expect(theFor("TerraPower")).toBe("TerraPower");
  });

  it("gives 'the' to a scheme and to a public body's acronym read letter by letter, not to one read as a word", () => {
    expect(theFor("PM Internship Scheme")).toBe("the PM Internship Scheme");
    expect(theFor("RBI")).toBe("the RBI");
    expect(theFor("MPC")).toBe("the MPC");
    expect(theFor("IEA")).toBe("the IEA");
    expect(theFor("NASA")).toBe("NASA");
    expect(theFor("NATO")).toBe("NATO");
  });
});

describe("context: a group's count and a body by who heads it", () => {
  it("'the four astronauts' keeps its count when the headline's mission names it", () => {
    const mentions: Mentions[] = [{ sentence: -1, candidates: [at("named", "Voyager IX mission")] }];
    expect(resolver(mentions, 2)("the four astronauts")).toBe("the four Voyager IX astronauts");
  });
  it("'This committee' after 'a committee under the chairmanship of …' is that committee", () => {
    const texts = new Map([[0, "For this, the Premier set up a committee under the chairmanship of Cabinet Secretary Mira Tann."]]);
    expect(resolver([], 1, { texts })("This committee")).toBe("the committee under the chairmanship of Cabinet Secretary Mira Tann");
  });
});

describe("context: an election's country and a thing's new state", () => {
  it("'the election campaign' in a story whose headline is about one country's election is that country's", () => {
    const mentions: Mentions[] = [{ sentence: -1, candidates: [at("country", "Andoria", "country")] }];
    const texts = new Map([[-1, "Andoria votes in a high-stakes election"]]);
    expect(resolver(mentions, 3, { texts })("The election")).toBe("Andoria's election");
  });
  it("'the amended rules' after the article named the IT Rules is 'the amended IT Rules'", () => {
    const mentions: Mentions[] = [{ sentence: 0, candidates: [at("named", "IT Rules")] }];
    expect(resolver(mentions, 2)("the amended rules")).toBe("the amended IT Rules");
    expect(vagueNounPhrases("The amended rules will come into effect on ____.")).toEqual(["The amended rules"]);
  });
});

describe("context: 'the agency'", () => {
  it("is the one body whose name says it is an agency of that kind", () => {
    const mentions: Mentions[] = [{ sentence: 0, candidates: [at("organisation", "Vela Space Research Organisation", "organisation")] }];
    expect(resolver(mentions, 2)("the agency")).toBe("the Vela Space Research Organisation");
  });
});

import { describe, expect, it } from "vitest";
import { findFigures } from "../answers/figures";
import { findNames } from "../answers/entities";
import { parseSentence } from "../analyse/parse-sentence";
import type { Candidate } from "../answers/types";
import {
  countListed,
  editionYear,
  enumeratedCount,
  enumerationFiller,
  leansBack,
  nationalityOfNamed,
  betweenEnd,
  breakdownPart,
  acronymAfterName,
  labelNumber,
  ageAfterName,
  insideName,
  portfolioOfPost,
  pointsOutside,
  rankGivenByAfter,
  remainderCount,
  ruledOutByRun,
  sayerOf,
  shareGivesAway,
  tallyGivesAway,
  withoutCountedList,
} from "./give-away";

const figure = (s: string, text: string) => findFigures(s).find((c) => c.text === text)!;
const person = (s: string, text: string) => findNames(s, parseSentence(s).tagsAt).find((c) => c.text === text)!;

describe("answers the prompt gives away", () => {
  it("a count its tally sums to", () => {
    const s = "A three-judge bench ruled by a majority of 2-1 that Section 24 was void.";
    expect(tallyGivesAway("A ____-judge bench ruled by a majority of 2-1 that Section 24 was void.", figure(s, "three"))).toBe(true);
    const nine: Candidate = { kind: "number", text: "nine", start: 4, end: 8, outerStart: 4 };
    expect(tallyGivesAway("The ____-member committee voted 5-to-4 for a cut.", nine)).toBe(true);
    const u = "The committee of nine members voted for a cut of 25 basis points.";
    expect(tallyGivesAway("The committee of ____ members voted for a cut of 25 basis points.", figure(u, "nine"))).toBe(false);
  });
  it("a rank the 'after' gives", () => {
    const s = "France is India’s second-largest arms supplier after Russia, accounting for 29% of imports.";
    expect(rankGivenByAfter(s, figure(s, "second-largest"))).toBe(true);
    const t = "India is the world’s third-largest oil consumer.";
    expect(rankGivenByAfter(t, figure(t, "third-largest"))).toBe(false);
  });
  it("the rest of a count", () => {
    const s = "The decision was expected by 14 of 18 economists, while the remaining four had forecast a pause.";
    expect(remainderCount(s, figure(s, "four"))).toBe(true);
    expect(remainderCount(s, figure(s, "14"))).toBe(false);
  });
  it("the one who said it, not what was said", () => {
    const s = "Health Secretary Ramon Abad said about 62% of the patients were children under five.";
    expect(sayerOf(s, person(s, "Ramon Abad"))).toBe(true);
    const t = "President Lucía Farfán will be sworn in on July 28.";
    expect(sayerOf(t, person(t, "Lucía Farfán"))).toBe(false);
  });
  it("a first that a run rules out", () => {
    const s = "Inflation stayed below the 2% target for the second straight month.";
    expect(ruledOutByRun("first", s, figure(s, "second"))).toBe(true);
    expect(ruledOutByRun("third", s, figure(s, "second"))).toBe(false);
  });
});

describe("a count its list gives", () => {
  it("is told by the list after it, and asked without the list", () => {
    const s = "Four members — Megan Greene, Clare Lombardelli, Catherine L Mann and Huw Pill — voted to maintain Bank rate at 4.25%.";
    expect(countListed(s, figure(s, "Four"))).toBe(true);
    expect(
      withoutCountedList("____ members — Megan Greene, Clare Lombardelli, Catherine L Mann and Huw Pill — voted to maintain Bank rate at 4.25%.", "____"),
    ).toBe("____ members voted to maintain Bank rate at 4.25%.");
    const t = "Currently, the UNSC comprises five permanent members — the United States, China, France, Russia, and the United Kingdom — who wield veto power.";
    expect(countListed(t, figure(t, "five"))).toBe(true);
  });
  it("leaves a count the list does not match", () => {
    const s = "Three members — Greene and Pill — dissented.";
    expect(countListed(s, figure(s, "Three"))).toBe(false);
  });
});

describe("a pronoun that points outside the prompt", () => {
  it("after a fronted phrase, and 'here'", () => {
    expect(pointsOutside("In the Deccan region, it was ____ of the average, as of July 2026.")).toBe(true);
    expect(pointsOutside("In Peru, in the first 11 months, it grew by ____.")).toBe(true);
    expect(pointsOutside("Snow fell in the north, while in the Deccan region, it was ____ of the average.")).toBe(true);
    expect(pointsOutside("The agency chief said that over these years, they have trained ____ pilots.")).toBe(false);
    expect(pointsOutside("The snowfall here was ____ of the average.")).toBe(true);
    expect(pointsOutside("In the Deccan region, rainfall was ____ of the average.")).toBe(false);
    expect(pointsOutside("For Peru, after meeting its quota of ____ in 2025, it has struggled.")).toBe(false);
    expect(pointsOutside("The agency said it expects ____ of rain in the Deccan region.")).toBe(false);
    expect(pointsOutside('The minister said "we are here to stay" after ____ votes.')).toBe(false);
    // after an opening adverb, and what a vote was on
    expect(pointsOutside("Together, they comprise two-thirds of the world's population and ____ of its trade.")).toBe(true);
    expect(pointsOutside("All ____ MPs present in the House voted in favour of it, as reported in September 2023.")).toBe(true);
    expect(pointsOutside("All ____ MPs present voted in favour of the Bill.")).toBe(false);
    expect(pointsOutside("Together, the two blocs comprise ____ of world trade.")).toBe(false);
  });

  it("near the start", () => {
    expect(leansBack("Just eight of them accounted for 67% of the global total.")).toBe(true);
    expect(leansBack("Joining them are two astronauts from Poland and Hungary.")).toBe(true);
  });
  it("not one its own sentence explains, nor a demonstrative with its noun", () => {
    expect(leansBack("Each of the IEA's 32 member countries will decide based on circumstances appropriate to them.")).toBe(false);
    expect(leansBack("Of these countries, India grew fastest.")).toBe(false);
  });
});

describe("counts spelt out one by one, enumeration fillers and edition years (sentences written for this test)", () => {
  const at = (sentence: string, text: string, kind: Candidate["kind"]): Candidate => {
    const start = sentence.indexOf(text);
    return { kind, text, start, end: start + text.length, outerStart: start };
  };
  it("a count the sentence then counts out is given away", () => {
    const s = "The group plans to build two plants, one with a partner in Gujarat and a second on its own in Assam.";
    expect(enumeratedCount(s, at(s, "two", "number"))).toBe(true);
    const t = "The group plans to build two plants in Gujarat.";
    expect(enumeratedCount(t, at(t, "two", "number"))).toBe(false);
  });
  it("'a second' is no answer, and a report's edition year is no fact", () => {
    expect(enumerationFiller({ kind: "number", text: "a second", start: 0, end: 8, outerStart: 0 })).toBe(true);
    const s = "According to the agency's Renewable Capacity Statistics 2025 report, capacity reached 4,448 GW.";
    expect(editionYear(s, at(s, "2025", "year"))).toBe(true);
    const t = "The agency said capacity reached 4,448 GW in 2025.";
    expect(editionYear(t, at(t, "2025", "year"))).toBe(false);
  });
});

describe("a share and its whole told together (sentences written for this test)", () => {
  it("gives the third figure away", () => {
    expect(shareGivesAway("The 172 million barrels the agency will release represent 41% of the ____ held in the reserve.")).toBe(true);
    expect(shareGivesAway("The agency will release ____ of the 415 million barrels, or 172 million barrels.")).toBe(true);
    expect(shareGivesAway("Renewables accounted for ____ of new capacity in 2024.")).toBe(false);
  });
});

describe("counts the code review caught (sentences written for this test)", () => {
  it("a count followed by an unrelated 'one … another' is no enumeration", () => {
    const s = "Two people died and one was injured in another attack.";
    expect(enumeratedCount(s, { kind: "number", text: "Two", start: 0, end: 3, outerStart: 0 })).toBe(false);
  });
});

describe("answers the name beside them gives away (sentences written for this test)", () => {
  const find = (s: string, text: string): Candidate => {
    const all = [...findFigures(s), ...findNames(s, parseSentence(s).tagsAt)];
    const c = all.find((x) => x.text === text);
    if (!c) throw new Error(`no candidate ${text} in: ${all.map((x) => x.text).join(", ")}`);
    return c;
  };
  it("a company's nationality asked of the company named after it", () => {
    const s = "The round was led by Japanese multinational investment holding company SoftBank Group.";
    expect(nationalityOfNamed(s, find(s, "Japanese"))).toBe(true);
    const u = "US-based AI company OpenAI has raised $40bn.";
    expect(nationalityOfNamed(u, find(u, "US"))).toBe(true);
    const v = "Japan bought 40% of the company's shares.";
    expect(nationalityOfNamed(v, find(v, "Japan"))).toBe(false);
  });
  it("one end of a span between two figures", () => {
    const s = "Gálvez had between 26.6 percent and 28.6 percent of the vote.";
    expect(betweenEnd(s, find(s, "28.6 percent"))).toBe(true);
    expect(betweenEnd(s, find(s, "26.6 percent"))).toBe(true);
    const t = "Inflation rose from 2.1% to 3.4% in May.";
    expect(betweenEnd(t, find(t, "3.4%"))).toBe(false);
  });
  it("an acronym right after the name it stands for", () => {
    const s = "The Indian Space Research Organization, or ISRO, on Thursday completed the docking.";
    expect(acronymAfterName(s, find(s, "ISRO"))).toBe(true);
    const t = "ISRO on Thursday completed the docking of two satellites.";
    expect(acronymAfterName(t, find(t, "ISRO"))).toBe(false);
  });
  it("one word of a longer name cut at its 'and' or 'of'", () => {
    const at = (s: string, text: string, kind: Candidate["kind"]): Candidate => {
      const k = s.indexOf(text);
      return { kind, text, start: k, end: k + text.length, outerStart: k };
    };
    const a = "Countries agreed to establish Loss and Damage Fund to help poor states.";
    expect(insideName(a, at(a, "Loss", "other"))).toBe(true);
    const b = "The G20 or Group of 20 is a forum.";
    expect(insideName(b, at(b, "Group", "organisation"))).toBe(true);
    const c = "India and France signed the Defence Framework.";
    expect(insideName(c, at(c, "India", "country"))).toBe(false);
    const d = "Nimbus and Orion signed the deal.";
    expect(insideName(d, at(d, "Nimbus", "organisation"))).toBe(false);
  });

  it("the portfolio word of a post before its holder", () => {
    const k = "The Bill was moved by Law Minister Arjun Verma on Tuesday.";
    const at = k.indexOf("Law");
    expect(portfolioOfPost(k, { kind: "other", text: "Law", start: at, end: at + 3, outerStart: at })).toBe(true);
    const n = "The Bill was moved in Rajya Sabha by the minister.";
    const r = n.indexOf("Rajya Sabha");
    expect(portfolioOfPost(n, { kind: "organisation", text: "Rajya Sabha", start: r, end: r + 11, outerStart: r })).toBe(false);
  });

  it("a person's age in apposition", () => {
    const a = "Mara Quell, 67, was pronounced dead five hours later.";
    expect(ageAfterName(a, find(a, "67"))).toBe(true);
    const b = "The Andean bloc, 12, grew.";
    expect(ageAfterName(b, find(b, "12"))).toBe(false);
    const c = "The party won 67, a record, in the vote.";
    expect(ageAfterName(c, find(c, "67"))).toBe(false);
  });

  it("a label's small number", () => {
    const l = "Clade 1 has been circulating in the region for years.";
    expect(labelNumber(l, find(l, "1"))).toBe(true);
    const n = "Some 1,200 cases have been reported in the region.";
    expect(labelNumber(n, find(n, "1,200"))).toBe(false);
    const x = "Selloffs caused eight of the ten largest drops in the S&P 500 Index.";
    expect(labelNumber(x, find(x, "500"))).toBe(true);
    const y = "The company cut 500 jobs.";
    expect(labelNumber(y, find(y, "500"))).toBe(false);
  });
});

describe("a part of a total broken down in two (sentences written for this test)", () => {
  it("'The four crew members — ____ Americans and one Canadian —' is four less one", () => {
    const three: Candidate = { kind: "number", text: "three", start: 0, end: 5, outerStart: 0, value: 3 };
    expect(breakdownPart("The four crew members aboard — ____ Americans and one Canadian — were safe.", three)).toBe(true);
    expect(breakdownPart("The four crew members aboard — ____ Americans and two Canadians — were safe.", three)).toBe(false);
    expect(breakdownPart("The crew of ____ Americans landed safely.", three)).toBe(false);
  });
});

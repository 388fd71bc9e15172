import { describe, expect, it } from "vitest";
import { anchored, newsMonth, newsYear, unworthy } from "./worth";
import { articleCountry, placeInCountry } from "./country-context";
import { articleTopic, withReferenceTo } from "./topic";
import type { Candidate } from "../answers/types";

/** `name` in `sentence` as a candidate of `kind`. */
function cand(sentence: string, name: string, kind: Candidate["kind"]): Candidate {
  const start = sentence.indexOf(name);
  return { kind, text: name, start, end: start + name.length, outerStart: start };
}
const why = (sentence: string, name: string, kind: Candidate["kind"], country?: string): string | undefined =>
  unworthy(sentence, cand(sentence, name, kind), country);

describe("answers an examiner would not ask for", () => {
  it("'first' in 'the first time …', which the phrase itself says; a rank of anything else stays", () => {
    expect(why("It was the first time exports fell below $2 billion.", "first", "rank")).toBe("the first time");
    expect(why("It was the bank's third cut this year.", "third", "rank")).toBeUndefined();
  });

  it("the year the news is about (the article's year or the one before), not a deadline or the year a sentence is about", () => {
    const published = "2025-01-17T00:00:00Z";
    const year = (sentence: string, y: string): string | undefined => unworthy(sentence, cand(sentence, y, "year"), undefined, published);
    expect(year("Andoria's annual output came in at 134.9 trillion crowns in 2024.", "2024")).toBe("the news's own year");
    expect(year("The 2025 award went to three chemists.", "2025")).toBe("the news's own year");
    expect(year("Andoria aims to eliminate TB by 2025.", "2025")).toBeUndefined();
    expect(year("Imports will be allowed until the end of 2024.", "2024")).toBeUndefined();
    expect(year("2024 was the warmest year on record.", "2024")).toBeUndefined();
    expect(year("The tax was first levied in 2019.", "2019")).toBeUndefined();
    // Without the article's date, no year is the news's own.
    expect(unworthy("Output grew 5% in 2024.", cand("Output grew 5% in 2024.", "2024", "year"))).toBeUndefined();
    expect(newsYear("2023-24", "in ", published)).toBe(false);
    // the month a monthly figure is for, in the month's own release or the next month's
    const month = (sentence: string, m: string): string | undefined => unworthy(sentence, cand(sentence, m, "date"), undefined, "2022-07-14T00:00:00Z");
    expect(month("The food index rose 1.0 percent in June.", "June")).toBe("the news's own month");
    expect(month("Prices fell 0.2% in July 2022.", "July 2022")).toBe("the news's own month");
    expect(month("The index last rose this fast in March.", "March")).toBeUndefined();
    expect(month("The rules take effect from June.", "June")).toBeUndefined();
    expect(newsMonth("June 4", "on ", "2022-07-14T00:00:00Z")).toBe(false);
  });

  it("a market tick: a price at a minute of the trading day or a weekly inventory reading", () => {
    expect(why("Brent crude futures were down $1.38 at $64.40 a barrel by 0630 GMT.", "$64.40 a barrel", "money")).toBe("market tick");
    expect(why("Nimbus shares fell 1.8% in premarket trading in New York.", "1.8%", "percent")).toBe("market tick");
    expect(why("U.S. crude inventories rose by 2.6 million barrels in the week ended May 29.", "2.6 million barrels", "quantity")).toBe("market tick");
    expect(why("Brent oil prices closed above $100 on Friday for the second session in a row.", "above $100", "money")).toBeUndefined();
  });

  it("the medium a statement was posted on, not the platform as an actor", () => {
    expect(why("The minister took to X to thank the team.", "X", "other")).toBe("medium");
    expect(why("In a statement posted on Telegram, the group denied the report.", "Telegram", "organisation")).toBe("medium");
    expect(why("X challenged the order in court.", "X", "organisation")).toBeUndefined();
  });

  it("the vendor of a figure, but not a body of state", () => {
    expect(why("Sales fell 4%, according to data from market research firm Kantara.", "Kantara", "organisation")).toBe("source");
    expect(
      why("Stocks rose 3 million barrels, data from the Energy Information Administration showed.", "Energy Information Administration", "organisation"),
    ).toBeUndefined();
  });

  it("a word that only describes a common noun", () => {
    expect(why("Other Nordic leaders backed the plan.", "Nordic", "other")).toBe("describes a noun");
    expect(why("Prime Minister Mara Quell and Andorian counterpart Ivo Stan signed the deal.", "Andorian", "country")).toBe("describes a noun");
    expect(why("Quell assured Stan of continued UK support for the families.", "UK", "country")).toBe("describes a noun");
    expect(why("Danish drugmaker Novo Nordisk cut prices.", "Danish", "country")).toBeUndefined();
    expect(why("The UK will lower duties on textiles.", "UK", "country")).toBeUndefined();
    expect(why("Firms may lose their protections under Indian law.", "Indian", "country", "India")).toBe("describes a noun");
    expect(why("Platforms must label AI-generated images.", "AI-generated", "other")).toBe("describes a noun");
    expect(why("Fed officials met on Tuesday.", "Fed", "organisation")).toBeUndefined(); // the officials are the subject
    expect(why("A day later the ECB decision surprised markets.", "ECB", "organisation")).toBe("describes a noun");
    // the actor of the sentence, and a company's nationality, are facts
    expect(why("Russian forces have held the dam since 2022.", "Russian", "country", "Ukraine")).toBeUndefined();
    expect(why("Danish drugmaker Novo Nordisk cut prices.", "Danish", "country", "India")).toBeUndefined();
  });
});

describe("prompts that name what they are about", () => {
  const names = new Set(["Korea", "Orion"]);
  it("needs a name other than the answer, or a year", () => {
    expect(anchored("The only dissenter was ____.", "Hana Park", names)).toBe(false);
    expect(anchored("How many megawatts will the plant generate?", "345 megawatts", names)).toBe(false);
    expect(anchored("Household loans rose by 4.7 trillion won in ____ 2026.", "April", names)).toBe(true);
    expect(anchored("Korea's exports rose ____.", "6.5%", names)).toBe(true);
    expect(anchored("Where did the Orion capsule land?", "Pacific Ocean", names)).toBe(true);
    expect(anchored("The ____ funded the probe.", "UK Space Agency", names)).toBe(false);
  });

  it("is placed in the article's country or said of its topic", () => {
    expect(placeInCountry("Urban inflation was ____.", "India")).toBe("In India, urban inflation was ____.");
    expect(placeInCountry("In January, real wages climbed ____.", "Japan")).toBe("In Japan, in January, real wages climbed ____.");
    expect(placeInCountry("Prime Minister Ana Ruiz said ____.", "Peru")).toBe("In Peru, Prime Minister Ana Ruiz said ____.");
    expect(placeInCountry("To what level did core inflation ease?", "Philippines")).toBe("To what level did core inflation ease in the Philippines?");
    expect(withReferenceTo("The ____ funded the magnetometer.", "Bank of Korea")).toBe(
      "With reference to the Bank of Korea, the ____ funded the magnetometer.",
    );
    expect(withReferenceTo("ISRO placed the satellite in orbit.", "Samudra")).toBe("With reference to Samudra, ISRO placed the satellite in orbit.");
  });

  it("the country of a currency only it uses, when none is named", () => {
    expect(articleCountry("Cabinet approves Rs 1,200 crore scheme for ports", ["The scheme will run for five years."])).toBe("India");
    expect(articleCountry("Exports of Nepal rise", ["Nepal's cabinet approves a ₹900 crore plan."])).toBe("Nepal");
    // a country's initials opening a body's name
    expect(articleCountry("Inflation hits a four-decade high", ["The price index rose 1.3 percent, the U.S. Bureau of Labor Statistics reported."])).toBe(
      "United States",
    );
  });

  it("the topic is the headline name the body repeats, without its common nouns", () => {
    const head = [cand("Ariane 6 launches the Lumen probe", "Ariane 6", "named"), cand("Ariane 6 launches the Lumen probe", "Lumen probe", "named")];
    const counts: Record<string, number> = { "Ariane 6": 1, Lumen: 5, "Lumen probe": 1 };
    expect(articleTopic(head, (n) => counts[n] ?? 0)).toBe("Lumen");
    expect(articleTopic(head, () => 1)).toBeUndefined();
  });

  it("a scheme whose name opens with 'PM' keeps it ('PM Internship Scheme', not 'Internship Scheme')", () => {
    const head = [cand("PM Internship Scheme opens for companies", "PM Internship Scheme", "named")];
    const counts: Record<string, number> = { "PM Internship Scheme": 1, "Internship Scheme": 4 };
    expect(articleTopic(head, (n) => counts[n] ?? 0)).toBe("PM Internship Scheme");
  });

  it("a headline's capitalised common noun is no topic ('Bank cuts base rate')", () => {
    const head = [cand("Bank cuts base rate to 4%", "Bank", "organisation")];
    expect(articleTopic(head, () => 9)).toBeUndefined();
  });
});

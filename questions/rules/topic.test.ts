import { describe, expect, it } from "vitest";
import { areaOfTopic, namesAreaBody, topicIsSource } from "./topic";
import { countryOfName } from "./country-context";

// Sentences written for these tests, not taken from any article.
describe("the topic as the story's source, and the topic's country", () => {
  it("is a source when the article gives its figures as the body's report or data", () => {
    expect(topicIsSource("UNICEF", ["Measles cases doubled to 10.3 million, according to UNICEF's annual State of Immunisation report."])).toBe(true);
    expect(topicIsSource("the WHO", ["Cases rose to 263 million, according to the WHO."])).toBe(true);
    expect(topicIsSource("IRENA", ["IRENA's Renewable Capacity Statistics 2026 report puts the total at 4,448 GW."])).toBe(true);
  });

  it("is no source for what a company or a bank only said (a reporter's own market figures are no one's)", () => {
    expect(topicIsSource("Heliora", ["Heliora said the plant would cost $4 billion.", "Investors poured $2 billion into startups."])).toBe(false);
    expect(topicIsSource("Bank of Ghana", ["The Bank of Ghana said inflation would ease."])).toBe(false);
  });

  it("reads the country a body's name ends on or is of", () => {
    expect(countryOfName("Bank of Ghana")).toBe("Ghana");
    expect(countryOfName("Bank Indonesia")).toBe("Indonesia");
    expect(countryOfName("UNICEF")).toBeUndefined();
    expect(countryOfName("Kenya")).toBeUndefined();
  });

  it("reads a currency area's body as the area, and knows when a text names the body itself", () => {
    expect(areaOfTopic("the ECB")).toBe("the euro zone");
    expect(areaOfTopic("Bank of Ghana")).toBeUndefined();
    expect(namesAreaBody("The European Central Bank cut its rate.")).toBe(true);
    expect(namesAreaBody("Inflation eased to 2.6%.")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { articleEvent, placeDelegation } from "./event-context";
import { articleCountry, placeIndicator } from "./country-context";

describe("rules over realised questions", () => {
  it("a delegation is placed at the article's event", () => {
    const event = articleEvent("India and Russia discuss terror", [
      "The 13th meeting of the India-Russia joint working group on counter-terrorism was held in Moscow on December 19 and 20.",
    ]);
    expect(event).toBe("the 13th meeting of the India-Russia joint working group");
    expect(placeDelegation("Who headed the Russian delegation?", event)).toBe(
      "Who headed the Russian delegation at the 13th meeting of the India-Russia joint working group?",
    );
    expect(placeDelegation("Who headed the Russian delegation?", undefined)).toBe("Who headed the Russian delegation?");
  });

  it("a figure of an economy gets the article's country when it names none", () => {
    const country = articleCountry("Bank of Japan keeps rates steady", ["Japanese wages rose.", "The yen fell against the dollar."]);
    expect(country).toBe("Japan");
    // a body named by its country's name alone: "Bank Indonesia"
    expect(articleCountry("Bank Malawi cuts rates as kwacha steadies", ["The decision surprised economists.", "Inflation slowed."])).toBe("Malawi");
    expect(placeIndicator("By what percentage did real wages climb in January?", country, [])).toBe(
      "By what percentage did real wages climb in January in Japan?",
    );
    expect(placeIndicator("Which company launched a drug?", country, [])).toBe("Which company launched a drug?");
    expect(placeIndicator("By what percentage did India's exports fall?", country, [])).toBe("By what percentage did India's exports fall?");
  });
});

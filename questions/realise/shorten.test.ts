import { describe, expect, it } from "vitest";
import { LONG_PROMPT_WORDS, dropAttribution, shorten } from "./shorten";

// Sentences written for these tests, not taken from any article.
describe("shorten", () => {
  it("leaves a prompt of LONG_PROMPT_WORDS words or fewer as it is", () => {
    const p = "The agency lent ____ to farmers in 2025, its highest ever.";
    expect(p.split(" ").length).toBeLessThanOrEqual(LONG_PROMPT_WORDS);
    expect(shorten(p, "____")).toBe(p);
  });

  it("drops an aside between dashes, and a relative clause between commas, that do not hold the blank", () => {
    expect(
      shorten(
        "Andean researchers used Quipu — the university's own weather model built over a decade — to sort through ____ rainfall records from across the region in 2025.",
        "____",
      ),
    ).toBe("Andean researchers used Quipu to sort through ____ rainfall records from across the region in 2025.");
    expect(
      shorten(
        "The survey found that 14 Peruvian exporters have together shipped ____ tonnes of lithium carbonate, which is used in batteries for electric cars and buses, in a matter of months.",
        "____",
      ),
    ).toBe("The survey found that 14 Peruvian exporters have together shipped ____ tonnes of lithium carbonate in a matter of months.");
  });

  it("keeps an aside that holds the blank, and cuts what trails the blank's clause", () => {
    expect(
      shorten(
        "Peru — the world's ____ producer of copper and third-largest of zinc — is facing rising costs and falling output amid protests that have closed two of its largest mines.",
        "____",
      ),
    ).toBe("Peru — the world's ____ producer of copper and third-largest of zinc — is facing rising costs and falling output.");
    expect(
      shorten(
        "The changes, published on March 3 as amendments to Peru's 2019 ____, bring lithium under a formal licensing regime, mandating the tracing of every shipment, while slashing approval times.",
        "____",
      ),
    ).toBe("The changes, published on March 3 as amendments to Peru's 2019 ____, bring lithium under a formal licensing regime.");
  });

  it("never cuts a name given in apposition from what it did, nor leaves a quote half open", () => {
    const apposition =
      "Six of the seven members of the central bank's monetary board voted for the cut, with one member, ____, dissenting in favour of holding the rate steady.";
    expect(shorten(apposition, "____")).toBe(apposition);
    const quote =
      'The minister said the plan was "the ____ for the region, bringing jobs to every valley and town we have", adding that work would start soon.';
    expect(shorten(quote, "____")).not.toMatch(/bringing jobs to every valley[^"]*\.$/);
  });

  it("keeps a statement's swapped part, whatever else goes", () => {
    const statement =
      "The regulator — which was set up in 1998 after a long campaign by consumer groups — fined the carrier 9 million soles on May 4, citing repeated outages.";
    const out = shorten(statement, "9 million soles");
    expect(out).toContain("9 million soles");
    expect(out.split(" ").length).toBeLessThan(statement.split(" ").length);
  });
});

describe("shorten, an answer inside a relative clause", () => {
  it("keeps the main clause that follows the relative clause holding the blank", () => {
    const p =
      "With reference to the central bank, the sol, which slid to a record low of ____ per dollar in March, has since recovered some of its losses against the euro.";
    expect(shorten(p, "____")).toBe(p);
  });
});

describe("shorten, an aside inside the relative clause holding the blank", () => {
  it("cuts nothing: the main clause comes after the relative clause", () => {
    const p =
      "With reference to the central bank, the sol, which slid to a record low of 3,400 per dollar in ____ amid heavy selling of bonds, has since recovered some of its losses.";
    expect(shorten(p, "____")).toBe(p);
  });
});

describe("dropAttribution", () => {
  it("drops who said or showed a fact at the prompt's end", () => {
    expect(dropAttribution("With 99.2% of ballots counted, Farfán had ____ of valid votes, the National Office of Electoral Processes said.", "____")).toBe(
      "With 99.2% of ballots counted, Farfán had ____ of valid votes.",
    );
    expect(dropAttribution("Bank Indonesia lowered its deposit facility rate to ____, Governor Hendra Wiratmaja told reporters.", "____")).toBe(
      "Bank Indonesia lowered its deposit facility rate to ____.",
    );
    expect(dropAttribution("In India, urban inflation was ____, the data showed.", "____")).toBe("In India, urban inflation was ____.");
    expect(dropAttribution("Alibaba.com's platform connects ____ active buyers, said Rocky Lu, head of India business at the company.", "____")).toBe(
      "Alibaba.com's platform connects ____ active buyers.",
    );
  });
  it("keeps an attribution that holds the answer, or one that is a clause with figures", () => {
    expect(dropAttribution("Exports fell 3.8% in April, ____ said.", "____")).toBe("Exports fell 3.8% in April, ____ said.");
    expect(dropAttribution("Under the plan, the ministry said, the bank lent ____, and 12 lenders reported 40% growth.", "____")).toBe(
      "Under the plan, the ministry said, the bank lent ____, and 12 lenders reported 40% growth.",
    );
  });
});

describe("dashes that pair names with figures", () => {
  it("are a list, never an aside to drop (a sentence written for this test)", () => {
    const p =
      "There are 500 seats in the assembly — according to the results, the Blue Party will receive ____ seats, the Reds — 151, the Greens — 121, the Whites — 85, and the Left — 64.";
    expect(shorten(p, "____")).not.toMatch(/the Reds 121|the Greens 85/);
  });
  it("never cuts a relative clause at the first comma of the list it holds", () => {
    const p =
      "The June snowfall in the Western subdivision of the Weather Office, which covers the districts of Alpha, Beta, Gamma and Delta, was ____ of the long-term average for the month.";
    const out = shorten(p, "____");
    expect(out).not.toMatch(/Office,? Beta/);
    expect(out).toContain("____ of the long-term average");
  });
});

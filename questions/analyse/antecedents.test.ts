import { describe, expect, it } from "vitest";
import { capitalHeads, dominantCompound, membersOf, nameNouns, oneName, type PriorText } from "./antecedents";
import { parseSentence } from "./parse-sentence";

// Sentences written for these tests, not taken from any article.
const prior = (...texts: string[]): PriorText[] =>
  texts.map((text, i) => {
    const ps = parseSentence(text);
    return { sentence: i - 1, text, tagsAt: ps.tagsAt };
  });

describe("antecedents: a common noun named as the article named it before", () => {
  const article = prior(
    "Chile approves its first home-grown malaria vaccine",
    "Chile on Monday signed a $2 billion contract with Spain's Navantia to build four Avante-class frigates, the ministry said.",
    "The space agency launched Condor-2, an earth-observation satellite built to watch glaciers.",
    "Analysts expect the economy to slow after Peru's central bank cut its key rate.",
  );

  it("names a noun from a proper modifier, an apposition, a possessor and a partner", () => {
    expect(nameNouns("The frigates will be built at ____'s yard.", article, "Navantia")).toBe("The Avante-class frigates will be built at ____'s yard.");
    expect(nameNouns("The satellite carries ____ cameras.", article, "three")).toBe("The Condor-2 satellite carries ____ cameras.");
    expect(nameNouns("In trials, the vaccine showed an efficacy of ____.", article, "71%")).toBe(
      "In trials, Chile's first home-grown malaria vaccine showed an efficacy of ____.",
    );
    expect(nameNouns("The contract was signed in ____.", article, "Santiago")).toBe("The contract with Spain's Navantia was signed in ____.");
  });

  it("names a noun from what it is of or for, when that holds a name ('the purchase' → 'the purchase of 12 Condor-class drones')", () => {
    const story = prior(
      "Chile clears drone purchase",
      "The cabinet on Monday cleared the purchase of 12 Condor-class drones for the Chilean Air Force.",
      "More than 9,000 applications for the Andes Apprentice Scheme were received by March.",
    );
    expect(nameNouns("The purchase will cost ____.", story, "$2 billion")).toBe("The purchase of 12 Condor-class drones will cost ____.");
    expect(nameNouns("Most of the applications came from ____.", story, "Santiago")).toBe(
      "Most of the applications for the Andes Apprentice Scheme came from ____.",
    );
    // No name in what it is of: nothing to add.
    expect(nameNouns("The purchase will cost ____.", prior("Drones", "The cabinet cleared the purchase of new drones."), "$2 billion")).toBe(
      "The purchase will cost ____.",
    );
  });

  it("names a bilateral act from the two parties that signed or agreed it ('the deal' → 'the Peru–Chile deal')", () => {
    const pact = prior(
      "Lithium pact signed",
      "Peru and Chile signed a $3 billion lithium agreement on Monday.",
      "Brazil and Argentina agreed to a truce in the trade row.",
    );
    expect(nameNouns("The deal was signed in ____.", pact, "Lima")).toBe("The Peru–Chile deal was signed in ____.");
    expect(nameNouns("The ceasefire took effect on ____.", pact, "May 2")).toBe("The Brazil–Argentina ceasefire took effect on ____.");
    // Two pairs agreeing two different deals name neither.
    const two = prior("Pacts", "Peru and Chile signed a lithium deal.", "Brazil and Argentina signed a beef deal.");
    expect(nameNouns("The deal was signed in ____.", two, "Lima")).toBe("The deal was signed in ____.");
  });

  it("leaves a noun alone when the earlier text does not name it, or names it as a verb or a modifier", () => {
    // "Peru's central bank cut its key rate": "cut" is a verb there, not "Peru's central bank cut".
    expect(nameNouns("Traders welcomed the cut of ____.", article, "25 basis points")).toBe("Traders welcomed the cut of ____.");
    expect(nameNouns("The cut was ____ basis points.", article, "25")).toBe("The cut was ____ basis points.");
    // "malaria vaccine": "malaria" modifies the vaccine, it is not a thing named before.
    expect(nameNouns("The malaria burden fell by ____.", article, "10%")).toBe("The malaria burden fell by ____.");
    // A generic "the" is never named: "the economy" has no name in the article, "the world" needs none.
    expect(nameNouns("The economy grew ____ in the world.", article, "2%")).toBe("The economy grew ____ in the world.");
  });

  it("never puts the answer into the name, and never names what two earlier mentions name differently", () => {
    expect(nameNouns("The satellite was built by ____.", article, "Condor-2")).toBe("The satellite was built by ____.");
    const two = prior(
      "Two ships collide",
      "Officials said the Avante-class frigates and the Baleares-class frigates were delayed.",
      "A court heard the Baleares-class frigates case.",
    );
    expect(nameNouns("The frigates will cost ____.", two, "$2 billion")).toBe("The frigates will cost ____.");
  });
});

describe("oneName", () => {
  it("takes the shorter of two tellings of one name", () => {
    expect(oneName(new Set(["the Samudra-1 ocean-watch satellite", "the Samudra-1 satellite"]))).toBe("the Samudra-1 satellite");
    expect(oneName(new Set(["India’s first home-grown dengue vaccine", "India’s dengue vaccine"]))).toBe("India’s dengue vaccine");
  });
  it("names nothing when the mentions are two things", () => {
    expect(oneName(new Set(["the Samudra-1 satellite", "the Oceansat-3 satellite"]))).toBeUndefined();
    expect(oneName(new Set(["India’s dengue vaccine", "India’s measles vaccine"]))).toBeUndefined();
    expect(oneName(new Set())).toBeUndefined();
  });
});

describe("nameNouns with a titled name", () => {
  it("names 'the fund' from a name whose head it is", () => {
    const prior: PriorText[] = [{ sentence: 0, text: "The rest will come from programmes such as the Agriculture Infrastructure Fund." }];
    expect(nameNouns("Societies that borrow under the fund will receive ____ a year.", prior, "3%")).toBe(
      "Societies that borrow under the Agriculture Infrastructure Fund will receive ____ a year.",
    );
  });
  it("leaves it when two funds were named", () => {
    const prior: PriorText[] = [{ sentence: 0, text: "Money comes from the Agriculture Infrastructure Fund and the Dairy Processing Fund." }];
    expect(nameNouns("Societies that borrow under the fund will receive ____ a year.", prior, "3%")).toBe(
      "Societies that borrow under the fund will receive ____ a year.",
    );
  });
});

describe("a shortened capitalised name and a compound's bare head", () => {
  it("names 'the Strait' and 'the Commission' in full when the article named one of each", () => {
    const before = prior("Iran has shut the Strait of Hormuz to tankers.", "The European Commission fined two firms.");
    expect(capitalHeads("Tankers avoid the Strait's western lane.", before, "tankers")).toBe("Tankers avoid the Strait of Hormuz's western lane.");
    expect(capitalHeads("The Commission set a deadline of ____.", before, "60 days")).toBe("The European Commission set a deadline of ____.");
  });

  it("leaves a head the article named two ways, or whose full name is the answer", () => {
    const two = prior("The Bank of England met the Bank of Japan.");
    expect(capitalHeads("The Bank raised rates to ____.", two, "4%")).toBe("The Bank raised rates to ____.");
    const one = prior("The Bank of England cut rates.");
    expect(capitalHeads("The ____ met on Thursday, the Bank said.", one, "Bank of England")).toBe("The ____ met on Thursday, the Bank said.");
  });

  it("takes the compound an article gives a head most ('repo rate'), none when two are as common", () => {
    expect(
      dominantCompound(
        prior("The central bank cut the repo rate by 25 basis points.", "The repo rate had been 6.5% since 2023.", "Markets expected a repo rate cut."),
        "rate",
      ),
    ).toBe("repo rate");
    expect(
      dominantCompound(prior("Five members voted to cut Bank rate.", "The base rate is now 4%.", "The base rate fell.", "Bank rate was 4.25%."), "rate"),
    ).toBeUndefined();
    expect(nameNouns("The rate has stayed unchanged since ____.", prior("The RBI cut the repo rate.", "The repo rate is now 6.25%."), "February 2023")).toBe(
      "The repo rate has stayed unchanged since ____.",
    );
  });
});

describe("a thing the article dates to a year of its own", () => {
  it("is history, not the story's 'the mission' (sentences written for this test)", () => {
    const before = prior("The flight comes 41 years after an astronaut flew on his 1984 Soviet Soyuz mission.");
    expect(nameNouns("The crew has been in quarantine since ____ to prepare for the mission.", before, "May 25")).toBe(
      "The crew has been in quarantine since ____ to prepare for the mission.",
    );
  });
});

describe("names the code review caught (sentences written for this test)", () => {
  it("never names a head with part of a longer name, a possessive or a name cut at 'to'", () => {
    expect(capitalHeads("The Bank also cut deposit rates.", prior("The State Bank of India raised lending rates."), "deposit")).toBe(
      "The Bank also cut deposit rates.",
    );
    expect(capitalHeads("The Court dismissed the plea.", prior("India's Supreme Court heard the plea."), "plea")).toBe("The Supreme Court dismissed the plea.");
    expect(capitalHeads("The Act allows citizens to ask.", prior("They cited the Right to Information Act."), "citizens")).toBe(
      "The Act allows citizens to ask.",
    );
  });
  it("names no compound that the article uses for two things", () => {
    expect(
      dominantCompound(prior("The trade deficit widened.", "The trade deficit hit $20 billion.", "The fiscal deficit was 4.4%."), "deficit"),
    ).toBeUndefined();
  });
});

describe("a full name after a lowercase 'the' (sentences written for this test)", () => {
  it("names 'the Commission' from 'the European Commission' mid-sentence", () => {
    expect(capitalHeads("The Commission set a deadline of ____.", prior("Regulators at the European Commission fined two firms."), "60 days")).toBe(
      "The European Commission set a deadline of ____.",
    );
  });
});

describe("members who vote, of the one voting body the article named", () => {
  const story = prior("Bank cuts rate to 4%", "Rate-setters on the Bank's nine-member Monetary Policy Committee voted 5-4 to cut.");
  it("says whose members they are", () => {
    expect(membersOf("Four members voted to hold the rate at ____.", story, "4.25%")).toBe(
      "Four members of the Monetary Policy Committee voted to hold the rate at ____.",
    );
    expect(membersOf("____ members voted to cut.", story, "Five")).toBe("____ members of the Monetary Policy Committee voted to cut.");
  });
  it("leaves them when the prompt names the body, or the article names two", () => {
    expect(membersOf("Four members of the board voted to hold.", story, "Four")).toBe("Four members of the board voted to hold.");
    const two = prior("Votes", "The Monetary Policy Committee met.", "The Financial Policy Committee met too.");
    expect(membersOf("Four members voted to hold.", two, "Four")).toBe("Four members voted to hold.");
  });
});

describe("a titled name with its complement ('the National Mission on Edible Oils')", () => {
  it("names 'the Mission' in full, never by the part before 'on'", () => {
    const story = prior("Cabinet clears oilseed plan", "The Cabinet also approved the National Mission on Rice Seeds, a landmark initiative.");
    expect(capitalHeads("The Mission will run for seven years.", story, "seven years")).toBe("The National Mission on Rice Seeds will run for seven years.");
  });
});

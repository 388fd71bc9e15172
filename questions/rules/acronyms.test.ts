import { describe, expect, it } from "vitest";
import { acronymsOf, longForm, spellOut } from "./acronyms";

describe("acronyms spelled out as the article spelled them", () => {
  it("gives a body's spelt-out name its 'the'", () => {
    const acronyms = new Map([["ADIC", "Andean Deposit Insurance Corporation"]]);
    expect(spellOut("According to ADIC, the bank was closed.", acronyms, "closed")).toBe(
      "According to the Andean Deposit Insurance Corporation (ADIC), the bank was closed.",
    );
    expect(spellOut("The ADIC closed the bank.", acronyms, "bank")).toBe("The Andean Deposit Insurance Corporation (ADIC) closed the bank.");
  });

  it("keeps no possessive in the long form ('the State Bank of India's (SBI) plea')", () => {
    expect(acronymsOf(["The court dismissed the Andean Bank of Lima's (ABL) plea."]).get("ABL")).toBe("Andean Bank of Lima");
  });

  it("finds the long form by the acronym's initials", () => {
    expect(longForm("a scheme to build warehouses at primary agricultural credit societies", "PACS")).toBe("primary agricultural credit societies");
    expect(longForm("The petition was filed by the Law Society of Kenya", "LSK")).toBe("Law Society of Kenya");
    expect(longForm("It was filed in July", "LSK")).toBeUndefined();
  });
  it("reads only bracketed definitions, and not household names", () => {
    const defs = acronymsOf([
      "The Indian Space Research Organisation (ISRO) launched it.",
      "The Kenya Revenue Authority (KRA) collected about 6.3 billion shillings.",
      "It rose 4% (YoY) in May.",
    ]);
    expect([...defs]).toEqual([["KRA", "Kenya Revenue Authority"]]);
  });
  it("spells out the first bare use, at the opening with a capital", () => {
    const defs = new Map([["PACS", "primary agricultural credit societies"]]);
    expect(spellOut("PACS that borrow will receive ____ a year.", defs, "3%")).toBe(
      "Primary agricultural credit societies (PACS) that borrow will receive ____ a year.",
    );
    expect(spellOut("Storage at ____ PACS and more PACS.", defs, "12,000")).toBe("Storage at ____ primary agricultural credit societies (PACS) and more PACS.");
  });
  it("never spells out the answer or what the prompt already spells out", () => {
    const defs = new Map([["KRA", "Kenya Revenue Authority"]]);
    expect(spellOut("The ____ (KRA) collected it.", defs, "Kenya Revenue Authority")).toBe("The ____ (KRA) collected it.");
    expect(spellOut("The Kenya Revenue Authority (KRA) collected ____.", defs, "about 6.3 billion shillings")).toBe(
      "The Kenya Revenue Authority (KRA) collected ____.",
    );
    expect(spellOut("Which body collected ____? KRA", defs, "KRA")).toBe("Which body collected ____? KRA");
  });
});

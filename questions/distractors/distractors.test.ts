import { describe, expect, it } from "vitest";
import { dateNeighbours } from "./dates";
import { balancedAround, boundOf, pickDistractors, sameName } from "./pick";
import { numericNeighbours } from "./numbers";
import type { Candidate } from "../answers/types";

const cand = (kind: Candidate["kind"], text: string, qualifier?: string): Candidate => ({
  kind,
  text,
  start: 0,
  end: text.length,
  outerStart: 0,
  ...(qualifier ? { qualifier } : {}),
});

describe("distractors", () => {
  it("an approximate figure's wrong options differ by more than its vagueness", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const out = numericNeighbours("around 14 million barrels", "quantity", seed, 3);
      expect(out.length).toBe(3);
      for (const o of out) {
        const v = Number(/[\d.]+/.exec(o)![0]);
        expect(Math.abs(v - 14) / 14, o).toBeGreaterThanOrEqual(0.25);
      }
    }
  });

  it("a count's unit takes the number of its wrong count: 'one day' → 'two days', '3 years' → '1 year'; 'one-day' stays", () => {
    for (let seed = 1; seed <= 10; seed++) {
      for (const o of numericNeighbours("one day", "duration", seed, 3)) expect(o).toMatch(/^\w+ days$/);
      for (const o of numericNeighbours("3 years", "duration", seed, 3)) expect(o).toMatch(o.startsWith("1 ") ? /^1 year$/ : /^\d+ years$/);
      for (const o of numericNeighbours("one-day", "duration", seed, 3)) expect(o).toMatch(/^\w+-day$/);
    }
  });

  it("a rank's wrong options never include 'first-largest', whatever hyphen the article uses", () => {
    for (const hyphen of ["-", "\u2011", "\u2010"]) {
      for (let seed = 1; seed <= 20; seed++) {
        const out = numericNeighbours(`third${hyphen}largest`, "rank", seed, 3);
        expect(out.length).toBeGreaterThan(0);
        expect(out.some((o) => o.startsWith("first"))).toBe(false);
      }
    }
  });

  it("a small whole-number rate's wrong options are half points and points away ('4%' never gets '9%' or '1%')", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const out = numericNeighbours("4%", "percent", seed, 3);
      expect(out.length).toBe(3);
      for (const o of out) expect(["2.5%", "3%", "3.5%", "4.5%", "5%", "5.5%"]).toContain(o);
    }
  });

  it("a fraction's wrong options are fractions ('about a fifth' never gets 'about a second')", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const out = numericNeighbours("about a fifth", "percent", seed, 3);
      expect(out.length).toBeGreaterThan(0);
      for (const o of out) expect(o).not.toMatch(/\b(?:first|second)\b/);
    }
  });

  it("a share in words gets no other spelling of itself ('one-third' never gets 'a third')", () => {
    const where = { articleId: "a", sentence: 0 };
    for (let seed = 1; seed <= 20; seed++) {
      const out = pickDistractors(cand("percent", "one-third"), where, [], [], seed, 3);
      expect(out.length).toBe(3);
      expect(out).not.toContain("a third");
    }
  });

  it("a country's wrong options are of its region, never a form of a country the sentence names", () => {
    const where = { articleId: "a", sentence: 0 };
    const out = pickDistractors({ ...cand("country", "Russia"), category: "country" }, where, [], ["Ukraine"], 1, 3);
    expect(out).toHaveLength(3);
    for (const d of out) expect(["Belarus", "Poland", "Hungary", "Romania", "Czech Republic", "Slovakia"]).toContain(d);
    const gulf = pickDistractors({ ...cand("country", "UAE"), category: "country" }, where, [], ["Saudi"], 1, 3);
    expect(gulf).not.toContain("Saudi Arabia");
  });

  it("a full name's wrong options are full names, never a bare surname ('Zhang' for 'Cheng Li-wun')", () => {
    const where = { articleId: "a", sentence: 0 };
    const pool = [
      { kind: "person" as const, text: "Zhang", articleId: "a", sentence: 1 },
      { kind: "person" as const, text: "Eric Chu", articleId: "a", sentence: 2 },
      { kind: "person" as const, text: "Lai Ching-te", articleId: "a", sentence: 3 },
    ];
    for (let seed = 1; seed <= 10; seed++) expect(pickDistractors(cand("person", "Cheng Li-wun"), where, pool, [], seed, 3)).not.toContain("Zhang");
  });

  it("a city's wrong options are cities of its own country first", () => {
    const out = pickDistractors({ ...cand("place", "New Delhi"), category: "city" }, { articleId: "a", sentence: 0 }, [], [], 1, 3);
    expect(out).toHaveLength(3);
    for (const d of out) expect(["Mumbai", "Kolkata", "Chennai", "Bengaluru", "Hyderabad", "Ahmedabad", "Pune"]).toContain(d);
  });

  it("a national body gets no generic bodies as wrong options; a central bank gets central banks", () => {
    const where = { articleId: "a", sentence: 0 };
    expect(pickDistractors({ ...cand("organisation", "Nuclear Regulatory Commission"), category: "commission" }, where, [], [], 1, 3)).toEqual([]);
    expect(pickDistractors({ ...cand("organisation", "Strategic Petroleum Reserve"), category: "reserve" }, where, [], [], 1, 3)).toEqual([]);
    expect(pickDistractors({ ...cand("organisation", "Bank of Japan"), category: "central bank" }, where, [], [], 1, 3)).toHaveLength(3);
  });

  it("a European body gets European bodies only, never another polity's", () => {
    const pool = [
      { kind: "organisation" as const, text: "Election Commission", category: "commission", articleId: "b", sentence: 0 },
      { kind: "organisation" as const, text: "Securities and Exchange Commission", category: "commission", articleId: "b", sentence: 1 },
      { kind: "organisation" as const, text: "European Court of Auditors", category: "commission", articleId: "b", sentence: 2 },
    ];
    const out = pickDistractors({ ...cand("organisation", "European Commission"), category: "commission" }, { articleId: "a", sentence: 0 }, pool, [], 1, 3);
    expect(out).toEqual(["European Court of Auditors"]);
  });

  it("an acronym and its full form, or two spellings of one body, are one name", () => {
    expect(sameName("UNSC", "United Nations Security Council")).toBe(true);
    expect(sameName("U.N. Security Council", "United Nations Security Council")).toBe(true);
    expect(sameName("UN Security Council", "Gulf Cooperation Council")).toBe(false);
  });

  it("beyond a 'more than' bound, so no wrong option is also true", () => {
    const out = pickDistractors(cand("duration", "more than 50 years"), { articleId: "a", sentence: 0 }, [], [], 1, 3);
    expect(out).toHaveLength(3);
    for (const d of out) expect(Number(/\d+/.exec(d)![0])).toBeGreaterThan(50);
  });

  it("a figure after a verb of exceeding is a floor: its wrong options lie above it", () => {
    const text = "It would mark the third year in a row that pay hikes have exceeded 5%.";
    const at = text.indexOf("5%");
    const c: Candidate = { kind: "percent", text: "5%", start: at, end: at + 2, outerStart: at, value: 5 };
    const out = pickDistractors(c, { articleId: "a", sentence: 0, text }, [], [], 1, 3);
    expect(out).toHaveLength(3);
    for (const d of out) expect(Number(d.replace("%", ""))).toBeGreaterThan(5);
  });

  it("tells floors and ceilings from spans and approximations", () => {
    const at = (text: string, answer: string, kind: Candidate["kind"] = "percent"): -1 | 0 | 1 => {
      const i = text.indexOf(answer);
      return boundOf({ kind, text: answer, outerStart: i }, text);
    };
    expect(at("Brent topped $100 a barrel.", "$100", "money")).toBe(1);
    expect(at("Inflation crossed the 6% mark.", "6%")).toBe(1);
    expect(at("Inflation stayed below 2%.", "2%")).toBe(-1);
    expect(at("Fines of up to 10% of revenue.", "10%")).toBe(-1);
    expect(at("The U.S. will release oil over a 120-day period.", "120-day", "duration")).toBe(0);
    expect(at("Spending will rise over five years.", "five years", "duration")).toBe(0);
    expect(at("They were in space for just over nine days.", "nine days", "duration")).toBe(0);
    expect(at("Inflation rose to 6%.", "6%")).toBe(0);
    expect(at("The top 5% of earners.", "5%")).toBe(0);
  });

  it("a round figure gets round neighbours", () => {
    for (const d of pickDistractors(cand("percent", "10%"), { articleId: "a", sentence: 0 }, [], [], 1, 3)) expect(Number(d.replace("%", "")) % 5).toBe(0);
    for (const d of pickDistractors(cand("number", "40 ships"), { articleId: "a", sentence: 0 }, [], [], 1, 3)) expect(Number(/\d+/.exec(d)![0]) % 10).toBe(0);
  });

  it("another figure of the sentence in the same unit is never a wrong option", () => {
    for (let seed = 1; seed <= 5; seed++)
      expect(pickDistractors(cand("percent", "about 40%"), { articleId: "a", sentence: 0 }, [], ["more than 60%"], seed, 3)).not.toContain("about 60%");
  });

  it("wrong options lie on the side of the other figure the sentence gives ('raised to 7.6% from ____')", () => {
    const at = (text: string, answer: string): Candidate => {
      const i = text.indexOf(answer);
      return { kind: "percent", text: answer, start: i, end: i + answer.length, outerStart: i, value: Number(answer.replace("%", "")) };
    };
    const raised = "The growth estimate has been raised to 7.6% from 7.4% earlier.";
    for (let seed = 1; seed <= 4; seed++)
      for (const d of pickDistractors(at(raised, "7.4%"), { articleId: "a", sentence: 0, text: raised }, [], [], seed, 3))
        expect(Number(d.replace("%", ""))).toBeLessThan(7.6);
    const cut = "The bank cut its rate to 4.25% from 4.5%.";
    for (const d of pickDistractors(at(cut, "4.5%"), { articleId: "a", sentence: 0, text: cut }, [], [], 1, 3))
      expect(Number(d.replace("%", ""))).toBeGreaterThan(4.25);
    const rose = "Inflation rose to 3.8% from 3.1% in May.";
    for (const d of pickDistractors(at(rose, "3.8%"), { articleId: "a", sentence: 0, text: rose }, [], [], 1, 3))
      expect(Number(d.replace("%", ""))).toBeGreaterThan(3.1);
    // "increased from ____ to 24%" (below 24); "fell from 6.5% to ____" (below 6.5)
    const from = "Obesity has increased from 23.5% to 24% among women.";
    for (let seed = 1; seed <= 4; seed++)
      for (const d of pickDistractors(at(from, "23.5%"), { articleId: "a", sentence: 0, text: from }, [], [], seed, 3))
        expect(Number(d.replace("%", ""))).toBeLessThan(24);
    // "… the first time headline inflation has fallen below the 2% target": below 2
    const target = "Inflation stands at 1.5%, the first time headline inflation has fallen below the 2% target.";
    for (let seed = 1; seed <= 4; seed++)
      for (const d of pickDistractors(at(target, "1.5%"), { articleId: "a", sentence: 0, text: target }, [], [], seed, 3))
        expect(Number(d.replace("%", ""))).toBeLessThan(2);
    const fell = "Unemployment fell from 6.5% to 6.4% in June.";
    for (let seed = 1; seed <= 4; seed++)
      for (const d of pickDistractors(at(fell, "6.4%"), { articleId: "a", sentence: 0, text: fell }, [], [], seed, 3))
        expect(Number(d.replace("%", ""))).toBeLessThan(6.5);
  });

  it("year ranges move both ends", () => {
    for (const d of pickDistractors(cand("year", "1989-1991"), { articleId: "a", sentence: 0 }, [], [], 1, 3)) {
      const [a, b] = d.split("-").map(Number);
      expect(b! - a!).toBe(2);
    }
  });

  it("a rate is wrong by a little, never by half or double; a policy rate by quarter points", () => {
    const where = { articleId: "a", sentence: 0 };
    for (const d of pickDistractors(cand("percent", "7.8%"), where, [], [], 1, 3)) {
      const v = Number(d.replace("%", ""));
      expect(v).toBeGreaterThanOrEqual(6.6);
      expect(v).toBeLessThanOrEqual(9);
    }
    const rates = pickDistractors(cand("percent", "0.75%"), where, [], [], 1, 3);
    for (const d of rates) expect(d).toMatch(/^(?:0\.25|0\.5|1|1\.25|1\.5)%$/);
    for (const d of pickDistractors(cand("quantity", "172 million barrels"), where, [], [], 1, 3)) {
      const v = Number(/\d+/.exec(d)![0]);
      expect(v).toBeGreaterThan(86);
      expect(v).toBeLessThan(344);
    }
  });
});

describe("a pair of months", () => {
  it("moves both months together ('September and October' → 'July and August'), never one of them", () => {
    const options = dateNeighbours("September and October", 1);
    expect(options.length).toBeGreaterThanOrEqual(3);
    for (const o of options) {
      expect(o).toMatch(/^\w+ and \w+$/);
      expect(o).not.toMatch(/ and October$|^September and /);
    }
  });
});

describe("the answer's place among a figure's options", () => {
  const numberOf = (s: string): number => Number(s.replace(/[^\d.]/g, ""));
  it("is lowest, second, third or highest about as often (not in the middle most of the time)", () => {
    const ranks = [0, 0, 0, 0];
    for (let seed = 1; seed <= 400; seed++) {
      const c = cand("quantity", `${1000 + seed * 7} GW`);
      const options = pickDistractors(c, { articleId: "a", sentence: 1, text: `Capacity reached ${c.text}.` }, [], [], seed, 3);
      expect(options).toHaveLength(3);
      const values = [...options, c.text].map(numberOf).sort((x, y) => x - y);
      ranks[values.indexOf(numberOf(c.text))]!++;
    }
    for (const r of ranks) expect(r).toBeGreaterThan(60);
  });

  it("fills from the other side when one side is ruled out", () => {
    expect(balancedAround(["5%", "6%", "3%"], 4, () => 0.9)).toEqual(["3%", "5%", "6%"]);
    expect(balancedAround(["5%", "6%", "7%"], 4, () => 0.9)).toEqual(["5%", "6%", "7%"]);
  });
});

describe("an ordinal of a quarter or a half", () => {
  it("is never past the fourth quarter or the second half", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const c = cand("rank", "third");
      const options = pickDistractors(
        { ...c, start: 8, end: 13, outerStart: 8 },
        { articleId: "a", sentence: 1, text: "For the third quarter, growth was 5%." },
        [],
        [],
        seed,
        3,
      );
      expect(options).toHaveLength(3);
      for (const o of options) expect(["first", "second", "fourth"]).toContain(o);
    }
  });
});

describe("a deadline's date", () => {
  it("gets other months' first or last days, never the days after it", () => {
    const first = dateNeighbours("Jan. 1, 2028", 1);
    expect(first.length).toBeGreaterThanOrEqual(3);
    for (const d of first) expect(d).toMatch(/^\w+\. 1, 20\d\d$/);
    expect(first).toContain("Jul. 1, 2027");
    for (const d of dateNeighbours("31 March 2036", 1)) expect(d).toMatch(/^3[01] \w+ 20\d\d$/);
    expect(dateNeighbours("June 17, 2026", 1).every((d) => d.startsWith("June") || d.startsWith("May") || d.startsWith("July"))).toBe(true);
  });
});

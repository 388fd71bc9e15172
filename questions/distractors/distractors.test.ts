import { describe, expect, it } from "vitest";
import { pickDistractors, sameName } from "./pick";
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
  it("a country's wrong options are of its region, never a form of a country the sentence names", () => {
    const where = { articleId: "a", sentence: 0 };
    const out = pickDistractors({ ...cand("country", "Russia"), category: "country" }, where, [], ["Ukraine"], 1, 3);
    expect(out).toHaveLength(3);
    for (const d of out) expect(["Belarus", "Poland", "Hungary", "Romania", "Czech Republic", "Slovakia"]).toContain(d);
    const gulf = pickDistractors({ ...cand("country", "UAE"), category: "country" }, where, [], ["Saudi"], 1, 3);
    expect(gulf).not.toContain("Saudi Arabia");
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

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

import { describe, expect, it } from "vitest";
import type { Candidate } from "../answers/types";
import { plausibleWhen } from "./when";

// Sentences written for these tests, not taken from any article.
const cand = (kind: Candidate["kind"], text: string): Candidate => ({ kind, text, start: 0, end: text.length, outerStart: 0 });

describe("wrong dates that could be true", () => {
  it("a past event's options lie on or before the article's day", () => {
    const ok = plausibleWhen(cand("date", "January"), "Real wages climbed 1.4% in January.", "2026-03-19", 2026);
    expect(["November", "December", "May"].filter(ok)).toEqual([]);
    expect(["February", "March"].filter(ok)).toEqual(["February", "March"]);
    expect(plausibleWhen(cand("year", "2019"), "The mine opened in 2019.", "2026-03-19")("2027")).toBe(false);
  });

  it("a coming event's options lie on or after it", () => {
    const ok = plausibleWhen(cand("year", "2028"), "The party prepares ahead of the 2028 election.", "2026-04-10");
    expect(["2025", "2027", "2029"].filter(ok)).toEqual(["2027", "2029"]);
    expect(plausibleWhen(cand("date", "February 20"), "The rules will take effect on February 20.", "2026-02-10", 2026)("February 6")).toBe(false);
  });

  it("lets everything pass without the article's date, for other kinds, or when the answer itself breaks the rule", () => {
    expect(plausibleWhen(cand("date", "January"), "Wages climbed in January.", undefined)("November")).toBe(true);
    expect(plausibleWhen(cand("percent", "4%"), "Wages climbed 4%.", "2026-03-19")("9%")).toBe(true);
    // "rose in November" in a March article without a year: the prompt dates it to last year, so no test applies.
    expect(plausibleWhen(cand("date", "November"), "Exports rose in November.", "2026-03-19", 2026)("December")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { rulingParty } from "./ruling-party";
import type { Candidate } from "../answers/types";

// Sentences written for these tests.
const cand = (s: string, text: string): Candidate => {
  const start = s.indexOf(text);
  return { kind: "organisation", category: "party", text, start, end: start + text.length, outerStart: start };
};

describe("the ruling party", () => {
  it("is asked of the one country its sentence names", () => {
    const s = "Lawmakers from the ruling People's Action Front said the Kenyan envoy had misled them.";
    expect(rulingParty(s, [cand(s, "People's Action Front")], "May 2026")?.prompt).toBe("Which party was Kenya's ruling party as of May 2026?");
    const t = "Chile's ruling Social Convergence Party lost two seats.";
    expect(rulingParty(t, [cand(t, "Social Convergence Party")])?.prompt).toBe("Which party was Chile's ruling party?");
  });

  it("is not asked when the sentence names no country or several", () => {
    const s = "Lawmakers from the ruling People's Action Front walked out.";
    expect(rulingParty(s, [cand(s, "People's Action Front")])).toBeUndefined();
    const t = "The ruling People's Action Front of Kenya met envoys from India.";
    expect(rulingParty(t, [cand(t, "People's Action Front")])).toBeUndefined();
    // A territory the country vocabulary lacks still counts as a second place.
    const u = "Lawmakers from the ruling Civic Union Party said Taiwanese voters were misled on a trip to China.";
    expect(rulingParty(u, [cand(u, "Civic Union Party")])).toBeUndefined();
  });
});

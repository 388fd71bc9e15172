import { describe, expect, it } from "vitest";
import { relativeStatement } from "./relative";
import type { Candidate } from "../answers/types";

// Sentences written for these tests.
const cand = (sentence: string, kind: Candidate["kind"], text: string): Candidate => {
  const start = sentence.indexOf(text);
  return { kind, text, start, end: start + text.length, outerStart: start };
};

describe("relative clauses as statements of their own", () => {
  it("a person's 'who' clause is said of the person", () => {
    const s = "The lone dissenter was Mara Quell, who proposed a rate hike to 1.25%.";
    const all = [cand(s, "person", "Mara Quell"), cand(s, "percent", "1.25%")];
    const r = relativeStatement(s, all[1]!, all)!;
    expect(r.text).toBe("Mara Quell proposed a rate hike to 1.25%.");
    expect(r.text.slice(all[1]!.start + r.shift, all[1]!.end + r.shift)).toBe("1.25%");
  });

  it("a body's 'which' clause keeps the body's article; a clause after a preposition is not taken", () => {
    const s = "Ministers praised the Andean Trade Agreement, which took effect in March 2021.";
    const all = [cand(s, "named", "Andean Trade Agreement"), cand(s, "date", "March 2021")];
    expect(relativeStatement(s, all[1]!, all)?.text).toBe("The Andean Trade Agreement took effect in March 2021.");
    const u = "A dispute over deliveries via the Andean Pipeline, which led Lima to veto a loan of $2 billion.";
    const three = [cand(u, "named", "Andean Pipeline"), cand(u, "money", "$2 billion")];
    expect(relativeStatement(u, three[1]!, three)).toBeUndefined();
    const t = "Advisories come from the centre in Pune, which issues them to 40,000 fishermen.";
    const two = [cand(t, "place", "Pune"), cand(t, "number", "40,000")];
    expect(relativeStatement(t, two[1]!, two)).toBeUndefined();
  });
});

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

  it("a clause inside the sentence's opening subject ends where the sentence's own verb comes", () => {
    const s = "The Andean climate summit, which ran two days into extra time amid heated debates on coal, ended early on Friday with a compromise text.";
    const all = [cand(s, "named", "Andean climate summit"), cand(s, "duration", "two days")];
    const r = relativeStatement(s, all[1]!, all)!;
    expect(r.text).toBe("The Andean climate summit ran two days into extra time amid heated debates on coal.");
    expect(r.text.slice(all[1]!.start + r.shift, all[1]!.end + r.shift)).toBe("two days");
    // Of an antecedent later in the sentence, the clause still runs to the end.
    const u = "Ministers praised the Andean Trade Agreement, which took effect in March 2021, said officials.";
    const two = [cand(u, "named", "Andean Trade Agreement"), cand(u, "date", "March 2021")];
    expect(relativeStatement(u, two[1]!, two)?.text).toBe("The Andean Trade Agreement took effect in March 2021.");
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

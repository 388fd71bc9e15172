import { describe, expect, it } from "vitest";
import { locative } from "./place-role";
import type { Candidate } from "../answers/types";

/** Whether `name` in `sentence` stands where the sentence locates something. */
function at(sentence: string, name: string, kind: Candidate["kind"] = "place"): boolean {
  const start = sentence.indexOf(name);
  const c: Candidate = { kind, text: name, start, end: start + name.length, outerStart: start };
  return locative(sentence.slice(0, start), sentence.slice(c.end), c);
}

describe("the role of a place in its sentence", () => {
  it("a place after a preposition, a host, a place crossed, a superlative's domain", () => {
    expect(at("Vance will address a rally at a soccer stadium in Budapest.", "Budapest")).toBe(true);
    expect(at("It splashed down off the coast of San Diego.", "San Diego")).toBe(true);
    expect(at("Hungary is locked in a dispute with Ukraine over oil.", "Ukraine", "country")).toBe(true);
    expect(at("Kazan hosted the 16th BRICS summit.", "Kazan")).toBe(true);
    expect(at("Two ships transited the Strait of Hormuz on Friday.", "Strait of Hormuz")).toBe(true);
    expect(at("It is Europe's largest nuclear power plant.", "Europe")).toBe(true);
    expect(at("Nations in Europe, North America and Northeast Asia agreed.", "Northeast Asia")).toBe(true);
  });

  it("a capital or a country as the actor stands for its government", () => {
    expect(at("New Delhi banned dozens of apps in 2020.", "New Delhi")).toBe(false);
    expect(at("Peru and Chile agreed a truce, with Lima saying talks would resume.", "Lima")).toBe(false);
    expect(at("In August, Washington slapped a 50% tariff on Indian goods.", "Washington")).toBe(false);
  });

  it("a demonym is an adjective of its noun", () => {
    expect(at("The Danish drugmaker held steady.", "Danish", "country")).toBe(true);
  });
});

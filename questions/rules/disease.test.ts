import { describe, expect, it } from "vitest";
import { storyDisease, withDisease } from "./disease";

describe("the cases of a health story", () => {
  it("are its one disease's", () => {
    expect(storyDisease("Philippines declares measles outbreak as cases triple", ["The Department of Health said …"])).toBe("measles");
    expect(withDisease("4,812 suspected and confirmed cases had been reported.", "measles", "4,812")).toBe(
      "4,812 suspected and confirmed measles cases had been reported.",
    );
  });
  it("are written as the disease is, not as a headline or a sentence's first word capitalises it", () => {
    expect(storyDisease("Malaria deaths rise in Africa", ["Malaria killed about 600,000 people in 2024."])).toBe("malaria");
    expect(storyDisease("WHO report on TB", ["TB cases fell."])).toBe("TB");
    expect(withDisease("The toll was a slight increase from 2023.", "malaria", "2023")).toBe("The malaria death toll was a slight increase from 2023.");
    expect(withDisease("The toll plaza was closed for ____ days.", "malaria", "three")).toBe("The toll plaza was closed for ____ days.");
  });
  it("are left alone when the story names two diseases, or the prompt names one", () => {
    expect(storyDisease("Dengue and malaria cases rise after monsoon", [])).toBeUndefined();
    expect(storyDisease("Inflation eases to 3.2%", ["Prices fell."])).toBeUndefined();
    expect(withDisease("India accounted for ____ of deaths among people with or without HIV.", "TB", "25%")).toBe(
      "India accounted for ____ of deaths among people with or without HIV.",
    );
    expect(withDisease("The ____ outbreak has 4,812 cases.", "measles", "measles")).toBe("The ____ outbreak has 4,812 cases.");
  });
});

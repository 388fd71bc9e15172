import { describe, expect, it } from "vitest";
import { sentenceCase, titleCased } from "./headline";

// Headlines and bodies written for these tests.
describe("a Title Case headline read as a sentence", () => {
  it("keeps the first word, acronyms, codes, months and the names its body capitalises; lowers the rest", () => {
    const body = "The COP31 summit in Andoria ended on Wednesday. Delegates from Veloria agreed a text in December.";
    const title = "Final COP31 Deal References Transition Away From Fossil Fuels In Andoria";
    expect(titleCased(title, body)).toBe(true);
    expect(sentenceCase(title, body)).toBe("Final COP31 deal references transition away from fossil fuels in Andoria");
    expect(sentenceCase("Veloria's Labour Wins Decisive Victory In December", "Voters gave Labour a majority in Veloria.")).toBe(
      "Veloria's Labour wins decisive victory in December",
    );
  });

  it("leaves a headline in sentence case as it is, however many names it has", () => {
    const body = "The Christian Democratic Union led by Mara Quell won the election.";
    const title = "The Christian Democratic Union led by Mara Quell won the Andorian elections and will form a government";
    expect(titleCased(title, body)).toBe(false);
    expect(sentenceCase(title, body)).toBe(title);
    expect(sentenceCase("Andoria cuts rates to a two-year low", "The bank cut rates.")).toBe("Andoria cuts rates to a two-year low");
  });
});

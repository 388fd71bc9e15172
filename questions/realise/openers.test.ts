import { describe, expect, it } from "vitest";
import { dropDeicticOpener } from "./openers";

describe("openers that point back", () => {
  it("an opening adjunct with a demonstrative is left out, the clause after it kept", () => {
    expect(dropDeicticOpener("To solve that problem, Google researchers used Gemini.")).toBe("Google researchers used Gemini.");
    expect(dropDeicticOpener("With these price reductions, Novo aims to keep its drugs affordable.")).toBe("Novo aims to keep its drugs affordable.");
    // a turn to the story's next topic
    expect(dropDeicticOpener("As for spacewalks, Ruiz and Okafor completed a six-hour EVA on June 3.")).toBe(
      "Ruiz and Okafor completed a six-hour EVA on June 3.",
    );
    expect(dropDeicticOpener("As for the budget, the ministry asked for Rs 900 crore.")).toBe("The ministry asked for Rs 900 crore.");
  });

  it("the writer's framing of the news is left out, a fact in an opener kept", () => {
    expect(dropDeicticOpener("In a significant victory for the Andorian government, the Supreme Court upheld the law.")).toBe(
      "The Supreme Court upheld the law.",
    );
    expect(dropDeicticOpener("In a major boost to exporters, the bank cut rates to 4%.")).toBe("The bank cut rates to 4%.");
    expect(dropDeicticOpener("In a statement on Monday, the bank cut rates to 4%.")).toBe("In a statement on Monday, the bank cut rates to 4%.");
    expect(dropDeicticOpener("The findings are stark: life expectancy fell by 1.8 years.")).toBe("Life expectancy fell by 1.8 years.");
    expect(dropDeicticOpener("The reason: rates fell.")).toBe("The reason: rates fell.");
    expect(dropDeicticOpener("Andean Space Telescope Christmas Day launch: The $10 billion telescope will be launched on December 25.")).toBe(
      "The $10 billion telescope will be launched on December 25.",
    );
    expect(dropDeicticOpener("The minister said: The plan will work.")).toBe("The minister said: The plan will work.");
    expect(dropDeicticOpener("In a first for the country, Andoria landed a probe on the Moon.")).toBe(
      "In a first for the country, Andoria landed a probe on the Moon.",
    );
  });

  it("the same adjunct at the end of a wh-question", () => {
    expect(dropDeicticOpener("How many articles did Google researchers sort through to solve that problem?")).toBe(
      "How many articles did Google researchers sort through?",
    );
  });

  it("an opener that names its thing stays", () => {
    expect(dropDeicticOpener("To curb inflation, the bank raised its rate to 6.5%.")).toBe("To curb inflation, the bank raised its rate to 6.5%.");
  });
});

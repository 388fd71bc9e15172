import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("sentence splitting", () => {
  it("a unit after a figure is no initial: '1,600°C. It then …' ends a sentence", () => {
    expect(splitSentences("The shield reached 1,600°C. It then opened. J. Smith agreed.").map((x) => x.text)).toEqual([
      "The shield reached 1,600°C.",
      "It then opened.",
      "J. Smith agreed.",
    ]);
  });

  it("a quote that closes its sentence ends it; a quote of several sentences stays whole", () => {
    const text = "They built a time series dubbed “Groundsource.” It’s the first time the company has done so.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "They built a time series dubbed “Groundsource.”",
      "It’s the first time the company has done so.",
    ]);
    const quoted = "“Data is scarce. This was a creative approach,” Moutenot said.";
    expect(splitSentences(quoted).map((s) => s.text)).toEqual([quoted]);
  });

  it("offsets point into the body", () => {
    const body = "A first sentence here. Then “a quote.” And more.";
    for (const s of splitSentences(body)) expect(body.slice(s.start, s.end)).toBe(s.text);
  });
});

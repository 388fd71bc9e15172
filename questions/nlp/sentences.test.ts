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

  it("a short line of its own without a full stop is a subheading; a paragraph is not", () => {
    const body = "The report was released on Monday.\n\nSlow Progress and Rising Threats\n\nProgress has slowed in many areas.";
    const s = splitSentences(body);
    expect(s.map((x) => [x.text, x.heading])).toEqual([
      ["The report was released on Monday.", false],
      ["Slow Progress and Rising Threats", true],
      ["Progress has slowed in many areas.", false],
    ]);
    expect(splitSentences("It rose 4% in May, the bank said")[0]!.heading).toBe(false);
  });

  it("offsets point into the body", () => {
    const body = "A first sentence here. Then “a quote.” And more.";
    for (const s of splitSentences(body)) expect(body.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("a quote of several sentences", () => {
  const body =
    "Union Health Minister JP Nadda said on X: “India has emerged as a frontrunner in the fight against TB! The WHO has acknowledged India’s progress of reducing TB incidence by 21% since 2015, nearly twice the global rate. Treatment coverage now stands at 92%, with a 90% success rate, placing India far ahead of others.”";
  it("is split into its sentences, those after its opening marked quoted", () => {
    const s = splitSentences(body);
    expect(s.map((x) => x.text.slice(0, 20))).toEqual(["Union Health Ministe", "The WHO has acknowle", "Treatment coverage n"]);
    expect(s.map((x) => x.quoted ?? false)).toEqual([false, true, true]);
  });
  it("ends a sentence at an ellipsis before a capital, as spoken quotes are written", () => {
    const s = splitSentences(
      "“A 40% assured pension is the first pillar of the scheme...second pillar will be a family pension...About 12 lakh employees of the state would benefit from the scheme...There will be a choice between the two schemes,” the minister told reporters.",
    );
    expect(s.map((x) => x.text.slice(0, 16))).toEqual(["“A 40% assured p", "About 12 lakh em", "There will be a "]);
    expect(s.map((x) => x.quoted ?? false)).toEqual([false, true, true]);
  });
  it("stays whole when it is short", () => {
    const s = splitSentences("“We cut rates. It was right,” the governor said. Markets rose.");
    expect(s.map((x) => x.text)).toEqual(["“We cut rates. It was right,” the governor said.", "Markets rose."]);
    expect(s.some((x) => x.quoted)).toBe(false);
  });
});

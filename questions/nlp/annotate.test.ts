import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { annotated } from "../test-helpers";

describe("splitSentences", () => {
  it("keeps offsets verbatim and does not split inside a closed quotation", () => {
    const body = "Jaishankar said, “Our relationship has been very strong. This is our seventh meet.”\n\nThe UNSC has five members.";
    const s = splitSentences(body);
    expect(s).toHaveLength(2);
    for (const x of s) expect(body.slice(x.start, x.end)).toBe(x.text);
  });
  it("does not split after initials or titles", () => {
    expect(splitSentences("Dr. S. Kumar met Mr. Rao. They spoke.")).toHaveLength(2);
  });
  it("marks ## lines as headings", () => {
    expect(splitSentences("A b c.\n\n## Head line\n\nD e f.")[1]?.heading).toBe(true);
  });
});

describe("annotate", () => {
  it("finds people with posts before and after the name, and surname aliases", () => {
    const { ann } = annotated(
      "Tanmaya Lal, Secretary (West) in the MEA, led the Indian delegation. The Russian delegation was headed by Sergey Vershinin, deputy minister of foreign affairs of the Russian Federation, with others. On December 19, Lal also met with Russian deputy foreign minister Mikhail Galuzin.",
    );
    expect(ann.people.get("Tanmaya Lal")?.roles).toEqual(["Secretary (West) in the MEA"]);
    expect(ann.people.get("Sergey Vershinin")?.roles).toEqual(["deputy minister of foreign affairs of the Russian Federation"]);
    expect(ann.people.get("Mikhail Galuzin")?.roles).toEqual(["Russian deputy foreign minister"]);
    expect(ann.aliases.get("Lal")).toBe("Tanmaya Lal");
  });
  it("types countries, short forms and organisations", () => {
    const { ann } = annotated("The existing permanent members include the UK, China, Russia, the US, and France.");
    const names = ann.sentences[0]?.names ?? [];
    expect(names.filter((n) => n.type === "country").map((n) => n.text)).toEqual(["UK", "China", "Russia", "US", "France"]);
  });
  it("reads an Indian initial-and-surname name after a title", () => {
    const { ann } = annotated("External Affairs Minister S Jaishankar on Wednesday said that ties are strong.");
    expect(ann.people.get("S Jaishankar")?.roles).toEqual(["External Affairs Minister"]);
  });
});

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { ArticleError, parseArticle } from "../index";

const fixture = (rel: string): string => readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", rel), "utf8");

describe("parseArticle", () => {
  it("reads front matter: title, source, tags; published absent when not given", () => {
    const a = parseArticle(fixture("articles/russia-backs-india-unsc-candidacy.md"), { filename: "articles/russia-backs-india-unsc-candidacy.md" });
    expect(a.id).toBe("russia-backs-india-unsc-candidacy");
    expect(a.title).toBe("Russia backs India’s candidacy for permanent member of UNSC");
    expect(a.published).toBeUndefined();
    expect(a.tags).toContain("g20");
    expect(a.body.startsWith("Russia has extended")).toBe(true);
  });

  it("keeps a published date from front matter", () => {
    expect(parseArticle(fixture("fixtures/bilateral-visit.md")).published).toBe("2025-03-14");
  });

  it("raw text: detects the headline, strips 'With inputs from agencies' and the Read More trailer", () => {
    const raw =
      "Russia backs India’s candidacy for permanent member of UNSC\nRussia has extended its support.\nLavrov said so.\nWith inputs from agencies.\nRussia backs India’s candidacy for permanent member of UNSCRead Morebefore-stop";
    const a = parseArticle(raw);
    expect(a.title).toBe("Russia backs India’s candidacy for permanent member of UNSC");
    expect(a.body).toBe("Russia has extended its support.\n\nLavrov said so.");
    expect(a.id).toBe("russia-backs-india-s-candidacy-for-permanent-member");
  });

  it("raw text without a headline makes a title from the first sentence", () => {
    const a = parseArticle(
      "Russia reiterated its support for India’s bid for a permanent seat on a reformed United Nations Security Council during the meeting.\nBoth the nations agreed.",
      { id: "x" },
    );
    expect(a.id).toBe("x");
    expect(a.title.startsWith("Russia reiterated its support")).toBe(true);
    expect(a.title.endsWith("…")).toBe(true);
    expect(a.body.split("\n\n")).toHaveLength(2);
  });

  it("splits a subheading glued to the end of a paragraph", () => {
    const a = parseArticle("Headline of the story here\nThe declaration got support. Moscow ready to launch production under a plan\nLavrov said this.");
    expect(a.body).toContain("\n\n## Moscow ready to launch production under a plan\n\n");
  });

  it("keeps curly quotes and dashes verbatim", () => {
    const body = "“We support it,” he said — clearly.";
    expect(parseArticle(`Some headline words here\n${body}\nMore text.`).body).toContain(body);
  });

  it("drops bylines, datelines, photo credits and 'Also Read' lines around a headline", () => {
    const raw =
      "By PTI | New Delhi\nIndia, Japan sign pact on semiconductors\nUpdated: March 14, 2025 10:32 IST\nIndia and Japan signed a pact in 2023.\nPhoto: File image of the leaders.\nAlso Read: Japan PM to visit India next month\nThe summit was held in New Delhi.\nAdvertisement\nFollow us on Twitter for more updates.";
    const a = parseArticle(raw);
    expect(a.title).toBe("India, Japan sign pact on semiconductors");
    expect(a.body).toBe("India and Japan signed a pact in 2023.\n\nThe summit was held in New Delhi.");
  });

  it.each([
    ["COLOMBO -- Anura Kumara Dissanayake won the election.", "Anura Kumara Dissanayake won the election."],
    ["KENNEDY SPACE CENTER, Florida, June 4: Next week, the mission flies.", "Next week, the mission flies."],
    ["NAIROBI, Sept 22 (Reuters) - Kenya's High Court struck down a levy.", "Kenya's High Court struck down a levy."],
    ["New Delhi: India and France on Monday signed a deal.", "India and France on Monday signed a deal."],
    ["Kuala Lumpur, Oct 31 Defence Minister Rajan Rao met his counterpart.", "Defence Minister Rajan Rao met his counterpart."],
    ["Geneva, Switzerland - The World Health Organization declared an emergency.", "The World Health Organization declared an emergency."],
    ["SINGAPORE (The Straits Times/ANN) - Britain and India signed a trade pact.", "Britain and India signed a trade pact."],
  ])("takes the wire dateline off the first paragraph: %s", (first, body) => {
    expect(parseArticle(`A headline of some words\n\n${first}\n\nMore text follows here.`).body).toBe(`${body}\n\nMore text follows here.`);
  });

  it("strips '(With inputs from PTI)' trailers", () => {
    expect(parseArticle("Headline words go here\nA sentence.\n(With inputs from PTI)").body).toBe("A sentence.");
  });

  it.each([
    ["empty", "   \n  "],
    ["binary", "abc\u0000def"],
    ["oversized", "a".repeat(200 * 1024 + 1)],
    ["unclosed front matter", "---\ntitle: x\nbody"],
    ["malformed front matter line", "---\ntitle: x\nnot a pair\n---\nBody."],
    ["front matter without title", "---\nsource: x\n---\nBody."],
  ])("throws ArticleError on %s input", (_name, text) => {
    expect(() => parseArticle(text)).toThrow(ArticleError);
  });
});

import { describe, expect, it } from "vitest";
import { cleanPastedText } from "./clean";

describe("cleanPastedText", () => {
  it("turns Markdown links into their text and drops reference definitions", () => {
    const r = cleanPastedText(
      'The [central bank](https://bank.example/rates "Rates") cut its rate, said [the governor][1].\nSee <https://x.example/a>.\n\n[1]: https://x.example/gov',
    );
    expect(r.text).toBe("The central bank cut its rate, said the governor.\nSee https://x.example/a.\n");
    expect(r.links).toBe(2);
    expect(r.dropped).toEqual([{ text: "[1]: https://x.example/gov", reason: "link" }]);
  });

  it("drops images and captions, keeping the sentence an inline image sat in", () => {
    const r = cleanPastedText(
      [
        "![A rocket on the pad](https://img.example/1.jpg)",
        "Photo: Special Arrangement",
        "The launch took place on Monday. ![icon](i.png) It was the third this year.",
        "Workers at the site. | Photo Credit: Agency",
        "File photo",
      ].join("\n"),
    );
    expect(r.text).toBe("The launch took place on Monday. It was the third this year.");
    expect(r.dropped.map((d) => d.reason)).toEqual(["image", "caption", "caption", "caption"]);
  });

  it("drops ads, newsletter and app prompts, related links and event promos", () => {
    const furniture = [
      ["ADVERTISEMENT", "ad"],
      ["— Story continues below this ad —", "ad"],
      ["Sign up for our daily newsletter to get the top stories in your inbox.", "newsletter"],
      ["Subscribe now for unlimited access", "newsletter"],
      ["Also Read: Ministers meet ahead of the summit", "promo"],
      ["Watch: the launch in two minutes", "promo"],
      ["Follow us on WhatsApp and Telegram for updates", "promo"],
      ["Download the News app for the latest updates", "promo"],
      ["Register now for the Climate Conclave 2026, early-bird passes close Friday", "event"],
      ["Join us at the Future of Energy Summit, live in Mumbai", "event"],
      ["https://news.example/story/123", "link"],
    ] as const;
    const story = "The ministers signed the agreement on Tuesday.";
    const r = cleanPastedText([story, ...furniture.map(([line]) => line), story].join("\n"));
    expect(r.text).toBe(`${story}\n${story}`);
    expect(r.dropped).toEqual(furniture.map(([text, reason]) => ({ text: text.trim(), reason })));
  });

  it("keeps story sentences that merely use the same words", () => {
    const story = [
      "Watchdogs said the regulator would register the new firms by March.",
      "The photo agency was founded in 1947 and now employs 300 people.",
      "Readers who subscribe to the print edition fell by 4% in 2025, the report said, while digital subscriptions to the daily rose and the company said it would keep investing in its newsletter team over the coming two years as advertising revenue declined further.",
      "## Advertisement revenue",
      "Related parties held 12% of the shares.",
    ].join("\n");
    const r = cleanPastedText(story);
    expect(r.dropped).toEqual([]);
    expect(r.text).toBe(story);
  });

  it("leaves HTML as text and front matter as it is", () => {
    const text = "---\ntitle: Advertisement rules\ntags: [ads]\n---\nThe <script>alert(1)</script> tag was shown as text.\nAdvertisement";
    const r = cleanPastedText(text);
    expect(r.text).toBe("---\ntitle: Advertisement rules\ntags: [ads]\n---\nThe <script>alert(1)</script> tag was shown as text.");
    expect(r.dropped).toEqual([{ text: "Advertisement", reason: "ad" }]);
  });
});

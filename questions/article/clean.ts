/**
 * Cleaning of pasted text before it is parsed: what a reader copies from a news page along with the
 * story. Markdown links become their text; lines that are images, captions, ads, newsletter or app
 * prompts, "also read" links and event promos are dropped, and each dropped line is reported so the
 * learner sees what went. Patterns are generic page furniture, never strings of particular
 * articles. Pure; HTML is left as it is (the app shows it as text, never runs it). Sentences that
 * stay are not rewritten except for links, so evidence stays verbatim.
 */

type DropReason = "image" | "caption" | "ad" | "newsletter" | "promo" | "event" | "link";

interface DroppedLine {
  /** The line as pasted (trimmed). */
  text: string;
  reason: DropReason;
}

export interface CleanedText {
  text: string;
  dropped: DroppedLine[];
  /** Markdown links turned into their text. */
  links: number;
}

/** Furniture lines are short; a long line is a paragraph of the story, whatever words it has. */
const SHORT = 220;

/** A line that is only furniture of the given kind (checked on short lines only, after links became text). */
const LINE_RULES: readonly [DropReason, RegExp][] = [
  ["ad", /^\W*(?:advertisement|advertisements|advertorial|sponsored(?: content| post)?|promoted(?: content)?|ad|ads by \w+)\W*$/i],
  ["ad", /^\W*(?:story|article) continues (?:below|after)\b.*$/i],
  ["ad", /^\W*(?:scroll (?:down )?to continue\b|continue reading (?:below|the main story)\b).*$/i],
  [
    "caption",
    /^\W*(?:image|photo|picture|pic|file photo|file image|representational (?:image|photo|picture)|caption|graphic|illustration)\s*(?:credit|courtesy|source)?\s*[:|(–—-].*$/i,
  ],
  ["caption", /(?:^|[|(])\s*(?:photo|image|picture)\s*(?:credit|courtesy|source)\s*:\s*[^.|]{1,80}\)?\s*$/i],
  ["caption", /^\W*(?:representational (?:image|photo|picture)|file photo|file image)\W*$/i],
  ["newsletter", /\b(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletter|newsletters|our (?:daily|weekly)|inbox)\b/i],
  ["newsletter", /\bnewsletter\b.{0,80}\b(?:sign up|subscribe|delivered|inbox|free)\b/i],
  ["newsletter", /^\W*(?:subscribe|sign up|get (?:the|our) (?:latest|best|top)\b.{0,60}\b(?:delivered|inbox|app))\b.*$/i],
  ["newsletter", /^\W*(?:subscribe (?:now|today|to)|become a (?:member|subscriber)|support (?:our|independent) journalism)\b.*$/i],
  ["promo", /^\W*(?:also read|read also|read more|must read|also see|see also)\b.*$/i],
  // Words a story may start a sentence with count only as a label ("Watch: …", "Related —") or alone.
  [
    "promo",
    /^\W*(?:recommended|related(?: stories| articles| news| coverage)?|trending(?: now)?|watch(?: video)?|listen(?: to this (?:article|story))?|more from [\w ]{1,40}|top stories|latest news)\s*(?:[:|–—-].*)?$/i,
  ],
  ["promo", /^\W*(?:follow|join) (?:us|our)\b.{0,60}\b(?:on|channel|whatsapp|telegram|twitter|x|facebook|instagram|youtube|linkedin|google news)\b.*$/i],
  ["promo", /^\W*(?:download|get) (?:the|our) .{0,40}\bapp\b.*$/i],
  ["promo", /^\W*(?:click|tap) here\b.*$/i],
  ["promo", /^\W*(?:share (?:this|on)|share:?|comments?|print|email)\W*$/i],
  [
    "event",
    /\b(?:register (?:now|here|today|for free)|book (?:now|your (?:seats?|tickets?|spot|place))|buy tickets|get your tickets|tickets? (?:are )?(?:now )?(?:available|on sale)|early[- ]bird|rsvp|save the date)\b/i,
  ],
  ["event", /^\W*(?:join us|don't miss)\b.{0,120}\b(?:summit|conclave|webinar|conference|festival|event|masterclass|workshop|live)\b.*$/i],
  ["link", /^\W*(?:https?:\/\/|www\.)\S+\W*$/i],
];

/** Markdown images `![alt](url)`, links `[text](url "title")`, reference links `[text][ref]`, definitions `[ref]: url`. */
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]/g;
const LINK = /\[([^\]\n]+)\]\((?:[^()\s\n]|\([^)\s\n]*\))+(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\)/g;
const REF_LINK = /\[([^\]\n]+)\]\[[^\]\n]*\]/g;
const REF_DEFINITION = /^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$/;
const AUTOLINK = /<((?:https?:\/\/|www\.)[^>\s]+)>/g;

/**
 * Cleans pasted article text (raw or the Markdown article format; a leading front-matter block is
 * left as it is).
 *
 * @example
 * cleanPastedText("The [RBI](https://x.example) cut rates.\nAdvertisement\n");
 * // { text: "The RBI cut rates.\n", dropped: [{ text: "Advertisement", reason: "ad" }], links: 1 }
 */
export function cleanPastedText(input: string): CleanedText {
  const lines = input.split(/\r?\n/);
  const dropped: DroppedLine[] = [];
  let links = 0;
  let start = 0;
  // Front matter (docs/articles.md) is the article's details, not page furniture.
  if (lines[0]?.trim() === "---") {
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
    if (end > 0) start = end + 1;
  }
  const out = lines.slice(0, start);
  for (const raw of lines.slice(start)) {
    if (REF_DEFINITION.test(raw)) {
      dropped.push({ text: raw.trim(), reason: "link" });
      continue;
    }
    let line = raw.replace(IMAGE, "");
    const hadImage = line !== raw;
    line = line
      .replace(LINK, (_m, text: string) => {
        links++;
        return text;
      })
      .replace(REF_LINK, (_m, text: string) => {
        links++;
        return text;
      })
      .replace(AUTOLINK, "$1");
    const trimmed = line.trim();
    if (hadImage && !trimmed) {
      dropped.push({ text: raw.trim(), reason: "image" });
      continue;
    }
    const reason = trimmed && trimmed.length <= SHORT ? furniture(trimmed) : null;
    if (reason) {
      dropped.push({ text: raw.trim(), reason });
      continue;
    }
    out.push(hadImage ? line.replace(/[ \t]{2,}/g, " ").trimEnd() : line);
  }
  return { text: out.join("\n"), dropped, links };
}

/** Why a short line is page furniture, or null when it is (or may be) the story's. */
function furniture(line: string): DropReason | null {
  // A heading is kept ("## Background"), but a heading that is a promo is not.
  const body = line.replace(/^#{1,6}\s+/, "");
  for (const [reason, rule] of LINE_RULES) if (rule.test(body)) return reason;
  return null;
}

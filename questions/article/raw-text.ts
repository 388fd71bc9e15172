/**
 * Raw pasted text: find a headline, strip scraped trailers, and turn lines into
 * the project's paragraph format. Sentences are never rewritten: evidence must
 * stay verbatim.
 */

const TERMINAL = /[.!?…:;"”’)]$/;

/** Lines that are scraping debris, never article text. */
const TRAILER_PATTERNS: readonly RegExp[] = [
  /^\(?\s*with inputs from\b.*\)?\.?$/i,
  /^\(?\s*(?:also read|read more|read also|click here|follow us|subscribe|advertisement|share this|download the)\b.*$/i,
  /^\(?\s*this (?:story|article|report) (?:has not been|was) .*$/i,
  /^\(?\s*(?:edited|written|reported) by\b.*$/i,
  /^\(?\s*(?:image|photo|picture|file photo)(?:\s+credit)?\s*[:|(].*$/i,
  /^\(?\s*(?:published|updated|last updated)\s*(?:on|:)\s.*$/i,
  /read\s*more/i,
  // Press-release stamps and separators: "Posted On: 3 MAR 2025 1:05PM by PIB Delhi", "*****".
  /^posted on\s*:/i,
  /^[*~#=\s-]{3,}$/,
];

/** Bylines and datelines a scraper leaves above a story: "By PTI | Kolkata", "Express News Service". */
const BYLINE =
  /^(?:by\s+[\p{L} .&'’-]{2,60}(?:\s*[|,]\s*[\p{L} .-]{2,40})?|(?:PTI|IANS|ANI|Reuters|AFP|AP|TNN|Agencies|Express News Service|Press Trust of India|HT Correspondent|Staff Reporter|Our Correspondent)\b[\p{L} .|,:-]{0,40}|[\p{Lu}][\p{L} ]{1,30}\s\|\s[\p{Lu}][\p{L} ]{1,30})$/u;

/**
 * "NEW DELHI, March 3 (PTI) – ", "MUMBAI (Reuters) - ", "Kolkata, Jan 5: ", "COLOMBO -- ",
 * "KENNEDY SPACE CENTER, Florida, June 4: ", "New Delhi: ", "Kuala Lumpur, Oct 31 ", "Geneva, Switzerland - ",
 * "SINGAPORE (The Straits Times/ANN) - ": a wire dateline before the first sentence.
 */
const MON =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+\\d{1,2}";
// "(PTI)", and a paper's credit through a news network: "(The Straits Times/ANN)".
const AGENCY = "\\((?:PTI|IANS|ANI|Reuters|AFP|AP|UNI|(?:The\\s)?\\p{Lu}[\\p{L} .]{1,30}/[A-Z]{2,6})\\)";
const DATELINE = new RegExp(
  `^(?:\\p{Lu}[\\p{Lu} .]{3,30}(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?(?:,\\s*${MON})?\\s*(?:${AGENCY})?|\\p{Lu}[\\p{L} .]{1,30}(?:,\\s*${MON}\\s*(?:${AGENCY})?|\\s*${AGENCY}))\\s*(?:--|[–—:-])\\s+(?=\\p{Lu})|^\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?:\\s+(?=\\p{Lu})|^\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?,\\s\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?\\s(?:--|[–—-])\\s+(?=\\p{Lu})|^\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?,\\s${MON}\\s+(?=\\p{Lu}\\p{Ll})`,
  "u",
);

/**
 * A sentence without the wire dateline the parser takes off the first paragraph: the same
 * rewrite the parser makes, for comparing sentences (the evaluation's coverage rule).
 *
 * @example stripDateline("MUMBAI (Reuters) - Shares rose.") // "Shares rose."
 */
export function stripDateline(sentence: string): string {
  return sentence.replace(DATELINE, "");
}

/** True for a byline or dateline line. */
function isBylineLine(line: string): boolean {
  const t = line.trim();
  return t.split(/\s+/).length <= 10 && BYLINE.test(t);
}

/** True for a line that reads as a headline: short, no terminal punctuation. */
function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  if (t === "" || TERMINAL.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words >= 3 && words <= 25 && t.length <= 200 && /^[“"‘'(]?[A-Z0-9]/.test(t);
}

/** True for a scraped trailer line ("Read More", "With inputs from agencies"). */
function isTrailerLine(line: string, headline?: string): boolean {
  const t = line.trim();
  if (t === "") return true;
  if (headline && (t === headline.trim() || t.startsWith(headline.trim()))) return true;
  return TRAILER_PATTERNS.some((p) => p.test(t));
}

/**
 * Splits a paragraph whose tail is a glued-on subheading ("… welcomed the outcome. Berlin
 * ready to launch …") into the paragraph and a `## ` line. A tail counts as a heading
 * when it is short and has no terminal punctuation.
 */
function splitGluedHeading(paragraph: string): string[] {
  const t = paragraph.trim();
  if (TERMINAL.test(t)) return [t];
  const m = /^(.*[.!?][”"’]?)\s+([A-Z‘“'"][^.!?]*)$/.exec(t);
  if (!m) return [t];
  const head = (m[2] ?? "").trim();
  const words = head.split(/\s+/).length;
  if (words < 3 || words > 18) return [t];
  return [(m[1] ?? "").trim(), `## ${head}`];
}

/** The result of reading raw text: an optional headline and the body in the article format. */
export interface RawText {
  headline?: string;
  body: string;
}

/**
 * Reads pasted text. Line endings and spacing between lines are normalised; each
 * non-empty line becomes a paragraph.
 *
 * @example readRawText("Headline here\nFirst sentence. Second.\nRead More") // { headline: "Headline here", body: "First sentence. Second." }
 */
export function readRawText(text: string): RawText {
  const lines = text.split("\n").map((l) => l.replace(/[ \t\u00a0]+$/g, "").replace(/^[ \t\u00a0]+/g, ""));
  while (lines.length > 0 && ((lines[0] ?? "").trim() === "" || isBylineLine(lines[0] ?? "") || isTrailerLine(lines[0] ?? ""))) lines.shift();
  let headline: string | undefined;
  const nonEmpty = lines.filter((l) => l.trim() !== "");
  if (nonEmpty.length >= 2 && looksLikeHeadline(nonEmpty[0] ?? "")) {
    headline = (nonEmpty[0] ?? "").trim();
    lines.splice(lines.indexOf(nonEmpty[0] ?? ""), 1);
  }
  // Drop trailers from the end, then any trailer-only lines anywhere.
  while (lines.length > 0 && isTrailerLine(lines[lines.length - 1] ?? "", headline)) lines.pop();
  const paragraphs: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (t === "" || (isTrailerLine(t, headline) && t.split(/\s+/).length < 30) || isBylineLine(t)) continue;
    if (t.startsWith("## ")) {
      paragraphs.push(t);
      continue;
    }
    // A wire dateline opens the first paragraph: "NEW DELHI, March 3 (PTI) – The …".
    const body = paragraphs.length === 0 ? t.replace(DATELINE, "") : t;
    paragraphs.push(...splitGluedHeading(body));
  }
  return { headline, body: paragraphs.join("\n\n") };
}

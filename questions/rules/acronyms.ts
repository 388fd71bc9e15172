/**
 * A rule over realised questions: an acronym the article spelled out is spelled out in the
 * question too. "PACS that borrow under the fund …" means nothing to a learner who has not read
 * the article; "Primary agricultural credit societies (PACS) that borrow …" does. Only what the
 * article wrote is used ("primary agricultural credit societies (PACS)"), and only for acronyms
 * that are not household names (ISRO, the IMF and NATO stay as they are).
 */
import { KNOWN_ORGS } from "../nlp/vocab-roles";

/** Words an acronym's letters skip: "Law Society of Kenya" is LSK. */
const SKIPPED = /^(?:of|and|the|for|on|in|&|to)$/i;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The long form whose initials make the acronym, from the words before its bracket, or undefined.
 *
 * @example longForm("at primary agricultural credit societies", "PACS") // "primary agricultural credit societies"
 */
export function longForm(before: string, acronym: string): string | undefined {
  const letters = acronym.replace(/s$/, "").toLowerCase();
  const words = before.trim().split(/\s+/);
  for (let k = 1; k <= Math.min(10, words.length); k++) {
    const phrase = words.slice(words.length - k);
    if (SKIPPED.test(phrase[0]!)) continue;
    const initials = phrase
      .filter((w) => !SKIPPED.test(w))
      .map((w) =>
        w
          .replace(/^[^\p{L}]+/u, "")
          .charAt(0)
          .toLowerCase(),
      )
      .join("");
    if (initials === letters) return phrase.join(" ").replace(/^[“"(]+/, "");
    if (initials.length > letters.length) return undefined;
  }
  return undefined;
}

/**
 * Every acronym an article defines with a bracket after its long form ("Kenya Revenue Authority
 * (KRA)"), but household names.
 *
 * @example acronymsOf(["… at primary agricultural credit societies (PACS), in …"]) // Map { "PACS" => "primary agricultural credit societies" }
 */
export function acronymsOf(texts: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of texts) {
    for (const m of text.matchAll(/\(([\p{Lu}][\p{Lu}&]{1,7}s?)\)/gu)) {
      const acronym = m[1]!;
      if (KNOWN_ORGS.has(acronym) || out.has(acronym)) continue;
      // "the State Bank of India's (SBI) plea": the name is "State Bank of India", without the possessive.
      const long = longForm(text.slice(0, m.index), acronym)?.replace(/['’]s$/, "");
      if (long) out.set(acronym, long);
    }
  }
  return out;
}

/** The last word of a body's name that takes "the" ("the Federal Deposit Insurance Corporation"). */
const BODY_HEAD =
  /\b(?:Corporation|Agency|Organi[sz]ation|Commission|Fund|Bank|Authority|Department|Ministry|Council|Committee|Board|Institute|Office|Bureau|Union|Association|Service|Administration|Programme|Forum|Conference|Parliament)$/;

/**
 * The prompt with its first bare use of each defined acronym spelled out ("PACS" → "primary
 * agricultural credit societies (PACS)"), unless the prompt already spells it out or the answer is
 * the acronym or its long form.
 *
 * @example spellOut("PACS that borrow …", new Map([["PACS", "primary agricultural credit societies"]]), "seven years") // "Primary agricultural credit societies (PACS) that borrow …"
 */
export function spellOut(prompt: string, acronyms: ReadonlyMap<string, string>, answer: string): string {
  let out = prompt;
  const lower = (s: string): string => s.toLowerCase();
  for (const [acronym, long] of acronyms) {
    if (answer === acronym || lower(answer).includes(lower(long)) || lower(long).includes(lower(answer))) continue;
    if (lower(out).includes(lower(long))) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}(])${escape(acronym)}(?![\\p{L}\\p{N})])`, "u");
    const m = re.exec(out);
    if (!m) continue;
    const opening = m.index === 0 || /[.?!:]\s*$/.test(out.slice(0, m.index));
    // "According to FDIC" → "According to the Federal Deposit Insurance Corporation (FDIC)": a body's spelt-out name takes "the".
    const the =
      BODY_HEAD.test(long) &&
      /^\p{Lu}/u.test(long) &&
      !/\b(?:the|a|an|its|their)\s$/i.test(out.slice(0, m.index)) &&
      !/['’]s?$/.test(out.slice(m.index + acronym.length, m.index + acronym.length + 2));
    const spelt = the ? `${opening ? "The" : "the"} ${long}` : opening ? long.charAt(0).toUpperCase() + long.slice(1) : long;
    const text = `${spelt} (${acronym})`;
    out = out.slice(0, m.index) + text + out.slice(m.index + acronym.length);
  }
  return out;
}

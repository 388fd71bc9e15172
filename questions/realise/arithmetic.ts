/**
 * Figures the rest of a prompt gives away by arithmetic, and the prompt without the figure that does.
 *
 * A change told with all three of its figures ("cut the repo rate by 25 bps to 6.25 per cent from
 * 6.50 per cent") gives any one of them away by arithmetic. A question keeps the two figures that
 * make its fact and drops the third: the level it came from when the change or the new level is
 * asked, the size of the change when the old level is asked.
 */

import type { Candidate } from "../answers/types";
import { plain } from "../answers/types";
import { MONTHS } from "../nlp/vocab-words";

/** A figure as a change sentence writes it, or the blank: "25 bps", "6.25 per cent", "a quarter point", "$1.2 billion". */
const FIGURE = String.raw`(?:(?:about|around|nearly|almost|roughly)\s)?(?:[$€£₹]\s?|Rs\.?\s?)?(?:\d[\d.,]*|____|a quarter|half a|a half|one|two|three)(?:[\s-]?(?:%|per ?cent|percent|bps|basis points?|percentage points?|points?|point|million|billion|trillion|crore|lakh)){0,2}`;

const CHANGE = new RegExp(String.raw`\bby\s(${FIGURE})\s(?:to|at)\s(${FIGURE})(\s?,?\s?from\s(${FIGURE}))`, "u");

/**
 * The prompt without the figure of a three-figure change that the other two give away; `kept` is
 * what the prompt asks (the blank) or changes (a false statement's swap).
 *
 * @example withoutChangeArithmetic("cut the rate by 25 bps to ____ from 6.50 per cent.", "____") // "cut the rate by 25 bps to ____."
 * @example withoutChangeArithmetic("cut the rate by 25 bps to 6.25 per cent from ____.", "____") // "cut the rate to 6.25 per cent from ____."
 */
export function withoutChangeArithmetic(prompt: string, kept: string): string {
  const m = CHANGE.exec(prompt);
  if (!m) return prompt;
  const [all, by, , from, old] = m;
  if (!old!.includes(kept) && !by!.includes(kept) && !all.includes(kept)) return prompt;
  if (old!.includes(kept))
    return prompt.slice(0, m.index) + all.replace(new RegExp(String.raw`^by\s${escape(by!)}\s`), "") + prompt.slice(m.index + all.length);
  return prompt.slice(0, m.index) + all.slice(0, all.length - from!.length) + prompt.slice(m.index + all.length);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A figure's unit as its text writes it, the digits taken out: "24.54 GW" → "# gw", "$1.7 billion" → "$# billion". */
function unitOf(text: string): string {
  return plain(text)
    .toLowerCase()
    .replace(/\d[\d,]*(?:\.\d+)?/g, "#")
    .replace(/\s+/g, " ")
    .trim();
}

/** How many decimals the answer gives: what "worked out" must round to. */
function decimalsOf(text: string): number {
  return /\d\.(\d+)/.exec(text)?.[1]?.length ?? 0;
}

/**
 * An answer two other figures the prompt shows work out by one step of arithmetic: "from 4.99 GW in
 * 2023 to 5.10 GW in 2024, representing a ____ rise" (2.20 per cent), "the addition of 24.54 GW …
 * from 73.32 GW in 2023 to ____" (97.86 GW). A sum or difference needs two figures of the answer's
 * own unit; a change in per cent, two of one unit. Small whole counts are left alone: "two" and "three"
 * add up by chance.
 *
 * @example workedOut("… from 4.99 GW in 2023 to 5.10 GW in 2024, representing a ____ rise.", rise, all) // true
 */
export function workedOut(prompt: string, c: Candidate, all: readonly Candidate[]): boolean {
  const x = c.value;
  if (x === undefined || !Number.isFinite(x) || x === 0) return false;
  if (c.kind !== "percent" && c.kind !== "money" && c.kind !== "quantity" && c.kind !== "number") return false;
  const t = plain(prompt);
  const shown = all.filter(
    (o) =>
      o !== c &&
      o.text !== c.text &&
      o.value !== undefined &&
      Number.isFinite(o.value) &&
      (o.kind === "money" || o.kind === "quantity" || o.kind === "number" || o.kind === "percent") &&
      t.includes(plain(o.text)),
  );
  const tolerance = 0.5 * 10 ** -decimalsOf(c.text) + 1e-9;
  const close = (v: number, slack = 0): boolean => Math.abs(Math.abs(v) - Math.abs(x)) <= tolerance + slack;
  // "a growth of 15.84 per cent to touch ____, from 180.80 GW": the end is the start and the change.
  if (c.kind !== "percent")
    for (const p of shown.filter((o) => o.kind === "percent"))
      for (const q of shown.filter((o) => o.kind !== "percent" && unitOf(o.text) === unitOf(c.text))) {
        const r = p.value! / 100;
        const slack = Math.abs(x) * 0.0005;
        if (close(q.value! * (1 + r), slack) || close(q.value! * (1 - r), slack) || close(q.value! / (1 + r), slack)) return true;
      }
  for (let i = 0; i < shown.length; i++)
    for (let j = i + 1; j < shown.length; j++) {
      const p = shown[i]!;
      const q = shown[j]!;
      if (unitOf(p.text) !== unitOf(q.text)) continue;
      if (c.kind === "percent" && p.kind !== "percent") {
        if (close(((q.value! - p.value!) / p.value!) * 100) || close(((p.value! - q.value!) / q.value!) * 100)) return true;
        // "172 million barrels, or ____ of the 400 million": a share of the two.
        if (close((p.value! / q.value!) * 100) || close((q.value! / p.value!) * 100)) return true;
        // "the addition of 24.54 GW, reflecting a ____ rise … to 97.86 GW": the addition over what it was added to.
        if (close((p.value! / (q.value! - p.value!)) * 100) || close((q.value! / (p.value! - q.value!)) * 100)) return true;
        continue;
      }
      if (unitOf(p.text) !== unitOf(c.text)) continue;
      if (Number.isInteger(x) && Math.abs(x) < 10) continue;
      if (close(p.value! + q.value!) || close(p.value! - q.value!)) return true;
    }
  return false;
}

/**
 * The prompt without the starting point of a change, when that point is what works the answer out:
 * "growth of ____ to touch 209.44 GW, as of December 2024, from 180.80 GW in December 2023" →
 * "growth of ____ to touch 209.44 GW, as of December 2024". Undefined when no such phrase is
 * there or the rest still works it out.
 *
 * @example withoutWorkingOut("… rising from 10.84 GW in December 2023 to 11.35 GW in December 2024, reflecting a ____ increase.", rise, all)
 * // "… rising to 11.35 GW in December 2024, reflecting a ____ increase."
 */
export function withoutWorkingOut(prompt: string, c: Candidate, all: readonly Candidate[]): string | undefined {
  const t = plain(prompt);
  for (const o of all) {
    if (o === c || o.value === undefined || !t.includes(plain(o.text))) continue;
    const fig = escape(plain(o.text));
    // "from 180.80 GW in December 2023"; "growth of 15.84 per cent"; ", reflecting a 4.70 per cent increase".
    const phrases = [
      String.raw`,?\s(?:up\s|down\s)?from\s(?:a\s|an\s)?(?:${FIGURE_QUALIFIER}\s)?${fig}${TIME}(?=[\s,.;])`,
      String.raw`(?<=\b(?:growth|rise|increase|jump|decline|fall|drop))\sof\s(?:${FIGURE_QUALIFIER}\s)?${fig}(?=[\s,.;])`,
      String.raw`,\s(?:reflecting|representing|marking)\sa\s${fig}\s(?:rise|increase|growth|jump|decline|fall|drop)\b`,
    ];
    for (const phrase of phrases) {
      const m = new RegExp(phrase, "u").exec(t);
      if (!m) continue;
      const out = prompt.slice(0, m.index) + prompt.slice(m.index + m[0].length);
      if (!out.includes("____") || workedOut(out, c, all)) continue;
      return out;
    }
  }
  return undefined;
}
const FIGURE_QUALIFIER = "(?:about|around|nearly|almost|over|more than|less than|roughly)";
/** When the start of a change was: " in December 2023", " as of 2024". */
const TIME = String.raw`(?:\s(?:in|as of|at the end of|during)\s(?:(?:${MONTHS.join("|")})\s)?(?:19|20)\d\d(?:-\d\d)?)?`;

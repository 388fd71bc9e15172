/**
 * A change told with all three of its figures ("cut the repo rate by 25 bps to 6.25 per cent from
 * 6.50 per cent") gives any one of them away by arithmetic. A question keeps the two figures that
 * make its fact and drops the third: the level it came from when the change or the new level is
 * asked, the size of the change when the old level is asked.
 */

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

/**
 * Human interval labels as Anki prints them on its answer buttons.
 *
 * Units: s, m, h, d, mo, y. A month is a twelfth of a 365-day year (as in
 * current Anki). Seconds to days are rounded to whole numbers; months and
 * years keep one decimal, dropped when it is zero ("1mo", "3.2mo", "1.1y").
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
const MONTH = YEAR / 12;

/**
 * Formats a duration in milliseconds as a short interval label.
 *
 * The unit is the largest one the span reaches (under a minute → seconds,
 * under an hour → minutes, … , a year or more → years). Negative input is
 * treated as zero.
 *
 * @example
 * formatInterval(10 * 60_000);          // "10m"
 * formatInterval(86_400_000);           // "1d"
 * formatInterval(97 * 86_400_000);      // "3.2mo"
 * formatInterval(400 * 86_400_000);     // "1.1y"
 */
export function formatInterval(ms: number): string {
  const span = Number.isFinite(ms) ? Math.max(0, ms) : 0;
  if (span < MINUTE) return `${Math.round(span / SECOND)}s`;
  if (span < HOUR) return `${roundWhole(span / MINUTE, 60, "m", "1h")}`;
  if (span < DAY) return `${roundWhole(span / HOUR, 24, "h", "1d")}`;
  if (span < MONTH) return `${Math.round(span / DAY)}d`;
  if (span < YEAR) {
    const months = oneDecimal(span / MONTH);
    // 11.96 months rounds to "12mo": Anki shows that too, but "1y" reads better.
    return months >= 12 ? "1y" : `${months}mo`;
  }
  return `${oneDecimal(span / YEAR)}y`;
}

/** Rounds to a whole unit, rolling over to the next unit's label when rounding reaches it (59.6m → "1h"). */
function roundWhole(value: number, rollover: number, unit: string, next: string): string {
  const n = Math.round(value);
  return n >= rollover ? next : `${n}${unit}`;
}

function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

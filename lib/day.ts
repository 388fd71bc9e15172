/**
 * Calendar days in the learner's time zone, for "new cards per day" and
 * "reviewed today". Pure: uses only the built-in Intl time-zone data.
 */

/** True when `timeZone` is an IANA zone name Intl knows ("Asia/Kolkata", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of `t` in `timeZone`, read back as if they were UTC (Intl, uncached). */
function wallClockViaIntl(t: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(t))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

// formatToParts costs ~10 µs a call, and the progress page makes tens of thousands of them. A
// zone's UTC offset only changes at its transitions, which tzdata puts on quarter-hour boundaries,
// so the offset is computed once per zone and quarter hour and reused.
const QUARTER_HOUR = 900_000;
const offsets = new Map<string, Map<number, number>>();

/** Wall-clock fields of `t` in `timeZone`, read back as if they were UTC (whole seconds). */
function wallClockAsUtc(t: number, timeZone: string): number {
  const seconds = Math.floor(t / 1000) * 1000;
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return seconds;
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  const bucket = Math.floor(t / QUARTER_HOUR);
  let offset = zone.get(bucket);
  if (offset === undefined) {
    offset = wallClockViaIntl(t, timeZone) - seconds;
    if (zone.size >= 50_000) zone.clear();
    zone.set(bucket, offset);
  }
  return seconds + offset;
}

/**
 * The instant the local day containing `now` began in `timeZone`.
 * Throws a RangeError for an unknown zone.
 *
 * @example
 * startOfLocalDay(new Date("2026-03-01T20:00:00Z"), "Asia/Kolkata"); // 2026-03-01T18:30:00.000Z
 */
export function startOfLocalDay(now: Date, timeZone: string): Date {
  const t = now.getTime();
  const local = wallClockAsUtc(t, timeZone);
  const localMidnight = local - (((local % 86_400_000) + 86_400_000) % 86_400_000);
  // Offset can differ between now and midnight (DST): settle it in two passes.
  let guess = localMidnight - (local - t);
  guess = localMidnight - (wallClockAsUtc(guess, timeZone) - guess);
  return new Date(guess);
}

/**
 * The local calendar date (YYYY-MM-DD) of `at` in `timeZone`.
 *
 * @example
 * localDate(new Date("2026-11-22T20:00:00Z"), "Asia/Kolkata"); // "2026-11-23"
 */
export function localDate(at: Date, timeZone: string): string {
  return dayNumberDate(localDayNumber(at.getTime(), timeZone));
}

/**
 * The local calendar day of the instant `t` (ms) in `timeZone`, as a day number (days since
 * 1970-01-01): {@link localDate} without the text, for code that groups many instants by day.
 *
 * @example
 * dayNumberDate(localDayNumber(Date.parse("2026-11-22T20:00:00Z"), "Asia/Kolkata")); // "2026-11-23"
 */
export function localDayNumber(t: number, timeZone: string): number {
  return Math.floor(wallClockAsUtc(t, timeZone) / 86_400_000);
}

/** YYYY-MM-DD of a day number (days since 1970-01-01). */
export function dayNumberDate(day: number): string {
  let text = dayTexts.get(day);
  if (text === undefined) {
    text = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (dayTexts.size >= 50_000) dayTexts.clear();
    dayTexts.set(day, text);
  }
  return text;
}

/** YYYY-MM-DD of each day number (days since 1970-01-01): toISOString costs more than the lookup. */
const dayTexts = new Map<number, string>();

/**
 * The instant the learner's next local day begins: when today's buries end (Anki unburies at the
 * day's rollover). 36 hours after today's start is always in tomorrow, DST or not.
 *
 * @example
 * startOfNextLocalDay(new Date("2026-03-01T20:00:00Z"), "Asia/Kolkata"); // 2026-03-02T18:30:00.000Z
 */
export function startOfNextLocalDay(now: Date, timeZone: string): Date {
  return startOfLocalDay(new Date(startOfLocalDay(now, timeZone).getTime() + 36 * 3_600_000), timeZone);
}

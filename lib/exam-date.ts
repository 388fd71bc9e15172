import { localDate } from "./day";

/**
 * Why an exam date may not be set, or null when it may: a day before the learner's today (in their
 * time zone) is refused, since nothing can be scheduled before a day that has gone. Today is fine (the
 * exam is today). A date already saved that has since passed may stay as it is, so the other
 * settings can still be saved; it can be cleared or moved to a later day.
 *
 * @example
 * pastExamDateError({ examDate: "2026-11-20", saved: null, now: new Date("2026-11-22T10:00:00Z"), timeZone: "UTC" });
 * // "examDate: 2026-11-20 is in the past (today is 2026-11-22). Choose today or a later day, or clear it."
 */
export function pastExamDateError({
  examDate,
  saved,
  now,
  timeZone,
}: {
  examDate: string | null | undefined;
  saved: string | null;
  now: Date;
  timeZone: string;
}): string | null {
  if (!examDate || examDate === saved) return null;
  const today = localDate(now, timeZone);
  return examDate < today ? `examDate: ${examDate} is in the past (today is ${today}). Choose today or a later day, or clear it.` : null;
}

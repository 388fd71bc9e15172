import "server-only";
import { db, raw } from "./client";
import { SETTINGS_DEFAULTS, settings, type SettingsRow } from "./schema";

export type UserSettings = Omit<SettingsRow, "userId">;

const DEFAULT_SETTINGS: UserSettings = { ...SETTINGS_DEFAULTS, examDate: null, weights: null };

/**
 * A user's settings, or the defaults when they have saved none. On a kept statement (db/client.ts
 * `raw`): every study queue, progress page and review reads them, and through drizzle the read cost
 * ~0.1–0.2 ms against ~0.01 ms. Each value through its column's own mapping, as drizzle reads it.
 */
export async function getSettings({ userId }: { userId: string }): Promise<UserSettings> {
  const row = await raw.get<{ [K in keyof UserSettings]: unknown }>(
    "select desired_retention as desiredRetention, new_per_day as newPerDay, exam_date as examDate, time_zone as timeZone, weights from settings where user_id = ?",
    [userId],
  );
  if (!row) return { ...DEFAULT_SETTINGS };
  const value = <K extends keyof UserSettings>(k: K): UserSettings[K] =>
    (row[k] === null ? null : settings[k].mapFromDriverValue(row[k] as never)) as UserSettings[K];
  return {
    desiredRetention: value("desiredRetention"),
    newPerDay: value("newPerDay"),
    examDate: value("examDate"),
    timeZone: value("timeZone"),
    weights: value("weights"),
  };
}

/**
 * Saves some of a user's settings and returns them all. Only the keys given are written, so a
 * settings change racing the optimiser never puts back weights it has just replaced.
 */
export async function updateSettings({ userId, patch }: { userId: string; patch: Partial<UserSettings> }): Promise<UserSettings> {
  const keys = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<UserSettings>;
  if (Object.keys(keys).length > 0) {
    await db
      .insert(settings)
      .values({ userId, ...DEFAULT_SETTINGS, ...keys })
      .onConflictDoUpdate({ target: settings.userId, set: keys });
  }
  return getSettings({ userId });
}

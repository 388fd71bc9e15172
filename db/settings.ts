import "server-only";
import { eq } from "drizzle-orm";
import { db } from "./client";
import { SETTINGS_DEFAULTS, settings, type SettingsRow } from "./schema";

export type UserSettings = Omit<SettingsRow, "userId">;

const DEFAULT_SETTINGS: UserSettings = { ...SETTINGS_DEFAULTS, examDate: null, weights: null };

/** A user's settings, or the defaults when they have saved none. */
export async function getSettings({ userId }: { userId: string }): Promise<UserSettings> {
  const [row] = await db.select().from(settings).where(eq(settings.userId, userId));
  if (!row) return { ...DEFAULT_SETTINGS };
  const { userId: _omit, ...rest } = row;
  void _omit;
  return rest;
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

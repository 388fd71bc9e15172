import "server-only";
import { eq } from "drizzle-orm";
import { db } from "./client";
import { settings, type SettingsRow } from "./schema";

export type UserSettings = Omit<SettingsRow, "userId">;

export const DEFAULT_SETTINGS: UserSettings = {
  desiredRetention: 0.9,
  newPerDay: 20,
  examDate: null,
  timeZone: "UTC",
  weights: null,
};

/** A user's settings, or the defaults when they have saved none. */
export async function getSettings({ userId }: { userId: string }): Promise<UserSettings> {
  const [row] = await db.select().from(settings).where(eq(settings.userId, userId));
  if (!row) return { ...DEFAULT_SETTINGS };
  const { userId: _omit, ...rest } = row;
  void _omit;
  return rest;
}

/** Saves some of a user's settings, keeping the rest. */
export async function updateSettings({ userId, patch }: { userId: string; patch: Partial<UserSettings> }): Promise<UserSettings> {
  const next = { ...(await getSettings({ userId })), ...patch };
  await db
    .insert(settings)
    .values({ userId, ...next })
    .onConflictDoUpdate({ target: settings.userId, set: next });
  return next;
}

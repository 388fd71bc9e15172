import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./client";
import { DEFAULT_WEIGHTS } from "./optimise";
import { settings, SETTINGS_DEFAULTS } from "./schema";
import { getSettings, updateSettings } from "./settings";
import { freshDatabase, makeUser } from "./test-helpers";

beforeAll(async () => {
  await freshDatabase();
  for (const u of ["ann", "bob", "cat"]) await makeUser(u);
});

describe("getSettings (a kept statement)", () => {
  it("reads what drizzle reads, the defaults for a user who saved none", async () => {
    await updateSettings({
      userId: "ann",
      patch: { desiredRetention: 0.87, newPerDay: 7, examDate: "2027-01-10", timeZone: "Asia/Kathmandu", weights: [...DEFAULT_WEIGHTS] },
    });
    await updateSettings({ userId: "bob", patch: { timeZone: "Europe/Berlin" } });
    for (const userId of ["ann", "bob"]) {
      const [row] = await db.select().from(settings).where(eq(settings.userId, userId));
      const { userId: _u, ...want } = row!;
      void _u;
      expect(await getSettings({ userId })).toEqual(want);
    }
    expect((await getSettings({ userId: "ann" })).weights).toEqual([...DEFAULT_WEIGHTS]);
    expect(await getSettings({ userId: "cat" })).toEqual({ ...SETTINGS_DEFAULTS, examDate: null, weights: null });
  });
});

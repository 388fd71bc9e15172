import { getSettings, updateSettings } from "@/db/settings";
import { settingsPatchSchema } from "@/lib/schemas";
import { readJson, withUser } from "../_lib/respond";

export const dynamic = "force-dynamic";

function publicSettings(s: Awaited<ReturnType<typeof getSettings>>) {
  return {
    desiredRetention: s.desiredRetention,
    newPerDay: s.newPerDay,
    examDate: s.examDate,
    timeZone: s.timeZone,
    optimised: s.weights !== null,
  };
}

/** GET /api/settings: the learner's settings. */
export const GET = withUser(async (_req, user) => Response.json(publicSettings(await getSettings({ userId: user.id }))));

/** PATCH /api/settings: change some settings (validated; nothing saved on a bad value). */
export const PATCH = withUser(async (req, user) => {
  const patch = await readJson(req, settingsPatchSchema);
  const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return Response.json(publicSettings(await updateSettings({ userId: user.id, patch: clean })));
});

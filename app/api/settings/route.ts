import { getSettings, updateSettings } from "@/db/settings";
import { badRequest } from "@/lib/errors";
import { pastExamDateError } from "@/lib/exam-date";
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

/** PATCH /api/settings: change some settings (validated; nothing saved on a bad value, e.g. an exam date in the past). */
export const PATCH = withUser(async (req, user) => {
  const patch = await readJson(req, settingsPatchSchema);
  const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  if (patch.examDate) {
    const current = await getSettings({ userId: user.id });
    const past = pastExamDateError({ examDate: patch.examDate, saved: current.examDate, now: new Date(), timeZone: patch.timeZone ?? current.timeZone });
    if (past) throw badRequest(past);
  }
  return Response.json(publicSettings(await updateSettings({ userId: user.id, patch: clean })));
});

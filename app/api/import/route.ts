import { importBackup } from "@/db/import";
import { readJsonBody, withUser } from "../_lib/respond";

/** A backup may be far larger than an ordinary request body (64 kB): up to this many bytes. */
const MAX_BACKUP_BYTES = 10 * 1024 * 1024;

/** POST /api/import: restores a JSON backup (docs/data.md); all or nothing, and idempotent. */
export const POST = withUser(async (req, user) => {
  const data = await readJsonBody(req, {
    maxBytes: MAX_BACKUP_BYTES,
    messages: {
      notJsonType: "Send the backup as application/json.",
      tooLarge: `The backup is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB.`,
      notJson: "This file is not JSON: choose the .json backup Factdeck made.",
    },
  });
  const imported = await importBackup({ userId: user.id, data, now: new Date() });
  return Response.json({ imported });
});

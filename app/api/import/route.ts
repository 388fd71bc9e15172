import { importBackup } from "@/db/import";
import { readJsonBody, withUser } from "../_lib/respond";
import { UserLimit } from "../_lib/user-limit";

/** A backup may be far larger than an ordinary request body (64 kB): up to this many bytes. */
const MAX_BACKUP_BYTES = 10 * 1024 * 1024;

/** An import of a large backup takes seconds of CPU (in slices): 20 in 10 minutes a user, one at a time. */
const importing = new UserLimit(20, 10 * 60_000, "imports", "import");

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
  const imported = await importing.run(user.id, () => importBackup({ userId: user.id, data, now: new Date() }));
  return Response.json({ imported });
});

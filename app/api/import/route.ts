import { importBackup } from "@/db/import";
import { ApiError } from "@/lib/errors";
import { readBodyText, withUser } from "../_lib/respond";

/** A backup may be far larger than an ordinary request body (64 kB): up to this many bytes. */
const MAX_BACKUP_BYTES = 10 * 1024 * 1024;
const tooLarge = () => new ApiError(413, `The backup is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB.`);

/** POST /api/import: restores a JSON backup (docs/data.md); all or nothing, and idempotent. */
export const POST = withUser(async (req, user) => {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().includes("application/json")) throw new ApiError(415, "Send the backup as application/json.");
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BACKUP_BYTES) throw tooLarge();
  const text = await readBodyText(req, MAX_BACKUP_BYTES);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError(400, "This file is not JSON: choose the .json backup Factdeck made.");
  }
  const imported = await importBackup({ userId: user.id, data, now: new Date() });
  return Response.json({ imported });
});

import { z } from "zod";
import { buildApkg } from "@/db/apkg";
import { buildBackup } from "@/db/backup";
import { getCardsCsv, getReviewsCsv } from "@/db/export";
import { readQuery, withUser } from "../_lib/respond";
import { UserLimit } from "../_lib/user-limit";

export const dynamic = "force-dynamic";

/** `?format=csv|apkg|json`, and for csv `&table=reviews|cards` (reviews by default). */
const exportQuerySchema = z
  .object({
    format: z.enum(["csv", "apkg", "json"], { error: 'format must be "csv", "apkg" or "json".' }),
    table: z.enum(["reviews", "cards"], { error: 'table must be "reviews" or "cards".' }).optional(),
  })
  .refine((q) => q.format === "csv" || q.table === undefined, { message: "table applies to format=csv only.", path: ["table"] });

function download(body: string | Uint8Array<ArrayBuffer>, type: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** A full export reads the learner's whole history: 60 in 10 minutes a user, one at a time. */
const exporting = new UserLimit(60, 10 * 60_000, "exports", "export");

/** GET /api/export: the learner's data as a download (docs/data.md). */
export const GET = withUser(async (req, user) => {
  const { format, table } = readQuery(req, exportQuerySchema);
  const now = new Date();
  const day = now.toISOString().slice(0, 10);
  return exporting.run(user.id, async () => {
    if (format === "json") {
      const backup = await buildBackup({ userId: user.id, now });
      return download(JSON.stringify(backup, null, 1), "application/json; charset=utf-8", `factdeck-backup-${day}.json`);
    }
    if (format === "apkg") {
      const bytes = await buildApkg({ userId: user.id, now });
      return download(new Uint8Array(bytes), "application/zip", `factdeck-${day}.apkg`);
    }
    const which = table ?? "reviews";
    const csv = which === "cards" ? await getCardsCsv({ userId: user.id }) : await getReviewsCsv({ userId: user.id });
    return download(csv, "text/csv; charset=utf-8; header=present", `factdeck-${which}-${day}.csv`);
  });
});

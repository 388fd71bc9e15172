import { setupDatabase } from "@/db/setup";

export const dynamic = "force-dynamic";

/** GET /api/health: 200 once the database is migrated and the shipped articles are loaded. */
export async function GET() {
  try {
    const seed = await setupDatabase();
    return Response.json({ ok: true, articles: seed.articles });
  } catch (err) {
    console.error("[factdeck] health check failed", err);
    return Response.json({ ok: false, error: "The database is not ready." }, { status: 503 });
  }
}

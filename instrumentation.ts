// Next calls register() once when a server process starts: the database is migrated and the
// shipped articles are loaded before the first request is served.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { setupDatabase } = await import("./db/setup");
  const started = Date.now();
  const result = await setupDatabase();
  console.log(`[factdeck] database ready: ${result.articles} shipped articles, ${result.updated} updated (${Date.now() - started} ms)`);
}

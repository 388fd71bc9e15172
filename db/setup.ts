import "server-only";
import { migrateDatabase } from "./migrate";
import { regenerateUserArticles, seedShippedArticles, type SeedResult } from "./seed";

// Kept on globalThis: Next may load this module in more than one bundle of the same process
// (instrumentation, route handlers), and the set-up must still run once.
const globalForSetup = globalThis as unknown as { factdeckSetup?: Promise<SeedResult> };

/** Migrations, then the shipped question bank, then learners' articles of an older generator: run once per process, at start. */
export function setupDatabase(): Promise<SeedResult> {
  globalForSetup.factdeckSetup ??= (async () => {
    await migrateDatabase();
    const seeded = await seedShippedArticles();
    await regenerateUserArticles();
    return seeded;
  })();
  return globalForSetup.factdeckSetup;
}

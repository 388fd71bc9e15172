import "server-only";
import path from "node:path";
import { migrate } from "drizzle-orm/libsql/migrator";
import { db, dbReady } from "./client";

/** Applies the committed drizzle-kit migrations (db/migrations); a no-op when they are applied. */
export async function migrateDatabase(): Promise<void> {
  await dbReady;
  await migrate(db, { migrationsFolder: path.join(process.cwd(), "db", "migrations") });
}

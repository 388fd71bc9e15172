import "server-only";
import { db } from "./client";
import { migrateDatabase } from "./migrate";
import { user } from "./schema";

/** Migrates the test file's throwaway database (see scripts/vitest-setup.ts). */
export async function freshDatabase() {
  await migrateDatabase();
  return db;
}

/** Makes a user row directly (the auth flow itself is tested end to end). */
export async function makeUser(id: string, opts: { anonymous?: boolean } = {}) {
  await db.insert(user).values({ id, name: id, email: `${id}@test.invalid`, isAnonymous: opts.anonymous ?? false });
  return id;
}

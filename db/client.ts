import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { env } from "@/config/env";
import * as schema from "./schema";

export type Db = LibSQLDatabase<typeof schema>;

/** Makes the folder of a file: database exist (libSQL does not create it). */
function ensureDir(url: string) {
  if (!url.startsWith("file:")) return;
  const file = url.slice("file:".length).split("?")[0] ?? "";
  if (file && file !== ":memory:") mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
}

function connect(): { client: Client; db: Db; ready: Promise<void> } {
  ensureDir(env.DATABASE_URL);
  // The embedded driver waits for a lock synchronously, so Factdeck writes with atomic batches
  // (db.batch) and never holds an interactive transaction open across an await: a second statement
  // of the same process waiting on it would block the event loop the first needs to finish. The busy
  // timeout covers other processes; libSQL turns foreign keys on by itself.
  const isFile = env.DATABASE_URL.startsWith("file:");
  const client = createClient({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN, timeout: 5000 });
  // WAL (kept in the file) lets readers go on while a review is written.
  const ready = isFile
    ? client.execute("PRAGMA journal_mode = WAL").then(() => undefined)
    : Promise.resolve();
  return { client, db: drizzle(client, { schema }), ready };
}

// One connection per process, kept on globalThis so dev-mode hot reloads do not open another.
const globalForDb = globalThis as unknown as { factdeckDb?: ReturnType<typeof connect> };
const conn = (globalForDb.factdeckDb ??= connect());

export const db = conn.db;
export const dbClient = conn.client;
/** Resolves once the connection's pragmas are set. */
export const dbReady = conn.ready;

import "server-only";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import Database from "libsql";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { env } from "@/config/env";
import * as schema from "./schema";

type Db = LibSQLDatabase<typeof schema>;

/**
 * Makes the folder of a file: database exist (libSQL does not create it) and keeps what is in it
 * private: the database holds password hashes and session tokens. A folder made here is 0700, and
 * so is the app's own `data/` folder; the database file is created 0600 before libSQL opens it, and
 * an existing database, WAL or SHM file is set to 0600 (SQLite gives the WAL and SHM files the
 * database file's mode when it creates them). A folder named by DATABASE_URL that already exists
 * elsewhere (e.g. /var/lib/…) keeps its mode: it may be shared on purpose.
 */
export function secureDatabaseFile(url: string, appDataDir = path.resolve(/*turbopackIgnore: true*/ "data")): void {
  if (!url.startsWith("file:")) return;
  const file = url.slice("file:".length).split("?")[0] ?? "";
  if (!file || file === ":memory:") return;
  const full = path.resolve(/*turbopackIgnore: true*/ file);
  const dir = path.dirname(full);
  // Every folder this makes is 0700 (a umask only ever removes bits).
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (dir === appDataDir || dir.startsWith(appDataDir + path.sep)) chmodSync(appDataDir, 0o700);
  closeSync(openSync(full, "a", 0o600));
  for (const suffix of ["", "-wal", "-shm"]) {
    if (existsSync(full + suffix)) chmodSync(full + suffix, 0o600);
  }
}

function connect(): { client: Client; db: Db; ready: Promise<void> } {
  secureDatabaseFile(env.DATABASE_URL);
  // The embedded driver waits for a lock synchronously, so Factdeck writes with atomic batches
  // (db.batch) and never holds an interactive transaction open across an await: a second statement
  // of the same process waiting on it would block the event loop the first needs to finish. The busy
  // timeout covers other processes; libSQL turns foreign keys on by itself.
  const isFile = env.DATABASE_URL.startsWith("file:");
  const client = createClient({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN, timeout: 5000 });
  // WAL (kept in the file) lets readers go on while a review is written. With WAL, synchronous =
  // NORMAL syncs at checkpoints instead of at every commit: a commit survives the process dying
  // (kill -9, a crash: the reliability bench checks it), only a power cut or OS crash can lose the
  // last commits, never corrupt the file (docs/decisions.md). It takes ~1.7 ms off every review.
  const ready = isFile
    ? client
        .execute("PRAGMA journal_mode = WAL")
        .then(() => client.execute("PRAGMA synchronous = NORMAL"))
        .then(() => undefined)
    : Promise.resolve();
  return { client, db: drizzle(client, { schema }), ready };
}

/** A value bound to a raw statement's `?`. */
type RawArg = string | number | null;
export interface RawStatement {
  sql: string;
  args: readonly RawArg[];
}

/**
 * Hand-written SQL on statements prepared once and kept, for the hot paths (recording a review):
 * through drizzle and @libsql/client every call builds and parses its statement again, which costs
 * more than the lookups themselves. For a file: database this is a second connection to the same
 * file on libSQL's synchronous driver (the one @libsql/client itself runs on); for a remote
 * database the calls go through the shared client. Like everything in db/, nothing holds a
 * transaction across an await: `batch` runs its statements in one synchronous BEGIN IMMEDIATE …
 * COMMIT, so the two connections of a process never wait on each other. When another process
 * (`npm start` runs one per core) holds the write lock, the call waits for it without blocking the
 * event loop (see `whenFree`), up to the same 5 s as the busy timeout before.
 */
export interface RawDb {
  get<T>(sql: string, args?: readonly RawArg[]): Promise<T | undefined>;
  /** Every row of a read, as objects keyed by column name. */
  all<T>(sql: string, args?: readonly RawArg[]): Promise<T[]>;
  /** Runs the statements atomically; returns each one's number of changed rows. */
  batch(stmts: readonly RawStatement[]): Promise<number[]>;
}

const BUSY_MS = 5000;

/**
 * Runs `run` (synchronous statements on the kept connection) and, while the database is locked by
 * another process (SQLITE_BUSY), runs it again later, for up to BUSY_MS; then the error is thrown as
 * the busy timeout threw it. SQLite's own busy handler sleeps inside the call (1, 2, 5, 10 ms …) with
 * the event loop blocked, though the other process holds the lock for a fraction of a millisecond
 * (one review's batch); here the process serves its other requests meanwhile. A failed batch was
 * rolled back, so running it again is safe.
 */
async function whenFree<T>(run: () => T): Promise<T> {
  const until = Date.now() + BUSY_MS;
  for (let tries = 0; ; tries++) {
    try {
      return run();
    } catch (err) {
      if ((err as { code?: unknown } | null)?.code !== "SQLITE_BUSY" || Date.now() > until) throw err;
    }
    // The first few tries after the I/O already waiting, then every millisecond or so.
    await new Promise<void>((resolve) => (tries < 4 ? setImmediate(resolve) : setTimeout(resolve, Math.min(tries - 3, 5))));
  }
}

function localRaw(file: string): RawDb {
  let conn: Database.Database | null = null;
  const kept = new Map<string, Database.Statement>();
  const open = () => {
    if (!conn) {
      // No busy timeout: a locked database throws SQLITE_BUSY at once and whenFree waits for it.
      conn = new Database(file, { timeout: 0 });
      conn.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 0;");
    }
    return conn;
  };
  const prepared = (sql: string) => {
    let s = kept.get(sql);
    if (!s) {
      s = open().prepare(sql);
      kept.set(sql, s);
    }
    return s;
  };
  return {
    get<T>(sql: string, args: readonly RawArg[] = []) {
      return whenFree(() => (prepared(sql).get(...args) ?? undefined) as T | undefined);
    },
    all<T>(sql: string, args: readonly RawArg[] = []) {
      return whenFree(() => prepared(sql).all(...args) as T[]);
    },
    batch(stmts: readonly RawStatement[]) {
      return whenFree(() => {
        const c = open();
        const ps = stmts.map((s) => prepared(s.sql));
        c.exec("BEGIN IMMEDIATE");
        try {
          const out = ps.map((p, i) => Number(p.run(...stmts[i]!.args).changes));
          c.exec("COMMIT");
          return out;
        } catch (err) {
          if (c.inTransaction) c.exec("ROLLBACK");
          throw err;
        }
      });
    },
  };
}

function remoteRaw(client: Client): RawDb {
  return {
    async get<T>(sql: string, args: readonly RawArg[] = []) {
      const r = await client.execute({ sql, args: [...args] });
      const row = r.rows[0];
      return row ? (Object.fromEntries(r.columns.map((c, i) => [c, row[i]])) as T) : undefined;
    },
    async all<T>(sql: string, args: readonly RawArg[] = []) {
      const r = await client.execute({ sql, args: [...args] });
      return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]])) as T);
    },
    async batch(stmts: readonly RawStatement[]) {
      const out = await client.batch(
        stmts.map((s) => ({ sql: s.sql, args: [...s.args] })),
        "write",
      );
      return out.map((r) => r.rowsAffected);
    },
  };
}

function rawFor(url: string, client: Client): RawDb {
  const file = url.startsWith("file:") ? (url.slice("file:".length).split("?")[0] ?? "") : "";
  return file && file !== ":memory:" ? localRaw(file) : remoteRaw(client);
}

// One connection per process, kept on globalThis so dev-mode hot reloads do not open another.
const globalForDb = globalThis as unknown as { factdeckDb?: ReturnType<typeof connect>; factdeckRaw?: RawDb };
const conn = (globalForDb.factdeckDb ??= connect());
/** The process's kept-statement connection (see RawDb); opened at its first use, after `dbReady`. */
export const raw: RawDb = (globalForDb.factdeckRaw ??= rawFor(env.DATABASE_URL, conn.client));

export const db = conn.db;
export const dbClient = conn.client;
/** Resolves once the connection's pragmas are set. */
export const dbReady = conn.ready;

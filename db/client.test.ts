import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import Database from "libsql";
import { afterAll, describe, expect, it } from "vitest";
import { dbClient, dbReady, raw, secureDatabaseFile } from "./client";

const root = mkdtempSync(path.join(tmpdir(), "factdeck-perms-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const mode = (p: string) => statSync(p).mode & 0o777;

describe("secureDatabaseFile (issue 10: the database holds password hashes and session tokens)", () => {
  it("creates the folder 0700 and the database 0600, and SQLite's WAL and SHM files follow the database's mode", async () => {
    const data = path.join(root, "app", "data");
    const file = path.join(data, "factdeck.db");
    secureDatabaseFile(`file:${file}`, data);
    expect(mode(data)).toBe(0o700);
    expect(mode(path.join(root, "app"))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    const client = createClient({ url: `file:${file}` });
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("create table t (x)");
    await client.execute("insert into t values (1)");
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(`${file}-shm`)).toBe(0o600);
    client.close();
  });

  it("tightens an existing world-readable database, WAL, SHM and the app's data folder", () => {
    const data = path.join(root, "old", "data");
    const file = path.join(data, "factdeck.db");
    secureDatabaseFile(`file:${file}`, data);
    for (const suffix of ["", "-wal", "-shm"]) {
      writeFileSync(file + suffix, "");
      chmodSync(file + suffix, 0o644);
    }
    chmodSync(data, 0o755);
    secureDatabaseFile(`file:${file}`, data);
    expect(mode(data)).toBe(0o700);
    for (const suffix of ["", "-wal", "-shm"]) expect(mode(file + suffix)).toBe(0o600);
  });

  it("leaves an existing folder outside the app's data folder as it is, and ignores non-file URLs", () => {
    const shared = path.join(root, "shared");
    secureDatabaseFile(`file:${path.join(shared, "x.db")}`, path.join(root, "elsewhere"));
    chmodSync(shared, 0o755);
    secureDatabaseFile(`file:${path.join(shared, "x.db")}`, path.join(root, "elsewhere"));
    expect(mode(shared)).toBe(0o755);
    expect(mode(path.join(shared, "x.db"))).toBe(0o600);
    expect(() => secureDatabaseFile("libsql://example.test", root)).not.toThrow();
    expect(() => secureDatabaseFile("file::memory:", root)).not.toThrow();
  });
});

describe("the connection (issue 11)", () => {
  it("writes ahead (WAL) and syncs at checkpoints, not at every commit (synchronous = NORMAL)", async () => {
    await dbReady;
    expect((await dbClient.execute("PRAGMA journal_mode")).rows[0]?.[0]).toBe("wal");
    expect(Number((await dbClient.execute("PRAGMA synchronous")).rows[0]?.[0])).toBe(1);
  });

  it("waits for another process's write lock without blocking the event loop, then writes", async () => {
    await dbReady;
    await raw.batch([{ sql: "create table if not exists busy_probe (x integer)", args: [] }]);
    const other = new Database(process.env.DATABASE_URL!.slice("file:".length), { timeout: 0 });
    other.exec("BEGIN IMMEDIATE");
    other.prepare("insert into busy_probe values (1)").run();
    let written = false;
    const write = raw.batch([{ sql: "insert into busy_probe values (?)", args: [2] }]).then((n) => {
      written = true;
      return n;
    });
    // The event loop runs timers while the write waits (SQLite's busy handler would sleep in the call).
    await new Promise((r) => setTimeout(r, 30));
    expect(written).toBe(false);
    other.exec("COMMIT");
    other.close();
    expect(await write).toEqual([1]);
    expect(await raw.all<{ x: number }>("select x from busy_probe order by x")).toEqual([{ x: 1 }, { x: 2 }]);
  });
});

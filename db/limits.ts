import "server-only";
import { randomUUID } from "node:crypto";
import { dbClient } from "./client";

/**
 * Counters and locks that must hold across server processes (`npm start` runs one per core), kept
 * in the database rather than in a process's memory. Each check-and-count is one atomic statement,
 * so two processes never both take the last slot.
 */

const DAY_MS = 24 * 3_600_000;

async function changes(sql: string, args: (string | number)[]): Promise<number> {
  return (await dbClient.execute({ sql, args })).rowsAffected;
}

/**
 * Counts one hit of `key` at `now` if fewer than `max` were counted in the `windowMs` before it (a
 * sliding window). Returns null when counted, else the milliseconds until one more is allowed.
 */
export async function takeLimit({ key, max, windowMs, now }: { key: string; max: number; windowMs: number; now: number }): Promise<number | null> {
  const since = now - windowMs;
  const counted = await changes(`insert into limit_hits (key, at) select ?, ? where (select count(*) from limit_hits where key = ? and at > ?) < ?`, [
    key,
    now,
    key,
    since,
    max,
  ]);
  // Forget old hits now and then, so the table does not grow without bound.
  if (Math.random() < 0.01) await changes(`delete from limit_hits where at <= ?`, [now - DAY_MS]);
  if (counted === 1) return null;
  const oldest = await dbClient.execute({ sql: `select min(at) as at from limit_hits where key = ? and at > ?`, args: [key, since] });
  const at = Number(oldest.rows[0]?.at ?? now);
  return Math.max(0, at + windowMs - now);
}

/** Hits of `key` in the `windowMs` before `now`. */
export async function countHits({ key, windowMs, now }: { key: string; windowMs: number; now: number }): Promise<number> {
  const r = await dbClient.execute({ sql: `select count(*) as n from limit_hits where key = ? and at > ?`, args: [key, now - windowMs] });
  return Number(r.rows[0]?.n ?? 0);
}

/** Counts one hit of `key` at `now`, unconditionally. */
export async function addHit({ key, now }: { key: string; now: number }): Promise<void> {
  await changes(`insert into limit_hits (key, at) values (?, ?)`, [key, now]);
  if (Math.random() < 0.01) await changes(`delete from limit_hits where at <= ?`, [now - DAY_MS]);
}

/** Forgets every hit of `key`. */
export async function clearHits(key: string): Promise<void> {
  await changes(`delete from limit_hits where key = ?`, [key]);
}

/**
 * Takes the lease on `key` for `ttlMs` if nobody holds it (or the holder's lease ran out: a process
 * that died mid-job). Returns a release function, or null when another holds it.
 */
export async function takeLease({ key, ttlMs, now }: { key: string; ttlMs: number; now: number }): Promise<(() => Promise<void>) | null> {
  const token = randomUUID();
  const taken = await changes(
    `insert into job_leases (key, token, expires_at) values (?, ?, ?)
     on conflict (key) do update set token = excluded.token, expires_at = excluded.expires_at where job_leases.expires_at <= ?`,
    [key, token, now + ttlMs, now],
  );
  if (taken !== 1) return null;
  return async () => {
    await changes(`delete from job_leases where key = ? and token = ?`, [key, token]);
  };
}

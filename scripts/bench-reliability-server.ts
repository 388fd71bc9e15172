// The parts of `npm run bench -- --reliability` that need a real server (issue 10): kill -9 under
// load, and a soak of simulated learners. Each runs the production build (NEXT_DIST_DIR, default
// .next; build first) on a port and a database file of its own: the crash `next start` itself (one
// process to kill), the soak `npm start`'s script (scripts/start.mjs), the documented start.
// Sizes: RELIABILITY_SOAK_LEARNERS (200), RELIABILITY_SOAK_SECONDS (60), RELIABILITY_PORT (3419).
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { startServer as startProduction } from "./bench-http";

export interface CrashFigure {
  acked: number;
  found: number;
  duplicates: number;
  integrity: string;
  ok: boolean;
}
export interface SoakFigure {
  learners: number;
  seconds: number;
  requests: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  /** Server processes (start.mjs's cluster, one per core unless WEB_CONCURRENCY says otherwise). */
  processes: number;
  /** p99 of the first and of the last 10 s of the load. */
  p99First10sMs: number;
  p99Last10sMs: number;
  /** RSS of the whole server (start.mjs's primary and its server processes): when it is ready, the moment the load stops, and once it settled. */
  rssStartMB: number;
  rssEndMB: number;
  rssSettledMB: number;
  /** Seconds after the load until the RSS was within 15 % of its start (at most SOAK_SETTLE_SECONDS, 60); null when it never was. */
  idleAfterS: number | null;
  ok: boolean;
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

async function startServer(port: number, dbFile: string): Promise<ChildProcess> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(path.join(root, distDir, "BUILD_ID")))
    throw new Error(`No production build in ${distDir}: run \`NEXT_DIST_DIR=${distDir} npx next build\` first.`);
  const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: `file:${dbFile}`,
      BETTER_AUTH_SECRET: "reliability-bench-secret-0123456789",
      AUTH_RATE_LIMIT: "off",
      NODE_ENV: "production",
    },
    stdio: "ignore",
  });
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    const ok = await fetch(`http://localhost:${port}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill("SIGKILL");
  throw new Error("The server did not start.");
}

function stop(server: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once("exit", () => resolve());
    server.kill(signal);
  });
}

/** A guest of the server: its cookie, and calls that carry it. */
async function guest(base: string) {
  const res = await fetch(`${base}/api/auth/sign-in/anonymous`, { method: "POST", headers: { origin: base, "content-type": "application/json" }, body: "{}" });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const headers = { cookie, origin: base, "content-type": "application/json" };
  return {
    next: async () => (await (await fetch(`${base}/api/study/next?limit=5`, { headers })).json()) as { cards: { questionId: string }[] },
    review: (id: string, questionId: string) =>
      fetch(`${base}/api/reviews`, { method: "POST", headers, body: JSON.stringify({ id, questionId, response: { rating: 3 }, durationMs: 1000 }) }),
    get: (p: string) => fetch(`${base}${p}`, { headers }),
  };
}

/** Learners answer as fast as they can; the server is killed with SIGKILL mid-load; every acknowledged review must be there once, and the file intact. */
export async function crashUnderLoad({ port, learners = 20, runMs = 3_000 }: { port: number; learners?: number; runMs?: number }): Promise<CrashFigure> {
  const dir = mkdtempSync(path.join(tmpdir(), "factdeck-crash-"));
  const dbFile = path.join(dir, "crash.db");
  try {
    const base = `http://localhost:${port}`;
    const server = await startServer(port, dbFile);
    const people = await Promise.all(Array.from({ length: learners }, () => guest(base)));
    const acked: string[] = [];
    let stopAt = false;
    const loops = people.map(async (p) => {
      const { cards } = await p.next();
      for (let i = 0; !stopAt && cards.length; i++) {
        const id = randomUUID();
        const res = await p.review(id, cards[i % cards.length]!.questionId).catch(() => null);
        if (res && (res.status === 201 || res.status === 200)) acked.push(id);
        if (!res) return;
      }
    });
    await new Promise((r) => setTimeout(r, runMs));
    await stop(server, "SIGKILL");
    stopAt = true;
    await Promise.allSettled(loops);
    // A restart recovers the WAL; then look at the file directly.
    const again = await startServer(port, dbFile);
    await stop(again);
    const client = createClient({ url: `file:${dbFile}` });
    let found = 0;
    let duplicates = 0;
    for (const id of acked) {
      const n = Number((await client.execute({ sql: "select count(*) as n from reviews where id = ?", args: [id] })).rows[0]?.n ?? 0);
      if (n >= 1) found++;
      if (n > 1) duplicates++;
    }
    const integrity = String((await client.execute("pragma integrity_check")).rows[0]?.[0] ?? "");
    client.close();
    return { acked: acked.length, found, duplicates, integrity, ok: acked.length > 0 && found === acked.length && duplicates === 0 && integrity === "ok" };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function firstCard(text: string): { questionId: string } | undefined {
  try {
    return (JSON.parse(text) as { cards?: { questionId: string }[] }).cards?.[0];
  } catch {
    return undefined;
  }
}

/**
 * Simulated learners study for a while (next card, answer, think 0.5–1.5 s); no answer may be a 5xx or fail.
 * The server is started the documented way (`npm start`'s scripts/start.mjs: one `next start`
 * process per core, WEB_CONCURRENCY honoured), on a fresh database.
 *
 * Memory: "back to idle after" the load is read as a settling, not at the instant the load stops.
 * V8 keeps a heap that grew under load until its next major GC, which an idle process runs only
 * after some seconds (the memory reducer), so RSS read the moment the last answer arrives is the
 * peak, not what the process keeps. The bench reads RSS once a second for up to 60 s after the load
 * and reports how long it took to come within 15 % of the RSS at start (`idleAfterS`), beside the
 * reading at the instant (`rssEndMB`), so both are visible and nothing is forced (no GC is asked for).
 */
export async function soak({ port, learners, seconds }: { port: number; learners: number; seconds: number }): Promise<SoakFigure> {
  const dir = mkdtempSync(path.join(tmpdir(), "factdeck-soak-"));
  try {
    const base = `http://localhost:${port}`;
    const wanted = Number(process.env.WEB_CONCURRENCY);
    const processes = Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism();
    const server = await startProduction({ port, dbFile: path.join(dir, "soak.db"), processes, viaStartScript: true });
    const rssStartMB = server.rssMB();
    const people = await Promise.all(Array.from({ length: learners }, () => guest(base)));
    const latencies: { at: number; ms: number }[] = [];
    let errors = 0;
    const from = Date.now();
    const until = from + seconds * 1000;
    const timed = async (call: () => Promise<Response>): Promise<{ status: number; text: string } | null> => {
      const t = performance.now();
      try {
        const res = await call();
        const text = await res.text();
        latencies.push({ at: Date.now(), ms: performance.now() - t });
        if (res.status >= 500) errors++;
        return { status: res.status, text };
      } catch {
        errors++;
        return null;
      }
    };
    let seed = 20261201;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    await Promise.all(
      people.map(async (p, i) => {
        await new Promise((r) => setTimeout(r, (i * 997) % 1000));
        while (Date.now() < until) {
          const res = await timed(() => p.get("/api/study/next?limit=5"));
          const card = res && res.status === 200 ? firstCard(res.text) : undefined;
          if (card) await timed(() => p.review(randomUUID(), card.questionId));
          if (random() < 0.05) await timed(() => p.get("/api/progress"));
          await new Promise((r) => setTimeout(r, 500 + random() * 1000));
        }
      }),
    );
    const loadEnded = Date.now();
    const rssEndMB = server.rssMB();
    let rssSettledMB = rssEndMB;
    let idleAfterS: number | null = null;
    const settleMs = Number(process.env.SOAK_SETTLE_SECONDS ?? 60) * 1000;
    while (Date.now() - loadEnded < settleMs) {
      rssSettledMB = server.rssMB();
      if (rssSettledMB <= rssStartMB * 1.15) {
        idleAfterS = (Date.now() - loadEnded) / 1000;
        break;
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    await server.stop();
    const all = latencies.map((l) => l.ms);
    return {
      learners,
      seconds,
      processes,
      requests: latencies.length + errors,
      errors,
      p50Ms: quantile(all, 0.5),
      p99Ms: quantile(all, 0.99),
      p99First10sMs: quantile(
        latencies.filter((l) => l.at < from + 10_000).map((l) => l.ms),
        0.99,
      ),
      p99Last10sMs: quantile(
        latencies.filter((l) => l.at >= until - 10_000).map((l) => l.ms),
        0.99,
      ),
      rssStartMB,
      rssEndMB,
      rssSettledMB,
      idleAfterS,
      ok: errors === 0,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

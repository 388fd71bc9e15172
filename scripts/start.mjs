#!/usr/bin/env node
// `npm start`: builds the app when there is no production build or the sources are newer than it,
// then serves it on http://localhost:${PORT:-3000} with one `next start` process per core (Node's
// cluster module: the processes share the port, the primary hands out connections in turn), all on
// the one database (file:data/factdeck.db by default). The first process migrates the database and
// loads the shipped articles; the others start once it listens, so they find it ready.
//
// WEB_CONCURRENCY=N sets the number of processes (default: the cores available). NEXT_DIST_DIR is
// the build folder (default .next); FACTDECK_NO_BUILD=1 serves the build as it is (the bench).
// A process that dies is restarted; dying at start, or three times within a minute, stops the whole
// server. SIGINT/SIGTERM/SIGHUP stop every process. `npm start` then ends the way its server did:
// the exit code, or the signal that killed it (scripts/exit-like.mjs), so a supervisor sees a crash.
import { spawnSync } from "node:child_process";
import cluster from "node:cluster";
import { existsSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { exitLike } from "./exit-like.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const sources = ["app", "components", "config", "db", "lib", "questions", "next.config.mjs", "package.json", "instrumentation.ts", "proxy.ts"];

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const name of readdirSync(p)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    max = Math.max(max, newest(path.join(p, name)));
  }
  return max;
}

if (!process.env.FACTDECK_NO_BUILD) {
  const buildId = path.join(root, distDir, "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...sources.map((s) => newest(path.join(root, s))));
  if (builtAt < changedAt) {
    console.log(builtAt ? "Sources changed since the last build: building…" : "No production build yet: building…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) exitLike(build.status, build.signal);
  }
}

const port = process.env.PORT || "3000";
const wanted = Number(process.env.WEB_CONCURRENCY);
const processes = Number.isInteger(wanted) && wanted > 0 ? wanted : os.availableParallelism();

cluster.setupPrimary({ exec: nextBin, args: ["start", "-p", port], cwd: root });

let stopping = null; // how to end ({ code, signal }), once a stop was asked for or forced
const startedAt = new Map(); // worker id → start time
const quickDeaths = [];
let firstListened = false;

let listening = 0;
function fork() {
  const worker = cluster.fork();
  startedAt.set(worker.id, Date.now());
  worker.once("listening", () => {
    if (++listening === processes) console.log(`[factdeck] all ${processes} server processes listening`);
  });
  return worker;
}

function alive() {
  return Object.values(cluster.workers ?? {}).filter(Boolean);
}

function stopAll(how) {
  if (stopping) return;
  stopping = how;
  const workers = alive();
  if (workers.length === 0) return exitLike(how.code, how.signal);
  for (const w of workers) w.process.kill("SIGTERM");
  setTimeout(() => {
    for (const w of alive()) w.process.kill("SIGKILL");
  }, 10_000).unref();
}

/** Resolves once GET /api/health answers 200: the database is migrated and seeded. */
async function ready() {
  for (;;) {
    if (stopping) return false;
    const res = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
    if (res?.ok) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const first = fork();
first.once("listening", async () => {
  firstListened = true;
  // The others start once the first has migrated and seeded the database, so no two migrate at once.
  if (!(await ready())) return;
  for (let i = 1; i < processes && !stopping; i++) fork();
  console.log(`[factdeck] serving on http://localhost:${port} with ${processes} server process${processes === 1 ? "" : "es"}`);
});

cluster.on("exit", (worker, code, signal) => {
  const age = Date.now() - (startedAt.get(worker.id) ?? 0);
  startedAt.delete(worker.id);
  if (stopping) {
    if (alive().length === 0) exitLike(stopping.code, stopping.signal);
    return;
  }
  console.error(`[factdeck] server process ${worker.process.pid} ended (${signal ?? `exit code ${code}`}) after ${Math.round(age / 1000)} s`);
  const now = Date.now();
  if (age < 15_000) quickDeaths.push(now);
  while (quickDeaths.length && now - quickDeaths[0] > 60_000) quickDeaths.shift();
  // Dying before serving (bad build, port taken, database unreadable), or over and over: stop, ending as it did.
  if (quickDeaths.length >= 3 || (worker === first && !firstListened)) {
    return stopAll(signal ? { code: null, signal } : { code: code || 1, signal: null });
  }
  fork();
});

for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => stopAll({ code: null, signal: sig }));

#!/usr/bin/env node
// `npm start`: builds the app when there is no production build or the sources are newer than it,
// then serves it on http://localhost:${PORT:-3000}. The database (file:data/factdeck.db by default)
// is migrated and the shipped articles are loaded by the server itself as it starts.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { exitLike } from "./exit-like.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const sources = ["app", "components", "db", "lib", "questions", "next.config.mjs", "package.json", "instrumentation.ts"];

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

const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...sources.map((s) => newest(path.join(root, s))));
if (builtAt < changedAt) {
  console.log(builtAt ? "Sources changed since the last build: building…" : "No production build yet: building…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
const server = spawn(process.execPath, [nextBin, "start", "-p", port], { cwd: root, stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
// A server killed by a signal makes `npm start` end by that signal too (not 0), so a supervisor restarts it.
server.on("exit", (code, signal) => exitLike(code, signal));

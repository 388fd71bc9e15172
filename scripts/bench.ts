// `npm run bench`: every performance figure of docs/performance.md and docs/benchmarks.md, as a table,
// or with `--json` as one object. Nothing here is asserted in a test: figures are medians and ratios
// to a trivial route measured in the same run, since this machine is shared and noisy.
//
//   npm run bench                        # everything (≈ 5 min; the first run also builds data/bench-scale.db)
//   npm run bench -- --json              # one JSON object on stdout, progress on stderr
//   npm run bench -- --only=http,scale   # some parts: http, cores, scale, browser, generation, database
//   npm run bench -- --reliability       # only issue 10's reliability checks (scripts/bench-reliability.ts):
//                                        # `{ "reliability": { …, "ok" } }`, exit code 1 when one fails;
//                                        # `--no-server` leaves its server parts out
//
// Environment: NEXT_DIST_DIR (build folder, default .next), BENCH_PORT (default 3420; the bench uses
// it and the next two), BENCH_SECONDS (seconds per load run, default 3), BENCH_ROUNDS (default 3;
// the cores part runs at least 5).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { childPids, cpuSeconds, guest, load, median, request, reviewBody, root, startServer, type LoadResult, type Server } from "./bench-http";

const argv = process.argv.slice(2);
const json = argv.includes("--json");
const only = argv
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const wants = (part: string) => !only || only.includes(part);
const log = (s: string) => console.error(s);
const PORT = Number(process.env.BENCH_PORT ?? 3420);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Rounds of the cores part: BENCH_ROUNDS, at least 5 (its figure is a ratio of two noisy rates). */
const CORES_ROUNDS = Math.max(ROUNDS, 5);
const CONNECTIONS = 32;
const round2 = (n: number) => Math.round(n * 100) / 100;

function ensureBuild() {
  const dist = process.env.NEXT_DIST_DIR ?? ".next";
  const buildId = path.join(root, dist, "BUILD_ID");
  const newest = (p: string): number => {
    if (!existsSync(p)) return 0;
    const s = statSync(p);
    if (!s.isDirectory()) return s.mtimeMs;
    return Math.max(
      0,
      ...readdirSync(p)
        .filter((n) => n !== "node_modules" && !n.startsWith("."))
        .map((n) => newest(path.join(p, n))),
    );
  };
  const changed = Math.max(...["app", "components", "db", "lib", "questions", "next.config.mjs", "instrumentation.ts"].map((s) => newest(path.join(root, s))));
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= changed) return;
  log(`building (${dist})…`);
  const r = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0) throw new Error("next build failed");
}

function freshDb(name: string): string {
  const dir = path.join(root, "data", "bench");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-${process.pid}.db`);
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  return file;
}

function dropDb(file: string) {
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
}

interface Learner {
  cookie: string;
  questions: string[];
}

async function learners(base: string, n: number): Promise<Learner[]> {
  const out: Learner[] = [];
  for (let i = 0; i < n; i++) {
    const cookie = await guest(base);
    const r = await request(`${base}/api/study/next?limit=50`, { headers: { cookie } });
    const questions = (JSON.parse(r.body) as { cards: { questionId: string }[] }).cards.map((c) => c.questionId);
    out.push({ cookie, questions });
  }
  return out;
}

type Route = "health" | "studyNext" | "reviews" | "progress";

interface BenchRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

function requestFor(route: Route, base: string, people: Learner[]) {
  const counters = people.map(() => 0);
  return (i: number): BenchRequest => {
    const p = people[i % people.length]!;
    switch (route) {
      case "health":
        return { url: `${base}/api/health` };
      case "studyNext":
        return { url: `${base}/api/study/next?limit=20`, headers: { cookie: p.cookie } };
      case "progress":
        return { url: `${base}/api/progress`, headers: { cookie: p.cookie } };
      case "reviews": {
        const q = p.questions[counters[i % people.length]!++ % p.questions.length]!;
        return {
          url: `${base}/api/reviews`,
          method: "POST",
          headers: { cookie: p.cookie, "content-type": "application/json", origin: base },
          body: reviewBody(q),
        };
      }
    }
  };
}

/** ROUNDS interleaved runs of each route; per route the run with the median rate. */
async function throughput(server: Server, people: Learner[], routes: Route[]): Promise<Record<Route, LoadResult>> {
  const runs = new Map<Route, LoadResult[]>(routes.map((r) => [r, []]));
  for (let i = 0; i < ROUNDS; i++) {
    for (const route of routes) {
      const r = await load({ connections: CONNECTIONS, seconds: SECONDS, make: requestFor(route, server.base, people) });
      runs.get(route)!.push(r);
      log(`  ${route.padEnd(9)} round ${i + 1}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms, ${r.errors} errors`);
    }
  }
  const pick = (xs: LoadResult[]) => {
    const s = [...xs].sort((a, b) => a.rps - b.rps);
    const m = s[Math.floor(s.length / 2)]!;
    return { ...m, errors: xs.reduce((n, x) => n + x.errors, 0) };
  };
  return Object.fromEntries([...runs.entries()].map(([k, v]) => [k, pick(v)])) as Record<Route, LoadResult>;
}

/** ~1,000 words of news text from the shipped articles (bodies only). */
function thousandWords(): string {
  const dir = path.join(root, "questions", "articles");
  const bodies = readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) =>
      readFileSync(path.join(dir, f), "utf8")
        .replace(/^---[\s\S]*?---/, "")
        .trim(),
    );
  const words = bodies.join("\n\n").split(/(\s+)/);
  let out = "";
  let n = 0;
  for (const w of words) {
    if (/\S/.test(w)) n++;
    if (n > 1000) break;
    out += w;
  }
  return out.trim();
}

async function pasteMs(base: string): Promise<number> {
  const cookie = await guest(base);
  const text = thousandWords();
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const r = await request(`${base}/api/articles`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", origin: base },
      // a new text each time: the same text pasted again is recognised as a duplicate (200, nothing generated)
      body: JSON.stringify({ text: `${text}\n\nThis copy was pasted as number ${i + 1} of process ${process.pid}.`, title: `Bench paste ${i} ${process.pid}` }),
    });
    const ms = performance.now() - t;
    if (r.status !== 201) throw new Error(`paste failed: ${r.status} ${r.body.slice(0, 200)}`);
    if (i > 0) times.push(ms); // the first paste warms the generator up
  }
  return median(times);
}

const result: Record<string, unknown> = {};

async function main() {
  const t0 = Date.now();
  const cores = os.availableParallelism();

  if (wants("http") || wants("browser") || wants("generation") || wants("cores")) ensureBuild();

  if (wants("http") || wants("browser") || wants("generation")) {
    const db = freshDb("one");
    log(`one server process on :${PORT}…`);
    const server = await startServer({ port: PORT, dbFile: db, processes: 1 });
    try {
      if (wants("http")) {
        const people = await learners(server.base, CONNECTIONS);
        const single = await throughput(server, people, ["health", "studyNext", "reviews", "progress"]);
        const trivial = single.health.rps;
        result.reviews = {
          httpRps: single.reviews.rps,
          trivialRps: trivial,
          ratio: single.reviews.rps / trivial,
          limitRps: null as number | null,
          p50Ms: single.reviews.p50Ms,
          p99Ms: single.reviews.p99Ms,
          errors: single.reviews.errors,
        };
        result.studyNext = { rps: single.studyNext.rps, ratio: single.studyNext.rps / trivial, p99Ms: single.studyNext.p99Ms, errors: single.studyNext.errors };
        result.progress = { rps: single.progress.rps, ratio: single.progress.rps / trivial, p99Ms: single.progress.p99Ms, errors: single.progress.errors };
        result.health = { rps: trivial, p99Ms: single.health.p99Ms, errors: single.health.errors };
      }
      if (wants("browser")) {
        const { launch, pagePaths, pageWeight, studyLatency } = await import("./bench-browser");
        const browser = await launch();
        try {
          log("page weight…");
          result.pageWeightKB = await pageWeight(browser, server.base, await pagePaths(server.base, await guest(server.base)));
          log("study latency…");
          const lat = await studyLatency(browser, server.base);
          result.studyLatencyMs = lat.medianMs;
          result.studyLatencySamplesMs = lat.samples;
        } finally {
          await browser.close();
        }
      }
      if (wants("generation")) {
        log("paste a 1,000-word article…");
        result.generation = { pasteMs: await pasteMs(server.base) };
      }
    } finally {
      await server.stop();
      dropDb(db);
    }
  }

  if (wants("cores")) {
    // One process and one per core side by side, each on a fresh database of its own, measured in
    // interleaved rounds (this machine is shared: a figure taken minutes apart compares little).
    const dbOne = freshDb("cores-one");
    const dbMany = freshDb("cores-many");
    log(`cores: one server process on :${PORT + 1}, ${cores} on :${PORT + 2} (scripts/start.mjs)…`);
    const one = await startServer({ port: PORT + 1, dbFile: dbOne, processes: 1 });
    const many = await startServer({ port: PORT + 2, dbFile: dbMany, processes: cores });
    try {
      const peopleOne = await learners(one.base, CONNECTIONS);
      const peopleMany = await learners(many.base, CONNECTIONS);
      // Uncounted warm-up of the same load on each arm, so no counted round measures a process
      // compiling the route: at least two seconds each, and for the cluster until every one of its
      // server processes used ≥ 0.5 s of CPU in the last second of load (each gets its share of the
      // connections; the second process starts after the first, and startServer waits until it listens).
      for (const [server, people] of [
        [one, peopleOne],
        [many, peopleMany],
      ] as const) {
        const workers = server === many ? childPids(many.child.pid!) : [server.child.pid!];
        for (let s = 0; s < 8; s++) {
          const before = workers.map(cpuSeconds);
          await load({ connections: CONNECTIONS, seconds: 1, make: requestFor("reviews", server.base, people) });
          const used = workers.map((p, k) => cpuSeconds(p) - before[k]!);
          if (s >= 1 && used.every((u) => u >= 0.5)) break;
          if (s === 7) log(`  warm-up: a server process still used only ${Math.min(...used).toFixed(2)} s of CPU in a second of load`);
        }
      }
      const runsOne: LoadResult[] = [];
      const runsMany: LoadResult[] = [];
      // At least five rounds (a round is one run of each arm), the arms' order swapped every round so
      // a drift of the machine's load favours neither.
      for (let i = 0; i < CORES_ROUNDS; i++) {
        const arms = [
          [one, peopleOne, runsOne, "1 process"],
          [many, peopleMany, runsMany, `${cores} processes`],
        ] as const;
        for (const [server, people, runs, name] of i % 2 ? [arms[1], arms[0]] : arms) {
          const r = await load({ connections: CONNECTIONS, seconds: SECONDS, make: requestFor("reviews", server.base, people) });
          runs.push(r);
          log(
            `  reviews, ${name.padEnd(11)} round ${i + 1}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms, ${r.errors} errors`,
          );
        }
      }
      const med = (xs: LoadResult[]) => median(xs.map((x) => x.rps));
      const ratios = runsMany.map((m, i) => m.rps / runsOne[i]!.rps);
      result.cores = {
        cores,
        processes: cores,
        reviewsRps: med(runsMany),
        singleReviewsRps: med(runsOne),
        speedup: med(runsMany) / med(runsOne),
        roundSpeedups: ratios.map(round2),
        p99Ms: median(runsMany.map((x) => x.p99Ms)),
        errors: [...runsOne, ...runsMany].reduce((n, x) => n + x.errors, 0),
      };
    } finally {
      await Promise.all([one.stop(), many.stop()]);
      dropDb(dbOne);
      dropDb(dbMany);
    }
  }

  if (wants("scale")) {
    log("scale (synthetic database)…");
    const r = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/bench-scale.ts", "--json"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error("scale bench failed");
    const scale = JSON.parse(r.stdout.trim().split("\n").pop()!) as Record<string, unknown> & { limitRps: number };
    const { limitRps, ...rest } = scale;
    result.scale = rest;
    if (result.reviews) (result.reviews as { limitRps: number }).limitRps = limitRps;
    else result.reviews = { limitRps };
  }

  if (wants("generation")) {
    log("generator (warm, NLP, CLI cold)…");
    const { benchQuestions } = await import("./bench-questions");
    const q = await benchQuestions({ runs: 15, coldRuns: 3 });
    result.questions = q;
    result.generation = {
      warmMsPer1000Words: q.generateMsPer1kWords,
      nlpMsPer1000Words: q.nlpMsPer1kWords,
      ...(result.generation as object | undefined),
      cliColdMs: q.coldCorpusMs,
    };
  }

  if (wants("database")) {
    log("database micro-bench (small file)…");
    const { benchReviews } = await import("./bench-reviews");
    result.database = await benchReviews();
  }

  result.seconds = Math.round((Date.now() - t0) / 1000);
}

function rounded(v: unknown): unknown {
  if (typeof v === "number") return round2(v);
  if (Array.isArray(v)) return v.map(rounded);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rounded(x)]));
  return v;
}

function table(r: Record<string, unknown>) {
  const get = (p: string): unknown => p.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], r);
  const row = (label: string, value: unknown, target: string, ok?: boolean) =>
    console.log(`${label.padEnd(42)} ${String(value ?? "—").padStart(10)}  ${target.padEnd(18)} ${ok === undefined ? "" : ok ? "OK" : "MISSED"}`);
  const n = (p: string) => get(p) as number | undefined;
  console.log(`${"figure".padEnd(42)} ${"value".padStart(10)}  target`);
  row("GET /api/health req/s (trivial)", n("reviews.trivialRps"), "");
  row("POST /api/reviews ratio", n("reviews.ratio"), "≥ 0.5", n("reviews.ratio") === undefined ? undefined : n("reviews.ratio")! >= 0.5);
  row("  req/s · p50 ms · p99 ms", `${n("reviews.httpRps")} · ${n("reviews.p50Ms")} · ${n("reviews.p99Ms")}`, "");
  row("  in-process limit req/s", n("reviews.limitRps"), "");
  row("GET /api/study/next ratio", n("studyNext.ratio"), "≥ 0.4", n("studyNext.ratio") === undefined ? undefined : n("studyNext.ratio")! >= 0.4);
  row("GET /api/progress ratio", n("progress.ratio"), "≥ 0.2", n("progress.ratio") === undefined ? undefined : n("progress.ratio")! >= 0.2);
  const errors = ["reviews.errors", "studyNext.errors", "progress.errors", "health.errors", "cores.errors"].reduce((s, p) => s + (n(p) ?? 0), 0);
  row("errors under load", errors, "0", errors === 0);
  row(
    `processes (${n("cores.cores")} cores) · reviews speed-up`,
    n("cores.speedup"),
    "≥ 1.6×",
    n("cores.speedup") === undefined ? undefined : n("cores.speedup")! >= 1.6,
  );
  row("scale: study queue ms", n("scale.studyQueueMs"), "≤ 5", n("scale.studyQueueMs") === undefined ? undefined : n("scale.studyQueueMs")! <= 5);
  row("scale: progress ms", n("scale.progressMs"), "≤ 10", n("scale.progressMs") === undefined ? undefined : n("scale.progressMs")! <= 10);
  row("scale: recordReview ms", n("scale.recordReviewMs"), "≤ 1.5", n("scale.recordReviewMs") === undefined ? undefined : n("scale.recordReviewMs")! <= 1.5);
  const weights = (get("pageWeightKB") ?? {}) as Record<string, number>;
  for (const [p, kb] of Object.entries(weights)) row(`page weight ${p} kB gz`, kb, "≤ 150", kb <= 150);
  row("study: key press → next card painted ms", n("studyLatencyMs"), "≤ 16", n("studyLatencyMs") === undefined ? undefined : n("studyLatencyMs")! <= 16);
  row("paste 1,000 words ms", n("generation.pasteMs"), "≤ 500", n("generation.pasteMs") === undefined ? undefined : n("generation.pasteMs")! <= 500);
  row(
    "CLI cold on the shipped articles ms",
    n("generation.cliColdMs"),
    "≤ 1500",
    n("generation.cliColdMs") === undefined ? undefined : n("generation.cliColdMs")! <= 1500,
  );
  row("generator warm ms / 1,000 words", n("generation.warmMsPer1000Words"), "");
  row("bare NLP ms / 1,000 words", n("generation.nlpMsPer1000Words"), "");
  const plans = (get("scale.plans") ?? []) as { from: string; sql: string; plan: string[]; scans: string[] }[];
  if (plans.length) {
    console.log("\nEXPLAIN QUERY PLAN (scale database)");
    for (const p of plans) console.log(`[${p.from}] ${p.sql.slice(0, 110)}…\n    ${p.plan.join("\n    ")}${p.scans.length ? "\n    ^ FULL SCAN" : ""}`);
  }
  console.log(`\n(${n("seconds")} s)`);
}

if (argv.includes("--reliability")) {
  const { benchReliability, roundFigures } = await import("./bench-reliability");
  const reliability = await benchReliability({ server: !argv.includes("--no-server") });
  console.log(JSON.stringify({ reliability: roundFigures(reliability) }, null, 2));
  if (!reliability.ok) process.exitCode = 1;
} else {
  try {
    await main();
  } catch (err) {
    console.error(err);
    process.exitCode = 1;
  }
  const out = rounded(result) as Record<string, unknown>;
  if (json) console.log(JSON.stringify(out, null, 2));
  else table(out);
}
process.exit();

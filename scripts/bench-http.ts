// HTTP side of the bench: start a production server on its own database, sign guests in, and
// drive a route with N keep-alive connections for a few seconds. Used by scripts/bench.ts.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface Server {
  base: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
  /** Resident memory of the server process tree, MB (Linux /proc). */
  rssMB(): number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** One request over the shared keep-alive agent. */
export function request(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? "GET", headers: opts.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
      res.on("error", reject);
    });
    req.on("error", reject);
    if (opts.body !== undefined) req.end(opts.body);
    else req.end();
  });
}

async function waitFor(url: string, ms: number, child: ChildProcess): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const r = await request(url);
      if (r.status === 200) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server did not answer ${url} in ${ms} ms`);
}

function treeRss(pid: number): number {
  // Sum VmRSS over the process and its descendants.
  const fs = { readdirSync, readFileSync };
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      /* gone */
    }
  }
  let kb = 0;
  const walk = (p: number) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      kb += m ? Number(m[1]) : 0;
    } catch {
      /* gone */
    }
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return Math.round(kb / 102.4) / 10;
}

/** The direct children of `pid` (Linux /proc): the server processes of start.mjs's cluster. */
export function childPids(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) out.push(Number(name));
    } catch {
      /* gone */
    }
  }
  return out;
}

/** CPU seconds (user + system) a process has used so far (Linux /proc; 0 once it is gone). */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}

/**
 * Starts a production server on `port` and the database file `dbFile`: `next start` itself for one
 * process, `npm start`'s script (scripts/start.mjs, WEB_CONCURRENCY) for more; resolves once
 * /api/health answers 200 and, for more than one process, once every process listens (start.mjs
 * prints "all N server processes listening"; the first answers /api/health before the others are
 * forked, and connections opened before they listen all go to the first). `viaStartScript` runs
 * start.mjs even for one process (the soak: the documented production start).
 */
export async function startServer({
  port,
  dbFile,
  processes,
  env = {},
  viaStartScript = false,
}: {
  port: number;
  dbFile: string;
  processes: number;
  env?: Record<string, string>;
  viaStartScript?: boolean;
}): Promise<Server> {
  const base = `http://localhost:${port}`;
  const script = viaStartScript || processes > 1;
  const command = !script
    ? [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)]
    : [path.join(root, "scripts", "start.mjs")];
  const verbose = Boolean(process.env.BENCH_VERBOSE);
  const child = spawn(process.execPath, command, {
    cwd: root,
    stdio: ["ignore", script ? "pipe" : verbose ? "inherit" : "ignore", verbose ? "inherit" : "ignore"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      WEB_CONCURRENCY: String(processes),
      DATABASE_URL: `file:${dbFile}`,
      BETTER_AUTH_URL: base,
      BETTER_AUTH_SECRET: "bench-secret-that-is-long-enough-0123456789",
      AUTH_RATE_LIMIT: "off",
      FACTDECK_NO_BUILD: "1",
      ...env,
    },
  });
  const allListening = script
    ? new Promise<void>((resolve, reject) => {
        let out = "";
        const timer = setTimeout(() => reject(new Error(`not all ${processes} server processes listened in 60 s`)), 60_000);
        child.stdout!.on("data", (chunk: Buffer) => {
          if (verbose) process.stderr.write(chunk);
          out = (out + chunk.toString("utf8")).slice(-4096);
          if (out.includes(`all ${processes} server processes listening`)) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once("exit", (code) => {
          clearTimeout(timer);
          reject(new Error(`server exited with ${code}`));
        });
      })
    : Promise.resolve();
  await waitFor(`${base}/api/health`, 60_000, child);
  await allListening;
  return {
    base,
    port,
    child,
    rssMB: () => (child.pid ? treeRss(child.pid) : 0),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}

/** Signs a new guest in; returns the Cookie header to send. */
export async function guest(base: string): Promise<string> {
  const r = await request(`${base}/api/auth/sign-in/anonymous`, { method: "POST", headers: { "content-type": "application/json", origin: base }, body: "{}" });
  if (r.status !== 200) throw new Error(`guest sign-in failed: ${r.status} ${r.body}`);
  const set = r.headers["set-cookie"] ?? [];
  return set.map((c) => c.split(";")[0]).join("; ");
}

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
}

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A request the load generator sends: the same shape `request` takes, with its URL. */
export interface LoadRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

const CRLF_CRLF = Buffer.from("\r\n\r\n");

/**
 * One keep-alive HTTP/1.1 connection for the load generator: the request written as one string,
 * the response read straight off the socket (status line, Content-Length or chunked framing; the
 * body is skipped, not decoded). node:http's client costs ~0.4–0.5 ms of CPU a request here (its
 * parser, header objects, events, a URL parse), and the generator runs on the same two cores as the
 * servers it measures; this costs a fraction of that, so more of the machine goes to the servers.
 * A connection the server closed is opened again for the next request; the request in flight when
 * it closed counts as an error.
 */
class LoadConnection {
  private socket: net.Socket | null = null;
  private buf: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (status: number) => void; reject: (err: Error) => void } | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  private open(): net.Socket {
    const socket = net.connect({ host: this.host, port: this.port, noDelay: true });
    socket.on("data", (chunk: Buffer) => {
      this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
      this.parse();
    });
    const gone = (err?: Error) => {
      if (this.socket === socket) this.socket = null;
      this.buf = Buffer.alloc(0);
      const w = this.waiting;
      this.waiting = null;
      w?.reject(err ?? new Error("connection closed"));
    };
    socket.on("error", gone);
    socket.on("close", () => gone());
    return socket;
  }

  /** Sends one request (the whole text); resolves with the response's status once it was read whole. */
  send(text: string): Promise<number> {
    this.socket ??= this.open();
    return new Promise<number>((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket!.write(text);
    });
  }

  /** Completes the request in flight when its whole response is in the buffer. */
  private parse() {
    const b = this.buf;
    const headEnd = b.indexOf(CRLF_CRLF);
    if (headEnd === -1) return;
    const head = b.toString("latin1", 0, headEnd);
    const status = Number(head.slice(9, 12));
    let end: number;
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    if (length) {
      end = headEnd + 4 + Number(length[1]);
      if (b.length < end) return;
    } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      // Chunks: `size-in-hex[;ext]\r\n data \r\n`, the last of size 0 followed by (no trailers) `\r\n`.
      let at = headEnd + 4;
      for (;;) {
        const lineEnd = b.indexOf("\r\n", at, "latin1");
        if (lineEnd === -1) return;
        const size = parseInt(b.toString("latin1", at, lineEnd), 16);
        if (size === 0) {
          end = lineEnd + 4;
          if (b.length < end) return;
          break;
        }
        at = lineEnd + 2 + size + 2;
        if (b.length < at) return;
      }
    } else {
      end = headEnd + 4; // no body (204, 304)
    }
    this.buf = b.length === end ? Buffer.alloc(0) : b.subarray(end);
    const w = this.waiting;
    this.waiting = null;
    w?.resolve(status);
  }

  close() {
    this.socket?.destroy();
    this.socket = null;
  }
}

/** The request's text on the wire (HTTP/1.1, keep-alive). */
function requestText(req: LoadRequest, url: URL): string {
  let text = `${req.method ?? "GET"} ${url.pathname}${url.search} HTTP/1.1\r\nhost: ${url.host}\r\nconnection: keep-alive\r\n`;
  if (req.headers) for (const k in req.headers) text += `${k}: ${req.headers[k]}\r\n`;
  if (req.body !== undefined) text += `content-length: ${Buffer.byteLength(req.body)}\r\n\r\n${req.body}`;
  else text += "\r\n";
  return text;
}

/**
 * Drives `connections` loops, each sending `make(i)` back to back on its own keep-alive connection
 * (LoadConnection) for `seconds` (after a short warm-up that is not counted). A status ≥ 400 or a
 * network error counts as an error. Every request of one run goes to the origin of the first.
 */
export async function load({
  connections,
  seconds,
  warmupSeconds = 0.5,
  make,
}: {
  connections: number;
  seconds: number;
  warmupSeconds?: number;
  make: (i: number) => LoadRequest;
}): Promise<LoadResult> {
  const start = performance.now();
  const countFrom = start + warmupSeconds * 1000;
  const end = countFrom + seconds * 1000;
  const times: number[] = [];
  let errors = 0;
  const first = new URL(make(0).url);
  const origin = first.origin;
  const conns = Array.from({ length: connections }, () => new LoadConnection(first.hostname, Number(first.port || 80)));
  const loop = async (i: number) => {
    const conn = conns[i]!;
    while (performance.now() < end) {
      const req = make(i);
      const url = req.url.startsWith(origin) ? { pathname: req.url.slice(origin.length), search: "", host: first.host } : null;
      if (!url) throw new Error(`load: every request goes to ${origin}, not ${req.url}`);
      const text = requestText(req, url as URL);
      const t = performance.now();
      let ok = false;
      try {
        ok = (await conn.send(text)) < 400;
      } catch {
        ok = false;
      }
      const done = performance.now();
      if (t >= countFrom && done <= end) {
        times.push(done - t);
        if (!ok) errors++;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, (_, i) => loop(i)));
  } finally {
    for (const c of conns) c.close();
  }
  return { rps: times.length / seconds, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), errors, requests: times.length };
}

/** A review request body for `questionId` (self-rated Good, a fresh id). */
export function reviewBody(questionId: string): string {
  return JSON.stringify({ id: randomUUID(), questionId, response: { rating: 3 }, durationMs: 4000 });
}

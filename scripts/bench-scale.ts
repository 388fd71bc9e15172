// Scale bench: the study queue, the progress statistics and recordReview in-process, on the
// synthetic database (scripts/synthetic-db.ts: 10,000 users, 1,000,000 cards, 5,000,000 reviews, a
// learner who can see 10,000 questions), with the EXPLAIN QUERY PLAN of every statement they run.
// Run: npx tsx --conditions=react-server scripts/bench-scale.ts [--json]
import { randomUUID } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { SCALE, ensureScaleDb } from "./synthetic-db";

export interface ScaleBench {
  users: number;
  cards: number;
  reviews: number;
  visibleQuestions: number;
  learnerCards: number;
  studyQueueMs: number;
  progressMs: number;
  recordReviewMs: number;
  /** 1000 / recordReviewMs: the most reviews a second one process could record, before HTTP. */
  limitRps: number;
  /** One entry per distinct statement: where it came from, and its plan lines. */
  plans: { from: string; sql: string; plan: string[]; scans: string[] }[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function benchScale(log: (s: string) => void = () => undefined): Promise<ScaleBench> {
  const file = await ensureScaleDb(log);
  process.env.DATABASE_URL = `file:${file}`;
  process.env.BETTER_AUTH_SECRET ??= "bench-secret-0123456789abcdef";
  const { dbClient, dbReady, raw } = await import("../db/client");
  await dbReady;
  const { getStudyQueue } = await import("../db/study");
  const { getProgress } = await import("../db/stats");
  const { recordReview } = await import("../db/reviews");

  const count = async (sql: string) => Number((await dbClient.execute(sql)).rows[0]![0]);
  const now = new Date(SCALE.now);
  const learner = SCALE.learner;

  // Capture the statements each function runs, to explain them afterwards.
  const captured: { from: string; sql: string; args: unknown }[] = [];
  let capturing: string | null = null;
  const client = dbClient as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  const original = { execute: client.execute!.bind(dbClient), batch: client.batch!.bind(dbClient) };
  const note = (stmt: unknown) => {
    if (!capturing) return;
    const s = typeof stmt === "string" ? { sql: stmt, args: [] } : (stmt as { sql: string; args?: unknown });
    if (!captured.some((c) => c.sql === s.sql)) captured.push({ from: capturing, sql: s.sql, args: s.args ?? [] });
  };
  client.execute = (stmt: unknown, ...rest: unknown[]) => {
    note(stmt);
    return original.execute(stmt, ...rest);
  };
  client.batch = (stmts: unknown, ...rest: unknown[]) => {
    for (const s of stmts as unknown[]) note(s);
    return original.batch(stmts, ...rest);
  };

  // The kept statements of the hot paths (db/client.ts `raw`) too.
  const rawHooks = raw as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  const rawOriginal = { get: rawHooks.get!.bind(raw), all: rawHooks.all!.bind(raw), batch: rawHooks.batch!.bind(raw) };
  rawHooks.get = (sql: unknown, args: unknown) => {
    note({ sql, args });
    return rawOriginal.get(sql, args);
  };
  rawHooks.all = (sql: unknown, args: unknown) => {
    note({ sql, args });
    return rawOriginal.all(sql, args);
  };
  rawHooks.batch = (stmts: unknown) => {
    for (const st of stmts as unknown[]) note(st);
    return rawOriginal.batch(stmts);
  };

  const time = async (fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };

  // Warm up, capturing the statements once.
  capturing = "getStudyQueue";
  await getStudyQueue({ userId: learner, now, limit: 10 });
  capturing = "getProgress";
  await getProgress({ userId: learner, now });
  capturing = null;
  const queue: number[] = [];
  for (let i = 0; i < 15; i++) queue.push(await time(() => getStudyQueue({ userId: learner, now, limit: 10 })));
  const progress: number[] = [];
  for (let i = 0; i < 7; i++) progress.push(await time(() => getProgress({ userId: learner, now })));

  // recordReview: another user's first and second answer to 30 questions they have no card for,
  // removed again afterwards so the file stays as built.
  const scratch = "u09998";
  const picked = (
    await dbClient.execute({
      sql: `select q.id from questions q where q.article_id like 'a%' and not exists (select 1 from cards c where c.user_id = ? and c.question_id = q.id) limit 30`,
      args: [scratch],
    })
  ).rows.map((r) => String(r[0]));
  const record: number[] = [];
  const ids: string[] = [];
  try {
    for (let pass = 0; pass < 2; pass++) {
      for (const questionId of picked) {
        const id = `bench-${randomUUID()}`;
        ids.push(id);
        capturing = pass === 1 ? "recordReview" : null;
        record.push(
          await time(() =>
            recordReview({ userId: scratch, id, questionId, response: { rating: 3 }, durationMs: 4000, now: new Date(SCALE.now + pass * 3_600_000) }),
          ),
        );
        capturing = null;
      }
    }
  } finally {
    await dbClient.execute({ sql: `delete from reviews where user_id = ? and id like 'bench-%'`, args: [scratch] });
    await dbClient.execute({ sql: `delete from cards where user_id = ? and question_id in (${picked.map(() => "?").join(",")})`, args: [scratch, ...picked] });
  }
  client.execute = original.execute;
  client.batch = original.batch;
  rawHooks.get = rawOriginal.get;
  rawHooks.all = rawOriginal.all;
  rawHooks.batch = rawOriginal.batch;

  const plans: ScaleBench["plans"] = [];
  for (const c of captured) {
    if (!/^\s*(select|update|insert|delete|with)/i.test(c.sql)) continue;
    const rows = (await dbClient.execute({ sql: `explain query plan ${c.sql}`, args: c.args as never })).rows;
    const plan = rows.map((r) => String(r[3] ?? r.detail));
    // A full scan of a table (not of an index, json_each, a constant row or a CTE) must not happen.
    // (`one_row` is recordReview's one constant row, db/reviews.ts; `(subquery-N)` is a subquery's own rows.)
    // A subquery the plan runs as a co-routine or materialises is scanned as its own rows, whatever its alias.
    const subqueries = new Set(plan.map((l) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)/.exec(l)?.[1]).filter((n): n is string => Boolean(n)));
    const scans = plan.filter(
      (l) =>
        /\bSCAN\b/.test(l) &&
        !/INDEX|json_each|CONSTANT ROW|SUBQUERY|\(subquery-\d+\)|\bs\b|\bone_row\b/.test(l) &&
        !subqueries.has(/^SCAN (\S+)/.exec(l)?.[1] ?? ""),
    );
    plans.push({ from: c.from, sql: c.sql.replace(/\s+/g, " ").slice(0, 240), plan, scans });
  }

  const visibleQuestions = await count(
    `select count(*) from questions q join articles a on a.id = q.article_id where (a.owner_id is null or a.owner_id = '${learner}') and q.retired_at is null`,
  );
  const recordReviewMs = median(record);
  return {
    users: await count("select count(*) from user"),
    cards: await count("select count(*) from cards"),
    reviews: await count("select count(*) from reviews"),
    visibleQuestions,
    learnerCards: await count(`select count(*) from cards where user_id = '${learner}'`),
    studyQueueMs: median(queue),
    progressMs: median(progress),
    recordReviewMs,
    limitRps: 1000 / recordReviewMs,
    plans,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const r = await benchScale((s) => console.error(s));
  if (process.argv.includes("--json")) console.log(JSON.stringify(r));
  else {
    console.log(r);
    for (const p of r.plans) console.log(`[${p.from}] ${p.sql}\n  ${p.plan.join("\n  ")}`);
  }
}

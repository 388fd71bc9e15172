// The synthetic database of the scale bench: 10,000 users, 1,000,000 cards, 5,000,000 reviews, a
// shared library of 1,000 articles × 10 questions that one learner ("learner") can see, and 2,000
// private articles of other users that the learner cannot. Built once into data/bench-scale.db
// (gitignored, ~1.5 GB) and reused while its recipe version matches; rows are generated inside
// SQLite by recursive CTEs, in large transactions, so no row crosses into JavaScript.
//
// Run: npx tsx scripts/synthetic-db.ts [--force]   (scripts/bench.ts calls ensureScaleDb()).
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SCALE_DB = path.join(root, "data", "bench-scale.db");
/** Bump when the recipe changes: an older file is rebuilt. */
const RECIPE = 2;

export const SCALE = {
  users: 10_000,
  cards: 1_000_000,
  reviews: 5_000_000,
  sharedArticles: 1_000,
  questionsPerArticle: 10,
  privateArticles: 2_000,
  learner: "learner",
  learnerCards: 2_000,
  learnerReviewsPerCard: 10,
  /** The instant the scale bench runs at. */
  now: Date.parse("2026-06-01T12:00:00Z"),
} as const;

const DAY = 86_400_000;

/** Applies the committed migrations to `file` (also to an existing file, for new migrations). */
export async function migrateFile(file: string): Promise<void> {
  const client = createClient({ url: `file:${file}` });
  await migrate(drizzle(client), { migrationsFolder: path.join(root, "db", "migrations") });
  client.close();
}

function seq(n: number): string {
  // A CTE of the integers 0 … n-1 named s(n).
  return `with recursive s(n) as (select 0 union all select n + 1 from s where n + 1 < ${n})`;
}

/** Builds the file from scratch (into a temporary name, renamed at the end). */
export async function buildScaleDb(file = SCALE_DB, log: (s: string) => void = () => undefined): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.building`;
  for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(tmp + s, { force: true });
  await migrateFile(tmp);
  const client = createClient({ url: `file:${tmp}` });
  const t0 = Date.now();
  const run = async (label: string, script: string) => {
    const t = Date.now();
    await client.executeMultiple(`begin; ${script}; commit;`);
    log(`  ${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await client.executeMultiple("pragma journal_mode = off; pragma synchronous = off; pragma foreign_keys = off; pragma cache_size = -400000;");
  const now = SCALE.now;
  const others = SCALE.users - 1;
  const sharedQ = SCALE.sharedArticles * SCALE.questionsPerArticle;
  const learnerReviews = SCALE.learnerCards * SCALE.learnerReviewsPerCard;
  const otherCards = SCALE.cards - SCALE.learnerCards;
  const otherReviews = SCALE.reviews - learnerReviews;
  const perOtherCard = Math.floor(otherReviews / otherCards); // 5, the remainder is dropped below
  const snap = (due: string, state: string, reps: string, last: string) =>
    `json_object('due', ${due}, 'stability', 12.5, 'difficulty', 5.2, 'scheduledDays', 12, 'learningSteps', 0, 'reps', ${reps}, 'lapses', 0, 'state', ${state}, 'lastReview', ${last})`;

  await run(
    "users",
    `insert into user (id, name, email, email_verified, is_anonymous, created_at, updated_at)
       values ('${SCALE.learner}', 'Learner', 'learner@bench.invalid', 1, 0, ${now - 400 * DAY}, ${now - 400 * DAY});
     ${seq(others)} insert into user (id, name, email, email_verified, is_anonymous, created_at, updated_at)
       select printf('u%05d', n), 'User ' || n, printf('u%05d@bench.invalid', n), 0, n % 3 = 0, ${now - 300 * DAY}, ${now - 300 * DAY} from s`,
  );
  await run(
    "articles",
    `${seq(SCALE.sharedArticles)} insert into articles (id, title, source, published, tags, body, words, owner_id, content_hash, generator_version, created_at, updated_at)
       select printf('a%05d', n), 'Shared article ' || n, 'Bench', '2026-01-01', json_array('tag' || (n % 20), 'topic' || (n % 7)),
              'Body of shared article ' || n || '.', 400, null, 'bench', 'bench', ${now - 200 * DAY}, ${now - 200 * DAY} from s;
     ${seq(SCALE.privateArticles)} insert into articles (id, title, source, published, tags, body, words, owner_id, content_hash, generator_version, created_at, updated_at)
       select printf('p%05d', n), 'Private article ' || n, null, null, json_array('mine'), 'Private body ' || n || '.', 300,
              printf('u%05d', n * 4), 'bench', 'bench', ${now - 100 * DAY}, ${now - 100 * DAY} from s`,
  );
  const questionInsert = (prefix: string, articles: number) =>
    `${seq(articles * SCALE.questionsPerArticle)} insert into questions (id, article_id, fact_id, type, prompt, answer, choices, evidence, kind, score, position, retired_at, updated_at)
       select printf('${prefix}q%06d', n), printf('${prefix === "s" ? "a" : "p"}%05d', n / ${SCALE.questionsPerArticle}), printf('${prefix}f%06d', n / 2),
              case when n % 2 = 0 then 'recall' else 'mcq' end,
              'Which figure did the report give for item ' || n || '?', 'answer ' || n,
              case when n % 2 = 0 then null else json_array('answer ' || n, 'other ' || n, 'third ' || n, 'fourth ' || n) end,
              'The report gave answer ' || n || ' for item ' || n || '.', 'figure', 0.5, n % ${SCALE.questionsPerArticle}, null, ${now - 200 * DAY} from s`;
  await run("questions", `${questionInsert("s", SCALE.sharedArticles)}; ${questionInsert("p", SCALE.privateArticles)}`);

  // The learner: 2,000 cards over the first 2,000 shared questions; ~150 due now, some learning.
  // A card's last review is its cards.last_review (1 in 30 today, ~67 reviews today), the others 36 days apart.
  await run(
    "learner cards + reviews",
    `${seq(SCALE.learnerCards)} insert into cards (user_id, question_id, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, state, last_review, created_at, suspended_at)
       select '${SCALE.learner}', printf('sq%06d', n), ${now} + (n % 40 - 3) * ${DAY} + (n % 7) * 3600000, 10 + n % 50, 5.0, 12, 0,
              ${SCALE.learnerReviewsPerCard}, case when n % 97 = 0 then 5 else n % 3 end,
              case when n % 50 = 0 then 'learning' when n % 61 = 0 then 'relearning' else 'review' end,
              ${now} - (n % 30) * ${DAY} - (n % 7) * 3600000, ${now} - (360 - n % 300) * ${DAY}, case when n % 211 = 0 then ${now - 5 * DAY} else null end from s;
     ${seq(learnerReviews)} insert into reviews (id, user_id, question_id, rating, response, correct, duration_ms, reviewed_at, before, after, undone_at)
       select printf('lr%07d', n), '${SCALE.learner}', printf('sq%06d', n % ${SCALE.learnerCards}), case when n % 9 = 0 then 1 else 3 end,
              '{"rating":3}', null, 4000 + n % 5000,
              ${now} - (n % ${SCALE.learnerCards} % 30) * ${DAY} - (n % ${SCALE.learnerCards} % 7) * 3600000 - (n / ${SCALE.learnerCards}) * 36 * ${DAY},
              case when n < ${SCALE.learnerCards} then null else ${snap(`${now}`, "'review'", "n / 2000", `${now - DAY}`)} end,
              ${snap(`${now}`, "'review'", "n / 2000 + 1", `${now - DAY}`)}, null from s`,
  );
  // Everybody else: ~100 cards each over the shared library, 5 reviews a card, in chunks.
  const chunk = 1_000_000;
  for (let lo = 0; lo < otherCards; lo += chunk) {
    const hi = Math.min(otherCards, lo + chunk);
    await run(
      `cards ${lo}…${hi}`,
      `with recursive s(n) as (select ${lo} union all select n + 1 from s where n + 1 < ${hi})
       insert into cards (user_id, question_id, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, state, last_review, created_at, suspended_at)
       select printf('u%05d', 1 + n % ${others}), printf('sq%06d', ((1 + n % ${others}) * 37 + n / ${others}) % ${sharedQ}),
              ${now} + (n % 60 - 10) * ${DAY}, 8.0, 5.0, 8, 0, ${perOtherCard}, n % 2, 'review', ${now - 3 * DAY}, ${now - 250 * DAY}, null from s`,
    );
  }
  for (let lo = 0; lo < otherCards * perOtherCard; lo += chunk) {
    const hi = Math.min(otherCards * perOtherCard, lo + chunk);
    await run(
      `reviews ${lo}…${hi}`,
      `with recursive s(n) as (select ${lo} union all select n + 1 from s where n + 1 < ${hi})
       insert into reviews (id, user_id, question_id, rating, response, correct, duration_ms, reviewed_at, before, after, undone_at)
       select printf('or%08d', n), printf('u%05d', 1 + (n / ${perOtherCard}) % ${others}),
              printf('sq%06d', ((1 + (n / ${perOtherCard}) % ${others}) * 37 + (n / ${perOtherCard}) / ${others}) % ${sharedQ}),
              case when n % 7 = 0 then 1 else 3 end, '{"rating":3}', null, 5000,
              ${now} - (${perOtherCard} - n % ${perOtherCard}) * 20 * ${DAY} - (n % 1000) * 60000,
              case when n % ${perOtherCard} = 0 then null else ${snap(`${now}`, "'review'", `n % ${perOtherCard}`, `${now - DAY}`)} end,
              ${snap(`${now}`, "'review'", `n % ${perOtherCard} + 1`, `${now - DAY}`)}, null from s`,
    );
  }
  const rest = SCALE.reviews - learnerReviews - otherCards * perOtherCard;
  if (rest > 0) {
    await run(
      "reviews (rest)",
      `${seq(rest)} insert into reviews (id, user_id, question_id, rating, response, correct, duration_ms, reviewed_at, before, after, undone_at)
       select printf('xr%08d', n), printf('u%05d', 1 + n % ${others}), printf('sq%06d', ((1 + n % ${others}) * 37) % ${sharedQ}), 3, '{"rating":3}', null, 5000,
              ${now - 2 * DAY}, null, ${snap(`${now}`, "'review'", "1", `${now - DAY}`)}, null from s`,
    );
  }
  await run(
    "settings",
    `insert into settings (user_id, desired_retention, new_per_day, exam_date, time_zone, weights) values ('${SCALE.learner}', 0.9, 20, null, 'Europe/Berlin', null)`,
  );
  await client.executeMultiple(`pragma user_version = ${RECIPE}; analyze;`);
  client.close();
  renameSync(tmp, file);
  log(`  built ${file} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

/** The scale database, built when missing or made by an older recipe; new migrations applied. */
export async function ensureScaleDb(log: (s: string) => void = () => undefined, { force = false } = {}): Promise<string> {
  if (!force && existsSync(SCALE_DB)) {
    const client = createClient({ url: `file:${SCALE_DB}` });
    const r = await client.execute("pragma user_version");
    client.close();
    if (Number(r.rows[0]?.[0]) === RECIPE) {
      await migrateFile(SCALE_DB);
      return SCALE_DB;
    }
  }
  log("building the synthetic scale database (once; reused after)…");
  for (const s of ["", "-wal", "-shm"]) rmSync(SCALE_DB + s, { force: true });
  await buildScaleDb(SCALE_DB, log);
  return SCALE_DB;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await ensureScaleDb((s) => console.log(s), { force: process.argv.includes("--force") });
}

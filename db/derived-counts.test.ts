import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { transferUserData } from "./account-link";
import { deleteUserArticle } from "./articles";
import { buildBackup } from "./backup";
import { db } from "./client";
import { importBackup } from "./import";
import { recordReview, undoLastReview } from "./reviews";
import { replaceReview, undoReview } from "./review-history";
import { saveGeneratedArticle } from "./seed";
import { freshDatabase, makeUser, summitArticle } from "./test-helpers";

/**
 * The derived counts of migrations 0006 (review_quarters, articles.live_questions), 0009
 * (articles.first_live_position / first_live_id), 0010 and 0011 (learner_articles) are kept by
 * triggers: after every kind of write they equal what they are derived from, counted afresh.
 */
const T0 = new Date("2026-11-20T09:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function quartersAsStored() {
  return db.all<{ user_id: string; quarter: number; reviews: number; due: number; passed: number }>(
    sql`select user_id, quarter, reviews, due, passed from review_quarters where reviews > 0 order by user_id, quarter`,
  );
}

/** The plain definition: the review log counted per user and quarter hour, undone reviews left out. */
async function quartersCounted() {
  return db.all<{ user_id: string; quarter: number; reviews: number; due: number; passed: number }>(sql`
    select user_id, reviewed_at / 900000 as quarter, count(*) as reviews,
      sum(coalesce(json_extract(before, '$.state'), '') = 'review') as due,
      sum(coalesce(json_extract(before, '$.state'), '') = 'review' and rating > 1) as passed
    from reviews where undone_at is null group by user_id, quarter order by user_id, quarter`);
}

async function liveCounts() {
  return db.all<{ id: string; stored: number; counted: number; firstStored: string | null; firstFound: string | null }>(sql`
    select id, live_questions as stored, (select count(*) from questions q where q.article_id = articles.id and q.retired_at is null) as counted,
      json_array(first_live_position, first_live_id) as firstStored,
      (select json_array(q.position, q.id) from questions q where q.article_id = articles.id and q.retired_at is null order by q.position, q.id limit 1) as firstFound
    from articles order by id`);
}

/** Migrations 0010 and 0011: a learner's cards per article, and those of live questions, counted afresh. */
async function learnerArticles() {
  return {
    stored: await db.all(sql`select user_id, article_id, cards, live_cards from learner_articles order by user_id, article_id`),
    counted: await db.all(
      sql`select c.user_id, q.article_id, count(*) as cards, count(*) filter (where q.retired_at is null) as live_cards
        from cards c inner join questions q on q.id = c.question_id group by c.user_id, q.article_id order by c.user_id, q.article_id`,
    ),
  };
}

async function expectConsistent() {
  const la = await learnerArticles();
  expect(la.stored).toEqual(la.counted);
  expect(await quartersAsStored()).toEqual(await quartersCounted());
  const live = await liveCounts();
  expect(live.length).toBeGreaterThan(0);
  for (const a of live) {
    expect(a.stored, a.id).toBe(a.counted);
    // Migration 0009: the first live question in (position, id) order, none when nothing is live.
    expect(a.firstStored, a.id).toBe(a.firstFound ?? "[null,null]");
  }
}

let ann: string;
let bob: string;

beforeAll(async () => {
  await freshDatabase();
  ann = await makeUser("ann");
  bob = await makeUser("bob");
  await saveGeneratedArticle(summitArticle("shared"), { ownerId: null, contentHash: "h", now: T0 });
  await saveGeneratedArticle(summitArticle("mine"), { ownerId: ann, contentHash: "h", now: T0 });
});

describe("derived counts (migration 0006) stay what they are derived from", () => {
  it("after new articles, reviews on many quarter hours, second reviews and Again", async () => {
    await expectConsistent();
    const ratings = [3, 1, 3, 4, 2, 1, 3];
    for (let i = 0; i < ratings.length; i++) {
      const questionId = ["shared-recall", "shared-mcq", "mine-recall", "mine-tf"][i % 4]!;
      // Minutes apart and days apart: several reviews share a quarter hour, others do not.
      await recordReview({
        userId: ann,
        id: randomUUID(),
        questionId,
        response: { rating: ratings[i] as 1 | 2 | 3 | 4 },
        durationMs: 1,
        now: at(i * 7 + (i > 3 ? 3 * 1440 : 0)),
      });
    }
    await recordReview({ userId: bob, id: randomUUID(), questionId: "shared-recall", response: { rating: 3 }, durationMs: 1, now: at(1) });
    // A card in the review state answered again: Good, Again, Hard (counted as due, passed or not).
    for (const [days, rating] of [
      [0, 4],
      [5, 2],
      [20, 1],
      [21, 3],
    ] as const) {
      await recordReview({ userId: ann, id: randomUUID(), questionId: "shared-tf", response: { rating }, durationMs: 1, now: at(days * 1440 + 30) });
    }
    const [{ due = 0, passed = 0 } = {}] = await db.all<{ due: number; passed: number }>(
      sql`select sum(due) as due, sum(passed) as passed from review_quarters where user_id = ${ann}`,
    );
    expect(due).toBeGreaterThan(passed);
    expect(passed).toBeGreaterThan(0);
    await expectConsistent();
  });

  it("after an undo, an undo of a named review and a replaced rating", async () => {
    await undoLastReview({ userId: ann, now: at(40_000) });
    const first = await recordReview({ userId: ann, id: randomUUID(), questionId: "shared-cloze", response: { rating: 3 }, durationMs: 1, now: at(40_010) });
    await replaceReview({
      userId: ann,
      id: randomUUID(),
      questionId: "shared-cloze",
      replaces: first.reviewId,
      response: { rating: 1 },
      durationMs: 1,
      now: at(40_011),
    });
    const [{ id } = { id: "" }] = await db.all<{ id: string }>(
      sql`select id from reviews where user_id = ${ann} and undone_at is null order by reviewed_at limit 1`,
    );
    await undoReview({ userId: ann, reviewId: id, now: at(40_020) });
    await expectConsistent();
    // Any update of a counted column, of undone reviews too: two answers in one quarter hour, one undone.
    const a = await recordReview({ userId: ann, id: randomUUID(), questionId: "shared-recall", response: { rating: 3 }, durationMs: 1, now: at(40_030) });
    await recordReview({ userId: ann, id: randomUUID(), questionId: "shared-mcq", response: { rating: 3 }, durationMs: 1, now: at(40_031) });
    await db.run(sql`update reviews set undone_at = ${at(40_032).getTime()} where id = ${a.reviewId}`);
    await db.run(sql`update reviews set rating = rating, before = before where undone_at is not null`);
    await expectConsistent();
    await db.run(sql`update reviews set rating = rating, before = before`);
    await db.run(sql`update reviews set reviewed_at = reviewed_at - 600000`);
    await expectConsistent();
  });

  it("after a backup imported into another account, an account link and an article deleted", async () => {
    const backup = await buildBackup({ userId: ann, now: at(50_000) });
    await deleteUserArticle({ userId: ann, id: "mine" });
    await expectConsistent();
    const carl = await makeUser("carl");
    await importBackup({ userId: carl, data: backup, now: at(50_001) });
    await expectConsistent();
    // An undone review moved to another account stays uncounted.
    await recordReview({ userId: bob, id: randomUUID(), questionId: "shared-mcq", response: { rating: 3 }, durationMs: 1, now: at(50_002) });
    await undoLastReview({ userId: bob, now: at(50_003) });
    await transferUserData({ fromUserId: bob, toUserId: carl });
    await expectConsistent();
  });

  it("after a regeneration that retires questions and one that brings them back", async () => {
    await saveGeneratedArticle(summitArticle("shared", ["recall"]), { ownerId: null, contentHash: "h2", now: at(60_000) });
    await expectConsistent();
    await saveGeneratedArticle(summitArticle("shared"), { ownerId: null, contentHash: "h3", now: at(60_001) });
    await expectConsistent();
    // The first question moves behind the others, then is retired on its own, then comes back.
    const [first] = await db.all<{ id: string }>(sql`select first_live_id as id from articles where id = 'shared'`);
    await db.run(sql`update questions set position = 99 where id = ${first!.id}`);
    await expectConsistent();
    await db.run(sql`update questions set position = 0 where id = ${first!.id}`);
    await db.run(sql`update questions set retired_at = ${at(60_002).getTime()} where id = ${first!.id}`);
    await expectConsistent();
    await db.run(sql`update questions set retired_at = null where id = ${first!.id}`);
    await expectConsistent();
  });

  it("after a card moves to another user and to another article's question", async () => {
    await saveGeneratedArticle(summitArticle("other"), { ownerId: null, contentHash: "h", now: at(70_000) });
    const dan = await makeUser("dan");
    const eve = await makeUser("eve");
    await recordReview({ userId: dan, id: randomUUID(), questionId: "shared-mcq", response: { rating: 3 }, durationMs: 1, now: at(70_001) });
    await recordReview({ userId: dan, id: randomUUID(), questionId: "shared-recall", response: { rating: 3 }, durationMs: 1, now: at(70_002) });
    await expectConsistent();
    await db.run(sql`update cards set user_id = ${eve} where user_id = ${dan} and question_id = 'shared-mcq'`);
    await expectConsistent();
    await db.run(sql`update cards set question_id = 'other-mcq' where user_id = ${dan} and question_id = 'shared-recall'`);
    await expectConsistent();
    await db.run(sql`delete from cards where user_id = ${eve}`);
    await expectConsistent();
  });

  it("after questions with cards are retired, revived, moved to another article and deleted", async () => {
    const fay = await makeUser("fay");
    const gus = await makeUser("gus");
    for (const [userId, questionId] of [
      [fay, "shared-mcq"],
      [fay, "shared-recall"],
      [gus, "shared-mcq"],
      [gus, "other-tf"],
    ] as const) {
      await recordReview({ userId, id: randomUUID(), questionId, response: { rating: 3 }, durationMs: 1, now: at(80_000) });
    }
    await expectConsistent();
    // Retired with its cards (every learner's), retired again (no change), revived.
    await db.run(sql`update questions set retired_at = ${at(80_001).getTime()} where id = 'shared-mcq'`);
    await expectConsistent();
    await db.run(sql`update questions set retired_at = ${at(80_002).getTime()} where id = 'shared-mcq'`);
    await expectConsistent();
    await db.run(sql`update questions set retired_at = null where id = 'shared-mcq'`);
    await expectConsistent();
    // Moved to an article where gus has cards and fay has none, retired in the same statement, moved back revived.
    await db.run(sql`update questions set article_id = 'other', retired_at = ${at(80_003).getTime()} where id = 'shared-mcq'`);
    await expectConsistent();
    await db.run(sql`update questions set article_id = 'shared', retired_at = null where id = 'shared-mcq'`);
    await expectConsistent();
    // A card made on a retired question, then the question revived; a card deleted while its question is retired.
    await db.run(sql`update questions set retired_at = ${at(80_004).getTime()} where id = 'shared-cloze'`);
    await recordReview({ userId: fay, id: randomUUID(), questionId: "shared-cloze", response: { rating: 3 }, durationMs: 1, now: at(80_005) }).catch(
      () => undefined,
    );
    await db.run(
      sql`insert or ignore into cards select ${gus}, 'shared-cloze', due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, state, last_review, created_at, suspended_at from cards where user_id = ${fay} and question_id = 'shared-recall'`,
    );
    await expectConsistent();
    await db.run(sql`update questions set retired_at = null where id = 'shared-cloze'`);
    await expectConsistent();
    await db.run(sql`update questions set retired_at = ${at(80_006).getTime()} where id = 'shared-cloze'`);
    await db.run(sql`delete from cards where user_id = ${gus} and question_id = 'shared-cloze'`);
    await expectConsistent();
    // A question deleted on its own (its cards by cascade), live and retired.
    await db.run(sql`delete from questions where id = 'other-tf'`);
    await expectConsistent();
    await db.run(sql`delete from questions where id = 'shared-cloze'`);
    await expectConsistent();
  });

  it("after a user is deleted (cascade)", async () => {
    await db.run(sql`delete from user where id = ${ann}`);
    await expectConsistent();
  });
});

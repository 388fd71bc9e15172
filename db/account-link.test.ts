import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { transferUserData, USER_DATA_TABLES } from "./account-link";
import { db } from "./client";
import { recordReview } from "./reviews";
import { articles, cards, reviews, settings, user } from "./schema";
import { saveGeneratedArticle } from "./seed";
import { getSettings, updateSettings } from "./settings";
import { freshDatabase, makeUser, summitArticle } from "./test-helpers";

const NOW = new Date("2026-11-22T10:00:00Z");
const LATER = new Date("2026-11-22T12:00:00Z");

const fixture = (id: string) => summitArticle(id, ["recall", "true_false"]);

async function review(userId: string, questionId: string, rating: 1 | 2 | 3 | 4, now = NOW) {
  return recordReview({ userId, id: randomUUID(), questionId, response: { rating }, durationMs: 1000, now });
}

async function rowsOf(userId: string) {
  return {
    cards: await db.select().from(cards).where(eq(cards.userId, userId)),
    reviews: await db.select().from(reviews).where(eq(reviews.userId, userId)),
    settings: await db.select().from(settings).where(eq(settings.userId, userId)),
    articles: await db.select().from(articles).where(eq(articles.ownerId, userId)),
  };
}

beforeAll(async () => {
  await freshDatabase();
  await saveGeneratedArticle(fixture("shared"), { ownerId: null, contentHash: "h", now: NOW });
});

describe("transferUserData", () => {
  it("moves a guest's cards, reviews, settings and own articles to a new account", async () => {
    const guest = await makeUser("guest-1", { anonymous: true });
    const account = await makeUser("account-1");
    await saveGeneratedArticle(fixture("guest-article"), { ownerId: guest, contentHash: "g", now: NOW });
    await review(guest, "shared-recall", 3);
    await review(guest, "guest-article-tf", 1);
    await updateSettings({ userId: guest, patch: { newPerDay: 7, examDate: "2027-05-25" } });
    const before = await rowsOf(guest);

    await transferUserData({ fromUserId: guest, toUserId: account });

    const moved = await rowsOf(account);
    expect(moved.reviews.map((r) => r.id).sort()).toEqual(before.reviews.map((r) => r.id).sort());
    expect(moved.cards.map((c) => ({ ...c, userId: guest }))).toEqual(before.cards);
    expect(await getSettings({ userId: account })).toMatchObject({ newPerDay: 7, examDate: "2027-05-25" });
    expect(moved.articles.map((a) => a.id)).toEqual(["guest-article"]);
    expect(await rowsOf(guest)).toEqual({ cards: [], reviews: [], settings: [], articles: [] });

    // Deleting the guest afterwards (as better-auth does) takes nothing of the account's with it.
    await db.delete(user).where(eq(user.id, guest));
    expect(await rowsOf(account)).toEqual(moved);
  });

  it("keeps the more recently reviewed card when both have one, and every review", async () => {
    const guest = await makeUser("guest-2", { anonymous: true });
    const account = await makeUser("account-2");
    await review(account, "shared-recall", 4, NOW); // the account's older card
    await review(account, "shared-tf", 3, LATER); // the account's newer card
    await review(guest, "shared-recall", 1, LATER); // the guest reviewed it later: theirs wins
    await review(guest, "shared-tf", 1, NOW); // the guest's is older: the account's stays
    const guestCards = await db.select().from(cards).where(eq(cards.userId, guest));
    const accountCards = await db.select().from(cards).where(eq(cards.userId, account));

    await transferUserData({ fromUserId: guest, toUserId: account });

    const after = await db.select().from(cards).where(eq(cards.userId, account));
    const pick = (rows: typeof after, q: string) => {
      const row = rows.find((c) => c.questionId === q);
      if (!row) throw new Error(`no card for ${q}`);
      const { userId: _u, createdAt: _c, ...state } = row;
      return state;
    };
    expect(pick(after, "shared-recall")).toEqual(pick(guestCards, "shared-recall"));
    expect(pick(after, "shared-tf")).toEqual(pick(accountCards, "shared-tf"));
    expect(await db.select().from(reviews).where(eq(reviews.userId, account))).toHaveLength(4);
    expect(await db.select().from(cards).where(eq(cards.userId, guest))).toHaveLength(0);
  });

  it("keeps the account's settings when it has some", async () => {
    const guest = await makeUser("guest-3", { anonymous: true });
    const account = await makeUser("account-3");
    await updateSettings({ userId: guest, patch: { newPerDay: 3 } });
    await updateSettings({ userId: account, patch: { newPerDay: 30 } });
    await transferUserData({ fromUserId: guest, toUserId: account });
    expect((await getSettings({ userId: account })).newPerDay).toBe(30);
  });

  it("touches no third user's data, and is a no-op for the same user", async () => {
    const guest = await makeUser("guest-4", { anonymous: true });
    const account = await makeUser("account-4");
    const bystander = await makeUser("bystander");
    await review(bystander, "shared-recall", 3);
    await updateSettings({ userId: bystander, patch: { newPerDay: 11 } });
    await review(guest, "shared-recall", 2);
    const bystanderBefore = await rowsOf(bystander);

    await transferUserData({ fromUserId: account, toUserId: account });
    expect(await rowsOf(account)).toEqual({ cards: [], reviews: [], settings: [], articles: [] });
    await transferUserData({ fromUserId: guest, toUserId: account });
    expect(await rowsOf(bystander)).toEqual(bystanderBefore);
    expect(
      await db
        .select()
        .from(cards)
        .where(and(eq(cards.userId, account), eq(cards.questionId, "shared-recall"))),
    ).toHaveLength(1);
  });

  it("covers every table with a user column (a new per-user table must be added to it)", async () => {
    const auth = new Set(["user", "session", "account", "verification", "rateLimit", "rate_limit"]);
    const tables = await db.all<{ name: string; column: string }>(sql`
      select m.name as name, c.name as "column" from sqlite_master m, pragma_table_info(m.name) c
      where m.type = 'table' and m.name not like 'sqlite_%' and m.name not like '__drizzle%'
        and (c.name like '%user_id' or c.name = 'owner_id')`);
    const found = Object.fromEntries(tables.filter((t) => !auth.has(t.name)).map((t) => [t.name, t.column]));
    expect(found).toEqual(USER_DATA_TABLES);
  });
});

import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./client";
import { recordReview } from "./reviews";
import { readReviewLog } from "./review-log";
import { reviews } from "./schema";
import { saveGeneratedArticle } from "./seed";
import { freshDatabase, makeUser, summitArticle } from "./test-helpers";

const NOW = new Date("2026-11-22T10:00:00Z");

beforeAll(async () => {
  await freshDatabase();
  await saveGeneratedArticle(summitArticle("s"), { ownerId: null, contentHash: "h", now: NOW });
  await makeUser("alice");
  await makeUser("bob");
  await recordReview({ userId: "alice", id: randomUUID(), questionId: "s-recall", response: { rating: 3 }, durationMs: 1, now: NOW });
});

describe("readReviewLog", () => {
  it("reads the whole log a page at a time, oldest first, each review once, also across equal timestamps", async () => {
    const [tpl] = await db.select().from(reviews);
    // 23 reviews, many at the same instant, so pages of 5 split runs of equal reviewedAt.
    const rows = Array.from({ length: 23 }, (_, i) => ({
      ...tpl!,
      id: `r-${String(i).padStart(2, "0")}`,
      reviewedAt: new Date(NOW.getTime() + 60_000 * Math.floor(i / 7)),
      undoneAt: i % 4 === 0 ? new Date(NOW.getTime() + 3_600_000) : null,
    }));
    await db.insert(reviews).values([...rows].reverse());
    await db.insert(reviews).values({ ...tpl!, id: "bobs", userId: "bob" });
    const all = await readReviewLog({ userId: "alice", pageSize: 5 });
    const expected = [tpl!.id, ...rows.map((r) => r.id)];
    expect(all.map((r) => r.id)).toEqual(expected);
    expect(await readReviewLog({ userId: "alice" })).toEqual(all);
    const live = await readReviewLog({ userId: "alice", liveOnly: true, pageSize: 3 });
    expect(live.map((r) => r.id)).toEqual(expected.filter((id) => !rows.find((r) => r.id === id && r.undoneAt)));
  });
});

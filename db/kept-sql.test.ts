import { asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { notBuried, notBuriedSql } from "./bury";
import { db, raw } from "./client";
import { A, keptSql, keptSqlNumbered } from "./kept-sql";
import { articles, questionBuries, questions } from "./schema";
import { saveGeneratedArticle } from "./seed";
import { freshDatabase, makeUser, summitArticle } from "./test-helpers";
import { studyableQuestions, studyableQuestionsSql } from "./visibility";

// The kept statements' rules are rendered from the drizzle ones (db/kept-sql.ts): both select the same rows.
const NOW = new Date("2026-11-22T10:00:00Z");

beforeAll(async () => {
  await freshDatabase();
  for (const u of ["ann", "bob"]) await makeUser(u);
  await saveGeneratedArticle(summitArticle("shared"), { ownerId: null, contentHash: "h", now: NOW });
  await saveGeneratedArticle(summitArticle("anns"), { ownerId: "ann", contentHash: "h", now: NOW });
  await db
    .update(articles)
    .set({ tags: ["red"] })
    .where(eq(articles.id, "anns"));
  await db.update(questions).set({ retiredAt: NOW }).where(eq(questions.id, "shared-tf"));
  await db
    .insert(questionBuries)
    .values({ userId: "ann", questionId: "shared-mcq", kind: "buried", until: new Date(NOW.getTime() + 3_600_000), createdAt: NOW });
});

describe("kept rules", () => {
  it("select what their drizzle definitions select, for every filter shape", async () => {
    for (const userId of ["ann", "bob"]) {
      for (const filter of [{}, { articleId: "anns" }, { tag: "red" }, { articleId: "shared", tag: "red" }]) {
        const want = await db
          .select({ id: questions.id })
          .from(questions)
          .innerJoin(articles, eq(articles.id, questions.articleId))
          .where(sql`${studyableQuestions(userId, filter)} and ${notBuried(userId, NOW)}`)
          .orderBy(asc(questions.id));
        const visible = studyableQuestionsSql(userId, filter);
        const buried = notBuriedSql(userId, NOW);
        const got = await raw.all<{ id: string }>(
          `select q.id as id from questions q inner join articles a on a.id = q.article_id where ${visible.sql} and ${buried.sql} order by q.id`,
          [...visible.args, ...buried.args],
        );
        expect({ userId, filter, ids: got.map((r) => r.id) }).toEqual({ userId, filter, ids: want.map((r) => r.id) });
      }
    }
  });

  it("refuse a value in place of a placeholder, a missing value and a missing number", () => {
    expect(() => keptSql("t1", () => sql`${A.ownerId} = ${"ann"}`, {})).toThrow(/not a placeholder/);
    expect(() => keptSql("t2", (p) => sql`${A.ownerId} = ${p("userId")}`, {})).toThrow(/no value for "userId"/);
    expect(keptSqlNumbered("t2", (p) => sql`${A.ownerId} = ${p("userId")}`, { userId: 3 })).toBe('"a"."owner_id" = ?3');
    expect(() => keptSqlNumbered("t2", (p) => sql`${A.ownerId} = ${p("userId")}`, {})).toThrow(/no number/);
  });
});

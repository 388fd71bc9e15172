import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GeneratedArticle } from "@/questions/types";
import { ANKI_DECK_ID, ANKI_FIELDS, ANKI_MODEL_ID, ankiGuid, ankiScheduling, buildApkg, easeFactor, noteFront } from "./apkg";
import { recordReview } from "./reviews";
import { saveGeneratedArticle } from "./seed";
import { freshDatabase, makeUser } from "./test-helpers";

const NOW = new Date("2026-11-22T10:00:00Z");
const EXPORTED = new Date("2026-11-30T12:00:00Z");
const sentence = "The 15th BRICS summit was held in Johannesburg from August 22 to 24, 2023.";

function fixture(id: string): GeneratedArticle {
  const base = { evidence: sentence, factId: `${id}-f1`, kind: "event", score: 0.9, articleId: id };
  return {
    article: { id, title: `Summit <report> ${id}`, tags: ["brics", "south africa"], body: sentence },
    words: 14,
    facts: [
      {
        id: `${id}-f1`,
        kind: "event",
        subject: "15th BRICS summit",
        relation: "held in",
        object: "Johannesburg",
        objectType: "place",
        sentence,
        articleId: id,
        span: [0, 20],
      },
    ],
    questions: [
      { ...base, id: `${id}-recall`, type: "recall", prompt: "Where was the 15th BRICS summit held?", answer: "Johannesburg" },
      {
        ...base,
        id: `${id}-mcq`,
        type: "mcq",
        prompt: "Where was it held?",
        answer: "Johannesburg",
        choices: ["Durban", "Johannesburg", "Kazan", "New Delhi"],
      },
      { ...base, id: `${id}-tf`, type: "true_false", prompt: "The 15th BRICS summit was held in Durban.", answer: "False" },
    ],
  };
}

let dir: string;
let anki: ReturnType<typeof createClient>;
let media: string;

beforeAll(async () => {
  await freshDatabase();
  const alice = await makeUser("alice");
  await saveGeneratedArticle(fixture("a1"), { ownerId: null, contentHash: "h", now: NOW });
  await recordReview({
    userId: alice,
    id: "00000000-0000-4000-8000-000000000001",
    questionId: "a1-recall",
    response: { rating: 4 },
    durationMs: 4200,
    now: NOW,
  });
  await recordReview({
    userId: alice,
    id: "00000000-0000-4000-8000-000000000002",
    questionId: "a1-mcq",
    response: { choice: "Durban" },
    durationMs: 90_000,
    now: NOW,
  });

  const zip = unzipSync(await buildApkg({ userId: alice, now: EXPORTED }));
  expect(Object.keys(zip).sort()).toEqual(["collection.anki2", "media"]);
  media = strFromU8(zip.media!);
  dir = mkdtempSync(path.join(tmpdir(), "factdeck-apkg-test-"));
  const file = path.join(dir, "collection.anki2");
  writeFileSync(file, zip["collection.anki2"]!);
  anki = createClient({ url: `file:${file}` });
});

afterAll(() => {
  anki?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("buildApkg", () => {
  it("has an empty media map and a valid col row", async () => {
    expect(JSON.parse(media)).toEqual({});
    const { rows } = await anki.execute("select * from col");
    expect(rows).toHaveLength(1);
    const col = rows[0]!;
    expect(col.ver).toBe(11);
    expect(Number(col.crt)).toBe(Date.parse("2026-11-22T00:00:00Z") / 1000);
    const models = JSON.parse(String(col.models)) as Record<
      string,
      { name: string; flds: { name: string; ord: number }[]; tmpls: { qfmt: string; afmt: string }[]; type: number }
    >;
    const model = models[String(ANKI_MODEL_ID)];
    expect(model?.flds.map((f) => f.name)).toEqual([...ANKI_FIELDS]);
    expect(model?.type).toBe(0);
    expect(model?.tmpls[0]?.afmt).toContain("{{Evidence}}");
    const decks = JSON.parse(String(col.decks)) as Record<string, { name: string; conf: number }>;
    expect(decks[String(ANKI_DECK_ID)]?.name).toBe("Factdeck");
    const dconf = JSON.parse(String(col.dconf)) as Record<string, unknown>;
    expect(dconf[String(decks[String(ANKI_DECK_ID)]?.conf)]).toBeTruthy();
    expect(JSON.parse(String(col.conf))).toMatchObject({ curDeck: ANKI_DECK_ID });
    const tables = (await anki.execute("select name from sqlite_master where type = 'table' order by name")).rows.map((r) => r.name);
    expect(tables).toEqual(["cards", "col", "graves", "notes", "revlog"]);
  });

  it("writes one note per question with front, back, evidence and article", async () => {
    const { rows } = await anki.execute("select * from notes order by id");
    expect(rows).toHaveLength(3);
    const byGuid = new Map(rows.map((r) => [String(r.guid), r]));
    const mcq = byGuid.get(ankiGuid("a1-mcq"));
    const [front, back, evidence, article] = String(mcq?.flds).split("\x1f");
    expect(front).toBe("Where was it held?<br><br>A. Durban<br>B. Johannesburg<br>C. Kazan<br>D. New Delhi");
    expect(back).toBe("Johannesburg");
    expect(evidence).toBe(sentence);
    expect(article).toBe("Summit &lt;report&gt; a1");
    expect(Number(mcq?.mid)).toBe(ANKI_MODEL_ID);
    expect(String(mcq?.tags)).toBe(" factdeck mcq brics south_africa ");
    expect(String(byGuid.get(ankiGuid("a1-tf"))?.flds).split("\x1f")[0]).toBe("The 15th BRICS summit was held in Durban.<br><br>True or false?");
    expect(new Set(rows.map((r) => r.guid)).size).toBe(3);
  });

  it("carries the learner's scheduling on cards and their reviews in revlog", async () => {
    const cards = (await anki.execute("select c.*, n.guid from cards c join notes n on n.id = c.nid order by c.id")).rows;
    expect(cards).toHaveLength(3);
    for (const c of cards) expect(Number(c.did)).toBe(ANKI_DECK_ID);
    const byGuid = new Map(cards.map((c) => [String(c.guid), c]));
    // Rated Easy on the first sight: a review card, due in whole days.
    const recall = byGuid.get(ankiGuid("a1-recall"))!;
    expect([recall.type, recall.queue, recall.reps, recall.lapses]).toEqual([2, 2, 1, 0]);
    expect(Number(recall.ivl)).toBeGreaterThanOrEqual(1);
    expect(Number(recall.due)).toBe(Number(recall.ivl));
    // Answered wrongly: a learning card due within minutes, as an epoch second.
    const mcq = byGuid.get(ankiGuid("a1-mcq"))!;
    expect([mcq.type, mcq.queue]).toEqual([1, 1]);
    expect(Number(mcq.due)).toBeGreaterThan(NOW.getTime() / 1000);
    expect(Number(mcq.due)).toBeLessThan(NOW.getTime() / 1000 + 3600);
    // Never studied: new.
    expect([byGuid.get(ankiGuid("a1-tf"))!.type, byGuid.get(ankiGuid("a1-tf"))!.queue]).toEqual([0, 0]);

    const log = (await anki.execute("select * from revlog order by id")).rows;
    expect(log.map((r) => [Number(r.id), Number(r.cid), r.ease, r.type])).toEqual([
      [NOW.getTime(), Number(recall.id), 4, 0],
      [NOW.getTime() + 1, Number(mcq.id), 1, 0],
    ]);
    expect(log[0]?.time).toBe(4200);
    expect(log[1]?.time).toBe(60_000);
    expect(Number(log[1]?.ivl)).toBeLessThan(0);
  });
});

describe("mapping helpers", () => {
  it("maps FSRS difficulty to an ease factor", () => {
    expect(easeFactor(1)).toBe(3000);
    expect(easeFactor(10)).toBe(1300);
    expect(easeFactor(null)).toBe(2500);
  });

  it("orders new cards by position and keeps a stable guid", () => {
    expect(ankiScheduling(null, 7, 0)).toMatchObject({ type: 0, queue: 0, due: 7 });
    expect(ankiGuid("q1")).toBe(ankiGuid("q1"));
    expect(ankiGuid("q1")).not.toBe(ankiGuid("q2"));
    expect(noteFront({ id: "x", type: "cloze", prompt: "A <b> & ____", answer: "", choices: null, evidence: "", articleId: "a", retiredAt: null })).toBe(
      "A &lt;b&gt; &amp; ____",
    );
  });
});

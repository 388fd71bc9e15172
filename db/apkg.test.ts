import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GeneratedArticle } from "@/questions/types";
import {
  ANKI_CLOZE_FIELDS,
  ANKI_CLOZE_MODEL_ID,
  ANKI_DECK_ID,
  ANKI_FIELDS,
  ANKI_MODEL_ID,
  ankiGuid,
  ankiScheduling,
  ankiStableId,
  ankiStripHtml,
  buildApkg,
  clozeText,
  easeFactor,
  noteFront,
} from "./apkg";
import { setQuestionSuspended } from "./cards";
import { editQuestion, setQuestionDropped, setQuestionFlag } from "./question-browser";
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
      { ...base, id: `${id}-cloze`, type: "cloze", prompt: "The 15th BRICS summit (R&D <track>) was held in ____ in 2023.", answer: "Johannesburg" },
      { ...base, id: `${id}-dropped`, type: "recall", prompt: "Which summit was held in Johannesburg?", answer: "The 15th BRICS summit" },
    ],
  };
}

let dir: string;
let anki: ReturnType<typeof createClient>;
let media: string;
let alice: string;

/** Opens an .apkg's collection with @libsql/client (the caller closes it). */
function openCollection(bytes: Uint8Array, name: string) {
  const zip = unzipSync(bytes);
  const file = path.join(dir, name);
  writeFileSync(file, zip["collection.anki2"]!);
  return { zip, client: createClient({ url: `file:${file}` }) };
}

/** Anki's checksum, computed here independently: SHA-1 of the HTML-stripped first field, first 8 hex digits. */
const checksum = (stripped: string) => parseInt(createHash("sha1").update(stripped, "utf8").digest("hex").slice(0, 8), 16);

beforeAll(async () => {
  await freshDatabase();
  alice = await makeUser("alice");
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

  // The learner's own deck: an edit, a drop, a flag and a suspension.
  await editQuestion({ userId: alice, questionId: "a1-recall", patch: { prompt: "Which city hosted the 15th BRICS summit?" }, now: NOW });
  await setQuestionDropped({ userId: alice, questionId: "a1-dropped", dropped: true, now: NOW });
  await setQuestionFlag({ userId: alice, questionId: "a1-mcq", reason: "bad-options", now: NOW });
  await setQuestionSuspended({ userId: alice, questionId: "a1-tf", suspended: true, now: NOW });

  dir = mkdtempSync(path.join(tmpdir(), "factdeck-apkg-test-"));
  const opened = openCollection(await buildApkg({ userId: alice, now: EXPORTED }), "collection.anki2");
  expect(Object.keys(opened.zip).sort()).toEqual(["collection.anki2", "media"]);
  media = strFromU8(opened.zip.media!);
  anki = opened.client;
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
    // Five questions, one dropped by the learner.
    expect(rows).toHaveLength(4);
    const byGuid = new Map(rows.map((r) => [String(r.guid), r]));
    const mcq = byGuid.get(ankiGuid("a1-mcq"));
    const [front, back, evidence, article] = String(mcq?.flds).split("\x1f");
    expect(front).toBe("Where was it held?<br><br>A. Durban<br>B. Johannesburg<br>C. Kazan<br>D. New Delhi");
    expect(back).toBe("Johannesburg");
    expect(evidence).toBe(sentence);
    expect(article).toBe("Summit &lt;report&gt; a1");
    expect(Number(mcq?.mid)).toBe(ANKI_MODEL_ID);
    expect(String(mcq?.tags)).toBe(" factdeck mcq brics south_africa factdeck::flagged::bad-options ");
    expect(String(byGuid.get(ankiGuid("a1-tf"))?.flds).split("\x1f")[0]).toBe("The 15th BRICS summit was held in Durban.<br><br>True or false?");
    expect(new Set(rows.map((r) => r.guid)).size).toBe(4);
    expect(byGuid.has(ankiGuid("a1-dropped"))).toBe(false);
    // The learner's edit is what goes out, marked with a tag.
    const recall = byGuid.get(ankiGuid("a1-recall"));
    expect(String(recall?.flds).split("\x1f")[0]).toBe("Which city hosted the 15th BRICS summit?");
    expect(String(recall?.tags)).toBe(" factdeck recall brics south_africa factdeck::edited ");
  });

  it("makes a cloze question an Anki Cloze note and the others Basic with the evidence", async () => {
    const col = (await anki.execute("select models, tags from col")).rows[0]!;
    const models = JSON.parse(String(col.models)) as Record<
      string,
      { name: string; type: number; flds: { name: string }[]; tmpls: { qfmt: string; afmt: string }[] }
    >;
    expect(Object.keys(models).sort()).toEqual([String(ANKI_MODEL_ID), String(ANKI_CLOZE_MODEL_ID)].sort());
    const clozeModel = models[String(ANKI_CLOZE_MODEL_ID)]!;
    expect(clozeModel.type).toBe(1);
    expect(clozeModel.flds.map((f) => f.name)).toEqual([...ANKI_CLOZE_FIELDS]);
    expect(clozeModel.tmpls[0]?.qfmt).toBe("{{cloze:Text}}");
    expect(clozeModel.tmpls[0]?.afmt).toContain("{{Evidence}}");
    expect(Object.keys(JSON.parse(String(col.tags)) as object)).toContain("factdeck::flagged::bad-options");

    const notes = (await anki.execute("select n.*, c.ord from notes n join cards c on c.nid = n.id")).rows;
    const cloze = notes.find((n) => n.guid === ankiGuid("a1-cloze"))!;
    expect(Number(cloze.mid)).toBe(ANKI_CLOZE_MODEL_ID);
    expect(Number(cloze.ord)).toBe(0);
    expect(String(cloze.flds).split("\x1f")).toEqual([
      "The 15th BRICS summit (R&amp;D &lt;track&gt;) was held in {{c1::Johannesburg}} in 2023.",
      sentence,
      "Summit &lt;report&gt; a1",
    ]);
    expect(String(cloze.tags)).toBe(" factdeck cloze brics south_africa ");
    for (const n of notes.filter((x) => x.guid !== ankiGuid("a1-cloze"))) expect(Number(n.mid)).toBe(ANKI_MODEL_ID);
  });

  it("stores sfld and csum as Anki computes them from the first field", async () => {
    const notes = (await anki.execute("select flds, sfld, csum, guid from notes")).rows;
    for (const n of notes) {
      const first = String(n.flds).split("\x1f")[0]!;
      expect(String(n.sfld)).toBe(ankiStripHtml(first));
      expect(Number(n.csum)).toBe(checksum(ankiStripHtml(first)));
    }
    // Entities decoded and tags gone before hashing, as Anki's strip_html does.
    const cloze = notes.find((n) => n.guid === ankiGuid("a1-cloze"))!;
    expect(String(cloze.sfld)).toBe("The 15th BRICS summit (R&D <track>) was held in {{c1::Johannesburg}} in 2023.");
    expect(Number(cloze.csum)).toBe(checksum("The 15th BRICS summit (R&D <track>) was held in {{c1::Johannesburg}} in 2023."));
    const mcq = notes.find((n) => n.guid === ankiGuid("a1-mcq"))!;
    expect(String(mcq.sfld)).toBe("Where was it held?A. DurbanB. JohannesburgC. KazanD. New Delhi");
  });

  it("keeps note and card ids stable across exports (derived from the question id)", async () => {
    const idsOf = async (client: ReturnType<typeof createClient>) =>
      (await client.execute("select n.guid, n.id as nid, c.id as cid from notes n join cards c on c.nid = n.id order by n.guid")).rows.map((r) => [
        String(r.guid),
        Number(r.nid),
        Number(r.cid),
      ]);
    const later = openCollection(await buildApkg({ userId: alice, now: new Date("2026-12-24T08:00:00Z") }), "later.anki2");
    try {
      expect(await idsOf(later.client)).toEqual(await idsOf(anki));
    } finally {
      later.client.close();
    }
    const first = (await idsOf(anki)).find(([guid]) => guid === ankiGuid("a1-cloze"))!;
    expect(first.slice(1)).toEqual([ankiStableId("note", "a1-cloze"), ankiStableId("card", "a1-cloze")]);
  });

  it("carries suspension as queue -1 and a flag as Anki's red flag", async () => {
    const cards = (await anki.execute("select c.queue, c.flags, n.guid from cards c join notes n on n.id = c.nid")).rows;
    const byGuid = new Map(cards.map((c) => [String(c.guid), c]));
    expect(Number(byGuid.get(ankiGuid("a1-tf"))?.queue)).toBe(-1);
    expect(Number(byGuid.get(ankiGuid("a1-mcq"))?.flags)).toBe(1);
    expect(Number(byGuid.get(ankiGuid("a1-recall"))?.flags)).toBe(0);
  });

  it("carries the learner's scheduling on cards and their reviews in revlog", async () => {
    const cards = (await anki.execute("select c.*, n.guid from cards c join notes n on n.id = c.nid order by c.id")).rows;
    expect(cards).toHaveLength(4);
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
    // Never studied: new (and suspended by the learner: queue -1).
    expect([byGuid.get(ankiGuid("a1-tf"))!.type, byGuid.get(ankiGuid("a1-tf"))!.queue]).toEqual([0, -1]);
    expect([byGuid.get(ankiGuid("a1-cloze"))!.type, byGuid.get(ankiGuid("a1-cloze"))!.queue]).toEqual([0, 0]);

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

  it("writes a cloze prompt's blank as c1 and keeps the marker whole", () => {
    expect(clozeText({ prompt: "Held in ____ in 2023.", answer: "Kazan" })).toBe("Held in {{c1::Kazan}} in 2023.");
    expect(clozeText({ prompt: "Ratio ____.", answer: "3::1}}" })).toBe("Ratio {{c1::3&#58;&#58;1&#125;&#125;}}.");
    expect(clozeText({ prompt: "No blank here", answer: "x" })).toBeNull();
    expect(ankiStripHtml('a<br>b &amp; &#39;c&#x27; <img src="x.png"> <!-- n --><script>1</script>&nbsp;')).toBe("ab & 'c'  x.png   ");
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

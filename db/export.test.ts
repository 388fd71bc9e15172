import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedArticle } from "@/questions/types";
import { csvField, getCardsCsv, getDeck, getReviewsCsv } from "./export";
import { setQuestionSuspended } from "./cards";
import { editQuestion, setQuestionDropped, setQuestionFlag } from "./question-browser";
import { recordReview } from "./reviews";
import { saveGeneratedArticle } from "./seed";
import { freshDatabase, makeUser } from "./test-helpers";

const NOW = new Date("2026-11-22T10:00:00Z");
// Commas, quotes and a line break: every one must survive the CSV round trip.
const sentence = 'India and China agreed, in "Beijing", to resume talks.\nBoth sides welcomed it.';

function fixture(id: string, title: string): GeneratedArticle {
  const base = { evidence: sentence, factId: `${id}-f1`, kind: "event", score: 0.9, articleId: id };
  return {
    article: { id, title, tags: ["diplomacy"], body: sentence },
    words: 14,
    facts: [
      {
        id: `${id}-f1`,
        kind: "event",
        subject: "India and China",
        relation: "agreed in",
        object: "Beijing",
        objectType: "place",
        sentence,
        articleId: id,
        span: [0, 10],
      },
    ],
    questions: [
      { ...base, id: `${id}-recall`, type: "recall", prompt: 'Where did India and China agree, "in principle", to resume talks?', answer: "Beijing" },
      { ...base, id: `${id}-mcq`, type: "mcq", prompt: "Where did they agree?", answer: "Beijing", choices: ["Beijing", "Delhi, India", "Kazan", "=1+1"] },
    ],
  };
}

/** A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      if (field !== "") throw new Error(`stray quote at ${i}`);
      quoted = true;
    } else if (c === ",") endField();
    else if (c === "\r" && text[i + 1] === "\n") {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else if (c === "\n" || c === "\r") throw new Error(`bare line break at ${i}`);
    else field += c;
  }
  if (quoted) throw new Error("unterminated quote");
  if (field !== "" || row.length) throw new Error("missing final CRLF");
  return rows;
}

function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  expect(header).toBeDefined();
  for (const r of rows) expect(r).toHaveLength(header!.length);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}

let alice: string;
let bob: string;

beforeAll(async () => {
  await freshDatabase();
  alice = await makeUser("alice");
  bob = await makeUser("bob");
  await saveGeneratedArticle(fixture("s1", 'Shared, "quoted" report'), { ownerId: null, contentHash: "h", now: NOW });
  await saveGeneratedArticle(fixture("b1", "Bob's own article"), { ownerId: bob, contentHash: "h", now: NOW });
  await recordReview({
    userId: alice,
    id: "00000000-0000-4000-8000-000000000001",
    questionId: "s1-mcq",
    response: { choice: "Delhi, India" },
    durationMs: 3000,
    now: NOW,
  });
  await recordReview({
    userId: alice,
    id: "00000000-0000-4000-8000-000000000002",
    questionId: "s1-recall",
    response: { rating: 3 },
    durationMs: 1500,
    now: new Date(NOW.getTime() + 60_000),
  });
  await recordReview({ userId: bob, id: "00000000-0000-4000-8000-000000000003", questionId: "b1-recall", response: { rating: 4 }, durationMs: 900, now: NOW });
});

describe("csvField", () => {
  it("quotes only what needs it and doubles quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(false)).toBe("false");
  });

  it("defuses spreadsheet formulas in text columns", () => {
    expect(csvField("=HYPERLINK(1)", { text: true })).toBe("'=HYPERLINK(1)");
    expect(csvField("-3", { text: false })).toBe("-3");
  });
});

describe("getReviewsCsv", () => {
  it("parses as RFC 4180 and holds the caller's reviews only, oldest first", async () => {
    const rows = records(await getReviewsCsv({ userId: alice }));
    expect(rows.map((r) => r.review_id)).toEqual(["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"]);
    expect(rows[0]).toMatchObject({
      reviewed_at: "2026-11-22T10:00:00.000Z",
      question_id: "s1-mcq",
      article_title: 'Shared, "quoted" report',
      response: "Delhi, India",
      correct: "false",
      rating: "1",
      rating_name: "again",
      state_before: "new",
      state_after: "learning",
      undone_at: "",
    });
    expect(rows[1]?.prompt).toBe('Where did India and China agree, "in principle", to resume talks?');
    expect(rows[1]?.response).toBe("(self-rated good)");
  });
});

describe("getCardsCsv and getDeck", () => {
  it("lists every visible question with the caller's state, never another user's article", async () => {
    const rows = records(await getCardsCsv({ userId: alice }));
    expect(rows.map((r) => r.question_id).sort()).toEqual(["s1-mcq", "s1-recall"]);
    const mcq = rows.find((r) => r.question_id === "s1-mcq");
    expect(mcq).toMatchObject({ state: "learning", reps: "1", lapses: "0", choices: "Beijing | Delhi, India | Kazan | =1+1", evidence: sentence });
    expect(mcq?.due).toMatch(/^2026-11-22T10:0\d:00\.000Z$/);

    const bobs = await getDeck({ userId: bob });
    expect(bobs.map((e) => e.question.id).sort()).toEqual(["b1-mcq", "b1-recall", "s1-mcq", "s1-recall"]);
    expect(bobs.find((e) => e.question.id === "s1-mcq")?.card).toBeNull();
    expect(bobs.find((e) => e.question.id === "b1-recall")?.card?.state).toBe("review");
  });
});

describe("the deck as the learner sees it", () => {
  it("applies their edits and drops, and has tags, suspended and flagged columns", async () => {
    const carol = await makeUser("carol");
    await editQuestion({ userId: carol, questionId: "s1-recall", patch: { prompt: "=Where did the two agree?" }, now: NOW });
    await setQuestionFlag({ userId: carol, questionId: "s1-mcq", reason: "bad-options", now: NOW });
    await setQuestionSuspended({ userId: carol, questionId: "s1-mcq", suspended: true, now: NOW });
    const rows = records(await getCardsCsv({ userId: carol }));
    expect(rows.map((r) => [r.question_id, r.prompt, r.tags, r.suspended, r.flagged])).toEqual([
      ["s1-recall", "'=Where did the two agree?", "diplomacy", "", ""],
      ["s1-mcq", "Where did they agree?", "diplomacy", "yes", "bad-options"],
    ]);
    // Another learner still has the generated question, unflagged.
    const alices = records(await getCardsCsv({ userId: alice }));
    expect(alices.find((r) => r.question_id === "s1-recall")?.prompt).toBe('Where did India and China agree, "in principle", to resume talks?');
    expect(alices.map((r) => r.flagged)).toEqual(["", ""]);

    await setQuestionDropped({ userId: carol, questionId: "s1-recall", dropped: true, now: NOW });
    expect((await getDeck({ userId: carol })).map((e) => [e.question.id, e.flag, e.edited])).toEqual([["s1-mcq", "bad-options", false]]);
  });
});

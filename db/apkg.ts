import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient, type InStatement } from "@libsql/client";
import { strToU8, zip } from "fflate";
import { getDeck, type DeckEntry } from "./export";
import { readReviewLog } from "./review-log";
import { forEachSliced, yieldToEventLoop } from "./yield";

/** Statements per transaction when writing the collection file. */
const WRITE_SLICE = 200;
import type { CardSnapshot } from "./schema";

/**
 * The learner's deck as an Anki package (.apkg): a zip of `collection.anki2` (an SQLite database in
 * Anki's legacy schema 11, what genanki writes and every Anki 2.1 imports) and a `media` file `{}`.
 * Each question is one note of the "Factdeck" note type (fields Front, Back, Evidence, Article) with
 * one card carrying the learner's scheduling, and their reviews become Anki's revlog.
 * See docs/data.md for how FSRS state is mapped to Anki's fields.
 */

/** Anki's legacy collection schema (version 11), table for table as Anki 2.1 and genanki create it. */
const ANKI_SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null,
  factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

/** Fixed ids, so a second export imports into the same note type and deck instead of making copies. */
export const ANKI_MODEL_ID = 1_763_800_000_001;
export const ANKI_DECK_ID = 1_763_800_000_002;
const ANKI_DCONF_ID = 1;
/** The cloze note type ("Factdeck Cloze"), for cloze questions. */
export const ANKI_CLOZE_MODEL_ID = 1_763_800_000_003;
/** The note type's field names, in order. */
export const ANKI_FIELDS = ["Front", "Back", "Evidence", "Article"] as const;
/** The cloze note type's field names, in order. */
export const ANKI_CLOZE_FIELDS = ["Text", "Evidence", "Article"] as const;
/** The blank of a cloze prompt (questions/make: "____"). */
const CLOZE_BLANK = "____";

const CSS = `.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: center; color: black; background-color: white; }
.evidence { margin-top: 1em; font-size: 16px; font-style: italic; color: #5b6270; }
.article { margin-top: .5em; font-size: 14px; color: #5b6270; }`;

/** The col row's JSON columns (conf, models, decks, dconf) and its dates, in column order after `ver`. */
function ankiCollectionRow({ crtSec, now }: { crtSec: number; now: Date }): (string | number)[] {
  const mod = now.getTime();
  const modSec = Math.floor(mod / 1000);
  const conf = {
    activeDecks: [ANKI_DECK_ID],
    curDeck: ANKI_DECK_ID,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: String(ANKI_MODEL_ID),
    nextPos: 1,
    sortType: "noteFld",
    sortBackwards: false,
    addToCur: true,
  };
  const model = (id: number, name: string, type: 0 | 1, fields: readonly string[], qfmt: string, afmt: string) => ({
    id: String(id),
    name,
    type,
    mod: modSec,
    usn: -1,
    sortf: 0,
    did: ANKI_DECK_ID,
    tags: [],
    vers: [],
    flds: fields.map((field, ord) => ({ name: field, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] })),
    tmpls: [{ name: type === 1 ? "Cloze" : "Card 1", ord: 0, did: null, bqfmt: "", bafmt: "", qfmt, afmt }],
    css: CSS,
    latexPre:
      "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
    latexPost: "\\end{document}",
    // A standard note type's card needs its first field; a cloze note type's cards come from its c1, c2, … markers.
    ...(type === 0 ? { req: [[0, "all", [0]]] } : {}),
  });
  const models = {
    [ANKI_MODEL_ID]: model(
      ANKI_MODEL_ID,
      "Factdeck",
      0,
      ANKI_FIELDS,
      "{{Front}}",
      '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}\n<div class="evidence">{{Evidence}}</div>\n<div class="article">{{Article}}</div>',
    ),
    [ANKI_CLOZE_MODEL_ID]: model(
      ANKI_CLOZE_MODEL_ID,
      "Factdeck Cloze",
      1,
      ANKI_CLOZE_FIELDS,
      "{{cloze:Text}}",
      '{{cloze:Text}}\n<div class="evidence">{{Evidence}}</div>\n<div class="article">{{Article}}</div>',
    ),
  };
  const deck = (id: number, name: string) => ({
    id,
    name,
    desc: "",
    conf: ANKI_DCONF_ID,
    dyn: 0,
    collapsed: false,
    extendNew: 10,
    extendRev: 50,
    mod: modSec,
    usn: -1,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  });
  const dconf = {
    id: ANKI_DCONF_ID,
    name: "Default",
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { delays: [1, 10], ints: [1, 4, 7], initialFactor: 2500, order: 1, perDay: 20, bury: false, separate: true },
    rev: { perDay: 200, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, bury: false, hardFactor: 1.2 },
    lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 },
  };
  return [
    crtSec,
    mod,
    mod,
    JSON.stringify(conf),
    JSON.stringify(models),
    JSON.stringify({ 1: deck(1, "Default"), [ANKI_DECK_ID]: deck(ANKI_DECK_ID, "Factdeck") }),
    JSON.stringify({ [ANKI_DCONF_ID]: dconf }),
  ];
}

const DAY_MS = 86_400_000;
const BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/** A stable Anki note guid for a question id: the first 64 bits of its SHA-256 in Anki's base91 (as genanki does). */
export function ankiGuid(questionId: string): string {
  let n = BigInt(`0x${createHash("sha256").update(`factdeck:${questionId}`).digest("hex").slice(0, 16)}`);
  let out = "";
  while (n > 0n) {
    out = BASE91[Number(n % 91n)] + out;
    n /= 91n;
  }
  return out || "a";
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * A field as Anki's `strip_html_preserving_media_filenames` gives it: an image becomes its file
 * name, comments, style and script blocks and every tag go, entities become their characters.
 * What Anki keeps in `sfld` and hashes for `csum`.
 */
export function ankiStripHtml(field: string): string {
  return field
    .replace(/<img[^>]+src=["']?([^"'>]+)["']?[^>]*>/gi, " $1 ")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<style[\s\S]*?>[\s\S]*?<\/style>/gi, "")
    .replace(/<script[\s\S]*?>[\s\S]*?<\/script>/gi, "")
    .replace(/<[\s\S]*?>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

/**
 * Anki's note checksum (`field_checksum`): the SHA-1 of the first field stripped of HTML, its first
 * 8 hex digits (4 bytes, big-endian) as an integer. Anki finds duplicates by it.
 */
function ankiChecksum(firstField: string): number {
  return parseInt(createHash("sha1").update(ankiStripHtml(firstField), "utf8").digest("hex").slice(0, 8), 16);
}

/**
 * A stable Anki id (note or card) for a question: Anki's ids are epoch milliseconds, so this is a
 * millisecond between 2011 and 2023 picked by SHA-256 of `factdeck:<kind>:<question id>`. The same
 * question gets the same ids in every export, so a re-import updates its note and card.
 */
export function ankiStableId(kind: "note" | "card", questionId: string): number {
  const h = parseInt(createHash("sha256").update(`factdeck:${kind}:${questionId}`).digest("hex").slice(0, 12), 16);
  return ANKI_ID_BASE + (h % ANKI_ID_SPAN);
}
const ANKI_ID_BASE = 1_300_000_000_000;
const ANKI_ID_SPAN = 400_000_000_000;

/** A tag as Anki keeps it: no spaces (a space separates tags). */
const ankiTag = (t: string) => t.trim().replace(/\s+/g, "_");

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The note's front as Anki HTML: the prompt, with the four options for mcq and "True or false?" for true/false. */
export function noteFront(q: DeckEntry["question"]): string {
  const prompt = escapeHtml(q.prompt);
  if (q.type === "mcq" && q.choices?.length) {
    const items = q.choices.map((c, i) => `${String.fromCharCode(65 + i)}. ${escapeHtml(c)}`).join("<br>");
    return `${prompt}<br><br>${items}`;
  }
  if (q.type === "true_false") return `${prompt}<br><br>True or false?`;
  return prompt;
}

/**
 * A cloze question as an Anki Cloze note's Text: the prompt with its blank as `{{c1::answer}}`, or
 * null when the prompt has no blank (then it goes out as a Basic note). Characters of the answer that
 * would end or split the marker (`}}`, `::`) are written as entities, which Anki shows as they are.
 */
export function clozeText(q: Pick<DeckEntry["question"], "prompt" | "answer">): string | null {
  const at = q.prompt.indexOf(CLOZE_BLANK);
  if (at < 0) return null;
  const answer = escapeHtml(q.answer).replace(/:/g, "&#58;").replace(/\}/g, "&#125;");
  return `${escapeHtml(q.prompt.slice(0, at))}{{c1::${answer}}}${escapeHtml(q.prompt.slice(at + CLOZE_BLANK.length))}`;
}

/**
 * FSRS difficulty (1 easiest … 10 hardest) as an Anki ease factor in permille:
 * 1 → 3000 (300%), 5.5 → 2150, 10 → 1300 (Anki's floor). New cards get Anki's default 2500.
 */
export function easeFactor(difficulty: number | null): number {
  if (difficulty === null || difficulty <= 0) return 2500;
  const d = Math.min(10, Math.max(1, difficulty));
  return Math.round(1300 + ((10 - d) / 9) * 1700);
}

/** An interval as Anki's revlog keeps it: whole days for review cards, negative seconds for (re)learning. */
function revlogInterval(s: CardSnapshot | null): number {
  if (!s || s.state === "new") return 0;
  if (s.state === "review") return Math.max(1, s.scheduledDays);
  const from = s.lastReview ?? s.due;
  return -Math.max(1, Math.round((s.due - from) / 1000));
}

const REVLOG_TYPE: Record<CardSnapshot["state"], number> = { new: 0, learning: 0, review: 1, relearning: 2 };

/** The Anki card columns (type, queue, due, ivl, factor, reps, lapses, left) for a learner's card. */
export function ankiScheduling(card: DeckEntry["card"], position: number, crtSec: number) {
  if (!card || card.state === "new") return { type: 0, queue: 0, due: position, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0 };
  const factor = easeFactor(card.difficulty);
  const dayOf = (d: Date) => Math.floor((d.getTime() - crtSec * 1000) / DAY_MS);
  const base = { reps: card.reps, lapses: card.lapses, factor };
  if (card.state === "review") return { ...base, type: 2, queue: 2, due: dayOf(card.due), ivl: Math.max(1, card.scheduledDays), left: 0 };
  const type = card.state === "learning" ? 1 : 3;
  // A step of a day or more is Anki's "day learning" queue (due as a day number); shorter ones are due at a second.
  const interday = card.scheduledDays >= 1;
  return {
    ...base,
    type,
    queue: interday ? 3 : 1,
    due: interday ? dayOf(card.due) : Math.floor(card.due.getTime() / 1000),
    ivl: card.state === "relearning" ? Math.max(1, card.scheduledDays) : 0,
    left: 1001,
  };
}

/** Builds the learner's .apkg (zip bytes). `now` dates the collection and its notes. */
export async function buildApkg({ userId, now }: { userId: string; now: Date }): Promise<Uint8Array> {
  const deck = await getDeck({ userId });
  const log = await readReviewLog({ userId, liveOnly: true });
  const earliest = Math.min(now.getTime(), ...log.map((r) => r.reviewedAt.getTime()));
  // The collection "starts" at the UTC midnight of the first review, so review due days are positive.
  const crtSec = Math.floor(earliest / DAY_MS) * 86_400;
  const nowSec = Math.floor(now.getTime() / 1000);

  const statements: InStatement[] = [];
  const noteIds = new Set<number>();
  const cardIdsUsed = new Set<number>();
  /** A derived id, moved on by one in the (very rare) case two questions hash to the same millisecond. */
  const claim = (used: Set<number>, id: number) => {
    while (used.has(id)) id++;
    used.add(id);
    return id;
  };
  const allTags = new Set<string>();
  const cardIds = new Map<string, number>();
  await forEachSliced(deck, (entry, i) => {
    const q = entry.question;
    const cloze = q.type === "cloze" ? clozeText(q) : null;
    const evidence = escapeHtml(q.evidence);
    const article = escapeHtml(entry.articleTitle);
    const fields = cloze !== null ? [cloze, evidence, article] : [noteFront(q), escapeHtml(q.answer), evidence, article];
    const tags = [
      "factdeck",
      q.type,
      ...entry.articleTags.map(ankiTag),
      ...(entry.flag ? [`factdeck::flagged::${entry.flag}`] : []),
      ...(entry.edited ? ["factdeck::edited"] : []),
    ].filter(Boolean);
    for (const t of tags) allTags.add(t);
    const noteId = claim(noteIds, ankiStableId("note", q.id));
    const cardId = claim(cardIdsUsed, ankiStableId("card", q.id));
    cardIds.set(q.id, cardId);
    statements.push({
      sql: "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')",
      args: [
        noteId,
        ankiGuid(q.id),
        cloze !== null ? ANKI_CLOZE_MODEL_ID : ANKI_MODEL_ID,
        nowSec,
        ` ${tags.join(" ")} `,
        fields.join("\x1f"),
        ankiStripHtml(fields[0]!),
        ankiChecksum(fields[0]!),
      ],
    });
    const scheduled = ankiScheduling(entry.card, i + 1, crtSec);
    // A question suspended here is suspended in Anki too (queue -1); a flagged one carries Anki's red flag (1).
    const s = entry.card?.suspendedAt ? { ...scheduled, queue: -1 } : scheduled;
    statements.push({
      sql: "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, '')",
      args: [cardId, noteId, ANKI_DECK_ID, nowSec, s.type, s.queue, s.due, s.ivl, s.factor, s.reps, s.lapses, s.left, entry.flag ? 1 : 0],
    });
  });
  statements.unshift({
    sql: "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)",
    args: [...ankiCollectionRow({ crtSec, now }), JSON.stringify(Object.fromEntries([...allTags].sort().map((t) => [t, 0])))],
  });
  const usedIds = new Set<number>();
  await forEachSliced(log, (r) => {
    const cid = cardIds.get(r.questionId);
    if (cid === undefined) return;
    let rid = r.reviewedAt.getTime();
    while (usedIds.has(rid)) rid++;
    usedIds.add(rid);
    statements.push({
      sql: "INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
      args: [
        rid,
        cid,
        r.rating,
        revlogInterval(r.after),
        revlogInterval(r.before),
        easeFactor(r.after.difficulty),
        Math.min(r.durationMs, 60_000),
        REVLOG_TYPE[r.before?.state ?? "new"],
      ],
    });
  });
  return zipAsync({ "collection.anki2": await writeCollection(statements), media: strToU8("{}") });
}

/** fflate's zip off the main thread (it runs in a worker), so a large collection does not stall other requests. */
function zipAsync(files: Record<string, Uint8Array>): Promise<Uint8Array> {
  return new Promise((resolve, reject) => zip(files, (err, data) => (err ? reject(err) : resolve(data))));
}

/** Writes the statements into a fresh SQLite file in the temp folder and returns its bytes; the file is always removed. */
async function writeCollection(statements: InStatement[]): Promise<Uint8Array> {
  const file = path.join(tmpdir(), `factdeck-apkg-${randomUUID()}.anki2`);
  const client = createClient({ url: `file:${file}` });
  try {
    // A throwaway file: no journal on disk and no fsync per transaction (each would block the event loop).
    await client.executeMultiple("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;");
    await client.executeMultiple(ANKI_SCHEMA);
    // Still a throwaway file: written in slices (one transaction each), yielding in between.
    for (let i = 0; i < statements.length; i += WRITE_SLICE) {
      await client.batch(statements.slice(i, i + WRITE_SLICE), "write");
      await yieldToEventLoop();
    }
    client.close();
    return new Uint8Array(await readFile(file));
  } finally {
    client.close();
    await Promise.all(["", "-journal", "-wal", "-shm"].map((s) => rm(file + s, { force: true })));
  }
}

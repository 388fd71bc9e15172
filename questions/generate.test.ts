/**
 * The generator end to end: invariants on every article we have (the shipped ones, the
 * unseen-article fixtures, shuffled paragraphs), and floors of key-fact coverage on sets of
 * real and held-out articles measured by the qg-dev rule (questions/eval/coverage.ts). The
 * floors sit a little under what generator 2.0 measured; a change that loses coverage fails.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { countWords, generateCorpus, parseArticle } from "./index";
import { FUSED_HEADING } from "./generate";
import type { Article, GeneratedArticle } from "./types";
import { FIXTURES, SHIPPED } from "./test-helpers";
import { evaluateArticle, malformedReasons, totals, type DevFact } from "./eval/coverage";
import { parseDevFacts, parsePublishedDates } from "./eval/report";
import { BLANK } from "./make/makers";
import { TRUE_FALSE_MIN_SCORE } from "./rank/select";
import { mulberry32, shuffled } from "./random";
import { countryOf } from "./nlp/vocab-places";

const here = dirname(fileURLToPath(import.meta.url));
const load = (rel: string): Article => parseArticle(readFileSync(join(here, rel), "utf8"), { filename: rel });
const corpus = [...SHIPPED, ...FIXTURES].map(load);
const result = generateCorpus(corpus, { seed: 1 });

function checkInvariants(g: GeneratedArticle): void {
  const ids = new Set<string>();
  for (const q of g.questions) {
    expect(ids.has(q.id), `duplicate id ${q.id}`).toBe(false);
    ids.add(q.id);
    expect(malformedReasons(q, g.article.body), `${q.type}: ${q.prompt}`).toEqual([]);
    if (q.type === "true_false") expect(["True", "False"]).toContain(q.answer);
    if (q.type === "cloze") expect(q.prompt).toContain(BLANK);
    if (q.type === "recall") expect(q.prompt).toMatch(/\?$/);
    if (q.type === "mcq") expect(q.prompt.includes(BLANK) || q.prompt.endsWith("?")).toBe(true);
    expect(q.prompt).not.toMatch(/^[\s,;:.]/);
    // A story about a country asks "In Peru, …", never "With reference to Peru, …".
    const topic = /^With reference to ([^,]+),/.exec(q.prompt)?.[1];
    if (topic) expect(countryOf(topic.replace(/^the\s/, "")), q.prompt).toBeUndefined();
    expect(g.facts.some((f) => f.id === q.factId)).toBe(true);
  }
}

describe("generateCorpus", () => {
  it("holds every invariant on the shipped articles and the unseen-article fixtures", () => {
    for (const g of result) checkInvariants(g);
  });

  it("gives every article of 250+ words at least 10 questions, of at least three types", () => {
    for (const g of result.filter((x) => x.words >= 250)) {
      expect(g.questions.length, g.article.id).toBeGreaterThanOrEqual(10);
      expect(new Set(g.questions.map((q) => q.type)).size, g.article.id).toBeGreaterThanOrEqual(3);
    }
  });

  it("makes true/false statements of salient facts only (a statement repeats its whole sentence)", () => {
    const tf = result.flatMap((g) => g.questions.filter((q) => q.type === "true_false"));
    expect(tf.length).toBeGreaterThan(0);
    // a fact's second question is scored 0.1 under the fact
    for (const q of tf) expect(q.score, q.prompt).toBeGreaterThanOrEqual(TRUE_FALSE_MIN_SCORE - 0.1 - 1e-9);
  });

  it("is deterministic; ids do not depend on the seed or on the other articles in the run", () => {
    const again = generateCorpus(corpus, { seed: 1 });
    expect(again).toEqual(result);
    const otherSeed = generateCorpus(corpus, { seed: 7 });
    for (const [i, g] of otherSeed.entries()) {
      const before = new Set(result[i]!.questions.map((q) => q.id));
      const same = g.questions.filter((q) => before.has(q.id)).length;
      expect(same / Math.max(1, g.questions.length), g.article.id).toBeGreaterThan(0.8);
    }
    const alone = generateCorpus([corpus[0]!], { seed: 1 })[0]!;
    const inCorpus = new Set(result[0]!.questions.map((q) => q.id));
    expect(alone.questions.filter((q) => inCorpus.has(q.id)).length / alone.questions.length).toBeGreaterThan(0.8);
  });

  it("property: invariants hold on shuffled selections of paragraphs (fixed seed)", () => {
    const rand = mulberry32(42);
    for (const a of corpus.slice(0, 12)) {
      const paras = a.body.split(/\n\s*\n/);
      const body = shuffled(paras, rand)
        .slice(0, Math.max(2, Math.ceil(paras.length / 2)))
        .join("\n\n");
      const [g] = generateCorpus([{ ...a, id: `${a.id}-shuffled`, body }], { seed: 3 });
      checkInvariants(g!);
    }
  });

  it("keeps true/false in balance (35–65% False) across the corpus", () => {
    const tf = result.flatMap((g) => g.questions.filter((q) => q.type === "true_false"));
    const share = tf.filter((q) => q.answer === "False").length / tf.length;
    expect(share).toBeGreaterThanOrEqual(0.35);
    expect(share).toBeLessThanOrEqual(0.65);
  });

  it("never asks a relative date, a news outlet or a speaker's quote wording", () => {
    for (const g of result) {
      for (const q of g.questions) {
        expect(q.answer).not.toMatch(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last year|this year)$/i);
        expect(q.answer).not.toMatch(/^(?:Reuters|Bloomberg|PTI|ANI|Associated Press|CNBC)$/);
      }
    }
  });
});

describe("commentary and context (an article written for this test)", () => {
  const text = [
    "Kenya's central bank cuts its policy rate to 9.75%",
    "",
    "The Central Bank of Kenya cut its benchmark rate to 9.75% on Tuesday, its third cut this year, as inflation eased to 4.1% in May.",
    "",
    "The decision will support lending to small firms, said Wanjiru Kamau, an economist at a Nairobi brokerage.",
    "",
    "The country gets about 60% of its foreign exchange from tea, tourism and remittances.",
    "",
    "Kenya's economy grew 4.6% in the first quarter, the statistics office said, after 5.2% in the previous three months.",
    "",
    "The bank's Monetary Policy Committee will meet again in August, Governor Kamau Thugge told reporters in Nairobi.",
  ].join("\n");
  const [g] = generateCorpus([{ ...parseArticle(text, { id: "kenya-rate-cut" }), published: "2026-06-10" }], { seed: 1 });

  it("asks no question from a commentator's view that states no figure or name", () => {
    expect(g!.questions.some((q) => /small firms/.test(q.evidence))).toBe(false);
  });

  it("names 'the country' from the article where a question keeps it", () => {
    const share = g!.questions.filter((q) => q.evidence.startsWith("The country gets"));
    for (const q of share) expect(q.prompt).not.toMatch(/\bthe country\b/i);
  });
});

describe("a vague subject the sentence describes itself", () => {
  const body = [
    "India has amended its rules for online platforms to police deepfakes, the government said on Tuesday.",
    "The changes, published on Tuesday as amendments to India's 2021 IT Rules, bring deepfakes under a formal regulatory framework and set a three-hour deadline for official takedown orders.",
    "Platforms that fail to comply could lose their legal protections, officials said, and the ministry will review the rules next year after consulting industry groups and civil society.",
    "The ministry received more than 2,000 comments on a draft of the rules in October 2025.",
  ].join("\n\n");
  const [g] = generateCorpus([parseArticle(`India tightens rules on deepfakes\n\n${body}`, { filename: "deepfake-rules.txt" })], { seed: 1 });
  it("asks the facts of 'The changes, published … as amendments to …, bring …' (no earlier sentence needed)", () => {
    const asked = g!.questions.filter((q) => q.evidence.startsWith("The changes, published")).map((q) => q.answer);
    expect(asked.length).toBeGreaterThan(0);
  });
});

describe("context the article gave before (an article written for this test)", () => {
  const body = [
    "The European Space Agency on Monday launched Condor-2, an earth-observation satellite built to watch glaciers, from Kourou in French Guiana.",
    "The satellite carries seven cameras and will circle the Earth every 98 minutes at an altitude of 690 km, the agency said.",
    "The Committee on Space Research (COSPAR) registered Condor-2 under the number 2026-041A on Tuesday.",
    "The launch came three months after the Japan Aerospace Exploration Agency lost its own glacier probe in a rocket failure over the Pacific.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Europe launches a glacier-watching satellite\n\n${body}`, { id: "condor" }), published: "2026-03-10" }], {
    seed: 1,
  });
  const from = (start: string) => g!.questions.filter((q) => q.evidence.startsWith(start));

  it("names 'the satellite' as the article named it ('the Condor-2 satellite')", () => {
    const asked = from("The satellite carries");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).toMatch(/Condor-2/);
  });

  it("blanks a name with its short form ('The ____ said …', not 'The ____ (COSPAR)')", () => {
    const asked = from("The Committee on Space Research").filter((q) => q.answer === "Committee on Space Research");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).not.toMatch(/COSPAR/);
  });

  it("asks the clause after a subject that only dates it ('The launch came three months after …')", () => {
    const asked = from("The launch came");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).not.toMatch(/^The launch came/);
  });
});

describe("facts the sentence's form used to hide (an article written for this test)", () => {
  const body = [
    "Peru's state miner on Monday began exporting lithium carbonate from its Salinas plant in Arequipa, sending 12,000 tonnes to South Korea in the first shipment.",
    "Chilean exports to Peru have faced a 15% levy since March last year, but the two countries have now agreed to a customs pact that cut the levy to 4%.",
    "This is the first time a Peruvian state company has exported lithium in more than 30 years.",
    "While most of the carbonate goes to Japan under the contract, Peru is yet to find a buyer for its by-products, Peruvian Energy Minister Ana Ruiz told reporters on Tuesday.",
    "The plant will process brine from the salt flats — reaching 40,000 tonnes a year by 2028.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Peru starts lithium exports from Arequipa\n\n${body}`, { id: "lithium" }), published: "2026-05-20" }], {
    seed: 1,
  });
  const answered = (answer: string) => g!.questions.filter((q) => q.answer === answer);

  it("asks who held a post written before a name, without options from the article's other people", () => {
    const asked = answered("Ana Ruiz");
    expect(asked.map((q) => q.prompt)).toContain("Who was the Peruvian Energy Minister as of May 2026?");
    for (const q of asked) expect(q.choices).toBeUndefined();
  });

  it("names 'the two countries' from the two countries the sentence named before", () => {
    const asked = answered("4%");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).toMatch(/^Chile and Peru\b|Chile and Peru/);
  });

  it("asks 'This is the first time …' as the clause it explains", () => {
    const asked = answered("more than 30 years");
    expect(asked.map((q) => q.prompt)).toContain("A Peruvian state company has exported lithium for the first time in ____, as of May 2026.");
  });

  it("asks the clause a contrast states ('While most of the carbonate goes to …')", () => {
    expect(
      g!.questions.some((q) => /most of the carbonate goes to ____ under the contract, as reported in May 2026\.$/i.test(q.prompt) && q.answer === "Japan"),
    ).toBe(true);
  });

  it("names 'the previous quarter' from the quarter the article named before", () => {
    const text = [
      "Peru's mining output grows 3.1% in March quarter",
      "Peru's mining output grew 3.1% in the March quarter, the statistics office said on Friday.",
      "In the previous quarter, mining output grew 2.4%, which was revised to 2.6% later.",
      "Copper accounted for 61% of the output, while zinc made up 12%.",
    ].join("\n\n");
    const [q] = generateCorpus([{ ...parseArticle(text, { id: "peru-mining" }), published: "2026-05-20" }], { seed: 1 });
    const asked = q!.questions.filter((x) => x.answer === "2.4%");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).toMatch(/the quarter before the March (?:2026 )?quarter/i);
  });

  it("keeps a sentence whose one dash is its own, not an aside cut in two", () => {
    expect(g!.questions.some((q) => q.answer === "40,000 tonnes" && q.prompt.includes("—"))).toBe(true);
  });
});

describe("prompt hygiene from the tenth and eleventh reviews (an article written for this test)", () => {
  const body = [
    "Chile's government on Monday published (PDF) amendments to its 2019 Mining Code, requiring lithium producers to disclose water use every month.",
    "The rollout coincides with Chile's hosting of the Andean Mining Forum in Antofagasta from June 2 to 5.",
    "More than 30 companies have applied for permits under the new code, the ministry said.",
    "In January, however, lithium exports fell 12% from a year earlier, the central bank said.",
    "The world's largest copper producer also expects copper output to rise 4% this year.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Chile tightens lithium rules\n\n${body}`, { id: "chile-code" }), published: "2026-05-20" }], { seed: 1 });
  const prompts = g!.questions.map((q) => q.prompt);

  it("asks the hosting itself, not a vague subject that only dates it", () => {
    expect(prompts.some((p) => p.startsWith("Chile hosts the "))).toBe(true);
    expect(prompts.some((p) => /^The rollout/.test(p))).toBe(false);
  });

  it("leaves out a link's label and a connective that leans on the sentence before", () => {
    for (const p of prompts) expect(p).not.toMatch(/\(PDF\)|, however,/);
  });

  it("never swaps a bound ('more than 30') for a true/false statement", () => {
    for (const q of g!.questions.filter((x) => x.type === "true_false" && x.answer === "False")) expect(q.prompt).not.toMatch(/More than (?!30)\d+ companies/);
  });
});

describe("prompt hygiene from the twelfth review (an article written for this test)", () => {
  const body = [
    "LIMA, June 7 (Reuters) - Centrist Marisol Quiroga won Peru's presidential runoff on Sunday, the electoral office said.",
    "With 99.5% of ballots counted, Quiroga had 51.3% of valid votes against 48.7% for Tomas Ferreyra, the National Office of Electoral Processes said.",
    "Her Agricultural Storage Scheme will run for five years, from 2026-27 to 2030-31, and will be run by the farm ministry.",
    "Peru's exports of copper rose 6% in April to $2.1 billion, data from the central bank showed.",
    "Peru is the world's third-largest copper producer, and mining accounts for about 60% of its exports.",
    "The storage scheme will cost 4.2 billion soles, Union Information and Broadcasting Minister Ana Salcedo told reporters.",
    "Quiroga, 51, will be sworn in on July 28 for a five-year term.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Quiroga wins Peru runoff\n\n${body}`, { id: "peru-runoff" }), published: "2026-06-08" }], { seed: 1 });
  const questions = g!.questions;

  it("never shows the other share of a two-way split beside a blanked share", () => {
    for (const q of questions.filter((x) => x.answer === "51.3%" || x.answer === "48.7%")) expect(q.prompt).not.toMatch(/51\.3%|48\.7%/);
    expect(questions.some((q) => q.answer === "51.3%")).toBe(true);
  });

  it("asks neither end of a span whose length the prompt gives", () => {
    for (const q of questions.filter((x) => x.answer === "2026-27" || x.answer === "2030-31")) expect(q.prompt).not.toMatch(/five years/);
  });

  it("dates a month the sentence gives without a year, and says whose figures the attribution named no more", () => {
    const april = questions.filter((q) => q.evidence.includes("rose 6% in April") && q.type !== "true_false");
    expect(april.length).toBeGreaterThan(0);
    for (const q of april) expect(q.prompt).toMatch(/April 2026|2026/);
    for (const q of questions) expect(q.prompt).not.toMatch(/the National Office of Electoral Processes said\.$|data from the central bank showed\.$/);
  });

  it("names a bare surname by the one person of that name, though the lead wrote her with an adjective", () => {
    const sworn = questions.filter((q) => q.evidence.startsWith("Quiroga, 51,"));
    expect(sworn.length).toBeGreaterThan(0);
    for (const q of sworn) expect(q.prompt).toMatch(/(?<!Centrist )Marisol Quiroga/);
  });

  it("asks a day with its year ('sworn in on ____, 2026')", () => {
    const day = questions.filter((q) => q.answer === "July 28" && q.prompt.includes("____"));
    expect(day.length).toBeGreaterThan(0);
    for (const q of day) expect(q.prompt).toMatch(/____, 2026/);
  });

  it("keeps a post's own 'and' ('Information and Broadcasting Minister')", () => {
    const post = questions.filter((q) => q.answer === "Ana Salcedo" && q.type === "recall");
    expect(post.length).toBeGreaterThan(0);
    for (const q of post) expect(q.prompt).toMatch(/Information and Broadcasting Minister/);
  });

  it("asks a rank or a share that holds at a time as of the article's month", () => {
    const rank = questions.filter((q) => q.answer === "third-largest" && q.prompt.includes("____"));
    for (const q of rank) expect(q.prompt).toMatch(/as of June 2026/);
  });
});

describe("the user's own examples (shipped articles)", () => {
  const jwg = result.find((g) => g.article.id === "india-russia-jwg-counter-terrorism")!;
  const unsc = result.find((g) => g.article.id === "russia-backs-india-unsc-candidacy")!;

  it("who led each delegation at the 13th JWG", () => {
    for (const leader of ["Tanmaya Lal", "Sergey Vershinin"]) {
      const q = jwg.questions.find((x) => x.answer === leader && /delegation/.test(x.prompt + x.evidence));
      expect(q, leader).toBeDefined();
    }
    const russian = jwg.questions.find((x) => x.answer === "Sergey Vershinin" && x.type !== "cloze");
    expect(russian?.prompt).toMatch(/^Who (?:headed|led) the Russian delegation\b/);
  });

  it("the year the North–South corridor agreement was signed", () => {
    const q = unsc.questions.find((x) => x.answer === "2000");
    expect(q?.evidence).toMatch(/North-South multimodal transport corridor/);
  });
});

/** Loads a folder in the qg-dev format (see ../shared/qg-dev/README.md). */
function loadSet(folder: string): Array<{ article: Article; facts: DevFact[] }> {
  const dates = existsSync(join(folder, "README.md")) ? parsePublishedDates(readFileSync(join(folder, "README.md"), "utf8")) : new Map<string, string>();
  return readdirSync(join(folder, "articles"))
    .filter((f) => [".txt", ".md"].includes(extname(f)))
    .sort()
    .map((f) => {
      const base = basename(f, extname(f));
      const article = parseArticle(readFileSync(join(folder, "articles", f), "utf8"), { filename: f });
      const date = dates.get(base.slice(0, 2));
      if (date) article.published = date;
      return { article, facts: parseDevFacts(readFileSync(join(folder, "facts", `${base}.json`), "utf8"), f) };
    });
}

/** ../shared/qg-dev beside the project (CI), or beside the worktrees' parent. */
function sharedDevSet(): string {
  for (const rel of ["../../shared/qg-dev", "../../../shared/qg-dev"]) {
    const dir = join(here, rel);
    if (existsSync(join(dir, "facts"))) return dir;
  }
  throw new Error("../shared/qg-dev is missing: the coverage floor needs the development set beside the project");
}

describe.each([
  // [set, folder, floor of key facts covered, least questions per article]
  // Floors a few points under 2.9.0's figures (75.2%, 65.5%, 72.2%): a change that loses facts fails here.
  ["qg-dev (14 real articles, 230 key facts)", sharedDevSet(), 0.72, 10],
  ["held-out (8 invented articles, never tuned on)", join(here, "eval/own"), 0.62, 10],
  ["held2 (6 wire-style articles written this session by a helper who did not read the code)", join(here, "eval/held2"), 0.68, 10],
] as const)("coverage floor: %s", (_name, folder, floor, least) => {
  const set = loadSet(folder);
  const reports = set.map(({ article, facts }) => evaluateArticle(generateCorpus([article], { seed: 1 })[0]!, facts));
  const t = totals(reports);

  it(`covers at least ${floor * 100}% of the key facts, with no malformed question`, () => {
    expect(t.coverage).toBeGreaterThanOrEqual(floor);
    expect(t.malformed).toBe(0);
  });

  it("asks every article, and asks figures, names and dates alike", () => {
    expect(t.minQuestions).toBeGreaterThanOrEqual(least);
    for (const kind of ["percent", "money", "person", "organisation"]) {
      const k = t.coverageByKind[kind];
      if (k && k.total >= 5) expect(k.share, kind).toBeGreaterThanOrEqual(0.35);
    }
    expect(t.postShare ?? 0).toBeLessThanOrEqual(0.15);
  });

  it("words counted as the eval counts them", () => {
    for (const { article } of set) expect(countWords(article.body)).toBeGreaterThan(100);
  });
});

describe("forms of the ninth version (an article written for this test)", () => {
  const body = [
    "The Bank of Thailand on Wednesday cut its policy rate by 25 basis points to 1.5%, its second cut this year.",
    "“Growth has slowed more than we expected,” Governor Somchai Rattanakul told reporters in Bangkok.",
    "The only dissenter was Preeya Chaiyaporn, who warned about household debt and proposed holding the rate at 1.75%.",
    "The decision comes as Bangkok grapples with the fallout from the Myanmar conflict, which has hit border trade.",
    "The country gets about 60% of its tourists from Asia.",
    "Thailand and Cambodia agreed to a border truce in March after weeks of skirmishes.",
    "The truce has reopened three crossings to trucks, the commerce ministry said.",
    "Exports fell last year following a deadly border clash, officials said.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Bank of Thailand cuts rates as growth slows\n\n${body}`, { id: "baht" }), published: "2026-06-10" }], {
    seed: 1,
  });
  const prompts = (answer: string) => g!.questions.filter((q) => q.answer === answer).map((q) => q.prompt);

  it("asks a bare 'Governor' as the governor of the article's one central bank", () => {
    expect(prompts("Somchai Rattanakul")).toContain("Who was the Governor of the Bank of Thailand as of June 2026?");
  });

  it("asks a relative clause of its own subject ('Preeya Chaiyaporn … proposed holding the rate at ____')", () => {
    expect(
      prompts("1.75%").some((p) => /^Preeya Chaiyaporn warned about household debt and proposed holding the rate at ____, as reported in June 2026\.$/.test(p)),
    ).toBe(true);
  });

  it("names 'the country' after its capital, though the sentence before names another country as a modifier", () => {
    expect(prompts("about 60%").some((p) => /^Thailand gets ____ of its tourists from Asia/.test(p))).toBe(true);
  });

  it("names 'the truce' by the two sides that agreed to it, and asks an event as a cloze", () => {
    expect(g!.questions.some((q) => /\bthe truce between Thailand and Cambodia\b/i.test(q.prompt))).toBe(true);
    expect(prompts("a deadly border clash").every((p) => p.includes("____"))).toBe(true);
    expect(prompts("a deadly border clash").length).toBeGreaterThan(0);
  });
});

describe("a long lead sentence with a trailing aside (an article written for this test)", () => {
  const body = [
    "The Union Cabinet on Tuesday approved the Krishi Setu Yojana, a Rs 12,400 crore scheme to build rural cold chains and grading centres across 600 districts, in what the government described as the largest such programme anywhere in the world.",
    "The scheme will be run by the Ministry of Agriculture with state governments sharing 40% of the cost.",
    "Officials said the first centres would open in October.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Cabinet approves cold-chain scheme\n\n${body}`, { id: "setu" }), published: "2026-07-15" }], { seed: 1 });

  it("asks the lead's figure without the aside that trails it", () => {
    const asked = g!.questions.filter((q) => q.answer === "Rs 12,400 crore");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).not.toMatch(/in what the government described/);
  });
});

describe("a subject's one example, after a connective (an article written for this test)", () => {
  const body = [
    "Garment exporters in Tiruppur have lost orders worth Rs 2,000 crore since January, the exporters' association said.",
    "Even so, mills such as Kovai Spinners have already cut output by 30% and are waiting for demand to return.",
    "Cotton prices rose 12% in the same period.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Tiruppur exporters lose orders\n\n${body}`, { id: "mills" }), published: "2026-04-02" }], { seed: 1 });

  it("asks the one example that is the clause's subject, without the connective", () => {
    const asked = g!.questions.filter((q) => q.answer === "Kovai Spinners");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).not.toMatch(/even so/i);
  });
});

describe("answers the words around them give away (an article written for this test)", () => {
  const body = [
    "U.S. President Donald Trump raised tariffs on Peruvian copper to 40% on June 3, 2026, the commerce ministry said.",
    "Trump’s military actions in Venezuela and Iran, along with his threats over Greenland, have prompted some to draw parallels with the posture of Beijing.",
    "The talks come ahead of a planned visit by U.S. President Donald Trump to Lima in May.",
    "Peru's mining ministry has taken a cautious stance on the country's OECD ambitions.",
    "Peru exported copper worth $22 billion in 2025, according to the central bank.",
    "Copper's share of Peru's exports fell to 54% in May from 58% a month earlier.",
    "Between April 2025 and February 2026, Peru exported zinc worth $4.1 billion, down from $4.4 billion a year earlier.",
    "In January, Peru's National Institute of Statistics introduced changes to the Mining Output Index, zinc and silver price data to strengthen data quality, credibility and policy relevance.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Tariffs hit Peru's copper\n\n${body}`, { id: "peru" }), published: "2026-06-04" }], { seed: 1 });

  it("a surname the tagger took for a body is the person the article named in full", () => {
    const actions = g!.questions.filter((q) => q.evidence.startsWith("Trump’s military actions"));
    expect(actions.length).toBeGreaterThan(0);
    for (const q of actions) expect(q.prompt).toMatch(/^Donald Trump’s/);
  });

  it("does not blank a great power's president after the post, or a name that only modifies a noun", () => {
    expect(g!.questions.some((q) => q.answer === "Donald Trump" && q.prompt.includes(`President ${BLANK}`))).toBe(false);
    expect(g!.questions.some((q) => q.answer === "OECD")).toBe(false);
    expect(g!.questions.some((q) => q.answer === "$22 billion")).toBe(true);
  });

  it("never cuts the middle out of a list as if it were an aside", () => {
    const listed = g!.questions.filter((q) => q.evidence.includes("Mining Output Index"));
    expect(listed.length).toBeGreaterThan(0);
    for (const q of listed) if (/credibility/.test(q.prompt)) expect(q.prompt).toMatch(/zinc/);
  });

  it("asks a monthly figure, not the month it is for", () => {
    const monthly = g!.questions.filter((q) => q.evidence.startsWith("Copper's share"));
    expect(monthly.some((q) => q.answer === "54%")).toBe(true);
    expect(monthly.some((q) => q.answer === "May")).toBe(false);
    const period = g!.questions.filter((q) => q.evidence.startsWith("Between April 2025"));
    expect(period.some((q) => q.answer === "$4.1 billion")).toBe(true);
    expect(period.some((q) => q.answer === "April 2025" || q.answer === "February 2026" || q.answer === "February")).toBe(false);
  });
});

describe("a causative verb's object (an article written for this test)", () => {
  const body = [
    "Repeated breaches of the mining code have led the Andean Development Commission to suspend loans worth $2 billion to Peru.",
    "The commission said the loans would stay frozen until the code was enforced.",
    "Peru's mining ministry has promised new inspections by October.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Loans to Peru frozen\n\n${body}`, { id: "led" }), published: "2026-06-04" }], { seed: 1 });

  it("never moves the object of 'led … to' to the front of a question", () => {
    const led = g!.questions.filter((q) => q.evidence.startsWith("Repeated breaches"));
    expect(led.length).toBeGreaterThan(0);
    for (const q of led) expect(q.prompt).not.toMatch(/\bled to suspend\b/);
  });
});

describe("a vague count (an article written for this test)", () => {
  const body = [
    "Quipu Energy is one of nearly half a dozen battery startups backed by mining companies.",
    "The company raised $120 million in March to build a plant in Arequipa.",
    "The plant will employ 800 people by 2028, the company said.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Quipu Energy raises $120 million\n\n${body}`, { id: "vague" }), published: "2026-06-04" }], { seed: 1 });

  it("is not asked; the figures around it are", () => {
    expect(g!.questions.some((q) => /dozen/.test(q.answer))).toBe(false);
    expect(g!.questions.some((q) => q.answer === "$120 million")).toBe(true);
  });
});

describe("a heading glued into a sentence", () => {
  it("is told by a title-case preposition between capitalised words", () => {
    expect(FUSED_HEADING.test("First Rate Cut in 5 Years Since May 2020 RBI Governor Sanjay Malhotra announced the policy decision.")).toBe(true);
    expect(FUSED_HEADING.test("Oil Prices Jump As Iran Talks Stall Brent crude rose 3% on Monday.")).toBe(true);
  });
  it("leaves body text and names alone", () => {
    expect(FUSED_HEADING.test("The Ministry Of External Affairs said India and France signed the pact in New Delhi.")).toBe(false);
    expect(FUSED_HEADING.test("Since May 2020, the RBI has raised rates seven times.")).toBe(false);
    expect(FUSED_HEADING.test("Reserve Bank of India Governor Sanjay Malhotra on February 7 announced a cut.")).toBe(false);
  });
});

describe("posts as real reports write them", () => {
  const body = [
    "India and France on Monday signed a Rs 63,000 crore agreement for 26 Rafale-Marine fighter jets, in the presence of Vice Chief of Naval Staff Vice Admiral Krishna Swaminathan.",
    "Incumbent President Ranil Wickremesinghe failed with a total of 2,299,767 votes in the first count.",
    "The deal was cleared by the Cabinet Committee on Security on April 9, officials said.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`India, France sign deal for Rafale-M jets\n\n${body}`, { id: "posts" }), published: "2025-04-28" }], {
    seed: 1,
  });
  const prompts = (answer: string) => g!.questions.filter((q) => q.answer === answer).map((q) => q.prompt);

  it("asks the post without the holder's service rank", () => {
    expect(prompts("Krishna Swaminathan")).toContain("Who was the Vice Chief of Naval Staff as of April 2025?");
  });
  it("asks no post that names nobody's office", () => {
    expect(prompts("Ranil Wickremesinghe").some((p) => /^Who was the Incumbent/.test(p))).toBe(false);
    expect(g!.questions.some((q) => q.answer === "Incumbent")).toBe(false);
  });
});

describe("a sentence that goes on about an international body", () => {
  const body = [
    "India on Monday renewed its call for a permanent seat on a reformed UN Security Council at talks in Moscow with Russian officials.",
    "The UNSC comprises five permanent members, who wield veto power.",
    "Ten non-permanent members are elected for two-year terms.",
    "India last sat on the council in 2021 and 2022, officials said.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`India renews call for UNSC seat\n\n${body}`, { id: "unsc" }), published: "2026-01-05" }], { seed: 1 });

  it("is said of that body, never placed in the story's country", () => {
    const asked = g!.questions.filter((q) => q.evidence.startsWith("Ten non-permanent"));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(q.prompt).not.toMatch(/\bIn India\b|\bin India\?/);
      expect(q.prompt).toMatch(/^With reference to the UNSC, /);
    }
  });
});

describe("a surname the article gave in full", () => {
  const body = [
    "Reserve Bank of India Governor Sanjay Malhotra on Friday announced a cut in the repo rate by 25 basis points to 6.25 per cent.",
    "The meeting of the Monetary Policy Committee headed by Governor Malhotra was held from February 5 to 7.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`RBI cuts repo rate\n\n${body}`, { id: "rbi" }), published: "2025-02-07" }], { seed: 1 });

  it("is never the answer to learn", () => {
    expect(g!.questions.some((q) => q.answer === "Malhotra")).toBe(false);
  });
});

describe("an official's quote of several sentences", () => {
  const body = [
    "Prime Minister Narendra Modi on Thursday said India's fight against TB is achieving remarkable momentum, citing a new global report.",
    "Union Health Minister JP Nadda said on X: “India has emerged as a frontrunner in the fight against TB! The WHO has acknowledged India’s progress of reducing TB incidence by 21% since 2015, nearly twice the global rate. Treatment coverage now stands at 92%, with a 90% success rate, placing India far ahead of others.”",
    '"This dream can only be realized with a fresh start. The unity of all our people is the bedrock of this new beginning. The renewal we seek will rise from this shared strength and vision," he posted.',
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`India's fight against TB gains momentum\n\n${body}`, { id: "tb" }), published: "2025-11-13" }], { seed: 1 });

  it("asks the official's figures, saying whose they are", () => {
    const asked = g!.questions.filter((q) => q.evidence.startsWith("Treatment coverage"));
    expect(asked.map((q) => q.answer)).toContain("92%");
    for (const q of asked) expect(q.prompt).toMatch(/^According to Union Health Minister JP Nadda, /);
  });
  it("asks nothing of a quote whose speaker has no post", () => {
    expect(g!.questions.some((q) => q.evidence.startsWith("The unity of"))).toBe(false);
  });
});

describe("short forms and moved connectives", () => {
  const body = [
    "The European Commission on Wednesday fined Apple €500 million for breaching the Digital Markets Act, its first fines under the law.",
    "In parallel, Meta was penalized €200 million for its consent or pay model introduced in late 2023.",
    "The Commission has ordered Apple to remove the barriers that stop developers from steering users toward external offers within 60 days.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`EU fines Apple and Meta under DMA\n\n${body}`, { id: "dma" }), published: "2025-04-23" }], { seed: 1 });

  it("asks no short form of a body the article names in full", () => {
    expect(g!.questions.some((q) => q.answer === "Commission")).toBe(false);
  });
  it("leaves no connective at the end of a question", () => {
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/in parallel\?$/i);
  });
});

describe("an article that is one long quote", () => {
  const quote =
    "These were the ambassadors to the stars that we sent out there. They flew farther than any crew before them and came home safe. We will fly again soon, and we will land on the Moon before the decade is out. Every one of our people made this possible";
  const [g] = generateCorpus(
    [
      {
        ...parseArticle(`NASA hails Artemis II crew\n\n“${quote},” said Jared Isaacman, NASA’s administrator, after the landing.`, { id: "q" }),
        published: "2026-04-11",
      },
    ],
    {
      seed: 1,
    },
  );

  it("still gets its questions, its quote read whole", () => {
    expect(g!.questions.map((q) => q.prompt)).toContain("Who was NASA's administrator as of April 2026?");
  });
});

describe("the story's country by its region's epithet, and every question in its time (an article written for this test)", () => {
  const body = [
    "Nepal's cabinet on Monday approved a ₹900 crore plan to build 14 hydropower plants along the Koshi river.",
    "With over 30 million people and fast-rising demand, the South Asian nation imports about a fifth of its power.",
    "The plants will add 2,400 megawatts to the grid by 2030, the energy ministry said.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Nepal approves 14 hydropower plants\n\n${body}`, { id: "nepal" }), published: "2026-07-08" }], { seed: 1 });

  it("names 'the South Asian nation' as the story's country when it is one of South Asia's", () => {
    const asked = g!.questions.filter((q) => /imports about a fifth of its power|over 30 million people/.test(q.prompt));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).not.toMatch(/South Asian nation/);
  });

  it("dates every question that says no time of its own", () => {
    for (const q of g!.questions) if (q.kind !== "year" && q.kind !== "date") expect(q.prompt).toMatch(/\b(?:19|20)\d\d\b/);
  });
});

describe("figures with a symbol written on and fractions (an article written for this test)", () => {
  const body = [
    "Global wind capacity reached a total of 1,133GW by the end of 2025, the agency said in its annual report.",
    "Kenya, Chile and Peru each added more than 0.5GW of solar power last year.",
    "Power prices fell to a 3 1/2-year low of 4.2 cents a unit in September.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Wind and solar capacity hits record\n\n${body}`, { id: "gw" }), published: "2026-03-28" }], { seed: 1 });

  it("asks the whole figure, and never a question that breaks the contract", () => {
    const answers = g!.questions.map((q) => q.answer);
    expect(answers.some((a) => /1,133GW|0\.5GW/.test(a))).toBe(true);
    expect(answers).not.toContain("133GW");
    expect(answers).not.toContain("2-year");
    for (const q of g!.questions) expect(malformedReasons(q, g!.article.body)).toEqual([]);
  });
});

describe("an 'It' that stands for the sentence before's subject, and one that does not (an article written for this test)", () => {
  const body = [
    "The Central Bank of Kenya (CBK) on Tuesday cut its benchmark rate by 50 basis points to 9.5%.",
    "It had last lowered the rate by 25 basis points in August 2024.",
    "The Competition Authority of Kenya on Monday fined Safari Mobile 4 billion shillings for abusing its market position.",
    "It is the largest penalty imposed under the country's competition law since it took effect in 2012.",
    "The rainfall in the Rift Valley was 131% of the long-term average, while in the Coast region, it was 108% of the average.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Kenya cuts rates as regulator fines telecom\n\n${body}`, { id: "kenya" }), published: "2026-07-08" }], {
    seed: 1,
  });

  it("names the central bank for its 'It had last lowered …'", () => {
    expect(g!.questions.some((q) => /^The CBK had last lowered the rate|^The Central Bank of Kenya had last lowered/.test(q.prompt))).toBe(true);
  });

  it("never makes the fining body 'the largest penalty', nor asks the Coast region's 'it'", () => {
    for (const q of g!.questions) {
      expect(q.prompt).not.toMatch(/Authority of Kenya is the largest penalty/);
      expect(q.prompt).not.toMatch(/Coast region, it was/);
    }
  });
});

describe("a central bank's story placed in its country (an article written for this test)", () => {
  const body = [
    "The Bank of Ghana on Monday kept its policy rate at 27% for a third straight meeting.",
    "The Bank of Ghana said inflation would ease further.",
    "Loan growth slowed to 7.9% in June from 12% a year earlier.",
    "The cedi has gained about 4% against the dollar since January.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Bank of Ghana holds rate at 27%\n\n${body}`, { id: "ghana" }), published: "2026-07-08" }], { seed: 1 });

  it("says 'In Ghana', never 'With reference to the Bank of Ghana'", () => {
    const loans = g!.questions.filter((q) => /loan growth/i.test(q.prompt));
    expect(loans.length).toBeGreaterThan(0);
    for (const q of loans) expect(q.prompt).toMatch(/Ghana/);
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/^With reference to/);
  });
});

describe("a share's arithmetic read on the prompt (an article written for this test)", () => {
  const body = [
    "According to the agency's annual statistics report, last year, global geothermal capacity reached 1,448 GW, with an increase of 185 GW, representing 42.5% of the total expansion and a record annual growth rate of 14.7%.",
    "Japan stored 172 million barrels, or 41% of the 415 million barrels held by the group's members.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Geothermal capacity grows at record pace\n\n${body}`, { id: "geo" }), published: "2026-03-28" }], { seed: 1 });

  it("asks a figure whose prompt no longer shows the share it would be worked out from", () => {
    expect(g!.questions.some((q) => q.answer === "1,448 GW")).toBe(true);
  });

  it("never asks a share while both figures that give it stay in the prompt", () => {
    for (const q of g!.questions.filter((x) => x.answer === "41%")) expect(q.prompt).not.toMatch(/172 million[^]*415 million/);
  });
});

describe("an 'It' that is the thing an agent acted on (an article written for this test)", () => {
  const body = ["The Cabinet approved Lima Metro Line Four at a cost of 9 billion soles.", "It will involve a length of 64 km and have three corridors."].join(
    "\n\n",
  );
  const [g] = generateCorpus([{ ...parseArticle(`Peru approves metro line\n\n${body}`, { id: "metro" }), published: "2026-07-08" }], { seed: 1 });

  it("never makes the Cabinet 'involve a length of 64 km'", () => {
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/Cabinet (?:will )?involve/);
  });
});

describe("a span's 'over' (an article written for this test)", () => {
  const body = [
    "The cabinet approved the National Mission on Rice Seeds with a financial outlay of Rs 9,000 crore.",
    "The Mission will be implemented over seven years, from 2024-25 to 2030-31, in 120 districts.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Cabinet clears rice seed mission\n\n${body}`, { id: "rice" }), published: "2024-10-03" }], { seed: 1 });

  it("asks the span as a span, not 'over' as 'more than', and no end the span works out", () => {
    const spans = g!.questions.filter((q) => /seven years/.test(q.answer));
    for (const q of spans) expect(q.answer).toBe("seven years");
    for (const q of g!.questions) expect(["2024-25", "2030-31"]).not.toContain(q.answer);
  });
});

describe("answers and names the r12 review of unseen reports caught (an article written for this test)", () => {
  const body = [
    "The Union Cabinet on Saturday approved the Assured Pension Scheme for State Government employees.",
    "- A guaranteed pension of 50% of the average basic pay drawn over the last 12 months before retirement.",
    "A committee, set up by the government, held about 100 meetings with unions.",
    "Several companies of the Territorial Army were deployed in 2023.",
    "Several companies of the army moved from Pune and Nagpur to Nashik by road.",
    "Chile and Peru on April 30, 2025 signed a deal focused on access to Peruvian copper.",
    "The crew splashed down in the Gulf of Mexico Tuesday, ending the mission.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Cabinet approves assured pension scheme\n\n${body}`, { id: "pension" }), published: "2024-08-24" }], {
    seed: 1,
  });

  it("drops a list's bullet and never names 'the government' or 'the army' by a longer name that ends on the word", () => {
    for (const q of g!.questions) {
      expect(q.prompt).not.toMatch(/(?:^|,\s)- /);
      expect(q.prompt).not.toMatch(/set up by the Assured Pension Scheme/);
      expect(q.prompt).not.toMatch(/companies of the Territorial Army moved/);
    }
  });

  it("asks no country the prompt names by its people, and no weekday as part of a place", () => {
    for (const q of g!.questions) {
      if (/Peruvian copper/.test(q.prompt)) expect(q.answer).not.toBe("Peru");
      expect(q.answer).not.toMatch(/Tuesday$/);
    }
  });
});

describe("a currency area's story, a writer's question and a turn of topic (an article written for this test)", () => {
  const body = [
    "The European Central Bank on Thursday cut its key interest rate by a quarter point to 3.75%.",
    "Inflation at an annual rate of 2.6% in May is well down from a peak of 10.6% in October 2022.",
    "The question is how far and how fast the ECB and other central bankers will go in lowering their benchmarks by 2025.",
    "As for jobs, unemployment stood at 6.4% in April, a record low.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`ECB lowers interest rates for first time since 2019\n\n${body}`, { id: "ecb" }), published: "2024-06-06" }], {
    seed: 1,
  });

  it("places the area's indicators in the euro zone", () => {
    const inflation = g!.questions.filter((q) => /inflation/i.test(q.prompt));
    expect(inflation.length).toBeGreaterThan(0);
    for (const q of inflation) expect(q.prompt).toMatch(/euro zone/);
  });

  it("asks nothing of the writer's question, and drops 'As for jobs,'", () => {
    for (const q of g!.questions) {
      expect(q.evidence).not.toMatch(/^The question is/);
      expect(q.prompt).not.toMatch(/As for jobs/);
    }
  });
});

describe("a post many hold at once (an article written for this test)", () => {
  const body = [
    "The scheme was developed after long consultations, Union Minister Kavita Rao said after the Cabinet meeting.",
    "The scheme will benefit 23 lakh employees, Labour Minister Kavita Rao said.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Cabinet approves pension scheme\n\n${body}`, { id: "posts" }), published: "2024-08-24" }], { seed: 1 });

  it("asks who held a post with a portfolio, never 'Who was the Union Minister?'", () => {
    const prompts = g!.questions.map((q) => q.prompt);
    expect(prompts.some((p) => /^Who was the Union Minister\b/.test(p))).toBe(false);
    expect(prompts.some((p) => /^Who was the Labour Minister\b/.test(p))).toBe(true);
  });
});

describe("faults the r13 review of unseen reports caught (an article written for this test)", () => {
  const body = [
    "Another significant project approved by the Cabinet is a four-lane highway in Assam.",
    "The project will be developed with a total length of 85.675 km and a total cost of Rs 6,957 crore.",
    "In remote districts, approximately 7 000 children missed vaccination during the second round.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Cabinet approves highway and vaccination drive\n\n${body}`, { id: "r13" }), published: "2025-10-02" }], {
    seed: 1,
  });

  it("never names 'the project' 'the Another significant project', nor asks a number cut from its thousands", () => {
    for (const q of g!.questions) {
      expect(q.prompt).not.toMatch(/The Another/);
      expect(["7", "000"]).not.toContain(q.answer);
    }
  });
});

describe("a question with as many answers as the acts the article tells (an article written for this test)", () => {
  const body = [
    "The Cabinet approved the National Mission on Rice Seeds, a landmark initiative.",
    "The Cabinet also approved Pune Metro Phase Three at a cost of Rs 9,000 crore.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Cabinet clears mission and metro\n\n${body}`, { id: "acts" }), published: "2024-10-03" }], { seed: 1 });

  it("never asks 'What did the Cabinet approve?' when it approved two things", () => {
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/^What did the Cabinet approve\b/);
  });
});

describe("a briefing's 'It has also decided' (an article written for this test)", () => {
  const body = [
    "The Government on Wednesday gave its nod to a Rs 9,000 crore plan to build 40 new ports.",
    "It has also decided to give a bonus of 78 days of basic pay to 10.91 lakh postal employees.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Cabinet clears ports plan\n\n${body}`, { id: "briefing" }), published: "2025-09-24" }], { seed: 1 });

  it("is the government the lead opened with, and its facts are asked", () => {
    const bonus = g!.questions.filter((q) => /bonus of/.test(q.prompt));
    expect(bonus.length).toBeGreaterThan(0);
    for (const q of bonus) expect(q.prompt).toMatch(/the Government has (?:also )?decided/i);
  });
});

describe("an acronym before a mis-tagged official (an article written for this test)", () => {
  const body = [
    "The Indian Space Research Organisation (ISRO) has launched PSLV-C71, which carries the EOS-19 (Earth Observation Satellite-19) into a SSPO orbit, from Sriharikota, Andhra Pradesh.",
    "Following the launch of PSLV-C71, ISRO Chief V. Raman informed that the mission could not be accomplished and that a report would be provided after assessing the flaw.",
    "Raman said that the PSLV 4-stage vehicle and its performance was normal till the second stage.",
  ].join("\n\n");
  const [g] = generateCorpus(
    [{ ...parseArticle(`ISRO successfully launches PSLV-C71 from Sriharikota\n\n${body}`, { id: "isro-alias" }), published: "2025-05-18" }],
    {
      seed: 1,
    },
  );

  it("never writes the body's acronym as the official's name", () => {
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/\(ISRO Chief/);
  });
});

describe("a summit's report with a Title Case headline (an article written for this test)", () => {
  const body = [
    "The COP31 climate summit, which ran two days into extra time amid heated debates on the future of coal, ended early on Friday with a compromise text.",
    "COP31 President Mara Quell said after the agreement was announced, “We delivered a historic deal.”",
    "Andoria's emissions fell 4.2% in 2025, the summit's report said.",
    "Veloria cut its own emissions by 4.2% over the decade, a second report found, and plans a 30% cut by 2035.",
    "Delegates from 190 countries attended the summit in Andoria, which hosted it for the first time.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Final COP31 Deal Ends Summit Marathon In Andoria\n\n${body}`, { id: "cop31" }), published: "2026-11-20" }], {
    seed: 1,
  });

  it("asks what the subject's own relative clause says, with its count's unit in the number of each option", () => {
    const q = g!.questions.find((x) => x.answer === "two days" && x.type === "mcq");
    expect(q?.prompt).toMatch(/^The COP31 climate summit ran ____ into extra time/);
    for (const o of q!.choices!) expect(o).toMatch(/^(?:one day|\w+ days)$/);
  });

  it("asks who held a post whose body has a number in its name", () => {
    expect(g!.questions.some((x) => x.answer === "Mara Quell" && /COP31 President/.test(x.prompt))).toBe(true);
  });

  it("never asks the year the news is about", () => {
    expect(g!.questions.some((x) => x.type !== "true_false" && x.answer === "2025")).toBe(false);
  });

  it("asks a share once while the deck has other facts to ask; a short deck asks it again only to reach its least size", () => {
    const shares = g!.questions.filter((x) => x.type !== "true_false" && x.answer === "4.2%");
    const facts = new Set(g!.questions.map((x) => x.factId)).size;
    expect(shares.length).toBeGreaterThan(0);
    if (shares.length > 1) expect(facts).toBeLessThanOrEqual(10);
  });
});

describe("a body's outlook told over three sentences (an article written for this test)", () => {
  const body = [
    "The Andean Monetary Fund has trimmed its forecasts for regional growth in 2027 as risks weigh to the downside.",
    "Persistent and broadening inflation is also adding to the pressure, the AMF said in its annual regional outlook.",
    "It expects regional growth to slow to 3.2% in 2026, unchanged from its prior forecast, from 6.0% in 2025.",
    "Together, they comprise two-thirds of the region's population and more than 80% of its output.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`AMF trims regional growth forecasts for 2027\n\n${body}`, { id: "amf" }), published: "2026-10-11" }], {
    seed: 1,
  });

  it("names the 'It' of a sentence after one whose closing attribution names a body", () => {
    const q = g!.questions.find((x) => x.answer === "3.2%");
    expect(q?.prompt).toMatch(/^(?:The )?AMF expects regional growth/);
  });

  it("never asks what 'they' comprise after an opening adverb", () => {
    expect(g!.questions.some((x) => /\bthey comprise\b/i.test(x.prompt))).toBe(false);
  });
});

describe("a wh-question's unnamed thing (an article written for this test)", () => {
  const body = [
    "The Andorian Parliament on Thursday cleared a Bill reserving one-third of seats for women, with all 214 members present voting in favour.",
    "Prime Minister Mara Quell thanked the MPs for supporting the legislation.",
    "The Bill was moved by Law Minister Ivo Stan, who called it historic.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Andoria passes women's reservation Bill\n\n${body}`, { id: "bill" }), published: "2026-09-22" }], {
    seed: 1,
  });

  it("asks no wh-question of 'the legislation' the article never named; a cloze keeps its sentence", () => {
    for (const q of g!.questions) if (!q.prompt.includes("____") && q.type !== "true_false") expect(q.prompt).not.toMatch(/\bthe legislation\b/);
  });

  it("never asks a post's portfolio word before its holder", () => {
    expect(g!.questions.some((q) => q.answer === "Law")).toBe(false);
  });
});

describe("what a body said, in its reported clause (an article written for this test)", () => {
  const body = [
    "The World Health Organization said Friday that COVID-19 no longer qualifies as a global emergency, marking a symbolic end to the pandemic.",
    "The announcement, made more than three years after the agency declared an international crisis, was welcomed by governments.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`WHO ends global emergency\n\n${body}`, { id: "who" }), published: "2023-05-05" }], { seed: 1 });

  it("asks the reported clause's subject, which is no speaker", () => {
    const q = g!.questions.find((x) => x.answer === "COVID-19");
    expect(q?.prompt).toMatch(/said on May 5, 2023 that ____ no longer qualifies as a global emergency/);
  });
});

describe("a border agreement's story (an article written for this test)", () => {
  const body = [
    "Ahead of a likely meeting between Prime Minister Arun Vale and Veltrian President Sun Taro in Brenna this week, Andoria on Monday announced that it has reached an agreement with Veltria on patrolling along the Line of Actual Control in the northern highlands.",
    "Foreign Secretary Mira Dass said the agreement was finalised following negotiations over the last several weeks and that it will lead to a resolution of the issues that had arisen in 2020.",
    "It is understood that the agreement will facilitate patrolling in Korvan and Tesh areas as there were major unresolved issues in these two areas.",
  ].join("\n\n");
  const [g] = generateCorpus(
    [{ ...parseArticle(`Andoria, Veltria reach agreement on patrolling, says Mira Dass\n\n${body}`, { id: "lac" }), published: "2024-10-21" }],
    {
      seed: 1,
    },
  );

  it("asks the lead whose 'it' is the subject that announced", () => {
    expect(g!.questions.some((q) => q.evidence.startsWith("Ahead of") && q.answer === "Brenna")).toBe(true);
  });
  it("never takes the headline's 'Veltria reach agreement' for the agreement's name", () => {
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/reach agreement/);
  });
  it("asks what a reporter's hedge opens, but no count of what the sentence named", () => {
    expect(g!.questions.some((q) => q.evidence.startsWith("It is understood") && q.answer === "Korvan")).toBe(true);
    expect(g!.questions.some((q) => q.answer === "two")).toBe(false);
  });
});

describe("a central bank's cut and forecast (an article written for this test)", () => {
  const body = [
    "Veldonia's central bank cut its benchmark interest rate by 25 basis points to 2.25% on Thursday, its third cut in nine months.",
    "The bank also lowered its growth forecast for 2026 to 1.4% from the 1.9% it projected in February, citing the impact of tariffs.",
    "The rocket lifted off from the second launch pad at the coastal spaceport with the bank's new weather satellite.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Veldonia cuts rates again\n\n${body}`, { id: "cut" }), published: "2026-05-28" }], { seed: 1 });

  it("asks the level a forecast was lowered to: a year before 'to' is no range", () => {
    expect(g!.questions.some((q) => q.answer === "1.4%")).toBe(true);
  });
  it("asks which of a series a cut was, and no ordinal that is part of a compound ('second launch pad')", () => {
    expect(g!.questions.some((q) => q.answer === "third")).toBe(true);
    expect(g!.questions.some((q) => q.answer === "second")).toBe(false);
  });
});

describe("named phrases: a demonstrative's noun and a firm (an article written for this test)", () => {
  const body = [
    "The European Commission has long raised concerns over corruption and breaches of the rule of law in Veldonia.",
    "Those breaches have led the European Commission to suspend EU funds for the country — roughly 12 billion euros worth of funds are still frozen.",
    "India’s drug regulator on Monday cleared a single-dose vaccine developed by Hyderabad-based Zentiva Biologics.",
    "The Drugs Controller General of India approved the vaccine for people aged 12 to 60 years.",
    "Zentiva’s plant in Genome Valley can produce 30 million doses a year, Chief Executive Ravi Rao said, and the firm plans to invest about $210 million to triple that capacity by 2028.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Funds frozen; a vaccine approved\n\n${body}`, { id: "named" }), published: "2026-04-07" }], { seed: 1 });

  it("asks the figure of a sentence that opens 'Those breaches', named as the article named them", () => {
    const q = g!.questions.find((x) => x.answer === "roughly 12 billion euros");
    expect(q?.prompt).toMatch(/^The breaches of the rule of law/);
  });
  it("never makes a regulator 'of India' the firm", () => {
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/Drugs Controller General of India plans/);
    expect(g!.questions.some((q) => /Zentiva Biologics plans to invest/.test(q.prompt))).toBe(true);
  });
});

describe("what gives an answer away, and options that cannot be right (an article written for this test)", () => {
  const body = [
    "Geneva, Switzerland - The Andorian Space Agency on Monday said its capsule splashed down in the Pacific Ocean off the coast of San Diego, California.",
    "Mr Vale spent nearly three hours with Mr Dorn before going to meet King Albrecht at his Sandringham Estate.",
    "Andoria's crude import bill fell to $137 billion in 2025-26 from $143 billion a year earlier.",
    "The Zelt plant houses six of its 15 operational reactors and is the country's largest.",
    "The central bank said inflation for the first half of the next financial year is estimated at 3.2%, and revised its projection to 2.8% in the fourth quarter of 2018-’19.",
    "Solar capacity rose with the addition of 24.54 GW, reflecting a 33.47 per cent rise in its cumulative installed capacity from 73.32 GW in 2023 to 97.86 GW in 2024.",
    "In its statement, the Andorian Space Agency said the mission had cost 540 million euros.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Andorian capsule splashes down\n\n${body}`, { id: "away" }), published: "2026-04-11" }], { seed: 1 });
  const of = (answer: string) => g!.questions.filter((q) => q.answer === answer);

  it("takes the city-and-country dateline off the lead", () => {
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/Geneva/);
  });
  it("asks a sea without the coast that names it", () => {
    for (const q of of("Pacific Ocean")) expect(q.prompt).not.toMatch(/San Diego/);
  });
  it("asks no monarch's name after the title, no 'half' of a year, no second end of a year range, no share worked out from its ends", () => {
    expect(of("Albrecht")).toEqual([]);
    expect(of("half")).toEqual([]);
    expect(of("19")).toEqual([]);
    expect(of("33.47 per cent")).toEqual([]);
  });
  it("offers only options on the right side of the sentence's other figure, and wholes larger than their part", () => {
    for (const q of of("$137 billion")) for (const o of q.choices ?? []) expect(Number(o.replace(/[^\d.]/g, ""))).toBeLessThan(143);
    for (const q of of("15")) for (const o of q.choices ?? []) expect(Number(o)).toBeGreaterThan(6);
    for (const q of of("fiscal year 2025-26")) for (const o of q.choices ?? []) expect(o).toMatch(/^fiscal year (\d\d)(\d\d)-(\d\d)$/);
  });
  it("leaves out which statement the article meant, and takes no honorific for a category", () => {
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/^In its statement|^Which Mr\b/);
  });
});

describe("an official named once in full, then by one name (an article written for this test)", () => {
  const body = [
    "The World Health Organization on Wednesday declared the mpox surge in Africa a global public health emergency.",
    "The agency called a meeting of experts to make a recommendation to its director-general Tedros Adhanom Ghebreyesus.",
    "Tedros said the more than 14,000 cases and 524 deaths reported so far this year in DR Congo have already exceeded last year's total.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`WHO declares mpox emergency\n\n${body}`, { id: "mpox" }), published: "2024-08-14" }], { seed: 1 });

  it("asks what the official said, figures and all, and never half of 'DR Congo'", () => {
    expect(g!.questions.some((q) => q.answer === "524")).toBe(true);
    expect(g!.questions.some((q) => q.answer === "Congo")).toBe(false);
  });
});

describe("a summit's deal and its leaders (an article written for this test)", () => {
  const body = [
    "Nearly 200 countries agreed to triple the amount of money available to help developing countries confront rising temperatures.",
    "But the deal reached at the close of the two-week COP41 summit in Veldonia resulted from hostile negotiations, producing an agreement that even its supporters may see as insufficient.",
    "Global temperature rise is on the cusp of 1.5C, a critical tipping point.",
    "The agreement also calls on parties to work toward unleashing a total of $1.3 trillion a year, with most of it expected to come through private financing.",
    "At one point on Saturday, the talks appeared to be on the brink of collapse.",
    "Rich nations are grappling with a slew of fiscal and political constraints, including inflation.",
    "Delegates on Tuesday welcomed an agreement between Turkish President, Arun Vale, and Swedish Prime Minister, Mira Dass, that paved the way for a fund, Reuters reports.",
    "Andoria, on Monday, agreed to send Veltria’s Fund Accession Protocol to its Parliament for ratification.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`COP41 ends with deal on climate finance\n\n${body}`, { id: "cop" }), published: "2024-11-25" }], { seed: 1 });
  const of = (answer: string) => g!.questions.filter((q) => q.answer === answer);

  it("places a prompt that names nothing in the headline's numbered event, and names 'the agreement' as its deal", () => {
    expect(of("Nearly 200").some((q) => /COP41/.test(q.prompt))).toBe(true);
    expect(of("$1.3 trillion").some((q) => /^The COP41 agreement/.test(q.prompt))).toBe(true);
  });
  it("asks a warming target written without the degree sign, and a clause whose modal hedges only a relative clause after it", () => {
    expect(of("1.5C").length).toBeGreaterThan(0);
    expect(of("Veldonia").length).toBeGreaterThan(0);
  });
  it("asks no moment ('At one point'), no capitalised adjective ('Rich nations'), no post set off by commas, no trailing 'Reuters reports'", () => {
    expect(of("one point")).toEqual([]);
    expect(of("Rich nations")).toEqual([]);
    expect(of("Turkish President")).toEqual([]);
    expect(of("Arun Vale").length).toBeGreaterThan(0);
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/Reuters reports/);
  });
  it("keeps the possessor of what it asks ('Veltria’s ____'), never a wh-question that lost it", () => {
    for (const q of of("Fund Accession Protocol")) expect(q.prompt).toMatch(/Veltria/);
  });
  it("never names a phrase with a word of the answer ('The COP41 deal … the two-week ____')", () => {
    for (const q of of("COP41 summit")) expect(q.prompt).not.toMatch(/COP41 deal/);
  });
});

describe("a visit's agreements (an article written for this test)", () => {
  const body = [
    "Besides 28 MoUs, Andoria and Veltria also signed a programme of cooperation in the field of defence for the next 10 years from 2021 to 2031.",
    "The fines are far from the maximum penalty allowed by the law since it opened the investigation into Zorg on June 24, 2024, and Vexa on July 1 of that same year, community sources said.",
    "The remaining five satellites are scheduled for launch between 2027 and 2029.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Andoria and Veltria sign 28 MoUs\n\n${body}`, { id: "mous" }), published: "2021-12-06" }], { seed: 1 });

  it("asks no wh-question with 'besides' tacked on or 'for the next' left without its figure", () => {
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/besides\?|for the next from/);
  });
  it("asks no end of a span of years alone, and no clause that left its verb in the clause before", () => {
    expect(g!.questions.filter((q) => ["2021", "2031", "2029"].includes(q.answer))).toEqual([]);
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/^(?:Vexa|____) on/);
  });
});

describe("a cabinet's decisions, told at length and then listed (an article written for this test)", () => {
  const body = [
    "NEW DELHI: The Union Cabinet, in a late evening meeting on Tuesday, approved extension of the Gram Anna Yojana for another five years, under which 5 kg of free food grains will be distributed to over 81.35 crore poor people, at a cost of Rs 11.80 lakh crore to the exchequer.",
    "The Andorian Space Agency’s lunar mission was placed into orbit successfully on Friday, July 14 after blasting off from the coastal spaceport.",
    "What schemes got Cabinet nod",
    "Extends free grain distribution to 81.35 crore poor under the Gram Anna Yojana for 5 years.",
    "Cost to exchequer: Rs 11.80 lakh crore.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Govt extends grain scheme for 5 years\n\n${body}`, { id: "cab" }), published: "2023-11-30" }], { seed: 1 });

  it("asks a long lead's main clause, its Tuesday the past one", () => {
    const lead = g!.questions.filter((q) => q.evidence.startsWith("The Union Cabinet"));
    expect(lead.length).toBeGreaterThan(0);
    for (const q of lead) expect(q.prompt).not.toMatch(/December 5, 2023/);
    expect(lead.some((q) => /November 28, 2023/.test(q.prompt))).toBe(true);
  });
  it("dates 'on Friday, July 14' once", () => {
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/2023, July 14/);
  });
  it("asks nothing of a list's items that have no subject or no verb", () => {
    for (const q of g!.questions) expect(q.evidence).not.toMatch(/^(?:Extends|Cost to exchequer)/);
  });
});

describe("the writer's reading and a city's country (an article written for this test)", () => {
  const body = [
    "Even amid isolated moments of cooperation, the dissonance between Andoria and Veltria has been hard to miss.",
    "The oil market sent a clear signal that the release of 400 million barrels by Andoria is nowhere near enough.",
    "The two leaders are likely to meet on the sidelines of the BRICS Summit in the Russian city of Kazan on Tuesday.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Andoria and Veltria drift apart\n\n${body}`, { id: "reading" }), published: "2024-10-21" }], { seed: 1 });

  it("asks nothing of the writer's reading, and not the country of a city the prompt names", () => {
    for (const q of g!.questions) expect(q.evidence).not.toMatch(/hard to miss|clear signal/);
    expect(g!.questions.some((q) => q.answer === "Russian")).toBe(false);
  });
});

describe("a span the prompt's years work out (an article written for this test)", () => {
  const body = [
    "Besides 28 MoUs, Andoria and Veltria also signed a programme of cooperation in the field of defence for the next 10 years from 2021 to 2031.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Andoria and Veltria sign a defence programme\n\n${body}`, { id: "span" }), published: "2021-12-06" }], {
    seed: 1,
  });

  it("asks a span without the two years that would give it", () => {
    const asked = g!.questions.filter((q) => q.answer === "10 years");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).not.toMatch(/2021 to 2031/);
  });
});

describe("figures one step of arithmetic works out (an article written for this test)", () => {
  const body = [
    "Andoria's installed wind capacity recorded a growth of 12.50 per cent to touch 45.00 GW in December 2025, from 40.00 GW in December 2024, the ministry said.",
    "Tidal power saw incremental growth, with installed capacity increasing from 4.00 GW in 2024 to 4.30 GW in 2025, representing a 7.50 per cent rise.",
    "Solar power led the expansion with the addition of 20.25 GW, taking its cumulative installed capacity from 60.50 GW in 2024 to 80.75 GW in 2025.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Andoria adds record clean power in 2025\n\n${body}`, { id: "capacity" }), published: "2026-01-10" }], {
    seed: 1,
  });

  it("never asks a figure beside the two others that work it out, and still asks the growth without its start", () => {
    const triples = [
      ["12.50 per cent", "45.00 GW", "40.00 GW"],
      ["7.50 per cent", "4.30 GW", "4.00 GW"],
      ["20.25 GW", "80.75 GW", "60.50 GW"],
    ];
    for (const q of g!.questions) {
      if (q.type === "true_false") continue;
      for (const t of triples) if (t.includes(q.answer)) expect(t.filter((x) => x !== q.answer).every((x) => q.prompt.includes(x)) ? q.prompt : "").toBe("");
    }
    expect(g!.questions.some((q) => q.answer === "12.50 per cent")).toBe(true);
  });
});

describe("a minister's long quote (an article written for this test)", () => {
  const body = [
    "The Andorian government on Saturday approved an assured pension of 40 per cent of salary for state employees under the Secure Pension Scheme.",
    'Union minister Arvo Lind said,"Employees had asked for changes to the old scheme. For this, the Prime Minister set up a committee under the chairmanship of Cabinet Secretary Mira Tann. This committee held more than 80 meetings with unions and all the provinces."',
    "“A 40% assured pension is the first pillar of the scheme...About 12 lakh employees of the state would benefit from the Secure Pension Scheme...There will be a choice between the old and the new schemes,” the minister told reporters.",
    'Explaining the scheme, Lind said,"The employees wanted an assured amount. Thus, 40 per cent assured pension is the first pillar of the scheme. It will be paid from the age of 60."',
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Andoria approves a pension scheme\n\n${body}`, { id: "pension" }), published: "2024-08-24" }], { seed: 1 });

  it("asks the figures a Union minister states, said to be his, with the committee named by who heads it", () => {
    const meetings = g!.questions.filter((q) => q.answer === "more than 80");
    expect(meetings.length).toBeGreaterThan(0);
    for (const q of meetings)
      expect(q.prompt).toMatch(/^According to Union minister Arvo Lind, the committee under the chairmanship of Cabinet Secretary Mira Tann held/);
    expect(g!.questions.some((q) => /^About 12 lakh$/i.test(q.answer) && q.prompt.startsWith("According to Union minister Arvo Lind"))).toBe(true);
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/, thus,/i);
  });
});

describe("a court, a vote and a survey's figures (an article written for this test)", () => {
  const body = [
    "The Supreme Court of Andoria on Monday upheld the abrogation of Article 12 of the Andorian Constitution.",
    "The top court was hearing a bunch of petitions against the abrogation of Article 12 by the Centre.",
    "In its statement, the Andorian Central Bank said the decision was split, with eight of the nine members voting in favour of a hold.",
    "The only dissenter was Mara Quell, who viewed overseas developments as a risk for prices and proposed a rate hike to 1.25%.",
    "Obesity has increased from 21% to 24% among women and from 19% to 23% among men, the survey found.",
    "There are 53 tiger reserves in Andoria, with Ranipur in the north being the latest one to make the list in 2022.",
    "Therefore, the probe will be located about 148.5 million kilometres from the Sun.",
  ].join("\n\n");
  const [g] = generateCorpus(
    [{ ...parseArticle(`Andoria's top court upholds abrogation of Article 12\n\n${body}`, { id: "court" }), published: "2023-12-11" }],
    {
      seed: 1,
    },
  );
  const of = (answer: string) => g!.questions.filter((q) => q.answer === answer);

  it("names 'the top court' and 'the only dissenter' from the article, and says what the dissenter was", () => {
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/\bthe top court\b|^The only dissenter was/i);
    expect(of("Mara Quell").some((q) => /only dissenter in the Andorian Central Bank's vote/.test(q.prompt))).toBe(true);
    for (const q of of("1.25%")) expect(q.prompt).toMatch(/^Mara Quell, the only dissenter in the Andorian Central Bank's vote, /);
  });
  it("offers only options on the right side of the change's other end", () => {
    for (const q of of("21%")) for (const o of q.choices ?? []) expect(Number(o.replace("%", ""))).toBeLessThan(24);
  });
  it("turns no 'there are' sentence into a wh-question, and drops an opening 'Therefore'", () => {
    for (const q of g!.questions) if (!q.prompt.includes("____") && q.type !== "true_false") expect(q.prompt).not.toMatch(/\bare there\b/);
    for (const q of g!.questions) expect(q.prompt).not.toMatch(/^Therefore/);
  });
});

describe("an answer's short form (an article written for this test)", () => {
  const body = [
    "The Supreme Court of Andoria directed the Election Commission to conduct elections to the Legislative Assembly of Vela & Kora by September 30, 2024.",
    "Statehood must also be restored to the Legislative Assembly of V&K at the earliest, the court said.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Andoria's top court orders polls in Vela & Kora\n\n${body}`, { id: "vk" }), published: "2023-12-11" }], {
    seed: 1,
  });

  it("never offers an answer's own short form as a wrong option or a false swap ('V&K' for 'Vela & Kora')", () => {
    for (const q of g!.questions) {
      for (const form of ["V&K", "Vela & Kora"]) if (q.prompt.includes(form)) expect(q.evidence).toContain(form);
      expect((q.choices ?? []).some((o) => o.includes("V&K")) && (q.choices ?? []).some((o) => o.includes("Vela & Kora"))).toBe(false);
    }
  });
});

describe("a market's figures (an article written for this test)", () => {
  const body = [
    "Kenya's drug regulator approved generic versions of the weight-loss drug Velora in March.",
    "Nordvik Pharma has reduced its price for Velora by 38% and Kestra by 48%, it said in a press release.",
    "Nordvik's market share in Kenya remained steady at 25% in April.",
  ].join("\n\n");
  const [g] = generateCorpus([{ ...parseArticle(`Kenya's generics push Nordvik to cut prices\n\n${body}`, { id: "market" }), published: "2026-04-06" }], {
    seed: 1,
  });
  it("says in which country a company's price cut is", () => {
    const cuts = g!.questions.filter((q) => q.evidence.startsWith("Nordvik Pharma has reduced"));
    expect(cuts.length).toBeGreaterThan(0);
    for (const q of cuts) expect(q.prompt).toMatch(/Kenya/);
  });
});

describe("a world market's price and a country's options (an article written for this test)", () => {
  const body = [
    "Japan's energy ministry said on Monday that the country would release 30 million barrels from its reserves.",
    "Crude prices have surged more than 17% since the Gulf blockade began on March 2.",
    "Saudi and Emirati pipelines can carry around 6 million barrels a day around the blockade.",
    "Iraq exported 3.3 million barrels a day before the blockade, the most of any producer in the region.",
    "Japan's largest refiner, Eneos, has raised its fuel prices by 12% this month.",
  ].join("\n\n");
  const [g] = generateCorpus(
    [{ ...parseArticle(`Japan taps oil reserves as Gulf blockade lifts crude\n\n${body}`, { id: "world-market" }), published: "2026-03-14" }],
    {
      seed: 1,
    },
  );
  it("places no world market's price in the story's country, but a company's price is", () => {
    const crude = g!.questions.filter((q) => q.evidence.startsWith("Crude prices"));
    expect(crude.length).toBeGreaterThan(0);
    for (const q of crude) expect(q.prompt).not.toMatch(/\b[Ii]n Japan\b/);
  });
  it("offers a country by its name, never by the word a sentence used for it ('Saudi', 'Emirati')", () => {
    const iraq = g!.questions.find((q) => q.type === "mcq" && q.answer === "Iraq");
    expect(iraq?.choices).toContain("Saudi Arabia");
    for (const q of g!.questions) for (const o of q.choices ?? []) expect(["Saudi", "Emirati"]).not.toContain(o);
  });
});

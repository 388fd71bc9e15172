/**
 * Benchmark of the question generator (run: npx tsx scripts/bench-questions.ts).
 *
 * - warm: generateCorpus on the shipped articles, in-process after warm-up, as ms per
 *   1,000 words; next to it the bare NLP pass on the same text: compromise reading the whole
 *   body and listing its people (the NLP library the pipeline uses; annotate() itself only
 *   hands compromise the sentences its own cues cannot settle). wink-nlp's readDoc + entities
 *   is shown as a second reference, though the pipeline does not use it.
 * - cold: the whole shipped corpus through the CLI in a fresh process, as `npm run questions`
 *   runs it (scripts/questions.mjs: Node start-up, loading the bundle, JSON output included).
 * Medians throughout. Targets: warm generation ≤ 3× the bare NLP pass; cold ≤ 2 s.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import nlp from "compromise";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { countWords, generateCorpus, parseArticle } from "../questions/index";

/** What {@link benchQuestions} measures. */
export interface QuestionBench {
  words: number;
  /** Median ms per 1,000 words, warm, for the full generator. */
  generateMsPer1kWords: number;
  /** Median ms per 1,000 words for the bare NLP pass (compromise over the whole body, people listed). */
  nlpMsPer1kWords: number;
  /** Second reference: wink-nlp readDoc + entities, ms per 1,000 words. */
  winkMsPer1kWords: number;
  /** generate / bare NLP. Target ≤ 3. */
  ratio: number;
  /** Median wall time of the CLI over the shipped corpus in a fresh process, ms. Target ≤ 2000. */
  coldCorpusMs: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/**
 * Runs the benchmark. `root` is the repository root (defaults to the parent of scripts/).
 *
 * @example const r = await benchQuestions({ runs: 20, coldRuns: 3 }); console.log(r.ratio);
 */
export async function benchQuestions(opts: { root?: string; runs?: number; coldRuns?: number } = {}): Promise<QuestionBench> {
  const root = opts.root ?? resolve(fileURLToPath(new URL("..", import.meta.url)));
  const runs = opts.runs ?? 30;
  const coldRuns = opts.coldRuns ?? 5;
  const dir = join(root, "questions", "articles");
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => parseArticle(readFileSync(join(dir, f), "utf8"), { filename: f }));
  const words = articles.reduce((n, a) => n + countWords(a.body), 0);
  const wink = winkNLP(model);

  // Warm-up: JIT and compromise's lazy lexicon.
  for (let i = 0; i < 3; i++) {
    generateCorpus(articles);
    for (const a of articles) nlp(a.body).people().out("array");
  }
  const gen: number[] = [];
  const bare: number[] = [];
  const wk: number[] = [];
  for (let i = 0; i < runs; i++) {
    gen.push(time(() => generateCorpus(articles, { seed: i })));
    bare.push(time(() => articles.forEach((a) => nlp(a.body).people().out("array"))));
    wk.push(time(() => articles.forEach((a) => wink.readDoc(a.body).entities().out())));
  }
  const per1k = (ms: number): number => Math.round((ms / words) * 1000 * 100) / 100;

  const cold: number[] = [];
  // What `npm run questions` runs (scripts/questions.mjs, the CLI's bundle); one run first so the
  // bundle is built (a fresh clone's first run, not a cold start).
  const cli = [join(root, "scripts", "questions.mjs"), "generate", "questions/articles", "--json"];
  spawnSync(process.execPath, cli, { cwd: root, encoding: "utf8" });
  for (let i = 0; i < coldRuns; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, cli, { cwd: root, encoding: "utf8" });
    const ms = performance.now() - t;
    if (r.status !== 0) throw new Error(`CLI failed: ${r.stderr}`);
    cold.push(ms);
  }
  const g = per1k(median(gen));
  const b = per1k(median(bare));
  return {
    words,
    generateMsPer1kWords: g,
    nlpMsPer1kWords: b,
    winkMsPer1kWords: per1k(median(wk)),
    ratio: Math.round((g / b) * 100) / 100,
    coldCorpusMs: Math.round(median(cold)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const r = await benchQuestions();
  console.log(`question generator benchmark (medians; shipped corpus, ${r.words} words)`);
  console.log(`  warm generation        ${r.generateMsPer1kWords.toFixed(2)} ms / 1,000 words`);
  console.log(`  bare NLP pass          ${r.nlpMsPer1kWords.toFixed(2)} ms / 1,000 words  (compromise over the whole body)`);
  console.log(
    `  (wink-nlp readDoc      ${r.winkMsPer1kWords.toFixed(2)} ms / 1,000 words, second reference: ${(r.generateMsPer1kWords / r.winkMsPer1kWords).toFixed(1)}×)`,
  );
  console.log(`  ratio                  ${r.ratio.toFixed(2)}×  (target ≤ 3×) ${r.ratio <= 3 ? "OK" : "OVER"}`);
  console.log(`  cold corpus via CLI    ${r.coldCorpusMs} ms  (target ≤ 2,000 ms) ${r.coldCorpusMs <= 2000 ? "OK" : "OVER"}`);
}

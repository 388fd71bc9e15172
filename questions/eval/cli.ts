/**
 * The question generator's evaluation against hand-written key facts:
 *
 *   npm run --silent eval:questions -- <folder>... [--json] [--missed] [--seed N]
 *
 * Each folder is in the qg-dev format (articles/NN-slug.txt + facts/NN-slug.json, and
 * optionally a README.md whose table gives "published YYYY-MM-DD" per NN). Each article is
 * generated on its own, as a learner pasting one article would, and timed. Prints a table
 * per article and the totals, or one JSON object with --json; --missed lists the key facts
 * no question covers. Bad arguments or a folder not in the format: stderr, exit 2.
 *
 * The only file of questions/eval that does I/O; the logic is in coverage.ts and report.ts.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { ArticleError, GENERATOR_VERSION, generateCorpus, parseArticle } from "../index";
import type { Article } from "../types";
import { evaluateArticle, totals, type ArticleReport, type DevFact } from "./coverage";
import { DevSetError, parseDevFacts, parsePublishedDates, renderText } from "./report";

class UsageError extends Error {}

const USAGE = "usage: npm run --silent eval:questions -- <folder>... [--json] [--missed] [--seed N]";

interface Item {
  folder: string;
  article: Article;
  facts: DevFact[];
}

function loadFolder(folder: string): Item[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new DevSetError(`${folder}: no such folder.`);
  const artDir = join(folder, "articles");
  const factDir = join(folder, "facts");
  if (!existsSync(artDir) || !statSync(artDir).isDirectory() || !existsSync(factDir) || !statSync(factDir).isDirectory()) {
    throw new DevSetError(`${folder}: not a dev-set folder (it needs articles/ and facts/).`);
  }
  const files = readdirSync(artDir)
    .filter((f) => [".txt", ".md"].includes(extname(f).toLowerCase()))
    .sort();
  if (files.length === 0) throw new DevSetError(`${artDir}: no .txt or .md articles.`);
  const readme = join(folder, "README.md");
  const dates = existsSync(readme) ? parsePublishedDates(readFileSync(readme, "utf8")) : new Map<string, string>();
  return files.map((f) => {
    const base = basename(f, extname(f));
    const factFile = join(factDir, `${base}.json`);
    if (!existsSync(factFile)) throw new DevSetError(`${join(artDir, f)}: no facts file ${factFile}.`);
    const facts = parseDevFacts(readFileSync(factFile, "utf8"), factFile);
    let article: Article;
    try {
      article = parseArticle(readFileSync(join(artDir, f), "utf8"), { filename: f });
    } catch (e) {
      if (e instanceof ArticleError) throw new DevSetError(`${join(artDir, f)}: ${e.message}`);
      throw e;
    }
    const nn = /^(\d+)/.exec(base)?.[1];
    const date = nn !== undefined ? dates.get(nn) : undefined;
    if (date !== undefined) article.published = date;
    return { folder, article, facts };
  });
}

function main(argv: readonly string[]): number {
  let json = false;
  let missed = false;
  let seed = 1;
  const folders: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--json") json = true;
    else if (a === "--missed") missed = true;
    else if (a === "--seed") {
      const v = Number(argv[++i]);
      if (argv[i] === undefined || !Number.isInteger(v)) throw new UsageError("--seed needs an integer.");
      seed = v;
    } else if (a.startsWith("-")) throw new UsageError(`unknown flag "${a}".`);
    else folders.push(a);
  }
  if (folders.length === 0) throw new UsageError("no folders given.");
  const items = folders.flatMap(loadFolder);

  // Warm up once (module-level NLP set-up) so the per-article times are those of a running server.
  const w0 = performance.now();
  generateCorpus([items[0]!.article], { seed });
  const warmupMs = performance.now() - w0;

  const reports: ArticleReport[] = items.map((it) => {
    const t0 = performance.now();
    const [generated] = generateCorpus([it.article], { seed });
    const ms = performance.now() - t0;
    if (!generated) throw new Error(`generateCorpus returned nothing for ${it.article.id}`);
    return evaluateArticle(generated, it.facts, { ms });
  });
  const t = totals(reports);
  if (json) {
    process.stdout.write(`${JSON.stringify({ generator: GENERATOR_VERSION, seed, folders, warmupMs, articles: reports, totals: t }, null, 2)}\n`);
  } else {
    const header = `Factdeck question generator ${GENERATOR_VERSION} · seed ${seed} · ${folders.join(", ")} · warm-up ${Math.round(warmupMs)} ms (first call, not counted)`;
    process.stdout.write(`${renderText(reports, t, { missed, header })}\n`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`eval:questions: ${e.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else if (e instanceof DevSetError || e instanceof ArticleError) {
    process.stderr.write(`eval:questions: ${e.message}\n`);
    process.exitCode = 2;
  } else throw e;
}

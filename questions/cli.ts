/**
 * The question generator's command line, for content editors and checks:
 *
 *   npm run --silent questions -- generate <file-or-folder>... [--json] [--seed N]
 *
 * Prints one JSON object with --json, else a readable preview. Bad input (missing, empty,
 * binary, over 200 kB, unknown command or flag) gets a message on stderr and exit code 2.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire, register } from "node:module";
import { extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Article, GeneratedArticle } from "./types";

// Start-up: compromise's ES module entry is ~450 files, and under tsx every one of them goes through
// its loader (about a second of a cold run). The same version's CommonJS build is one file, so the
// CLI resolves "compromise" to it before loading the generator. Only how the CLI loads: the
// generator and what it makes are the same (the app and the tests load compromise as before).
// `npm run questions` runs this file bundled (scripts/questions.mjs), compromise's CommonJS build
// inside, and defines FACTDECK_CLI_BUNDLE: then there is nothing to resolve.
declare const FACTDECK_CLI_BUNDLE: boolean | undefined;
if (typeof FACTDECK_CLI_BUNDLE === "undefined") {
  const compromiseBuild = pathToFileURL(createRequire(import.meta.url).resolve("compromise")).href;
  register(
    `data:text/javascript,${encodeURIComponent(
      `export async function resolve(s, c, next) { return s === "compromise" ? { url: ${JSON.stringify(compromiseBuild)}, format: "commonjs", shortCircuit: true } : next(s, c); }`,
    )}`,
  );
}
const { ArticleError, GENERATOR_VERSION, generateCorpus, parseArticle, MAX_ARTICLE_BYTES } = await import("./index");

class UsageError extends Error {}

const USAGE = "usage: npm run --silent questions -- generate <file-or-folder>... [--json] [--seed N]";

function expand(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new ArticleError(`${p}: no such file or folder.`);
    }
    if (st.isDirectory()) {
      const inner = readdirSync(p)
        .filter((f) => [".md", ".txt"].includes(extname(f).toLowerCase()) && !/^readme\.md$/i.test(f))
        .sort()
        .map((f) => join(p, f));
      if (inner.length === 0) throw new ArticleError(`${p}: the folder holds no .md or .txt files.`);
      files.push(...inner);
    } else files.push(p);
  }
  return files;
}

function readArticle(file: string): Article {
  const st = statSync(file);
  if (st.size > MAX_ARTICLE_BYTES) throw new ArticleError(`${file}: the file is too large (${Math.round(st.size / 1024)} kB; the limit is 200 kB).`);
  const buf = readFileSync(file);
  if (buf.includes(0)) throw new ArticleError(`${file}: the file looks binary, not text.`);
  try {
    return parseArticle(buf.toString("utf8"), { filename: file });
  } catch (e) {
    if (e instanceof ArticleError) throw new ArticleError(`${file}: ${e.message}`);
    throw e;
  }
}

function toJson(result: readonly GeneratedArticle[]): unknown {
  return {
    generator: GENERATOR_VERSION,
    articles: result.map((g) => ({
      id: g.article.id,
      title: g.article.title,
      words: g.words,
      facts: g.facts.length,
      questions: g.questions.map((q) => ({
        id: q.id,
        type: q.type,
        prompt: q.prompt,
        answer: q.answer,
        ...(q.choices ? { choices: q.choices } : {}),
        evidence: q.evidence,
        factId: q.factId,
        kind: q.kind,
        score: q.score,
        articleId: q.articleId,
      })),
    })),
  };
}

function preview(result: readonly GeneratedArticle[]): string {
  const lines: string[] = [`Factdeck question generator ${GENERATOR_VERSION}`];
  for (const g of result) {
    const byType = new Map<string, number>();
    for (const q of g.questions) byType.set(q.type, (byType.get(q.type) ?? 0) + 1);
    lines.push(
      "",
      `== ${g.article.title} [${g.article.id}]`,
      `   ${g.words} words, ${g.facts.length} facts, ${g.questions.length} questions (${[...byType].map(([t, n]) => `${t} ${n}`).join(", ")})`,
    );
    for (const q of g.questions) {
      lines.push("", `[${q.type} · ${q.kind} · ${q.score.toFixed(2)}] ${q.prompt}`);
      if (q.choices) q.choices.forEach((c, i) => lines.push(`    ${"ABCD"[i]}) ${c}${c === q.answer ? "  ✓" : ""}`));
      else lines.push(`    → ${q.answer}`);
      lines.push(`    evidence: ${q.evidence}`);
    }
  }
  return lines.join("\n");
}

function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  if (command !== "generate") throw new UsageError(command === undefined ? "no command given." : `unknown command "${command}".`);
  let json = false;
  let seed = 1;
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? "";
    if (a === "--json") json = true;
    else if (a === "--seed") {
      const v = Number(rest[++i]);
      if (!Number.isInteger(v)) throw new UsageError("--seed needs an integer.");
      seed = v;
    } else if (a.startsWith("-")) throw new UsageError(`unknown flag "${a}".`);
    else paths.push(a);
  }
  if (paths.length === 0) throw new UsageError("no files or folders given.");
  const articles = expand(paths).map(readArticle);
  const ids = new Set<string>();
  for (const a of articles) {
    if (ids.has(a.id)) throw new ArticleError(`two articles share the id "${a.id}".`);
    ids.add(a.id);
  }
  const result = generateCorpus(articles, { seed });
  process.stdout.write(json ? `${JSON.stringify(toJson(result), null, 2)}\n` : `${preview(result)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`questions: ${e.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else if (e instanceof ArticleError) {
    process.stderr.write(`questions: ${e.message}\n`);
    process.exitCode = 2;
  } else throw e;
}

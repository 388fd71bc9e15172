import type { Article } from "../types";
import { ArticleError, MAX_ARTICLE_BYTES } from "./errors";
import { hasFrontMatter, parseFrontMatter } from "./front-matter";
import { readRawText } from "./raw-text";

/** Options for {@link parseArticle}. */
export interface ParseOptions {
  /** The article id; wins over everything else. */
  id?: string;
  /** The file name the text came from; its base name becomes the id. */
  filename?: string;
}

/** A lower-case, hyphenated slug of at most 8 words: "Russia backs India’s bid" → "russia-backs-india-s-bid". */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(/\s+/)
    .slice(0, 8)
    .join("-");
  return slug === "" ? "article" : slug;
}

function baseName(filename: string): string {
  const last = filename.split(/[\\/]/).pop() ?? filename;
  return last.replace(/\.[^.]+$/, "");
}

/** True when the text looks binary: NUL bytes or many control characters. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 4096);
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return sample.length > 0 && bad / sample.length > 0.02;
}

/** A title made from the first sentence: at most 14 words, trailing punctuation dropped. */
function titleFromBody(body: string): string {
  const firstPara = body.split(/\n\n/).find((p) => !p.startsWith("## ")) ?? body;
  const first = (/^.*?[.!?](?=\s|$)/.exec(firstPara)?.[0] ?? firstPara).trim();
  const words = first.split(/\s+/);
  const cut = words
    .slice(0, 14)
    .join(" ")
    .replace(/[\s,;:.!?]+$/, "");
  return words.length > 14 ? `${cut}…` : cut;
}

function normaliseBody(body: string): string {
  return body
    .split("\n")
    .map((l) => l.replace(/[ \t]+$/g, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Reads an article: the project's Markdown format (front matter + paragraphs) or raw
 * pasted text (optional headline line, scraped trailers removed). Sentences are kept
 * exactly as written, curly quotes included; only line endings and blank lines are
 * normalised.
 *
 * @throws ArticleError on empty, binary, oversized (> 200 kB) text or malformed front matter.
 * @example parseArticle(text, { filename: "questions/articles/brics-summit.md" }).id // "brics-summit"
 */
export function parseArticle(text: string, opts: ParseOptions = {}): Article {
  if (typeof text !== "string") throw new ArticleError("The article is not text.");
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new ArticleError(`The article is too large (${Math.round(bytes / 1024)} kB; the limit is 200 kB).`);
  }
  if (looksBinary(text)) throw new ArticleError("The file looks binary, not text: paste the article as plain text or Markdown.");
  const clean = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (clean.trim() === "") throw new ArticleError("The article is empty.");

  let title: string | undefined;
  let source: string | undefined;
  let published: string | undefined;
  let tags: string[] = [];
  let body: string;

  if (hasFrontMatter(clean)) {
    const fm = parseFrontMatter(clean);
    const f = fm.fields;
    const str = (k: string): string | undefined => {
      const v = f[k];
      return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
    };
    title = str("title");
    if (!title) throw new ArticleError('Malformed front matter: the "title" field is missing.');
    source = str("source");
    const date = str("published") ?? str("date");
    if (date !== undefined) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ArticleError(`Malformed front matter: "published" must be YYYY-MM-DD, got "${date}".`);
      published = date;
    }
    const t = f["tags"];
    tags = Array.isArray(t) ? t : typeof t === "string" && t !== "" ? t.split(",").map((s) => s.trim()) : [];
    body = normaliseBody(fm.rest);
  } else {
    const raw = readRawText(clean);
    body = normaliseBody(raw.body);
    title = raw.headline;
  }
  if (body.replace(/^## .*$/gm, "").trim() === "") throw new ArticleError("The article has no body text.");
  title = title ?? titleFromBody(body);
  const base = opts.filename ? baseName(opts.filename) : undefined;
  const id = opts.id ?? (base !== undefined ? (/^[A-Za-z0-9][\w.-]*$/.test(base) ? base : slugify(base)) : slugify(title));
  const article: Article = { id, title, tags, body };
  if (source !== undefined) article.source = source;
  if (published !== undefined) article.published = published;
  return article;
}

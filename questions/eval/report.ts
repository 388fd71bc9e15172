/**
 * The dev-set format's small parsers (facts JSON, the README's published dates) and the
 * readable report of an evaluation. Pure: the CLI in ./cli.ts reads the files.
 */
import { DEV_KINDS, type ArticleReport, type DevFact, type Totals } from "./coverage";

/** A dev-set folder or file that is not in the format. */
export class DevSetError extends Error {}

/** The key facts of one article, checked field by field. @throws DevSetError */
export function parseDevFacts(text: string, name: string): DevFact[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new DevSetError(`${name}: not valid JSON (${(e as Error).message}).`);
  }
  if (!Array.isArray(data)) throw new DevSetError(`${name}: expected a JSON list of facts.`);
  return data.map((raw: unknown, i): DevFact => {
    const where = `${name}: fact ${i + 1}`;
    if (typeof raw !== "object" || raw === null) throw new DevSetError(`${where} is not an object.`);
    const o = raw as Record<string, unknown>;
    for (const k of ["q", "a", "evidence", "kind"] as const) {
      if (typeof o[k] !== "string" || (o[k] as string).trim() === "") throw new DevSetError(`${where}: "${k}" must be a non-empty string.`);
    }
    const accept = o["accept"] ?? [];
    if (!Array.isArray(accept) || accept.some((x) => typeof x !== "string")) throw new DevSetError(`${where}: "accept" must be a list of strings.`);
    const kind = o["kind"] as string;
    if (!(DEV_KINDS as readonly string[]).includes(kind)) throw new DevSetError(`${where}: unknown kind "${kind}".`);
    return { q: o["q"] as string, a: o["a"] as string, accept: accept as string[], evidence: o["evidence"] as string, kind: kind as DevFact["kind"] };
  });
}

/**
 * The published dates in a dev-set README's table: rows starting `| NN |` that say
 * "published YYYY-MM-DD" (or have a YYYY-MM-DD cell in a "published" column).
 */
export function parsePublishedDates(readme: string): Map<string, string> {
  const out = new Map<string, string>();
  let publishedCol = -1;
  for (const line of readme.split("\n")) {
    if (!line.trim().startsWith("|")) {
      publishedCol = -1;
      continue;
    }
    const cells = line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    const header = cells.findIndex((c) => /^published\b/i.test(c));
    if (header >= 0 && !/^\d+$/.test(cells[0] ?? "")) {
      publishedCol = header;
      continue;
    }
    const nn = cells[0] ?? "";
    if (!/^\d+$/.test(nn)) continue;
    const inline = /published\s+(\d{4}-\d{2}-\d{2})/i.exec(line)?.[1];
    const col = publishedCol >= 0 ? /^(\d{4}-\d{2}-\d{2})\b/.exec(cells[publishedCol] ?? "")?.[1] : undefined;
    const date = inline ?? col;
    if (date) out.set(nn, date);
  }
  return out;
}

const pct = (x: number | null): string => (x === null ? "–" : `${(x * 100).toFixed(1)}%`);
const pad = (s: string | number, n: number): string => String(s).padEnd(n);
const lpad = (s: string | number, n: number): string => String(s).padStart(n);
const TYPES = ["recall", "mcq", "cloze", "true_false"] as const;

/** The readable report: a table per article, the missed facts with `missed`, then the totals. */
export function renderText(reports: readonly ArticleReport[], t: Totals, opts: { missed?: boolean; header?: string } = {}): string {
  const lines: string[] = [];
  if (opts.header) lines.push(opts.header, "");
  lines.push(
    `${pad("article", 36)} ${lpad("words", 5)} ${lpad("qs", 3)} ${lpad("rec", 3)} ${lpad("mcq", 3)} ${lpad("clz", 3)} ${lpad("t/f", 3)}  ${lpad("covered", 9)} ${lpad("share", 6)} ${lpad("post", 6)} ${lpad("False", 6)} ${lpad("bad", 3)} ${lpad("ms", 6)}`,
  );
  for (const r of reports) {
    lines.push(
      `${pad(r.id.slice(0, 36), 36)} ${lpad(r.words, 5)} ${lpad(r.questions, 3)} ${TYPES.map((k) => lpad(r.byType[k] ?? 0, 3)).join(" ")}  ${lpad(`${r.covered}/${r.keyFacts}`, 9)} ${lpad(pct(r.coverage), 6)} ${lpad(pct(r.postShare), 6)} ${lpad(pct(r.falseShare), 6)} ${lpad(r.malformed.length, 3)} ${lpad(r.ms === null ? "–" : Math.round(r.ms), 6)}`,
    );
  }
  for (const r of reports) {
    const kinds = Object.entries(r.answersByKind)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
    const block: string[] = [];
    if (kinds) block.push(`  answers by kind: ${kinds}`);
    for (const m of r.malformed) block.push(`  MALFORMED [${m.type}] ${m.prompt} → ${m.answer}: ${m.reason}`);
    if (opts.missed) for (const m of r.missed) block.push(`  missed [${m.kind}] ${m.q} → ${m.a}   (${m.why})`);
    if (block.length > 0) lines.push("", `== ${r.id}${r.published ? ` (published ${r.published})` : ""}: ${r.title}`, ...block);
  }
  lines.push(
    "",
    `TOTAL ${t.articles} articles: ${t.covered}/${t.keyFacts} key facts covered (${pct(t.coverage)}); ${t.questions} questions (per article min ${t.minQuestions ?? "–"}, max ${t.maxQuestions ?? "–"}); ` +
      `mcq ${pct(t.mcqShare)}, post ${pct(t.postShare)}, true_false False ${pct(t.falseShare)}; malformed ${t.malformed}; generate time ${t.ms === null ? "–" : `${Math.round(t.ms)} ms (median ${Math.round(t.medianMs ?? 0)} ms/article)`}`,
    `by type: ${TYPES.map((k) => `${k} ${t.byType[k] ?? 0}`).join(", ")}`,
    `coverage by kind: ${Object.entries(t.coverageByKind)
      .map(([k, v]) => `${k} ${v.covered}/${v.total}`)
      .join(", ")}`,
  );
  return lines.join("\n");
}

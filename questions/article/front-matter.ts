import { ArticleError } from "./errors";

/** The fields a front-matter block may carry; unknown keys are kept as strings. */
export interface FrontMatter {
  fields: Record<string, string | string[]>;
  /** The text after the closing `---`. */
  rest: string;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    const inner = v.slice(1, -1);
    return v.startsWith('"') ? inner.replace(/\\"/g, '"').replace(/\\\\/g, "\\") : inner.replace(/''/g, "'");
  }
  return v;
}

function parseInlineList(value: string): string[] {
  const inner = value.trim().slice(1, -1);
  if (inner.trim() === "") return [];
  return inner
    .split(",")
    .map((s) => unquote(s))
    .filter((s) => s.length > 0);
}

/** True when the text opens with a front-matter fence. */
export function hasFrontMatter(text: string): boolean {
  return /^---[ \t]*\n/.test(text);
}

/**
 * Parses the small YAML subset the article format uses: `key: value`, quoted strings,
 * inline lists `[a, b]` and block lists (`- a`). Throws ArticleError when the block is
 * not closed or a line is not of that shape.
 *
 * @example parseFrontMatter('---\ntitle: "X"\ntags: [a, b]\n---\nBody') // fields.title === "X"
 */
export function parseFrontMatter(text: string): FrontMatter {
  const lines = text.split("\n");
  const fields: Record<string, string | string[]> = {};
  let close = -1;
  let listKey: string | null = null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (/^---[ \t]*$/.test(line)) {
      close = i;
      break;
    }
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item && listKey !== null) {
      const list = fields[listKey];
      if (Array.isArray(list)) list.push(unquote(item[1] ?? ""));
      continue;
    }
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) throw new ArticleError(`Malformed front matter on line ${i + 1}: expected "key: value", got "${line.slice(0, 60)}".`);
    const key = (kv[1] ?? "").toLowerCase();
    const raw = (kv[2] ?? "").trim();
    if (raw === "") {
      fields[key] = [];
      listKey = key;
    } else if (raw.startsWith("[")) {
      if (!raw.endsWith("]")) throw new ArticleError(`Malformed front matter: the list for "${key}" is not closed with "]".`);
      fields[key] = parseInlineList(raw);
      listKey = null;
    } else {
      fields[key] = unquote(raw);
      listKey = null;
    }
  }
  if (close < 0) throw new ArticleError('Malformed front matter: the opening "---" has no closing "---".');
  return { fields, rest: lines.slice(close + 1).join("\n") };
}

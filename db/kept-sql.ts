import "server-only";
import { is, Placeholder, sql, type SQL } from "drizzle-orm";
import { alias, SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import { articles, questions } from "./schema";

/**
 * The rules every query shares (who may see an article, which questions may be studied, what a
 * learner set aside or buried: db/visibility.ts, db/question-view.ts, db/bury.ts) are written once,
 * with drizzle, over the tables they are given. Drizzle queries use them over `articles` and
 * `questions`; the hand-written SQL of kept statements (db/client.ts `raw`) uses them over these
 * aliases, `articles a` and `questions q`, rendered to text by drizzle's own SQLite dialect.
 */
export const A = alias(articles, "a");
export const Q = alias(questions, "q");

/** A value bound to a kept statement's `?`. */
export type KeptArg = string | number;

const dialect = new SQLiteAsyncDialect();
const rendered = new Map<string, { sql: string; names: string[] }>();

/** The rule rendered once per shape: its text, and the placeholder name of each `?` in order. */
function render(shape: string, build: (p: (name: string) => Placeholder) => SQL): { sql: string; names: string[] } {
  let r = rendered.get(shape);
  if (!r) {
    const out = dialect.sqlToQuery(build((name) => sql.placeholder(name)));
    const names = out.params.map((p) => {
      if (!is(p, Placeholder)) throw new Error(`kept rule "${shape}": a value that is not a placeholder (${String(p)})`);
      return p.name;
    });
    // Every `?` of the text is a placeholder: the rules hold no string with a question mark.
    if ((out.sql.match(/\?/g) ?? []).length !== names.length) throw new Error(`kept rule "${shape}": a "?" that is not a parameter`);
    r = { sql: out.sql, names };
    rendered.set(shape, r);
  }
  return r;
}

/**
 * A rule as text and arguments for a kept statement: `build` writes it over `A`/`Q` with a
 * placeholder for each value; the text is rendered once per `shape` (what `build` writes must
 * depend only on the shape, never on the values), the arguments come from `values` by name.
 */
export function keptSql(
  shape: string,
  build: (p: (name: string) => Placeholder) => SQL,
  values: Record<string, KeptArg | undefined>,
): { sql: string; args: KeptArg[] } {
  const r = render(shape, build);
  return {
    sql: r.sql,
    args: r.names.map((n) => {
      const v = values[n];
      if (v === undefined) throw new Error(`kept rule "${shape}": no value for "${n}"`);
      return v;
    }),
  };
}

/** {@link keptSql}'s text for a statement with numbered parameters: each placeholder becomes `?N`, its number given by name. */
export function keptSqlNumbered(shape: string, build: (p: (name: string) => Placeholder) => SQL, numbers: Record<string, number>): string {
  const r = render(shape, build);
  let i = 0;
  return r.sql.replace(/\?/g, () => {
    const n = numbers[r.names[i++]!];
    if (n === undefined) throw new Error(`kept rule "${shape}": no number for "${r.names[i - 1]}"`);
    return `?${n}`;
  });
}

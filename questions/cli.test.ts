/** The CLI contract: JSON shape on stdout, exit code 2 with a message on bad input. */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const run = (...args: string[]) => spawnSync(join(root, "node_modules", ".bin", "tsx"), ["questions/cli.ts", ...args], { cwd: root, encoding: "utf8" });

describe("questions CLI", () => {
  it("generate <folder> --json prints the contract object", () => {
    const r = run("generate", "questions/articles", "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { generator: string; articles: Array<Record<string, unknown> & { questions: Array<Record<string, unknown>> }> };
    expect(typeof out.generator).toBe("string");
    expect(out.articles.map((a) => a.id)).toEqual(["india-russia-jwg-counter-terrorism", "russia-backs-india-unsc-candidacy"]);
    for (const a of out.articles) {
      expect(Object.keys(a).sort()).toEqual(["facts", "id", "questions", "title", "words"]);
      for (const q of a.questions) {
        for (const k of ["id", "type", "prompt", "answer", "evidence", "factId", "kind", "score"]) expect(q).toHaveProperty(k);
        expect("choices" in q).toBe(q.type === "mcq");
      }
    }
  });

  it("prints a readable preview without --json", () => {
    const r = run("generate", "questions/articles/russia-backs-india-unsc-candidacy.md");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("== Russia backs India’s candidacy for permanent member of UNSC");
    expect(r.stdout).toContain("evidence:");
  });

  it.each([
    [["generate", "questions/no-such-file.md"], /no such file/],
    [["generate"], /no files or folders/],
    [["frobnicate", "x"], /unknown command/],
    [["generate", "questions/articles", "--bogus"], /unknown flag/],
  ])("exits 2 with a message: %j", (args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it("rejects empty, binary and oversized files with exit code 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "factdeck-cli-"));
    writeFileSync(join(dir, "empty.txt"), "  \n");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x66, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, "big.txt"), "word ".repeat(50_000));
    for (const [f, m] of [
      ["empty.txt", /empty/],
      ["binary.txt", /binary/],
      ["big.txt", /too large/],
    ] as const) {
      const r = run("generate", join(dir, f));
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(m);
    }
  });
});

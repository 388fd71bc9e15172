/** `npm run questions` (scripts/questions.mjs): the CLI from its bundle says what questions/cli.ts says, and rebuilds when an input changed. */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const launcher = (...args: string[]) => spawnSync(process.execPath, ["scripts/questions.mjs", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
const direct = (...args: string[]) =>
  spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["questions/cli.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
const inputsFile = path.join(root, "node_modules", ".cache", "factdeck", "questions-cli.inputs.json");

describe("npm run questions (bundled CLI)", () => {
  it("prints the same JSON and preview as questions/cli.ts", () => {
    const bundled = launcher("generate", "questions/articles", "--json", "--seed", "3");
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toBe(direct("generate", "questions/articles", "--json", "--seed", "3").stdout);
    const file = "questions/articles/russia-backs-india-unsc-candidacy.md";
    expect(launcher("generate", file).stdout).toBe(direct("generate", file).stdout);
  }, 120_000);

  it("keeps exit code 2 and the message on bad input", () => {
    const r = launcher("generate", "no/such/file.md");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no such file or folder");
    expect(launcher("bogus").status).toBe(2);
  }, 60_000);

  it("rebuilds the bundle when an input changed", () => {
    expect(launcher("generate", "questions/articles", "--json").status).toBe(0);
    const inputs = JSON.parse(readFileSync(inputsFile, "utf8")) as Record<string, [number, number]>;
    const cli = inputs["questions/cli.ts"];
    expect(cli).toBeDefined();
    // As if questions/cli.ts had been edited since the bundle was made.
    inputs["questions/cli.ts"] = [cli![0] + 1, cli![1]];
    writeFileSync(inputsFile, JSON.stringify(inputs));
    const r = launcher("generate", "questions/articles", "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(inputsFile, "utf8"))["questions/cli.ts"]).toEqual(cli);
  }, 120_000);
});

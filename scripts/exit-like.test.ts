import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A parent that runs a child the way scripts/start.mjs runs the server, and ends like it.
const parent = (childCode: string) => `
import { spawn } from "node:child_process";
import { exitLike } from ${JSON.stringify(path.resolve(import.meta.dirname, "exit-like.mjs"))};
const child = spawn(process.execPath, ["-e", ${JSON.stringify(childCode)}], { stdio: "inherit" });
child.on("exit", (code, signal) => exitLike(code, signal));
`;

function run(childCode: string) {
  return spawnSync(process.execPath, ["--input-type=module", "-e", parent(childCode)], { encoding: "utf8", timeout: 20_000 });
}

describe("npm start ends as the server ended (issue 10)", () => {
  it("a server killed with SIGKILL ends npm start by SIGKILL, not with 0", () => {
    const r = run("process.kill(process.pid, 'SIGKILL')");
    expect(r.signal).toBe("SIGKILL");
    expect(r.status).toBeNull();
  });

  it("a server that exits with a code passes the code on, 0 included", () => {
    expect(run("process.exit(3)").status).toBe(3);
    expect(run("process.exit(0)").status).toBe(0);
  });
});

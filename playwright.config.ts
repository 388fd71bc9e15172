import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3200);
const baseURL = `http://localhost:${PORT}`;
// A throwaway database per run: removed here, created and migrated by the server at start.
const dbFile = path.join(process.cwd(), "data", "e2e", `e2e-${process.pid}.db`);
for (const suffix of ["", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
process.env.E2E_DB_FILE = dbFile;

// E2E_PROCESSES=N serves the build the way `npm start` does (scripts/start.mjs, N processes on one
// database); by default one `next start`.
const processes = Number(process.env.E2E_PROCESSES ?? 1);

// Debian's chromium when present (Playwright's download is not possible here); else Playwright's own.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  globalTeardown: "./e2e/global-teardown.ts",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  // One output folder per port, so two runs side by side do not clear each other's results.
  outputDir: `test-results/e2e-${PORT}`,
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: processes > 1 ? "node scripts/start.mjs" : `node node_modules/next/dist/bin/next start -p ${PORT}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    env: {
      DATABASE_URL: `file:${dbFile}`,
      BETTER_AUTH_URL: baseURL,
      BETTER_AUTH_SECRET: "e2e-secret-that-is-long-enough-0123456789",
      AUTH_RATE_LIMIT: process.env.E2E_AUTH_RATE_LIMIT ?? "off",
      ...(processes > 1 ? { PORT: String(PORT), WEB_CONCURRENCY: String(processes), FACTDECK_NO_BUILD: "1" } : {}),
    },
  },
});

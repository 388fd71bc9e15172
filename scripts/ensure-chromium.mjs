#!/usr/bin/env node
// Before the e2e suite: make sure a Chromium is there for Playwright.
// - PLAYWRIGHT_CHROMIUM_PATH set: use that browser, nothing to do.
// - Debian without /usr/bin/chromium: install Debian's chromium when we are root (Playwright's own
//   browser download is not possible on machines without internet access).
// - Elsewhere: Playwright's managed browser (`npx playwright install chromium`) is used.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const custom = process.env.PLAYWRIGHT_CHROMIUM_PATH;
if (custom) {
  if (!existsSync(custom)) {
    console.error(`PLAYWRIGHT_CHROMIUM_PATH=${custom} does not exist.`);
    process.exit(2);
  }
  process.exit(0);
}
if (existsSync("/usr/bin/chromium")) process.exit(0);

const isDebian = existsSync("/etc/debian_version");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isDebian && isRoot) {
  console.log("Installing Debian's chromium for the browser tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execSync("apt-get update -qq", { stdio: "inherit", env });
  execSync("apt-get install -y -qq chromium fonts-dejavu-core", { stdio: "inherit", env });
  process.exit(0);
}
console.log("No /usr/bin/chromium: the browser tests use Playwright's managed Chromium (npx playwright install chromium).");

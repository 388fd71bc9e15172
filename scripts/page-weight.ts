// Page weight: the JavaScript each page loads (bytes over the wire, gzip as served by `next start`),
// measured in headless Chromium. `npx tsx scripts/page-weight.ts [baseURL]` against a running server.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const pages = ["/", "/study", "/progress", "/settings", "/articles", "/account"];

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const rows: { page: string; scripts: number; kB: number }[] = [];
for (const path of pages) {
  // A fresh context per page: nothing cached, so each figure is that page's first load.
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const sizes = new Map<string, number>();
  const types = new Map<string, string>();
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) => {
    if (types.get(e.requestId) === "Script") sizes.set(e.requestId, e.encodedDataLength);
  });
  const urls = new Map<string, string>();
  cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url));
  cdp.on("Network.loadingFinished", (e) => {
    if (process.env.VERBOSE && types.get(e.requestId) === "Script") console.log(path, urls.get(e.requestId), e.encodedDataLength);
  });
  await page.goto(`${base}${path}`, { waitUntil: "load" });
  await page.waitForTimeout(1500);
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  rows.push({ page: path, scripts: sizes.size, kB: Math.round(total / 102.4) / 10 });
  await context.close();
}
await browser.close();
console.table(rows);

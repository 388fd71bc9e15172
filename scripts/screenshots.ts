// Screenshots of the main pages at desktop and phone width, light and dark, for looking at what
// learners see: `npx tsx scripts/screenshots.ts [baseURL] [outDir]` against a running server.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const out = process.argv[3] ?? "test-results/screenshots";
mkdirSync(out, { recursive: true });
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

async function shoot(page: Page, name: string) {
  await page.waitForLoadState("load");
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
}

const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
for (const [label, viewport, scheme] of [
  ["desktop", { width: 1200, height: 800 }, "light"],
  ["phone", { width: 390, height: 844 }, "light"],
  ["phone-dark", { width: 390, height: 844 }, "dark"],
] as const) {
  const context = await browser.newContext({ viewport, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByTestId("reviewed-today").filter({ hasText: /\d/ }).waitFor();
  await shoot(page, `${label}-dashboard`);
  await page.goto(`${base}/study`);
  await page.getByTestId("study-card").waitFor();
  await shoot(page, `${label}-study`);
  for (let i = 0; i < 6; i++) {
    const type = await page.getByTestId("study-card").getAttribute("data-type");
    if (type === "mcq") {
      await page.keyboard.press("2");
      await page.getByTestId("feedback").waitFor();
      await shoot(page, `${label}-study-feedback`);
      break;
    }
    if (type === "recall") {
      await page.keyboard.press("Space");
      await page.getByTestId("rate-3").waitFor();
      await shoot(page, `${label}-study-flipped`);
      await page.keyboard.press("3");
    } else if (type === "true_false") {
      await page.keyboard.press("t");
      await page.getByTestId("feedback").waitFor();
      await page.keyboard.press("Enter");
    } else {
      await page.keyboard.type("Moscow");
      await page.keyboard.press("Enter");
      await page.getByTestId("feedback").waitFor();
      await page.keyboard.press("Enter");
    }
  }
  for (const route of ["/account", "/articles", "/articles/new", "/articles/russia-backs-india-unsc-candidacy", "/progress", "/settings", "/quiz"]) {
    await page.goto(`${base}${route}`);
    if (route === "/progress") await page.locator("figure svg").nth(3).waitFor();
    await shoot(page, `${label}-${route.slice(1).replace(/\//g, "-")}`);
  }
  await context.close();
}
await browser.close();
console.log(`screenshots in ${out}`);

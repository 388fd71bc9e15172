// Browser side of the bench, in headless Chromium against a running production server:
// - page weight: compressed bytes of the JavaScript each page loads on a first visit (fresh
//   context, nothing cached), response headers and link prefetches excluded;
// - study latency: key press to the next card painted on /study.
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "@playwright/test";
import { median, request } from "./bench-http";

const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

export async function pagePaths(base: string, cookie: string): Promise<string[]> {
  const r = await request(`${base}/api/articles`, { headers: { cookie } });
  const first = (JSON.parse(r.body) as { articles: { id: string }[] }).articles[0]?.id;
  return ["/", "/study", "/progress", "/settings", "/articles", "/articles/new", ...(first ? [`/articles/${first}`] : []), "/quiz", "/account"];
}

/** kB (1024 bytes, one decimal) of compressed JavaScript per page path. */
export async function pageWeight(browser: Browser, base: string, paths: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const p of paths) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Link prefetches (the router's RSC prefetch requests) are not this page's first load.
    await page.route("**/*", (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue()));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const scripts = new Map<string, number>(); // requestId → header bytes
    const sizes = new Map<string, number>();
    cdp.on("Network.responseReceived", (e) => {
      if (e.type === "Script") scripts.set(e.requestId, e.response.encodedDataLength ?? 0);
    });
    cdp.on("Network.loadingFinished", (e) => {
      const headers = scripts.get(e.requestId);
      if (headers !== undefined) sizes.set(e.requestId, e.encodedDataLength - headers);
    });
    await page.goto(`${base}${p}`, { waitUntil: "load" });
    await page.waitForLoadState("networkidle").catch(() => undefined);
    await page.waitForTimeout(500);
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    out[p] = Math.round(total / 102.4) / 10;
    await context.close();
  }
  return out;
}

async function readyToAdvance(page: Page): Promise<"3" | "Enter" | null> {
  const card = page.getByTestId("study-card");
  if (!(await card.isVisible().catch(() => false))) return null;
  const type = await card.getAttribute("data-type");
  const phase = await card.getAttribute("data-phase");
  if (phase === "revealed") return "3";
  if (phase === "feedback") return "Enter";
  if (type === "recall") {
    await page.keyboard.press("Space");
    await page.waitForSelector('[data-testid=study-card][data-phase="revealed"]');
    return "3";
  }
  if (type === "mcq") await page.keyboard.press("1");
  else if (type === "true_false") await page.keyboard.press("t");
  else {
    await page.getByTestId("cloze-input").focus();
    await page.keyboard.type("unknown");
    await page.keyboard.press("Enter");
  }
  await page.waitForSelector('[data-testid=study-card][data-phase="feedback"]');
  return "Enter";
}

// Plain JavaScript, not a function: tsx's compiler would add helpers (__name) the page does not have.
const ARM_LATENCY = `(() => {
  const before = document.querySelector("[data-testid=study-card]");
  window.__lat = new Promise((resolve) => {
    let pressedAt = 0;
    const onKey = (e) => {
      pressedAt = e.timeStamp;
      window.removeEventListener("keydown", onKey, true);
    };
    window.addEventListener("keydown", onKey, true);
    const done = () => {
      obs.disconnect();
      // The frame that shows the change, then the task after it: the card is painted.
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now() - pressedAt);
        ch.port2.postMessage(0);
      });
    };
    const obs = new MutationObserver(() => {
      const now = document.querySelector("[data-testid=study-card]");
      if (pressedAt && now !== before) done();
    });
    obs.observe(document.body, { subtree: true, childList: true });
  });
})()`;

/** Median ms from the key press that moves on to the frame after the next card is in the page. */
export async function studyLatency(browser: Browser, base: string, samples = 15): Promise<{ medianMs: number; samples: number[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/study`);
  await page.waitForSelector("[data-testid=study-card], [data-testid=summary]");
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const key = await readyToAdvance(page);
    if (!key) break;
    await page.evaluate(ARM_LATENCY);
    await page.keyboard.press(key);
    const ms = (await page.evaluate("window.__lat")) as number;
    times.push(ms);
    await page.waitForTimeout(150);
  }
  await context.close();
  return { medianMs: median(times), samples: times.map((t) => Math.round(t * 10) / 10) };
}

import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./a11y";

/** The "Optimise my schedule" panel on /settings. */
class OptimisePanel {
  readonly root: Locator;
  readonly count: Locator;
  readonly help: Locator;
  readonly progress: Locator;
  readonly optimise: Locator;
  readonly reset: Locator;
  readonly status: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("optimise-panel");
    this.count = this.root.getByTestId("optimise-count");
    this.help = this.root.getByTestId("optimise-help");
    this.progress = this.root.getByRole("progressbar", { name: "Reviews towards optimising" });
    this.optimise = this.root.getByRole("button", { name: /^(Optimise my schedule|Optimising…)$/ });
    this.reset = this.root.getByRole("button", { name: "Reset to default parameters" });
    this.status = this.root.getByTestId("optimise-status");
    this.table = this.root.getByTestId("optimise-table");
  }

  async goto() {
    await this.page.goto("/settings");
    await expect(this.root.getByRole("heading", { name: "Optimise my schedule" })).toBeVisible();
    await expect(this.count).toBeVisible();
  }
}

test("a new guest sees how many reviews optimising needs, and the API refuses until then", async ({ page }) => {
  const panel = new OptimisePanel(page);
  await panel.goto();
  await expect(panel.count).toHaveText("0 of 400");
  await expect(panel.help).toContainText("Needs 400 reviews; 400 to go.");
  await expect(panel.progress).toHaveAttribute("aria-valuenow", "0");
  await expect(panel.progress).toHaveAttribute("aria-valuemax", "400");
  await expect(panel.optimise).toBeDisabled();
  await expect(panel.optimise).toHaveAccessibleDescription(/Needs 400 reviews/);
  await expect(panel.reset).toHaveCount(0);
  await expect(panel.root).toHaveAttribute("aria-busy", "false");
  await expectAccessible(page);

  // The same session through the API: the status, and a 422 that says how many are needed.
  const status = await page.request.get("/api/optimise");
  expect(status.status()).toBe(200);
  expect(await status.json()).toEqual({ reviews: 0, needed: 400, optimised: false });
  const refused = await page.request.post("/api/optimise");
  expect(refused.status()).toBe(422);
  expect(await refused.json()).toEqual({ error: "Optimising your schedule needs at least 400 reviews; you have 0." });
  const reset = await page.request.delete("/api/optimise");
  expect(reset.status()).toBe(200);
  expect(await reset.json()).toMatchObject({ optimised: false });
});

test("the API needs a session", async ({ playwright, baseURL }) => {
  const anon = await playwright.request.newContext({ baseURL });
  expect((await anon.get("/api/optimise")).status()).toBe(401);
  expect((await anon.post("/api/optimise")).status()).toBe(401);
  await anon.dispose();
});

test("with enough reviews: busy while fitting, then the before/after table and a reset (API stubbed)", async ({ page }) => {
  // 400 real reviews spread over days cannot be made in a browser test (the server keeps real time),
  // so this drives the panel against canned answers; db/optimise.test.ts fits a real history.
  let optimised = false;
  let releaseFit: () => void = () => undefined;
  const fitDone = new Promise<void>((resolve) => (releaseFit = resolve));
  await page.route("**/api/optimise", async (route) => {
    const method = route.request().method();
    if (method === "POST") {
      await fitDone;
      optimised = true;
      await route.fulfill({
        json: {
          status: "optimised",
          reviews: 512,
          before: { logLoss: 0.3004, rmse: 0.0639 },
          after: { logLoss: 0.2918, rmse: 0.0493 },
          weights: Array.from({ length: 21 }, () => 1),
          message: "Your schedule now uses parameters fitted to your own reviews.",
        },
      });
    } else if (method === "DELETE") {
      optimised = false;
      await route.fulfill({ json: { reviews: 512, needed: 400, optimised: false } });
    } else {
      await route.fulfill({
        json: optimised
          ? { reviews: 512, needed: 400, optimised: true, lastResult: { before: { logLoss: 0.3004, rmse: 0.0639 }, after: { logLoss: 0.2918, rmse: 0.0493 } } }
          : { reviews: 512, needed: 400, optimised: false },
      });
    }
  });

  const panel = new OptimisePanel(page);
  await panel.goto();
  await expect(panel.count).toHaveText("512 of 400");
  await expect(panel.progress).toHaveAttribute("aria-valuenow", "400");
  await expect(panel.optimise).toBeEnabled();

  await panel.optimise.click();
  await expect(panel.optimise).toHaveText("Optimising…");
  await expect(panel.optimise).toBeDisabled();
  await expect(panel.root).toHaveAttribute("aria-busy", "true");
  await expect(panel.status).toHaveText("Fitting your parameters to your reviews…");
  releaseFit();

  await expect(panel.status).toHaveText("Your schedule now uses parameters fitted to your own reviews.");
  await expect(panel.table.getByRole("columnheader")).toHaveText(["Measure", "Before", "After"]);
  await expect(panel.table.getByRole("row", { name: /Log loss/ })).toHaveText(/0\.3004\s*0\.2918/);
  await expect(panel.table.getByRole("row", { name: /RMSE/ })).toHaveText(/6\.39%\s*4\.93%/);
  await expect(panel.reset).toBeVisible();
  await expectAccessible(page);

  await panel.reset.click();
  await expect(panel.reset).toHaveCount(0);
  await expect(panel.status).toHaveText("Back to the default parameters.");
  await expect(panel.table).toHaveCount(0);
});

test("the panel fits a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const panel = new OptimisePanel(page);
  await panel.goto();
  const box = await panel.root.boundingBox();
  expect(box?.width ?? 0).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectAccessible(page);
});

import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { StudyPage } from "./pages/study-page";

test("the dashboard lists questions from both shipped articles", async ({ page }) => {
  await page.goto("/");
  const list = page.getByTestId("article-list");
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list).toContainText("13th joint working group");
  await expect(list).toContainText("Russia backs India");
  for (const item of await list.getByRole("listitem").all()) {
    const text = (await item.textContent()) ?? "";
    expect(Number(/(\d+) questions/.exec(text)?.[1] ?? 0)).toBeGreaterThan(5);
  }
  await expect(page.getByTestId("reviewed-today")).toHaveText("0");
  await expectAccessible(page);
});

test("an answer is recorded in the database and still there after a reload", async ({ page }) => {
  const study = new StudyPage(page);
  await study.goto();
  await expect(study.card).toBeVisible();
  await expectAccessible(page);
  const { prompt } = await study.answerWithKeyboard();
  await expect(study.reviewed).toHaveText("1 reviewed");
  // The next card shows at once.
  await expect(study.prompt).not.toHaveText(prompt ?? "");

  await page.reload();
  await page.goto("/");
  await expect(page.getByTestId("reviewed-today")).toHaveText("1");
  await expect(page.getByTestId("reviewed-today-text")).toHaveText("1 reviewed today");
});

test("an article page shows the text the questions cite", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("article-list").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Study this article" })).toBeVisible();
  await expectAccessible(page);
});

test("the account page is accessible", async ({ page }) => {
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Account" })).toBeVisible();
  await expect(page.getByTestId("sign-up-form")).toBeVisible();
  await expectAccessible(page);
});

test("an unknown page says so, with a way back", async ({ page }) => {
  const res = await page.goto("/articles/no-such-article");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to today" })).toBeVisible();
  await expectAccessible(page);
});

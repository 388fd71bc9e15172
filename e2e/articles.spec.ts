import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { StudyPage } from "./pages/study-page";

// An article nobody wrote the generator for: a fixture of the generator's own tests.
const unseen = readFileSync(path.join(process.cwd(), "questions", "fixtures", "sco-summit.txt"), "utf8");

test("a learner pastes a new article, gets questions at once and studies them", async ({ page }) => {
  await page.goto("/articles/new");
  await expectAccessible(page);
  await page.getByTestId("article-text").fill(unseen);
  await page.getByLabel("Tags, comma-separated (optional)").fill("sco, summits");
  await page.getByRole("button", { name: "Make questions" }).click();
  const created = page.getByTestId("article-created");
  await expect(created).toBeVisible();
  const count = Number(/(\d+) questions/.exec((await created.textContent()) ?? "")?.[1] ?? 0);
  expect(count).toBeGreaterThan(5);
  await expectAccessible(page);

  await created.getByRole("link", { name: "Study it now" }).click();
  const study = new StudyPage(page);
  await expect(study.card).toBeVisible();
  await expect(page.getByText("Studying only one article")).toBeVisible();
  await study.answerWithKeyboard();
  await expect(study.reviewed).toHaveText("1 reviewed");

  await page.goto("/articles");
  const mine = page.getByTestId("article-list").getByRole("listitem").filter({ hasText: "Yours" });
  await expect(mine).toHaveCount(1);
  await expectAccessible(page);
  page.once("dialog", (d) => void d.accept());
  await mine.getByRole("button", { name: /Delete/ }).click();
  await expect(page.getByTestId("article-list").getByRole("listitem").filter({ hasText: "Yours" })).toHaveCount(0);
});

test("text with nothing to ask gets a clear message and adds nothing", async ({ page }) => {
  await page.goto("/articles/new");
  await page.getByTestId("article-text").fill("Thanks for reading. Subscribe to our newsletter.");
  await page.getByRole("button", { name: "Make questions" }).click();
  await expect(page.getByTestId("article-error")).toContainText("No exam-grade questions");
  await page.goto("/articles");
  await expect(page.getByTestId("article-list").getByRole("listitem")).toHaveCount(2);
});

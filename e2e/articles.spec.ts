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
  await expect(page.getByTestId("custom-study")).toContainText("Custom study of one article");
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

test("upload a file, preview its questions, edit one and drop another, save; the same text again is recognised and changes nothing", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/articles/new");
  await page.getByTestId("article-file").setInputFiles({ name: "sco-summit.txt", mimeType: "text/plain", buffer: Buffer.from(unseen) });
  await expect(page.getByTestId("article-text")).toHaveValue(unseen);
  await page.getByLabel("Tags, comma-separated (optional)").fill("sco");
  await page.getByTestId("article-preview-button").click();
  const preview = page.getByTestId("article-preview");
  await expect(preview).toBeVisible();
  await expectAccessible(page);
  const items = preview.getByTestId("preview-question");
  const total = await items.count();
  expect(total).toBeGreaterThan(3);
  const first = items.nth(0);
  const editedId = (await first.getAttribute("data-id"))!;
  const prompt = first.getByTestId("preview-prompt");
  const original = await prompt.inputValue();
  await prompt.fill(`${original} (edited in preview)`);
  const droppedId = (await items.nth(1).getAttribute("data-id"))!;
  await items.nth(1).getByTestId("preview-drop").check();
  await expect(preview.getByTestId("preview-save")).toHaveText(`Save with ${total - 1} questions`);
  await page.screenshot({ path: "test-results/screens/article-preview-desktop.png" });
  await preview.getByTestId("preview-save").click();
  const created = page.getByTestId("article-created");
  await expect(created).toContainText(`${total - 1} questions`);

  const edited = (await (await page.request.get(`/api/questions/${encodeURIComponent(editedId)}`)).json()) as { prompt: string; edited: boolean };
  expect(edited).toMatchObject({ prompt: `${original} (edited in preview)`, edited: true });
  const dropped = (await (await page.request.get(`/api/questions/${encodeURIComponent(droppedId)}`)).json()) as { dropped: boolean };
  expect(dropped.dropped).toBe(true);

  // The same text pasted again: recognised, tags and edits untouched.
  await page.goto("/articles/new");
  await page.getByTestId("article-text").fill(unseen);
  await page.getByRole("button", { name: "Make questions" }).click();
  await expect(page.getByTestId("article-duplicate")).toBeVisible();
  const again = (await (await page.request.get(`/api/questions/${encodeURIComponent(editedId)}`)).json()) as { prompt: string };
  expect(again.prompt).toBe(`${original} (edited in preview)`);
  const { articles } = (await (await page.request.get("/api/articles")).json()) as { articles: { own: boolean; tags: string[] }[] };
  expect(articles.filter((a) => a.own)).toHaveLength(1);
  expect(articles.find((a) => a.own)?.tags).toEqual(["sco"]);
});

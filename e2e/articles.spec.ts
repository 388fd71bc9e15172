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

test("a paste is cleaned: links become text, page furniture is dropped and listed in the preview, HTML is shown as text", async ({ page }) => {
  test.setTimeout(90_000);
  const story = readFileSync(path.join(process.cwd(), "questions", "fixtures", "pti-appointment.txt"), "utf8").split("\n");
  // Generic furniture around a real story: an image, a caption, an ad, a newsletter prompt, an event promo, a related link.
  const pasted = [
    story[0],
    "![The new governor at his office](https://img.example/governor.jpg)",
    "Photo: Special Arrangement",
    story[1]!.replace("Reserve Bank of India", "[Reserve Bank of India](https://rbi.example/)"),
    "ADVERTISEMENT",
    ...story.slice(2, 5),
    "Sign up for our daily newsletter to get the top stories in your inbox.",
    "Register now for the Banking Conclave 2026, early-bird passes close Friday",
    "Also Read: What the new governor means for rates",
    `${story[5]} <script>window.__ran = true</script>`,
    ...story.slice(6),
  ].join("\n");
  await page.goto("/articles/new");
  await page.getByTestId("article-text").fill(pasted);
  await page.getByTestId("article-preview-button").click();
  const cleaned = page.getByTestId("article-preview").getByTestId("cleaned");
  await expect(cleaned).toContainText("6 lines dropped, 1 link kept as text");
  const lines = cleaned.getByTestId("cleaned-line");
  await expect(lines).toHaveCount(6);
  await expect(lines.nth(0)).toContainText("Image");
  await expect(lines.nth(2)).toContainText("ADVERTISEMENT");
  await expect(lines.nth(3)).toContainText("Newsletter prompt");
  await expect(lines.nth(4)).toContainText("Event promo");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/article-cleaned-desktop.png" });
  await page.setViewportSize({ width: 390, height: 740 });
  await cleaned.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screens/article-cleaned-phone.png" });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByTestId("article-preview").getByTestId("preview-save").click();
  const created = page.getByTestId("article-created");
  await expect(created.getByTestId("cleaned")).toContainText("6 lines dropped");
  await created.getByRole("link", { name: "Read the article" }).click();
  const body = page.locator("article");
  await expect(body).toContainText("Governor of the Reserve Bank of India for a period");
  await expect(body).not.toContainText("rbi.example");
  await expect(body).not.toContainText("ADVERTISEMENT");
  await expect(body).not.toContainText("newsletter");
  // The script is text on the page, never run.
  await expect(body).toContainText("<script>window.__ran = true</script>");
  expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
});

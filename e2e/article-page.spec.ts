import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./a11y";

// Issue 12: the article page — details editable later, each asked fact highlighted.

const text = readFileSync(path.join(process.cwd(), "questions", "fixtures", "isro-launch.txt"), "utf8");
const SCREENS = "test-results/screens";

/** Adds the fixture article for the page's guest (opening / first starts the session) and returns its id. */
async function addArticle(page: Page, baseURL: string) {
  await page.goto("/articles/new");
  await expect(page.getByTestId("article-text")).toBeVisible();
  await expect.poll(async () => (await page.request.get("/api/settings")).status()).toBe(200);
  const res = await page.request.post("/api/articles", { data: { text, tags: ["space"] }, headers: { origin: new URL(baseURL).origin } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

test("an own article's title, source, date and tags are edited later on its page; bad input is told inline", async ({ page, baseURL }) => {
  const id = await addArticle(page, baseURL!);
  await page.goto(`/articles/${encodeURIComponent(id)}`);
  await page.getByTestId("edit-details").click();
  const form = page.getByTestId("details-form");
  await expect(form).toBeVisible();
  await expectAccessible(page);

  await page.getByTestId("details-tags").fill("space, two words!");
  await page.getByTestId("details-save").click();
  await expect(page.getByTestId("details-error")).toContainText("Tags are short words");

  await page.getByTestId("details-title").fill("ISRO launch, my title");
  await page.getByTestId("details-source").fill("The Wire");
  await page.getByTestId("details-published").fill("2026-11-20");
  await page.getByTestId("details-tags").fill("space, isro");
  await page.screenshot({ path: `${SCREENS}/article-details-desktop.png` });
  await page.getByTestId("details-save").click();
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId("article-title")).toHaveText("ISRO launch, my title");
  await expect(page.getByTestId("article-meta")).toContainText("The Wire · 2026-11-20");
  await expect(page.getByRole("list", { name: "Tags" })).toHaveText(/space\s*isro/);

  // The API agrees, and a shared article's details are refused (403).
  const mine = ((await (await page.request.get("/api/articles")).json()) as { articles: { id: string; own: boolean; title: string; tags: string[] }[] })
    .articles;
  expect(mine.find((a) => a.id === id)).toMatchObject({ title: "ISRO launch, my title", tags: ["space", "isro"], own: true });
  const shared = mine.find((a) => !a.own)!;
  const refused = await page.request.patch(`/api/articles/${encodeURIComponent(shared.id)}`, {
    data: { tags: ["x"] },
    headers: { origin: new URL(baseURL!).origin },
  });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: string }).error).toMatch(/shared/);
  await page.goto(`/articles/${encodeURIComponent(shared.id)}`);
  await expect(page.getByTestId("article-title")).toBeVisible();
  await expect(page.getByTestId("edit-details")).toHaveCount(0);
});

test("the article page highlights each asked fact; selecting one shows its questions", async ({ page, baseURL }) => {
  const id = await addArticle(page, baseURL!);
  await page.goto(`/articles/${encodeURIComponent(id)}`);
  const facts = page.getByTestId("asked-fact");
  expect(await facts.count()).toBeGreaterThan(2);
  await expect(page.getByTestId("fact-questions")).toHaveCount(0);
  const sentence = (await facts.nth(1).textContent())!;
  await facts.nth(1).click();
  await expect(facts.nth(1)).toHaveAttribute("aria-pressed", "true");
  const panel = page.getByTestId("fact-questions");
  await expect(panel).toBeVisible();
  const shown = await panel.getByTestId("fact-question").count();
  expect(shown).toBeGreaterThan(0);
  // The panel holds exactly the questions whose evidence is that sentence.
  const { questions } = (await (await page.request.get(`/api/questions?article=${encodeURIComponent(id)}&limit=200`)).json()) as {
    questions: { id: string }[];
  };
  const details = await Promise.all(
    questions.map(async (q) => ((await (await page.request.get(`/api/questions/${encodeURIComponent(q.id)}`)).json()) as { evidence: string }).evidence),
  );
  expect(details.filter((e) => e === sentence)).toHaveLength(shown);
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENS}/article-facts-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 740 });
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/article-facts-phone.png` });
  await expectAccessible(page);
  // Selecting it again closes the panel.
  await facts.nth(1).click();
  await expect(panel).toHaveCount(0);
});

import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { StudyPage } from "./pages/study-page";

test("a learner studies 10 cards of mixed types by keyboard, and a reload keeps counts and history", async ({ page }) => {
  const study = new StudyPage(page);
  await study.goto();
  // The daily limit is 20 new cards, and one new card per sentence a day (siblings wait): the shipped
  // articles may offer fewer sentences than the limit, so the count is read, not assumed.
  await expect(study.counts).toContainText(/\d+ new/);
  const fresh = Number(/(\d+) new/.exec((await study.counts.textContent()) ?? "")?.[1]);
  expect(fresh).toBeGreaterThanOrEqual(10);
  expect(fresh).toBeLessThanOrEqual(20);
  const types = new Set<string>();
  const ids: string[] = [];
  for (let i = 0; i < 10; i++) {
    await expect(study.card).toHaveAttribute("data-phase", "question");
    ids.push((await study.card.getAttribute("data-question-id")) ?? "");
    const { type } = await study.answerWithKeyboard();
    types.add(type);
    await expect(study.reviewed).toHaveText(`${i + 1} reviewed`);
  }
  expect(types.size, `types seen: ${[...types].join(", ")}`).toBeGreaterThanOrEqual(3);
  expect(new Set(ids).size).toBe(10);
  await expect(page.getByRole("progressbar", { name: "Session progress" })).toHaveAttribute("aria-valuenow", "10");

  await page.reload();
  // Ten new cards were introduced today: ten fewer are left.
  await expect(study.counts).toContainText(`${fresh - 10} new`);
  await page.goto("/");
  await expect(page.getByTestId("reviewed-today")).toHaveText("10");
});

test("Ctrl+Z undoes the last review and brings its card back", async ({ page }) => {
  const study = new StudyPage(page);
  await study.goto();
  const { prompt } = await study.answerWithKeyboard();
  await expect(study.reviewed).toHaveText("1 reviewed");
  await expect(study.prompt).not.toHaveText(prompt ?? "");

  await page.keyboard.press("Control+z");
  await expect(study.prompt).toHaveText(prompt ?? "");
  await expect(study.reviewed).toHaveText("0 reviewed");
  await expect(study.card).toHaveAttribute("data-phase", "question");

  await page.goto("/");
  await expect(page.getByTestId("reviewed-today")).toHaveText("0");
});

test("an auto-graded answer shows the verdict, the answer and the evidence, and the rating can be changed", async ({ page }) => {
  const study = new StudyPage(page);
  await study.goto();
  // Move on until a multiple-choice card is on screen.
  for (let i = 0; i < 12 && (await study.type()) !== "mcq"; i++) await study.answerWithKeyboard();
  await expect(study.card).toHaveAttribute("data-type", "mcq");
  await page.keyboard.press("1");
  await expect(page.getByTestId("feedback")).toBeVisible();
  await expect(page.getByTestId("verdict")).toHaveText(/Right|Not quite/);
  await expect(page.getByTestId("evidence")).not.toBeEmpty();
  await expect(page.getByRole("link", { name: "Read the article" })).toBeVisible();
  await expectAccessible(page);
  // Override the automatic rating with Hard: the card moves on and one review stays recorded.
  const before = Number(((await study.reviewed.textContent()) ?? "0").split(" ")[0]);
  await page.keyboard.press("2");
  await expect(study.reviewed).toHaveText(`${before + 1} reviewed`);
  await page.goto("/");
  await expect(page.getByTestId("reviewed-today")).toHaveText(String(before + 1));
});

test("a review sent twice is recorded once", async ({ page }) => {
  await page.goto("/study");
  const study = new StudyPage(page);
  await expect(study.card).toBeVisible();
  const next = await page.request.get("/api/study/next?limit=1");
  expect(next.ok()).toBe(true);
  const { cards } = (await next.json()) as { cards: { questionId: string; type: string; choices?: string[] }[] };
  const card = cards[0]!;
  const questionId = card.questionId;
  // A valid answer for whatever type the first card is (an mcq's choice must be one of its options).
  const response = card.type === "mcq" ? { choice: card.choices![0] } : card.type === "true_false" ? { truth: true } : { rating: 3, text: "x" };
  const body = { id: randomUUID(), questionId, response, durationMs: 1200 };
  const headers = { origin: new URL(page.url()).origin };
  const first = await page.request.post("/api/reviews", { data: body, headers });
  const second = await page.request.post("/api/reviews", { data: body, headers });
  expect(first.status()).toBe(201);
  expect(second.status()).toBe(200);
  const a = await first.json();
  const b = await second.json();
  expect(a.duplicate).toBe(false);
  expect(b).toEqual({ ...a, duplicate: true });

  await page.goto("/");
  await expect(page.getByTestId("reviewed-today")).toHaveText("1");
});

test("bad review requests get a clear 4xx and write nothing", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("reviewed-today")).toHaveText("0");
  const headers = { origin: new URL(page.url()).origin, "content-type": "application/json" };
  const malformed = await page.request.post("/api/reviews", { data: Buffer.from("{not json"), headers });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error).toMatch(/JSON/);
  const unknown = await page.request.post("/api/reviews", {
    data: { id: randomUUID(), questionId: "no-such-question", response: { rating: 3 }, durationMs: 1 },
    headers,
  });
  expect(unknown.status()).toBe(404);
  const badRating = await page.request.post("/api/reviews", {
    data: { id: randomUUID(), questionId: "x", response: { rating: 7 }, durationMs: 1 },
    headers,
  });
  expect(badRating.status()).toBe(400);
  await page.reload();
  await expect(page.getByTestId("reviewed-today")).toHaveText("0");
});

test("the progress page shows what was studied, with charts and their text alternatives", async ({ page }) => {
  await page.goto("/progress");
  await expect(page.getByTestId("progress-empty")).toBeVisible();
  await expect(page.getByTestId("streak")).toHaveText("0");
  await expectAccessible(page);

  const study = new StudyPage(page);
  await study.goto();
  for (let i = 0; i < 3; i++) await study.answerWithKeyboard({ rating: 3 });
  await expect(study.reviewed).toHaveText("3 reviewed");

  await page.goto("/progress");
  await expect(page.getByTestId("progress-reviewed")).toHaveText("3");
  await expect(page.getByTestId("streak")).toHaveText("1");
  await expect(page.getByTestId("states")).toContainText(/Learning\s*3/);
  await expect(page.getByRole("table", { name: "Due in the next 30 days" })).toBeAttached();
  await expect(page.getByText(/3 reviews on 1 day in/)).toBeVisible();
  const articles = page.getByTestId("mastery-articles");
  await expect(articles.getByRole("row")).toHaveCount(3);
  await expectAccessible(page);
});

test("the card shows its article's headline only once the question is answered", async ({ page }) => {
  const study = new StudyPage(page);
  await study.goto();
  for (let i = 0; i < 12 && (await study.type()) !== "recall"; i++) await study.answerWithKeyboard();
  await expect(study.card).toHaveAttribute("data-type", "recall");
  // The headline states the story's main figures, which the questions ask: never beside the question.
  await expect(page.getByTestId("card-source")).toHaveCount(0);
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-source")).toBeVisible();
  await expect(page.getByTestId("card-source")).not.toBeEmpty();
});

test("an answer given offline is kept, retried and recorded once when the connection returns", async ({ page, context }) => {
  const study = new StudyPage(page);
  await study.goto();
  for (let i = 0; i < 12 && (await study.type()) !== "recall"; i++) await study.answerWithKeyboard();
  await expect(study.card).toHaveAttribute("data-type", "recall");
  const before = Number(((await study.reviewed.textContent()) ?? "0").split(" ")[0]);
  await page.keyboard.press("Space");
  await expect(page.getByTestId("answer")).not.toHaveText("Loading…");

  await context.setOffline(true);
  await page.keyboard.press("3");
  // The next card shows at once; the answer waits in the outbox.
  await expect(study.reviewed).toHaveText(`${before + 1} reviewed`);
  await expect(page.getByTestId("outbox-status")).toContainText("1 answer waiting to be saved");

  await context.setOffline(false);
  await expect(page.getByTestId("outbox-status")).toBeHidden();
  await page.goto("/");
  await expect(page.getByTestId("reviewed-today")).toHaveText(String(before + 1));
});

test("a bad question can be suspended with @ and brought back", async ({ page }) => {
  const study = new StudyPage(page);
  await study.goto();
  const id = await study.card.getAttribute("data-question-id");
  const prompt = (await study.prompt.textContent()) ?? "";
  // Out of the answer box (a cloze card focuses it), where @ would be typed.
  await study.card.focus();
  await page.keyboard.press("@");
  await expect(page.getByTestId("suspended-status")).toContainText("Suspended");
  await expect(study.card).not.toHaveAttribute("data-question-id", id ?? "");
  // Still suspended after a reload: it is not offered again.
  await page.reload();
  await expect(study.card).toBeVisible();
  await expect(study.card).not.toHaveAttribute("data-question-id", id ?? "");

  await study.card.focus();
  await page.keyboard.press("@");
  await page.getByTestId("suspended-status").getByRole("button", { name: "Undo" }).click();
  await expect(page.getByTestId("suspended-status")).toBeHidden();
  await expect(study.card).toBeVisible();
  expect(prompt.length).toBeGreaterThan(0);
  await expectAccessible(page);
});

import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import type { QuestionDetail, QuestionListResponse } from "@/lib/api-types";
import { expectAccessible } from "./a11y";
import { QuestionsPage } from "./pages/questions-page";
import { StudyPage } from "./pages/study-page";

// Issue 12: the learner's deck in their hands — browse, edit, flag, restore, study what they choose.

const SCREENS = "test-results/screens";
mkdirSync(SCREENS, { recursive: true });

/** Opens /questions (which starts a guest session), then asks the API for the first question matching `query`. */
async function firstQuestion(page: Page, query: string) {
  await new QuestionsPage(page).goto();
  const res = await page.request.get(`/api/questions?${query}`);
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as QuestionListResponse;
  return body.questions[0]!;
}

/** The other questions of the sentence `id` was made from (its siblings), found through the API. */
async function siblingsOf(page: Page, id: string): Promise<string[]> {
  const q = (await (await page.request.get(`/api/questions/${encodeURIComponent(id)}`)).json()) as QuestionDetail;
  const query = new URLSearchParams({ article: q.articleId, q: q.evidence.slice(0, 120), limit: "200" });
  const found = (await (await page.request.get(`/api/questions?${query.toString()}`)).json()) as QuestionListResponse;
  const out: string[] = [];
  for (const other of found.questions) {
    if (other.id === id) continue;
    const d = (await (await page.request.get(`/api/questions/${encodeURIComponent(other.id)}`)).json()) as QuestionDetail;
    if (d.evidence === q.evidence) out.push(other.id);
  }
  return out;
}

test("search /questions for a word, open a shared question, edit its prompt by keyboard: another learner still sees the original", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const target = await firstQuestion(page, "type=recall&limit=1");
  const word = target.prompt.split(/\W+/).sort((a, b) => b.length - a.length)[0]!;
  const questions = new QuestionsPage(page);
  await questions.goto();
  await expectAccessible(page);

  // `/` goes to the search box.
  await page.keyboard.press("/");
  await expect(questions.search).toBeFocused();
  await page.keyboard.type(word);
  await expect(questions.row(target.id)).toBeVisible();
  await expect(questions.rows.first()).toContainText(new RegExp(word, "i"));

  // Arrow keys move between rows; Enter opens one.
  await questions.rows.first().locator("button[data-row]").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await questions.row(target.id).locator("button[data-row]").focus();
  await page.keyboard.press("Enter");
  const detail = questions.row(target.id).getByTestId("q-detail");
  await expect(detail.getByTestId("q-evidence")).not.toBeEmpty();
  await expect(detail.getByText("Not studied yet")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENS}/questions-desktop.png` });

  await detail.getByTestId("q-edit").click();
  const prompt = detail.getByTestId("edit-prompt");
  await expect(prompt).toBeFocused();
  await prompt.fill(`${target.prompt} (my wording)`);
  await expectAccessible(page);
  await detail.getByTestId("edit-save").click();
  await expect(detail.getByTestId("q-detail-prompt")).toHaveText(`${target.prompt} (my wording)`);
  await expect(detail.getByTestId("q-original")).toBeVisible();
  await expect(questions.row(target.id)).toContainText("Edited");
  // Esc closes the row.
  await questions.row(target.id).locator("button[data-row]").focus();
  await page.keyboard.press("Escape");
  await expect(detail).toHaveCount(0);

  // The edit is the learner's own: a new guest sees the question as generated.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await new QuestionsPage(otherPage).goto();
  const seen = (await (await otherPage.request.get(`/api/questions/${encodeURIComponent(target.id)}`)).json()) as QuestionDetail;
  expect(seen.prompt).toBe(target.prompt);
  expect(seen.edited).toBe(false);
  await other.close();

  // A bad edit (an mcq whose answer is not among its choices) is refused with the server's message.
  const mcq = await firstQuestion(page, "type=mcq&limit=1");
  await questions.goto(`?type=mcq`);
  const mcqDetail = await questions.open(mcq.id);
  await mcqDetail.getByTestId("q-edit").click();
  await mcqDetail.getByTestId("edit-choice-1").fill(mcq.answer === "Same" ? "Other" : "Same");
  await mcqDetail.getByTestId("edit-choice-2").fill(mcq.answer === "Same" ? "Other" : "Same");
  await mcqDetail.getByTestId("edit-save").click();
  await expect(mcqDetail.getByTestId("edit-error")).toContainText(/different|answer/);
});

test("drop a question and restore it; the dropped one leaves the list and study", async ({ page }) => {
  const target = await firstQuestion(page, "type=cloze&limit=1");
  const questions = new QuestionsPage(page);
  await questions.goto("?type=cloze");
  const detail = await questions.open(target.id);
  await detail.getByTestId("q-drop").click();
  await expect(questions.row(target.id)).toHaveCount(0);
  const study = (await (await page.request.get("/api/study/next?limit=50&more=1")).json()) as { cards: { questionId: string }[] };
  expect(study.cards.map((c) => c.questionId)).not.toContain(target.id);

  await questions.goto("?state=dropped");
  await expect(questions.rows).toHaveCount(1);
  const dropped = await questions.open(target.id);
  await dropped.getByTestId("q-drop").click();
  await expect(page.getByTestId("q-empty")).toBeVisible();
});

test("flag a question with ! during study: it leaves study at once and is listed as flagged on /questions", async ({ page }) => {
  const study = new StudyPage(page);
  await study.goto();
  const id = (await study.card.getAttribute("data-question-id"))!;
  const prompt = await study.prompt.textContent();
  await page.keyboard.press("!");
  await expect(page.getByTestId("flag-reasons")).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("2"); // unclear
  await expect(page.getByTestId("flagged-status")).toContainText("unclear");
  await expect(study.card).not.toHaveAttribute("data-question-id", id);
  await expect(study.prompt).not.toHaveText(prompt ?? "");

  const questions = new QuestionsPage(page);
  await questions.goto("?state=flagged");
  await expect(questions.rows).toHaveCount(1);
  await expect(questions.row(id)).toContainText("Flagged: Unclear");
  const articles = (await (await page.request.get("/api/articles")).json()) as { articles: { flagged: number }[] };
  expect(articles.articles.reduce((n, a) => n + a.flagged, 0)).toBe(1);
  // Undoable: remove the flag and it is back in study.
  const detail = await questions.open(id);
  await detail.getByTestId("q-unflag").click();
  await expect(page.getByTestId("q-empty")).toBeVisible();
});

test("a card suspended in study is listed on /questions and restored from there", async ({ page }) => {
  const study = new StudyPage(page);
  await study.goto();
  const id = (await study.card.getAttribute("data-question-id"))!;
  await page.keyboard.press("@");
  await expect(page.getByTestId("suspended-status")).toBeVisible();

  const questions = new QuestionsPage(page);
  await questions.goto("?state=suspended");
  await expect(questions.rows).toHaveCount(1);
  await expect(questions.row(id)).toContainText("Suspended");
  const detail = await questions.open(id);
  await detail.getByTestId("q-suspend").click();
  await expect(page.getByTestId("q-empty")).toBeVisible();
  const next = (await (await page.request.get("/api/study/next?limit=50&more=1")).json()) as { cards: { questionId: string }[] };
  expect(next.cards.map((c) => c.questionId)).toContain(id);
});

test("bury in study (key - and the Bury button): buried cards and sibling-buried ones are listed on /questions and restored from there into today's study", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const study = new StudyPage(page);
  await study.goto();
  await expect(page.locator("kbd", { hasText: "-" }).first()).toBeVisible();
  // `-` buries the card on screen: it leaves the session at once.
  const a = (await study.card.getAttribute("data-question-id"))!;
  await page.keyboard.press("-");
  await expect(page.getByTestId("buried-status")).toContainText("Buried until tomorrow");
  await expect(study.card).not.toHaveAttribute("data-question-id", a);
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENS}/study-buried-desktop.png` });
  // The button does the same (its accessible name says what it does).
  const b = (await study.card.getAttribute("data-question-id"))!;
  await page.getByRole("button", { name: "Bury until tomorrow" }).click();
  await expect(study.card).not.toHaveAttribute("data-question-id", b);
  // Answering a card buries its siblings (the other questions of its sentence) until tomorrow:
  // answer cards until one whose sentence has other questions was answered.
  let siblings: string[] = [];
  for (let i = 0; i < 6 && !siblings.length; i++) {
    await expect(study.card).toHaveAttribute("data-phase", "question");
    const c = (await study.card.getAttribute("data-question-id"))!;
    await study.answerWithKeyboard({ rating: 4 });
    await expect(study.reviewed).toHaveText(`${i + 1} reviewed`);
    siblings = await siblingsOf(page, c);
  }
  expect(siblings.length).toBeGreaterThan(0);

  const listed = (await (await page.request.get("/api/questions?state=buried&limit=200")).json()) as QuestionListResponse;
  const ids = listed.questions.map((q) => q.id);
  expect(ids).toEqual(expect.arrayContaining([a, b, ...siblings]));
  expect(listed.questions.every((q) => q.buried)).toBe(true);
  const sibling = siblings[0]!;
  const next = (await (await page.request.get("/api/study/next?limit=50")).json()) as { cards: { questionId: string }[] };
  for (const id of [a, b, sibling]) expect(next.cards.map((x) => x.questionId)).not.toContain(id);

  const questions = new QuestionsPage(page);
  await questions.goto("?state=buried");
  await expect(questions.rows).toHaveCount(ids.length);
  await expect(questions.row(a)).toContainText("Buried until tomorrow");
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENS}/questions-buried-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SCREENS}/questions-buried-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Restore the card buried by hand: it leaves the list and is back in today's study.
  const detail = await questions.open(a);
  await expect(detail.getByTestId("q-buried-note")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENS}/questions-buried-detail-desktop.png`, fullPage: true });
  await detail.getByTestId("q-bury").click();
  await expect(questions.row(a)).toHaveCount(0);
  const aArticle = listed.questions.find((q) => q.id === a)!.articleId;
  await study.goto(`?article=${encodeURIComponent(aArticle)}`);
  await expect(study.card).toHaveAttribute("data-question-id", a);

  // A sibling-buried question restored is no longer held back; the card buried with the button still is.
  await questions.goto("?state=buried");
  const sDetail = await questions.open(sibling);
  await sDetail.getByTestId("q-bury").click();
  await expect(questions.row(sibling)).toHaveCount(0);
  const item = (await (await page.request.get(`/api/questions/${encodeURIComponent(sibling)}`)).json()) as QuestionDetail;
  expect(item.buried).toBe(false);
  await expect(questions.row(b)).toBeVisible();
  // Bad input: an unknown question → 404 { error }.
  const bad = await page.request.post("/api/questions/no-such-question/bury", { headers: { origin: new URL(page.url()).origin } });
  expect(bad.status()).toBe(404);
  expect(((await bad.json()) as { error: string }).error).toContain("No question");
});

test("Study this article now: every question of the article today, beyond the daily limits and sibling burying", async ({ page }) => {
  test.setTimeout(120_000);
  await new QuestionsPage(page).goto();
  const { articles } = (await (await page.request.get("/api/articles")).json()) as { articles: { id: string; questionCount: number }[] };
  const smallest = [...articles].sort((a, b) => a.questionCount - b.questionCount)[0]!;
  const daily = (await (await page.request.get(`/api/study/next?limit=50&article=${encodeURIComponent(smallest.id)}`)).json()) as { counts: { new: number } };
  // The daily queue buries siblings: fewer than all of the article's questions today.
  expect(daily.counts.new).toBeLessThan(smallest.questionCount);

  await page.goto(`/articles/${encodeURIComponent(smallest.id)}`);
  await page.getByTestId("study-article-now").click();
  await expect(page.getByTestId("custom-study")).toContainText("Custom study of one article");
  const study = new StudyPage(page);
  await expect(study.card).toBeVisible();
  await expectAccessible(page);
  const seen = await study.studyUntilSummary(smallest.questionCount + 5, 4);
  await expect(page.getByTestId("summary")).toBeVisible();
  expect(seen.size).toBe(smallest.questionCount);
  await page.screenshot({ path: `${SCREENS}/custom-study-summary.png` });
});

test("cram an article: clearly marked, every question, answers checked and the schedule unchanged; review ahead offers the cards due soon", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await new QuestionsPage(page).goto();
  const { articles } = (await (await page.request.get("/api/articles")).json()) as { articles: { id: string; questionCount: number }[] };
  const smallest = [...articles].sort((a, b) => a.questionCount - b.questionCount)[0]!;
  await page.goto(`/articles/${encodeURIComponent(smallest.id)}`);
  await page.getByTestId("cram-article").click();
  await expect(page.getByRole("heading", { name: "Cram" })).toBeVisible();
  await expect(page.getByTestId("cram-study")).toContainText("your schedule does not change");
  const study = new StudyPage(page);
  await expect(study.card).toBeVisible();
  await expectAccessible(page);
  const seen = await study.studyUntilSummary(smallest.questionCount + 5, 3, async (i) => {
    if (i === 0) await page.screenshot({ path: `${SCREENS}/cram-desktop.png` });
  });
  await expect(page.getByTestId("cram-summary")).toContainText("nothing was recorded");
  expect(seen.size).toBe(smallest.questionCount);
  // Nothing was recorded: no review today, no card studied.
  const progress = (await (await page.request.get("/api/progress")).json()) as { today: { reviewed: number } };
  expect(progress.today.reviewed).toBe(0);
  const listed = (await (
    await page.request.get(`/api/questions?article=${encodeURIComponent(smallest.id)}&state=new&limit=200`)
  ).json()) as QuestionListResponse;
  expect(listed.questions).toHaveLength(smallest.questionCount);

  // Review ahead: a card answered Easy today is due in days; ahead=30 offers it now, the daily queue does not.
  const first = [...seen][0]!;
  const origin = { origin: new URL(page.url()).origin };
  const answered = await page.request.post("/api/reviews", {
    data: { id: crypto.randomUUID(), questionId: first, response: { rating: 4 }, durationMs: 1000 },
    headers: origin,
  });
  expect(answered.status()).toBe(201);
  const daily = (await (await page.request.get(`/api/study/next?limit=50&article=${encodeURIComponent(smallest.id)}`)).json()) as {
    cards: { questionId: string }[];
  };
  expect(daily.cards.map((c) => c.questionId)).not.toContain(first);
  await page.goto(`/study?article=${encodeURIComponent(smallest.id)}&ahead=30`);
  await expect(page.getByTestId("ahead-study")).toContainText("due in the next 30 days");
  await expect(study.card).toHaveAttribute("data-question-id", first);
  await expectAccessible(page);
  expect((await page.request.get("/api/study/next?ahead=7&cram=1")).status()).toBe(400);
});

test("phone: after an mcq answer the rating bar is on screen without scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const study = new StudyPage(page);
  await study.goto("?more=1");
  for (let i = 0; i < 12 && (await study.type()) !== "mcq"; i++) await study.answerWithKeyboard();
  await expect(study.card).toHaveAttribute("data-type", "mcq");
  await page.getByTestId("choice-1").tap();
  await expect(page.getByTestId("feedback")).toBeVisible();
  const bar = page.getByTestId("rating-bar");
  const box = (await bar.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(740 + 1);
  await expect(page.getByTestId("rate-3")).toBeInViewport();
  // Keyboard hints are hidden on a touch screen.
  await expect(page.locator("kbd").first()).toBeHidden();
  await page.screenshot({ path: `${SCREENS}/study-phone-mcq.png` });

  await page.goto("/questions");
  await expect(page.getByTestId("q-row").first()).toBeVisible();
  await page.getByTestId("q-row").first().locator("button[data-row]").tap();
  await expect(page.getByTestId("q-detail")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SCREENS}/questions-phone.png` });
  await context.close();
});

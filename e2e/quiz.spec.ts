import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";
import { newGuest } from "./api-routes";
import { QuizPage } from "./pages/quiz-page";

test("a candidate takes a 5-question paper by keyboard, submits, and reads the result sheet with evidence", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await expect(page.getByTestId("no-past-exams")).toBeVisible();
  await quiz.page.getByLabel("Questions").fill("5");
  await expect(page.getByLabel("Minutes")).toHaveValue("6");
  await expectAccessible(page);
  await quiz.start({ count: 5 });
  await expect(quiz.timer).toBeVisible();
  await expectAccessible(page);

  // 1: answer; 2: answer and mark; 3: answer then clear (0), left blank; 4: answer, Backspace clears, answer again; 5: answer.
  await quiz.answerFirstChoiceByKey();
  await expect(quiz.palette(1)).toHaveAttribute("data-answered", "true");
  await quiz.next(2);
  await quiz.answerFirstChoiceByKey();
  await page.keyboard.press("m");
  await expect(quiz.palette(2)).toHaveAttribute("data-marked", "true");
  await quiz.next(3);
  await quiz.answerFirstChoiceByKey();
  await page.keyboard.press("0");
  await expect(quiz.choice(1)).toHaveAttribute("aria-pressed", "false");
  await expect(quiz.palette(3)).toHaveAttribute("data-answered", "false");
  await quiz.next(4);
  await quiz.answerFirstChoiceByKey();
  await page.keyboard.press("Backspace");
  await expect(quiz.palette(4)).toHaveAttribute("data-answered", "false");
  await quiz.answerFirstChoiceByKey();
  await page.keyboard.press("p");
  await expect(quiz.question).toHaveAttribute("data-index", "3");
  await quiz.next(4);
  await quiz.next(5);
  await quiz.answerFirstChoiceByKey();
  await expect(page.getByTestId("answered-count")).toContainText("4 of 5 answered");
  await expect(page.getByRole("progressbar", { name: "Questions answered" })).toHaveAttribute("aria-valuenow", "4");

  // Submitting asks first, naming the unanswered count; Esc keeps going.
  await page.getByTestId("submit-exam").click();
  await expect(quiz.dialog).toBeVisible();
  await expect(page.getByTestId("unanswered-count")).toHaveText("1");
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(quiz.dialog).toBeHidden();
  await page.getByTestId("submit-exam").click();
  await page.getByTestId("confirm-submit").click();

  await expect(quiz.result).toBeVisible();
  const right = Number(await page.getByTestId("exam-right").textContent());
  const wrong = Number(await page.getByTestId("exam-wrong").textContent());
  await expect(page.getByTestId("exam-skipped")).toHaveText("1");
  expect(right + wrong).toBe(4);
  const score = Math.round(((6 * right - 2 * wrong) / 3) * 100) / 100;
  await expect(page.getByTestId("exam-score")).toHaveText(new RegExp(`^${score < 0 ? "−" : ""}${Math.abs(score)} / 10$`));
  const items = page.getByTestId("result-item");
  await expect(items).toHaveCount(5);
  for (let i = 0; i < 5; i++) {
    await expect(items.nth(i).getByTestId("evidence")).not.toBeEmpty();
    await expect(items.nth(i).getByTestId("answer")).not.toBeEmpty();
    await expect(items.nth(i).getByRole("link")).toHaveAttribute("href", /^\/articles\//);
  }
  await expect(items.nth(2)).toHaveAttribute("data-correct", "null");
  await expect(items.nth(2).getByTestId("given")).toHaveText("—");
  await expectAccessible(page);

  // A reload shows the same sheet; the list of past papers has it with its score.
  await page.reload();
  await expect(page.getByTestId("exam-score")).toHaveText(new RegExp(`/ 10$`));
  await page.goto("/quiz");
  await expect(page.getByTestId("past-exams").getByTestId("past-score")).toHaveText(new RegExp(`/ 10$`));
});

test("a reload mid-paper keeps the answers, the marks and the question on screen", async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.goto();
  await quiz.start({ count: 5, minutes: 30 });
  const first = await quiz.answerFirstChoiceByKey();
  await quiz.next(2);
  await quiz.answerFirstChoiceByKey();
  await page.keyboard.press("m");
  await quiz.next(3);
  const prompt = await quiz.prompt.textContent();

  await page.reload();
  await expect(quiz.question).toHaveAttribute("data-index", "3");
  await expect(quiz.prompt).toHaveText(prompt ?? "");
  await expect(quiz.palette(1)).toHaveAttribute("data-answered", "true");
  await expect(quiz.palette(2)).toHaveAttribute("data-answered", "true");
  await expect(quiz.palette(2)).toHaveAttribute("data-marked", "true");
  await expect(quiz.palette(3)).toHaveAttribute("data-answered", "false");
  await quiz.palette(1).click();
  await expect(quiz.choice(1)).toHaveAttribute("aria-pressed", "true");
  await expect(quiz.choice(1)).toHaveText(new RegExp(first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
});

test("the start form, the paper and the result sheet fit a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  const quiz = new QuizPage(page);
  await quiz.goto();
  expect(await fits()).toBe(true);
  await quiz.start({ count: 5 });
  await quiz.answerFirstChoiceByKey();
  expect(await fits()).toBe(true);
  await page.getByTestId("submit-exam").click();
  await page.getByTestId("confirm-submit").click();
  await expect(quiz.result).toBeVisible();
  expect(await fits()).toBe(true);
});

test("when the time runs out the paper is handed in by itself", async ({ page }) => {
  await page.clock.install();
  const quiz = new QuizPage(page);
  await quiz.goto();
  await quiz.start({ count: 5, minutes: 1 });
  await expect(quiz.timer).toHaveAttribute("data-warning", "true");
  await expect(page.getByTestId("time-warning")).toBeVisible();
  await quiz.answerFirstChoiceByKey();
  await page.clock.fastForward("01:05");
  await expect(quiz.result).toBeVisible();
  await expect(page.getByTestId("exam-skipped")).toHaveText("4");
});

test("the exam API: no answers before submission, one scoring, 404 for another's paper, 400 for foreign answers", async ({ baseURL }) => {
  const base = baseURL ?? "";
  const alice = await newGuest(base);
  const bob = await newGuest(base);
  const created = await alice.post("/api/exams", { data: { count: 5 } });
  expect(created.status(), await created.text()).toBe(201);
  const paper = (await created.json()) as { id: string; questions: { questionId: string; choices: string[] }[]; minutes: number };
  expect(paper.questions).toHaveLength(5);
  expect(paper.minutes).toBe(6);
  expect(JSON.stringify(paper)).not.toMatch(/"answer"|"evidence"/);
  const open = await alice.get(`/api/exams/${paper.id}`);
  expect(JSON.stringify(await open.json())).not.toMatch(/"answer"|"evidence"/);

  // Bob: as if the paper did not exist.
  expect((await bob.get(`/api/exams/${paper.id}`)).status()).toBe(404);
  expect((await bob.post(`/api/exams/${paper.id}/submit`, { data: { answers: {} } })).status()).toBe(404);
  expect(((await (await bob.get("/api/exams")).json()) as { exams: unknown[] }).exams).toHaveLength(0);

  const foreign = await alice.post(`/api/exams/${paper.id}/submit`, { data: { answers: { "not-in-paper": "x" } } });
  expect(foreign.status()).toBe(400);
  expect(((await foreign.json()) as { error: string }).error).toMatch(/not in this paper/);

  const q = paper.questions[0]!;
  const first = await alice.post(`/api/exams/${paper.id}/submit`, { data: { answers: { [q.questionId]: q.choices[0] } } });
  expect(first.status()).toBe(200);
  const result = (await first.json()) as { score: number; maxScore: number; skipped: number; late: boolean; items: { evidence: string }[] };
  expect(result).toMatchObject({ maxScore: 10, skipped: 4, late: false });
  expect(result.items.every((i) => i.evidence.length > 0)).toBe(true);
  const second = await alice.post(`/api/exams/${paper.id}/submit`, { data: { answers: {} } });
  expect(await second.json()).toEqual(result);

  expect((await alice.post("/api/exams", { data: { count: 5, tag: "no-such-tag" } })).status()).toBe(422);
  expect((await alice.post("/api/exams", { data: { count: 4 } })).status()).toBe(400);
  await alice.dispose();
  await bob.dispose();
});

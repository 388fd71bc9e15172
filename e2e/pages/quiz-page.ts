import { expect, type Locator, type Page } from "@playwright/test";

/** The exam pages (/quiz and /quiz/:id), driven as a candidate would: mostly by keyboard. */
export class QuizPage {
  readonly startForm: Locator;
  readonly paper: Locator;
  readonly question: Locator;
  readonly prompt: Locator;
  readonly timer: Locator;
  readonly dialog: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.startForm = page.getByTestId("exam-start");
    this.paper = page.getByTestId("exam-paper");
    this.question = page.getByTestId("exam-question");
    this.prompt = page.getByTestId("exam-prompt");
    this.timer = page.getByRole("timer", { name: "Time left" });
    this.dialog = page.getByTestId("submit-dialog");
    this.result = page.getByTestId("exam-result");
  }

  async goto() {
    await this.page.goto("/quiz");
    await expect(this.startForm).toBeVisible();
    await expect(this.page.getByTestId("start-exam")).toBeEnabled();
  }

  /** Fills the start form and starts; resolves once the first question is on screen. */
  async start({ count, minutes }: { count: number; minutes?: number }) {
    await this.page.getByLabel("Questions").fill(String(count));
    if (minutes !== undefined) await this.page.getByLabel("Minutes").fill(String(minutes));
    await this.page.getByTestId("start-exam").click();
    await expect(this.question).toHaveAttribute("data-index", "1");
  }

  palette(n: number): Locator {
    return this.page.getByTestId(`palette-${n}`);
  }

  choice(n: number): Locator {
    return this.question.getByTestId(`exam-choice-${n}`);
  }

  /** Answers the question on screen with its first choice's key (1, or T for true/false). */
  async answerFirstChoiceByKey(): Promise<string> {
    const isTrueFalse = (await this.question.getByText("True or false").count()) > 0;
    await this.page.keyboard.press(isTrueFalse ? "t" : "1");
    await expect(this.choice(1)).toHaveAttribute("aria-pressed", "true");
    return (await this.choice(1).textContent()) ?? "";
  }

  /** Moves to question `n` (1-based) with N/P, checking where it landed. */
  async next(expected: number) {
    await this.page.keyboard.press("n");
    await expect(this.question).toHaveAttribute("data-index", String(expected));
  }
}

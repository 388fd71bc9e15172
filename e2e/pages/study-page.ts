import { expect, type Locator, type Page } from "@playwright/test";

/** The /study page, driven as a learner would: mostly by keyboard. */
export class StudyPage {
  readonly card: Locator;
  readonly prompt: Locator;
  readonly counts: Locator;
  readonly reviewed: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByTestId("study-card");
    this.prompt = page.getByTestId("prompt");
    this.counts = page.getByTestId("study-counts");
    this.reviewed = page.getByTestId("session-reviewed");
  }

  async goto(query = "") {
    await this.page.goto(`/study${query}`);
    await expect(this.card.or(this.page.getByTestId("summary"))).toBeVisible();
  }

  async type(): Promise<string> {
    return (await this.card.getAttribute("data-type")) ?? "";
  }

  async phase(): Promise<string> {
    return (await this.card.getAttribute("data-phase")) ?? "";
  }

  /**
   * Answers the card on screen with the keyboard only and moves on.
   * `rightly` picks the first option / True / types a plausible wrong word; what matters is that an answer is given.
   */
  async answerWithKeyboard(opts: { rating?: 1 | 2 | 3 | 4 } = {}) {
    const prompt = await this.prompt.textContent();
    const type = await this.type();
    const keyboard = this.page.keyboard;
    if (type === "recall") {
      await keyboard.press("Space");
      await expect(this.card).toHaveAttribute("data-phase", "revealed");
      await expect(this.page.getByTestId("answer")).not.toHaveText("Loading…");
      await keyboard.press(String(opts.rating ?? 3));
    } else {
      if (type === "mcq") await keyboard.press("1");
      else if (type === "true_false") await keyboard.press("t");
      else {
        await expect(this.page.getByTestId("cloze-input")).toBeFocused();
        await keyboard.type("unknown");
        await keyboard.press("Enter");
      }
      await expect(this.card).toHaveAttribute("data-phase", "feedback");
      await expect(this.page.getByTestId("evidence")).toBeVisible();
      if (opts.rating) await keyboard.press(String(opts.rating));
      else await keyboard.press("Enter");
    }
    return { prompt, type };
  }

  /**
   * Answers every card until the session summary shows (at most `max`), checking the session's
   * count after each; `onCard` runs after the i-th answer. The ids of the cards seen.
   */
  async studyUntilSummary(max: number, rating: 1 | 2 | 3 | 4, onCard?: (i: number) => Promise<void>): Promise<Set<string>> {
    const summary = this.page.getByTestId("summary");
    const seen = new Set<string>();
    for (let i = 0; i < max; i++) {
      await expect(this.card.or(summary)).toBeVisible();
      if (await summary.isVisible()) break;
      await expect(this.card).toHaveAttribute("data-phase", "question");
      seen.add((await this.card.getAttribute("data-question-id"))!);
      await this.answerWithKeyboard({ rating });
      await expect(this.reviewed).toHaveText(`${i + 1} reviewed`);
      await onCard?.(i);
    }
    return seen;
  }
}

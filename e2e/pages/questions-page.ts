import { expect, type Locator, type Page } from "@playwright/test";

/** The /questions browser, driven as a learner would. */
export class QuestionsPage {
  readonly search: Locator;
  readonly rows: Locator;
  readonly detail: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByTestId("q-search");
    this.rows = page.getByTestId("q-row");
    this.detail = page.getByTestId("q-detail");
    this.count = page.getByTestId("q-count");
  }

  async goto(query = "") {
    await this.page.goto(`/questions${query}`);
    await expect(this.rows.first().or(this.page.getByTestId("q-empty"))).toBeVisible();
  }

  row(id: string): Locator {
    return this.page.locator(`[data-testid="q-row"][data-id="${id}"]`);
  }

  /** Opens a row and waits for its details. */
  async open(id: string) {
    await this.row(id).locator("button[data-row]").click();
    await expect(this.row(id).getByTestId("q-detail")).toBeVisible();
    return this.row(id).getByTestId("q-detail");
  }
}

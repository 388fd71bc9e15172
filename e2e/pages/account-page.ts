import { expect, type Locator, type Page } from "@playwright/test";

/** The /account page: sign up (keeping the guest's progress), sign in, sign out, change password. */
export class AccountPage {
  readonly message: Locator;
  readonly email: Locator;

  constructor(readonly page: Page) {
    this.message = page.getByTestId("account-message");
    this.email = page.getByTestId("account-email");
  }

  async goto() {
    await this.page.goto("/account");
    await expect(this.page.getByRole("heading", { name: "Account" })).toBeVisible();
  }

  async signUp(email: string, password: string) {
    await this.page.getByRole("tab", { name: "Create account" }).click();
    const form = this.page.getByTestId("sign-up-form");
    await form.getByLabel("Email").fill(email);
    await form.getByLabel(/^Password/).fill(password);
    await form.getByRole("button", { name: "Create account" }).click();
  }

  async signIn(email: string, password: string) {
    await this.page.getByRole("tab", { name: "Sign in" }).click();
    const form = this.page.getByTestId("sign-in-form");
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Password").fill(password);
    await form.getByRole("button", { name: "Sign in" }).click();
  }

  async changePassword(current: string, next: string) {
    await this.page.getByLabel("Current password").fill(current);
    await this.page.getByLabel(/^New password/).fill(next);
    await this.page.getByRole("button", { name: "Change password" }).click();
  }

  /** Signs out and waits until the browser is a guest again. */
  async signOut() {
    await this.page.getByTestId("sign-out").click();
    await expect(this.page.getByText("You are studying as a guest.", { exact: false })).toBeVisible();
  }
}

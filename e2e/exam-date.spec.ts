import { expect, test } from "@playwright/test";
import { expectAccessible } from "./a11y";

// Issue 12: an exam date in the past is refused with a message (API 400 { error }, inline in the form).

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test("an exam date in the past is refused: 400 from the API, a message beside the field, nothing saved", async ({ page, baseURL }) => {
  await page.goto("/settings");
  const field = page.getByLabel("Exam date");
  await expect(field).toBeVisible();
  const origin = { origin: new URL(baseURL!).origin };

  // The API: a past date is a 400 naming the field; a future one is saved.
  const refused = await page.request.patch("/api/settings", { data: { examDate: day(-3), timeZone: "UTC" }, headers: origin });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: string }).error).toMatch(/^examDate: \d{4}-\d{2}-\d{2} is in the past/);
  expect(((await (await page.request.get("/api/settings")).json()) as { examDate: string | null }).examDate).toBeNull();

  // The form: the message shows beside the field and Save sends nothing.
  await field.fill(day(-3));
  const message = page.getByTestId("exam-date-error");
  await expect(message).toContainText("is in the past");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/settings-exam-past-desktop.png" });
  await page.setViewportSize({ width: 390, height: 740 });
  await page.screenshot({ path: "test-results/screens/settings-exam-past-phone.png" });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(message).toBeVisible();
  expect(((await (await page.request.get("/api/settings")).json()) as { examDate: string | null }).examDate).toBeNull();

  // A later day clears the message and saves.
  await field.fill(day(30));
  await expect(message).toHaveCount(0);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
  expect(((await (await page.request.get("/api/settings")).json()) as { examDate: string | null }).examDate).toBe(day(30));
});

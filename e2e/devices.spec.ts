import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { StudyPage } from "./pages/study-page";

interface BackupReview {
  id: string;
  questionId: string;
  rating: number;
  undoneAt: string | null;
}
interface BackupCard {
  questionId: string;
  reps: number;
}

async function backup(page: Page) {
  const res = await page.request.get("/api/export?format=json");
  expect(res.status()).toBe(200);
  return (await res.json()) as { reviews: BackupReview[]; cards: BackupCard[] };
}

test("a rating changed on one device after the same account answered on another is recorded once", async ({ browser, baseURL }) => {
  const origin = baseURL!;
  const email = `devices-${randomUUID()}@example.com`;
  const password = "two-devices-password-1";
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  try {
    const a = await laptop.newPage();
    const b = await phone.newPage();
    await a.goto("/");
    const signUp = await a.request.post("/api/auth/sign-up/email", { data: { email, password, name: "Two devices" }, headers: { origin } });
    expect(signUp.ok()).toBe(true);
    await b.goto("/");
    const signIn = await b.request.post("/api/auth/sign-in/email", { data: { email, password }, headers: { origin } });
    expect(signIn.ok()).toBe(true);

    // The laptop answers a multiple-choice card and sees the verdict.
    const laptopStudy = new StudyPage(a);
    await laptopStudy.goto();
    for (let i = 0; i < 12 && (await laptopStudy.type()) !== "mcq"; i++) await laptopStudy.answerWithKeyboard();
    await expect(laptopStudy.card).toHaveAttribute("data-type", "mcq");
    const questionId = (await laptopStudy.card.getAttribute("data-question-id"))!;
    await a.keyboard.press("1");
    await expect(a.getByTestId("feedback")).toBeVisible();
    // The laptop's answer has reached the server before the phone opens study, so the phone's card is another one
    // (under load the phone could be served the laptop's own card while that answer was still in the outbox).
    await expect.poll(async () => (await backup(a)).reviews.some((r) => r.questionId === questionId && r.undoneAt === null)).toBe(true);

    // Meanwhile the phone answers a card of its own.
    const phoneStudy = new StudyPage(b);
    await phoneStudy.goto();
    await phoneStudy.answerWithKeyboard();
    await expect(phoneStudy.reviewed).toHaveText("1 reviewed");
    await expect(b.getByTestId("outbox-status")).toBeHidden();

    // Back on the laptop, the learner changes the rating to Hard.
    await a.keyboard.press("2");
    await expect(a.getByTestId("outbox-status")).toBeHidden();

    // The change travels through the outbox: wait until the server has it, then read the export once more.
    const liveRatings = async (): Promise<number[]> =>
      (await backup(a)).reviews.filter((r) => r.questionId === questionId && r.undoneAt === null).map((r) => r.rating);
    await expect.poll(liveRatings).toEqual([2]);
    const data = await backup(a);
    const live = data.reviews.filter((r) => r.questionId === questionId && r.undoneAt === null);
    expect(live.map((r) => r.rating)).toEqual([2]);
    expect(data.cards.find((c) => c.questionId === questionId)?.reps).toBe(1);
  } finally {
    await laptop.close();
    await phone.close();
  }
});

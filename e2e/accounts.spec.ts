import { randomUUID } from "node:crypto";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { makeFixture, newAccount, newGuest, whoAmI } from "./api-routes";
import { AccountPage } from "./pages/account-page";
import { StudyPage } from "./pages/study-page";

function baseOf(baseURL: string | undefined): string {
  if (!baseURL) throw new Error("baseURL is not configured");
  return baseURL;
}

/** The cookie header a client sends now, to replay it later as a stolen or stale cookie would be. */
async function cookieHeader(api: APIRequestContext): Promise<string> {
  const { cookies } = await api.storageState();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

async function statusWithCookie(baseURL: string, cookie: string): Promise<number> {
  const api = await playwrightRequest.newContext({ baseURL });
  const res = await api.get("/api/progress", { headers: { cookie } });
  await api.dispose();
  return res.status();
}

/** Gives a client an article of its own (imported from a backup) and one review of its question. */
async function ownArticle(api: APIRequestContext): Promise<{ articleId: string; questionId: string }> {
  const articleId = `own-${randomUUID()}`;
  const questionId = `${articleId}-q`;
  const settings = (await (await api.get("/api/settings")).json()) as {
    desiredRetention: number;
    newPerDay: number;
    examDate: string | null;
    timeZone: string;
  };
  const sentence = "The river commission approved a new flood barrier in the autumn.";
  const backup = {
    format: "factdeck-backup",
    version: 1,
    exportedAt: new Date().toISOString(),
    user: {
      settings: {
        desiredRetention: settings.desiredRetention,
        newPerDay: settings.newPerDay,
        examDate: settings.examDate,
        timeZone: settings.timeZone,
        weights: null,
      },
    },
    cards: [],
    reviews: [],
    articles: [
      {
        id: articleId,
        title: "An article of my own",
        source: null,
        published: null,
        tags: [],
        body: sentence,
        words: 11,
        contentHash: "own",
        generatorVersion: "test",
        createdAt: new Date().toISOString(),
        facts: [
          {
            id: `${articleId}-f`,
            kind: "event",
            subject: "The river commission",
            relation: "approved",
            object: "a new flood barrier",
            objectType: "other",
            sentence,
            spanStart: 0,
            spanEnd: sentence.length,
            retiredAt: null,
          },
        ],
        questions: [
          {
            id: questionId,
            factId: `${articleId}-f`,
            type: "recall",
            prompt: "What did the river commission approve?",
            answer: "a flood barrier",
            choices: null,
            evidence: sentence,
            kind: "event",
            score: 0.5,
            position: 0,
            retiredAt: null,
          },
        ],
      },
    ],
  };
  const imported = await api.post("/api/import", { data: backup });
  expect(imported.status(), await imported.text()).toBe(200);
  const review = await api.post("/api/reviews", { data: { id: randomUUID(), questionId, response: { rating: 3 }, durationMs: 1 } });
  expect(review.status()).toBe(201);
  return { articleId, questionId };
}

test.describe("in the browser", () => {
  test("a guest studies at once, signs up and keeps the reviews; sign out, sign in, change password", async ({ page }) => {
    const email = `learner-${randomUUID()}@example.com`;
    const account = new AccountPage(page);
    const study = new StudyPage(page);

    // A newcomer is a guest and can study straight away.
    await study.goto();
    await expect(study.card).toBeVisible();
    await study.answerWithKeyboard();
    await expect(study.reviewed).toHaveText("1 reviewed");
    await page.goto("/");
    await expect(page.getByTestId("reviewed-today")).toHaveText("1");

    // Signing up keeps the guest's progress.
    await account.goto();
    await account.signUp(email, "first-password-1");
    await expect(account.message).toHaveText(/Account created/);
    await expect(account.email).toHaveText(email);
    await page.goto("/");
    await expect(page.getByTestId("reviewed-today")).toHaveText("1");

    // Signing out: the browser goes on as a new guest (no reload needed), with none of the account's progress.
    await account.goto();
    await account.signOut();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).click();
    await expect(page.getByTestId("reviewed-today")).toHaveText("0");

    // Signing in brings the account's progress back.
    await account.goto();
    await account.signIn(email, "first-password-1");
    await expect(account.message).toHaveText("Signed in.");
    await expect(account.email).toHaveText(email);
    await page.goto("/");
    await expect(page.getByTestId("reviewed-today")).toHaveText("1");

    // Changing the password: the old one stops working, the new one works.
    await account.goto();
    await account.changePassword("first-password-1", "second-password-2");
    await expect(account.message).toHaveText("Password changed.");
    await account.signOut();
    await account.signIn(email, "first-password-1");
    await expect(account.message).toHaveAttribute("role", "alert");
    await account.signIn(email, "second-password-2");
    await expect(account.email).toHaveText(email);
  });

  test("a guest who signs in to an existing account brings their reviews into it", async ({ page, baseURL }) => {
    const email = `existing-${randomUUID()}@example.com`;
    const existing = await newAccount(baseOf(baseURL), email, "existing-password-1");
    await makeFixture(existing, "2030-02-03"); // two reviews of its own
    await existing.dispose();

    const study = new StudyPage(page);
    await study.goto();
    await study.answerWithKeyboard();
    await expect(study.reviewed).toHaveText("1 reviewed");

    const account = new AccountPage(page);
    await account.goto();
    await account.signIn(email, "existing-password-1");
    await expect(account.email).toHaveText(email);
    await page.goto("/");
    await expect(page.getByTestId("reviewed-today")).toHaveText("3");
  });
});

test.describe("sessions through the API", () => {
  test("signing up links the guest: same reviews, a real account, and the guest's old cookie is dead", async ({ baseURL }) => {
    const base = baseOf(baseURL);
    const api = await newGuest(base);
    const guest = await whoAmI(api);
    expect(guest.isAnonymous).toBe(true);
    const fixture = await makeFixture(api, "2030-04-05");
    // The articles the guest added (pasted, and through a backup import) come along too.
    const own = await ownArticle(api);
    const guestCookie = await cookieHeader(api);
    const before = (await (await api.get("/api/progress")).json()) as { today: { reviewed: number } };
    expect(before.today.reviewed).toBe(3);

    const email = `linked-${randomUUID()}@example.com`;
    const res = await api.post("/api/auth/sign-up/email", { data: { email, password: "linked-password-1", name: "L" }, headers: { origin: base } });
    expect(res.status()).toBe(200);
    const me = await whoAmI(api);
    expect(me).toMatchObject({ email, isAnonymous: false });
    expect(me.id).not.toBe(guest.id);
    const after = (await (await api.get("/api/progress")).json()) as { today: { reviewed: number } };
    expect(after.today.reviewed).toBe(3);
    const settings = (await (await api.get("/api/settings")).json()) as { examDate: string };
    expect(settings.examDate).toBe("2030-04-05");
    expect((await api.get(`/api/questions/${own.questionId}/reveal`)).status()).toBe(200);
    const backup = (await (await api.get("/api/export?format=json")).json()) as { articles: { id: string }[]; cards: { questionId: string }[] };
    expect(backup.articles.map((a) => a.id).sort()).toEqual([own.articleId, fixture.articleId].sort());
    expect(backup.cards.map((c) => c.questionId)).toContain(own.questionId);
    expect(await statusWithCookie(base, guestCookie)).toBe(401);
    await api.dispose();
  });

  test("signing out ends the session: the old cookie gets 401", async ({ baseURL }) => {
    const base = baseOf(baseURL);
    const api = await newAccount(base, `out-${randomUUID()}@example.com`, "signout-password-1");
    const cookie = await cookieHeader(api);
    expect(await statusWithCookie(base, cookie)).toBe(200);
    const out = await api.post("/api/auth/sign-out", { data: {}, headers: { origin: base } });
    expect(out.status()).toBe(200);
    expect(await statusWithCookie(base, cookie)).toBe(401);
    await api.dispose();
  });

  test("changing the password signs out the account's other sessions, whatever the client asks", async ({ baseURL }) => {
    const base = baseOf(baseURL);
    const email = `pw-${randomUUID()}@example.com`;
    const laptop = await newAccount(base, email, "old-password-123");
    const phone = await playwrightRequest.newContext({ baseURL: base });
    const signIn = await phone.post("/api/auth/sign-in/email", { data: { email, password: "old-password-123" }, headers: { origin: base } });
    expect(signIn.status()).toBe(200);
    expect((await phone.get("/api/progress")).status()).toBe(200);

    const wrong = await laptop.post("/api/auth/change-password", {
      data: { currentPassword: "not-the-password", newPassword: "new-password-456", revokeOtherSessions: true },
      headers: { origin: base },
    });
    expect(wrong.status()).toBeGreaterThanOrEqual(400);
    expect((await phone.get("/api/progress")).status()).toBe(200);

    const changed = await laptop.post("/api/auth/change-password", {
      // The client asks to keep its other sessions: the server signs them out all the same.
      data: { currentPassword: "old-password-123", newPassword: "new-password-456", revokeOtherSessions: false },
      headers: { origin: base },
    });
    expect(changed.status(), await changed.text()).toBe(200);
    expect((await phone.get("/api/progress")).status()).toBe(401);
    expect((await laptop.get("/api/progress")).status()).toBe(200);

    const old = await phone.post("/api/auth/sign-in/email", { data: { email, password: "old-password-123" }, headers: { origin: base } });
    expect(old.status()).toBe(401);
    await laptop.dispose();
    await phone.dispose();
  });

  test("a password shorter than 8 characters is refused at sign-up", async ({ baseURL }) => {
    const base = baseOf(baseURL);
    const api = await newGuest(base);
    const res = await api.post("/api/auth/sign-up/email", {
      data: { email: `short-${randomUUID()}@example.com`, password: "short", name: "S" },
      headers: { origin: base },
    });
    expect(res.status()).toBe(400);
    expect((await whoAmI(api)).isAnonymous).toBe(true);
    await api.dispose();
  });
});

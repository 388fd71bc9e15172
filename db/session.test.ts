import { createHmac } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auth } from "./auth";
import { db } from "./client";
import { session } from "./schema";
import { sessionUser, signedCookie } from "./session";
import { freshDatabase } from "./test-helpers";

/** A Cookie header for a new session made by better-auth itself. */
async function signIn(): Promise<{ cookie: string; userId: string; token: string }> {
  const { headers, response } = await auth.api.signInAnonymous({ returnHeaders: true });
  const setCookie = headers.getSetCookie().find((c) => c.includes("session_token="))!;
  const cookie = setCookie.split(";")[0]!;
  return { cookie, userId: response!.user.id, token: response!.token };
}

const asBetterAuth = async (cookie: string) => {
  const s = await auth.api.getSession({ headers: new Headers({ cookie }) });
  return s ? { id: s.user.id, isAnonymous: Boolean((s.user as { isAnonymous?: boolean }).isAnonymous) } : null;
};

beforeAll(async () => {
  await freshDatabase();
});

describe("sessionUser answers as better-auth's getSession does", () => {
  it("a live session: its user, as getSession gives it", async () => {
    const { cookie, userId } = await signIn();
    const mine = await sessionUser(new Headers({ cookie: `other=1; ${cookie}; theme=dark` }));
    expect(mine).toEqual({ id: userId, isAnonymous: true });
    expect(mine).toEqual(await asBetterAuth(cookie));
  });

  it("no cookie, another cookie, a forged or truncated signature: no session", async () => {
    const { cookie, token } = await signIn();
    const [name] = cookie.split("=");
    const forged = `${token}.${createHmac("sha256", "not-the-secret").update(token).digest("base64")}`;
    for (const c of [null, "theme=dark", `${name}=${encodeURIComponent(forged)}`, `${name}=${token}`, `${name}=${cookie.split("=")[1]!.slice(0, -6)}`]) {
      const headers = new Headers(c ? { cookie: c } : {});
      expect(await sessionUser(headers), String(c)).toBeNull();
      expect(await asBetterAuth(c ?? "")).toBeNull();
    }
  });

  it("after sign-out the same cookie is no session at once (the row is read on every request)", async () => {
    const { cookie } = await signIn();
    expect(await sessionUser(new Headers({ cookie }))).not.toBeNull();
    await auth.api.signOut({ headers: new Headers({ cookie }) });
    expect(await sessionUser(new Headers({ cookie }))).toBeNull();
    expect(await asBetterAuth(cookie)).toBeNull();
  });

  it("an expired session: none, and better-auth deletes it as before", async () => {
    const { cookie, token } = await signIn();
    await db
      .update(session)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(session.token, token));
    expect(await sessionUser(new Headers({ cookie }))).toBeNull();
    expect(await db.select().from(session).where(eq(session.token, token))).toHaveLength(0);
  });

  it("a session due for its sliding renewal is renewed by better-auth, as before", async () => {
    const { cookie, token, userId } = await signIn();
    // 59 of 60 days left: older than updateAge (a day), so getSession extends it.
    const soon = new Date(Date.now() + 59 * 86_400_000 - 60_000);
    await db.update(session).set({ expiresAt: soon }).where(eq(session.token, token));
    expect(await sessionUser(new Headers({ cookie }))).toEqual({ id: userId, isAnonymous: true });
    const [row] = await db.select().from(session).where(eq(session.token, token));
    expect(row!.expiresAt.getTime()).toBeGreaterThan(soon.getTime());
  });
});

describe("signedCookie", () => {
  const secret = "s3cret";
  const sign = (v: string) => `${v}.${createHmac("sha256", secret).update(v).digest("base64")}`;

  it("reads the first cookie of the name, quoted or URL-encoded", () => {
    expect(signedCookie(`a=1; tok=${encodeURIComponent(sign("abc"))}; tok=${encodeURIComponent(sign("zzz"))}`, "tok", secret)).toBe("abc");
    expect(signedCookie(`tok="${sign("abc")}"`, "tok", secret)).toBe("abc");
    expect(signedCookie(`xtok=${sign("abc")}`, "tok", secret)).toBeNull();
  });
});

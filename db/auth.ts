import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { anonymous } from "better-auth/plugins";
import { transferUserData } from "./account-link";
import { authSecret } from "./auth-secret";
import { db } from "./client";
import { addHit, clearHits, countHits } from "./limits";
import { env } from "@/config/env";
import * as schema from "./schema";

const rateLimited = env.AUTH_RATE_LIMIT === "on";

/**
 * Failed password sign-ins per email address, on top of better-auth's per-IP limit. The per-IP
 * limit trusts a single-valued X-Forwarded-For, which `next start` passes through from the client
 * when no proxy overwrites it: rotating that header would reset the IP limit at will. Counting
 * failures per account stops a password guesser however many addresses it claims. Kept in the
 * database (db/limits.ts), so every server process counts the same failures (docs/security.md).
 */
const SIGN_IN_FAILURES = { max: 10, windowMs: 15 * 60_000 };

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === "string" && email.length <= 320 ? email.trim().toLowerCase() : null;
}

const failuresKey = (email: string) => `sign-in-failures:${email}`;

/** better-auth on the same drizzle instance: users and sessions are data too. */
export const auth = betterAuth({
  database: drizzleAdapter(db, {
    provider: "sqlite",
    schema: { user: schema.user, session: schema.session, account: schema.account, verification: schema.verification, rateLimit: schema.rateLimit },
  }),
  secret: authSecret(env.BETTER_AUTH_SECRET),
  baseURL: env.BETTER_AUTH_URL,
  emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128 },
  session: { expiresIn: 60 * 60 * 24 * 60, updateAge: 60 * 60 * 24 },
  rateLimit: {
    enabled: rateLimited,
    // In the database, not in memory: `npm start` runs one server process per core.
    storage: "database",
    window: 60,
    max: 100,
    customRules: {
      "/sign-in/email": { window: 60, max: 5 },
      "/sign-up/email": { window: 60, max: 5 },
      "/change-password": { window: 60, max: 5 },
      "/sign-in/anonymous": { window: 60, max: 20 },
    },
  },
  telemetry: { enabled: false },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      // A password change always signs out the account's other sessions (docs/security.md), whatever the client asks.
      if (ctx.path === "/change-password") {
        const body: Record<string, unknown> = ctx.body && typeof ctx.body === "object" ? ctx.body : {};
        return { context: { body: { ...body, revokeOtherSessions: true } } };
      }
      if (!rateLimited || ctx.path !== "/sign-in/email") return;
      const email = emailOf(ctx.body);
      const failures = email ? await countHits({ key: failuresKey(email), windowMs: SIGN_IN_FAILURES.windowMs, now: Date.now() }) : 0;
      if (failures >= SIGN_IN_FAILURES.max) {
        throw new APIError("TOO_MANY_REQUESTS", { message: "Too many failed sign-ins for this account. Try again in a few minutes." });
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (!rateLimited || ctx.path !== "/sign-in/email") return;
      const email = emailOf(ctx.body);
      if (!email) return;
      if (isAPIError(ctx.context.returned)) await addHit({ key: failuresKey(email), now: Date.now() });
      else await clearHits(failuresKey(email));
    }),
  },
  // Secure cookies when served over HTTPS (set BETTER_AUTH_URL=https://… behind a proxy); plain
  // http://localhost keeps working for `npm start`. httpOnly and SameSite=Lax are better-auth's defaults.
  advanced: {
    useSecureCookies: env.BETTER_AUTH_URL?.startsWith("https:") ?? false,
    // Behind proxies that append to X-Forwarded-For, name them so the per-address limits see the client.
    ...(env.AUTH_TRUSTED_PROXIES.length ? { ipAddress: { trustedProxies: env.AUTH_TRUSTED_PROXIES } } : {}),
  },
  plugins: [
    anonymous({
      emailDomainName: "guest.factdeck.invalid",
      generateName: () => "Guest",
      onLinkAccount: async ({ anonymousUser, newUser }) => {
        await transferUserData({ fromUserId: anonymousUser.user.id, toUserId: newUser.user.id });
      },
    }),
    nextCookies(),
  ],
});

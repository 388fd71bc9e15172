import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { anonymous } from "better-auth/plugins";
import { transferUserData } from "./account-link";
import { authSecret } from "./auth-secret";
import { db } from "./client";
import { env } from "./env";
import * as schema from "./schema";

/** better-auth on the same drizzle instance: users and sessions are data too. */
export const auth = betterAuth({
  database: drizzleAdapter(db, {
    provider: "sqlite",
    schema: { user: schema.user, session: schema.session, account: schema.account, verification: schema.verification },
  }),
  secret: authSecret(env.BETTER_AUTH_SECRET),
  baseURL: env.BETTER_AUTH_URL,
  emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128 },
  session: { expiresIn: 60 * 60 * 24 * 60, updateAge: 60 * 60 * 24 },
  rateLimit: {
    enabled: env.AUTH_RATE_LIMIT === "on",
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
  // Secure cookies when served over HTTPS (set BETTER_AUTH_URL=https://… behind a proxy); plain
  // http://localhost keeps working for `npm start`. httpOnly and SameSite=Lax are better-auth's defaults.
  advanced: { useSecureCookies: env.BETTER_AUTH_URL?.startsWith("https:") ?? false },
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

export type AuthSession = typeof auth.$Infer.Session;

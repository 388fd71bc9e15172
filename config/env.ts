import "server-only";
import { z } from "zod";

/**
 * The server's configuration: every environment variable the app reads (database, auth, rate
 * limits), validated once at start, so a bad value stops start-up with a clear message. The one
 * place that reads process.env (lint refuses it elsewhere in app/, db/, lib/, components/).
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:|https?:|wss?:)/, "DATABASE_URL must be a file:, libsql:, http(s): or ws(s): URL")
    .default("file:data/factdeck.db"),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  BETTER_AUTH_SECRET: z.string().min(16).optional(),
  BETTER_AUTH_URL: z.url().optional(),
  /** "off" disables the sign-in / sign-up rate limit (tests only); on by default. */
  AUTH_RATE_LIMIT: z.enum(["on", "off"]).default("on"),
  /** Comma-separated addresses or CIDR ranges of the reverse proxies in front of the app. */
  AUTH_TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean),
    ),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return parsed.data;
}

export const env = readEnv();

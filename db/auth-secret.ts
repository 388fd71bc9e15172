import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set (required for more than one
 * server), otherwise one made on first start and kept in data/auth-secret so sessions survive restarts.
 */
export function authSecret(fromEnv: string | undefined): string {
  if (fromEnv) return fromEnv;
  const file = path.join(process.cwd(), "data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  return secret;
}

import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { auth } from "./auth";
import { raw } from "./client";

/** Who is asking: the session's user. */
export interface SessionUser {
  id: string;
  isAnonymous: boolean;
}

const SESSION_SQL = `select s.user_id as userId, s.expires_at as expiresAt, u.is_anonymous as isAnonymous
  from session s join user u on u.id = s.user_id where s.token = ?`;

/**
 * The user of the request's session, as better-auth's `getSession` answers it, for every API
 * request (app/api/_lib/respond.ts `withUser`). getSession costs ~1.6 ms a call, most of it
 * better-auth's own machinery around one read; this does the same check directly:
 *
 * - the session cookie's HMAC signature (better-call's signed cookie: `token.base64(HMAC-SHA256)`,
 *   URL-encoded) against the auth secret, with the cookie name better-auth uses (`__Secure-` over HTTPS);
 * - the session row, read on every request on a kept statement (db/client.ts `raw`): there is no
 *   cache, so a sign-out (which deletes the row) counts at once in every server process.
 *
 * Only the common case is answered here: a live session that better-auth would return without
 * writing anything. A session that has expired (better-auth deletes it) or is due for its sliding
 * renewal (`updateAge`: better-auth extends it and sets the cookie again) goes through getSession
 * itself, so both still happen exactly as before. No cookie, or a bad signature, is no session,
 * as in getSession.
 */
export async function sessionUser(headers: Headers, now = Date.now()): Promise<SessionUser | null> {
  const ctx = await auth.$context;
  const token = signedCookie(headers.get("cookie"), ctx.authCookies.sessionToken.name, ctx.secret);
  if (!token) return null;
  const row = await raw.get<{ userId: string; expiresAt: number; isAnonymous: number | null }>(SESSION_SQL, [token]);
  if (!row) return null;
  const { expiresIn, updateAge } = ctx.sessionConfig;
  const dueForRenewal = row.expiresAt - expiresIn * 1000 + updateAge * 1000 <= now;
  if (row.expiresAt >= now && !dueForRenewal) return { id: row.userId, isAnonymous: Boolean(row.isAnonymous) };
  const session = await auth.api.getSession({ headers });
  return session ? { id: session.user.id, isAnonymous: Boolean((session.user as { isAnonymous?: boolean | null }).isAnonymous) } : null;
}

/**
 * The value of the signed cookie `name` in a Cookie header when its signature is the secret's, else
 * null: better-call's parse (the first cookie of a name wins, quotes stripped, URL-decoded) and check
 * (`value.signature`, a 44-character base64 HMAC-SHA256 of the value).
 */
export function signedCookie(header: string | null, name: string, secret: string): string | null {
  const value = cookieValue(header, name);
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const signed = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  const given = Buffer.from(signature, "base64");
  const expected = createHmac("sha256", secret).update(signed).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? signed : null;
}

function cookieValue(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.codePointAt(0) === 34) value = value.slice(1, -1);
    try {
      return value.includes("%") ? decodeURIComponent(value) : value;
    } catch {
      return value;
    }
  }
  return null;
}

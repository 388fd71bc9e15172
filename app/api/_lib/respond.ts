import "server-only";
import type { z } from "zod";
import { env } from "@/config/env";
import { sessionUser } from "@/db/session";
import { ApiError, badRequest, forbidden, payloadTooLarge, unauthorized, unsupportedMediaType } from "@/lib/errors";

/** Request bodies larger than this are refused before they are read whole. */
const MAX_BODY_BYTES = 64 * 1024;

export interface RequestUser {
  id: string;
  isAnonymous: boolean;
}

/** The one place a thrown error becomes a response: ApiError as `{ error }`, anything else a logged 500. */
function errorResponse(err: unknown): Response {
  if (err instanceof ApiError) return Response.json({ error: err.message }, { status: err.status });
  console.error("[factdeck] unexpected error", err);
  return Response.json({ error: "Something went wrong on our side. Your data is safe; please try again." }, { status: 500 });
}

/**
 * Wraps a route handler: checks the session (401 without one), the origin of state-changing
 * requests (403 from another site), and turns errors into `{ error }` responses.
 */
export function withUser<C>(handler: (req: Request, user: RequestUser, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") checkOrigin(req);
      // better-auth's getSession, its common case read directly (db/session.ts): no cache, so a sign-out counts at once.
      const user = await sessionUser(req.headers);
      if (!user) throw unauthorized("Sign in or continue as a guest first.");
      return await handler(req, user, ctx);
    } catch (err) {
      // The client went away mid-request: nothing to answer, and nothing went wrong on our side.
      if (req.signal?.aborted) return new Response(null, { status: 499 });
      return errorResponse(err);
    }
  };
}

/**
 * The host the client asked for. `X-Forwarded-Host` says it only when a reverse proxy we were told
 * about (AUTH_TRUSTED_PROXIES) is in front: without one, anyone could send that header, so only
 * `Host` counts. (Next itself fills X-Forwarded-Host from Host when it is absent, so it is never read
 * without a configured proxy.)
 */
export function requestHost(req: Request, trustedProxies: readonly string[] = env.AUTH_TRUSTED_PROXIES): string | null {
  const forwarded = trustedProxies.length ? req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || req.headers.get("host");
}

/** Refuses a state-changing request that a browser sent from another site. */
export function checkOrigin(req: Request, trustedProxies: readonly string[] = env.AUTH_TRUSTED_PROXIES): void {
  const site = req.headers.get("sec-fetch-site");
  if (site === "cross-site") throw forbidden("Requests from other sites are not allowed.");
  const origin = req.headers.get("origin");
  if (!origin) return;
  const host = requestHost(req, trustedProxies);
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw forbidden("The request's Origin header is not a valid URL.");
  }
  if (originHost !== host) throw forbidden("Requests from other sites are not allowed.");
}

/** How a route takes its body: the size limit, and the messages when a body is refused. */
export interface BodyOptions {
  /** Default 64 kB. */
  maxBytes?: number;
  messages?: { notJsonType?: string; tooLarge?: string; notJson?: string };
}

/**
 * Reads a JSON body, unvalidated: 413 when larger than `maxBytes` (default 64 kB), 415 when not sent
 * as JSON, 400 when it does not parse. For a route that validates the data itself (import).
 */
export async function readJsonBody(req: Request, { maxBytes = MAX_BODY_BYTES, messages = {} }: BodyOptions = {}): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().includes("application/json")) throw unsupportedMediaType(messages.notJsonType ?? "Send the body as application/json.");
  const tooLarge = messages.tooLarge ?? `The request body is larger than ${maxBytes / 1024} kB.`;
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw payloadTooLarge(tooLarge);
  const text = await readBodyText(req, maxBytes, tooLarge);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest(messages.notJson ?? "The request body is not valid JSON.");
  }
}

/** Reads a JSON body (as `readJsonBody`) and validates it with a zod schema: 400 with the first problem. */
export async function readJson<T extends z.ZodType>(req: Request, schema: T, options: BodyOptions = {}): Promise<z.infer<T>> {
  return parseWith(schema, await readJsonBody(req, options));
}

/** The context Next.js passes a route with an `[id]` segment. */
export interface IdParams {
  params: Promise<{ id: string }>;
}

/** The `[id]` of a route, checked the same way for every route: 400 "Give a(n) … id." when empty or over 200 characters. */
export async function routeId({ params }: IdParams, what: "article" | "exam" | "question"): Promise<string> {
  const { id } = await params;
  if (!id || id.length > 200) throw badRequest(`Give ${what === "article" ? "an" : "a"} ${what} id.`);
  return id;
}

/**
 * Reads a body as UTF-8 text, stopping (413) as soon as more than `limit` bytes arrived: a chunked
 * body declares no Content-Length, and `req.text()` would buffer all of it first.
 */
export async function readBodyText(req: Request, limit: number, tooLarge = `The request body is larger than ${limit / 1024} kB.`): Promise<string> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw payloadTooLarge(tooLarge);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Validates query-string parameters with a zod schema (400 with the first problem). */
export function readQuery<T extends z.ZodType>(req: Request, schema: T): z.infer<T> {
  const params = Object.fromEntries(new URL(req.url).searchParams.entries());
  return parseWith(schema, params);
}

function parseWith<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? `${issue.path.join(".")}: ` : "";
    throw badRequest(`${where}${issue?.message ?? "invalid input"}`);
  }
  return parsed.data;
}

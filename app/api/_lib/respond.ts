import "server-only";
import type { z } from "zod";
import { auth } from "@/db/auth";
import { ApiError } from "@/lib/errors";

/** Request bodies larger than this are refused before they are read whole. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface RequestUser {
  id: string;
  isAnonymous: boolean;
}

/** The one place a thrown error becomes a response: ApiError as `{ error }`, anything else a logged 500. */
export function errorResponse(err: unknown): Response {
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
      const session = await auth.api.getSession({ headers: req.headers });
      if (!session) throw new ApiError(401, "Sign in or continue as a guest first.");
      const user = { id: session.user.id, isAnonymous: Boolean((session.user as { isAnonymous?: boolean | null }).isAnonymous) };
      return await handler(req, user, ctx);
    } catch (err) {
      // The client went away mid-request: nothing to answer, and nothing went wrong on our side.
      if (req.signal?.aborted) return new Response(null, { status: 499 });
      return errorResponse(err);
    }
  };
}

/** Refuses a state-changing request that a browser sent from another site. */
export function checkOrigin(req: Request): void {
  const site = req.headers.get("sec-fetch-site");
  if (site === "cross-site") throw new ApiError(403, "Requests from other sites are not allowed.");
  const origin = req.headers.get("origin");
  if (!origin) return;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new ApiError(403, "The request's Origin header is not a valid URL.");
  }
  if (originHost !== host) throw new ApiError(403, "Requests from other sites are not allowed.");
}

/**
 * Reads and validates a JSON body: 413 when larger than `maxBytes` (default 64 kB), 415 when not
 * JSON, 400 with the first problem otherwise.
 */
export async function readJson<T extends z.ZodType>(req: Request, schema: T, { maxBytes = MAX_BODY_BYTES }: { maxBytes?: number } = {}): Promise<z.infer<T>> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().includes("application/json")) throw new ApiError(415, "Send the body as application/json.");
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new ApiError(413, `The request body is larger than ${maxBytes / 1024} kB.`);
  const text = await readBodyText(req, maxBytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError(400, "The request body is not valid JSON.");
  }
  return parseWith(schema, data);
}

/**
 * Reads a body as UTF-8 text, stopping (413) as soon as more than `limit` bytes arrived: a chunked
 * body declares no Content-Length, and `req.text()` would buffer all of it first.
 */
export async function readBodyText(req: Request, limit: number): Promise<string> {
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
      throw new ApiError(413, `The request body is larger than ${limit / 1024} kB.`);
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
    throw new ApiError(400, `${where}${issue?.message ?? "invalid input"}`);
  }
  return parsed.data;
}

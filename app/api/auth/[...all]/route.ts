import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/db/auth";
import { ApiError, payloadTooLarge } from "@/lib/errors";
import { readBodyText } from "../../_lib/respond";

/** Auth request bodies are a few hundred bytes; anything past this is refused (413). */
const MAX_AUTH_BODY_BYTES = 16 * 1024;

const handlers = toNextJsHandler(auth);

export const GET = handlers.GET;

/**
 * better-auth reads a body whole, of any size: the limit goes in front of it, for a declared
 * Content-Length and a chunked body alike (read up to the limit, then handed on).
 */
export async function POST(req: Request): Promise<Response> {
  let body: string;
  try {
    if (Number(req.headers.get("content-length") ?? "0") > MAX_AUTH_BODY_BYTES) throw payloadTooLarge("too large");
    body = await readBodyText(req, MAX_AUTH_BODY_BYTES);
  } catch (err) {
    if (err instanceof ApiError && err.status === 413) {
      return Response.json({ message: "The request body is too large.", code: "BODY_TOO_LARGE" }, { status: 413 });
    }
    throw err;
  }
  const headers = new Headers(req.headers);
  headers.delete("transfer-encoding");
  headers.set("content-length", String(Buffer.byteLength(body)));
  return handlers.POST(new Request(req.url, { method: req.method, headers, body: body || null, signal: req.signal }));
}

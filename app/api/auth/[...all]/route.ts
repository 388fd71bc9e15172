import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/db/auth";
import { ApiError, payloadTooLarge } from "@/lib/errors";
import { readBodyText } from "../../_lib/respond";

/** Auth request bodies are a few hundred bytes; anything past this is refused (413). */
const MAX_AUTH_BODY_BYTES = 16 * 1024;

const handlers = toNextJsHandler(auth);

/** better-auth answers a path it does not know with an empty 404: every /api answer is `{ error }` JSON. */
async function withJsonNotFound(res: Response): Promise<Response> {
  if (res.status !== 404 || (res.headers.get("content-type") ?? "").includes("json")) return res;
  if ((await res.clone().text()).trim() !== "") return res;
  return Response.json({ error: "There is no such sign-in route." }, { status: 404 });
}

export async function GET(req: Request): Promise<Response> {
  return withJsonNotFound(await handlers.GET(req));
}

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
  return withJsonNotFound(await handlers.POST(new Request(req.url, { method: req.method, headers, body: body || null, signal: req.signal })));
}

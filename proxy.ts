import { NextResponse, type NextRequest } from "next/server";
import { apiPreflight, isWellEncoded } from "@/lib/api-routes";

/**
 * Runs before routing (Next 16's proxy):
 * - a path with a malformed percent-escape (`/api/exams/%zz`) answers 400 instead of Next's bare
 *   500 without security headers (an open Next.js bug): `{ "error" }` under /api, text elsewhere;
 * - under /api, an unknown path answers 404 and a method the route lacks 405 (with `Allow`), both as
 *   `{ "error" }` JSON, where Next answers its HTML 404 page or an empty 405 (lib/api-routes.ts).
 * The few routes the matcher leaves out (PROXY_SKIPS) give the same answers themselves.
 */
export function proxy(req: NextRequest) {
  const pathname = req.nextUrl.pathname;
  const isApi = pathname === "/api" || pathname.startsWith("/api/");
  if (!isWellEncoded(pathname)) {
    const error = "The address has a malformed percent-encoding (e.g. %zz).";
    return isApi
      ? NextResponse.json({ error }, { status: 400 })
      : new NextResponse(error, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (!isApi) return NextResponse.next();
  const early = apiPreflight(req.method, pathname);
  if (!early) return NextResponse.next();
  return NextResponse.json({ error: early.error }, { status: early.status, headers: early.allow ? { allow: early.allow } : undefined });
}

export const config = {
  // Everything but Next's own static files and the routes a learner calls for every card (lib/api-routes.ts
  // PROXY_SKIPS: exact paths, which answer the methods they lack themselves; the proxy costs more than
  // their own work). A test checks this list against PROXY_SKIPS.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/reviews$|api/study/next$|api/progress$).*)"],
};

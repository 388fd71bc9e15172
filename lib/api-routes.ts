/**
 * The API's routes and the methods each answers, as the route files under app/api define them
 * (lib/api-routes.test.ts compares the two, so they cannot drift). `proxy.ts` uses it to answer
 * an unknown /api path (404) or a method a route does not have (405) with `{ "error" }` JSON,
 * where Next would answer its HTML 404 page or an empty 405.
 */

export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export const API_ROUTES: Readonly<Record<string, readonly ApiMethod[]>> = {
  "/api/articles": ["GET", "POST"],
  "/api/articles/[id]": ["PATCH", "DELETE"],
  "/api/articles/preview": ["POST"],
  "/api/auth/[...all]": ["GET", "POST"],
  "/api/exams": ["GET", "POST"],
  "/api/exams/[id]": ["GET"],
  "/api/exams/[id]/submit": ["POST"],
  "/api/export": ["GET"],
  "/api/health": ["GET"],
  "/api/import": ["POST"],
  "/api/optimise": ["GET", "POST", "DELETE"],
  "/api/progress": ["GET"],
  "/api/questions": ["GET"],
  "/api/questions/[id]": ["GET", "PATCH"],
  "/api/questions/[id]/bury": ["POST", "DELETE"],
  "/api/questions/[id]/drop": ["POST"],
  "/api/questions/[id]/flag": ["POST", "DELETE"],
  "/api/questions/[id]/reveal": ["GET"],
  "/api/questions/[id]/suspend": ["POST"],
  "/api/reviews": ["POST"],
  "/api/reviews/undo": ["POST"],
  "/api/settings": ["GET", "PATCH"],
  "/api/study/check": ["POST"],
  "/api/study/next": ["GET"],
};

function matches(route: string, pathname: string): boolean {
  const want = route.split("/").filter(Boolean);
  // Empty segments count ("/api/questions//reveal" is no question's route); a trailing slash does not.
  const got = pathname.split("/").slice(1);
  if (got.length > 1 && got[got.length - 1] === "") got.pop();
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    if (w.startsWith("[...")) return got.length > i;
    if (got[i] === undefined) return false;
    if (got[i] === "" || !(w.startsWith("[") || w === got[i])) return false;
  }
  return got.length === want.length;
}

/** The route a path under /api belongs to, or null. */
export function matchApiRoute(pathname: string): { route: string; methods: readonly ApiMethod[] } | null {
  // A literal segment wins over a parameter, as in Next ("/api/articles/preview" is not an article id).
  const routes = Object.entries(API_ROUTES).sort(([a], [b]) => a.split("[").length - b.split("[").length);
  for (const [route, methods] of routes) if (matches(route, pathname)) return { route, methods };
  return null;
}

/**
 * What to answer before routing, or null to let the route answer: 404 for a path under /api that
 * is no route, 405 (with the methods allowed) for a method the route does not have. HEAD and
 * OPTIONS are Next's to answer for every route.
 */
export function apiPreflight(method: string, pathname: string): { status: 404 | 405; error: string; allow?: string } | null {
  if (pathname !== "/api" && !pathname.startsWith("/api/")) return null;
  const found = matchApiRoute(pathname);
  if (!found) return { status: 404, error: `There is no API route ${pathname}.` };
  const m = method.toUpperCase();
  if (m === "HEAD" || m === "OPTIONS") return null;
  if ((found.methods as readonly string[]).includes(m)) return null;
  const allow = found.methods.join(", ");
  return { status: 405, error: `${pathname} does not answer ${m}; it answers ${allow}.`, allow };
}

/**
 * The routes proxy.ts's matcher leaves out (the ones a learner calls for every card): static paths,
 * so a malformed percent-escape or an unknown path cannot reach them, and each route file answers the
 * methods it lacks itself (`otherMethods`), exactly as the proxy would. The proxy is not free: for a
 * request with a body Next copies the body through two extra streams to hand the proxy one, and it
 * builds a second request object for it (≈ 1.5 ms of CPU per POST /api/reviews on this machine,
 * more than the route's own work; docs/performance.md, 2026-12-03).
 */
export const PROXY_SKIPS = ["/api/reviews", "/api/study/next", "/api/progress"] as const;

const ALL_METHODS: readonly ApiMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

type MethodHandler = () => Response;

/**
 * For a route the proxy skips (PROXY_SKIPS): the answers the proxy and Next give it for the methods it
 * does not have — each missing method 405 `{ error }` with `Allow` (apiPreflight's answer), HEAD as Next
 * answers it (its GET without the body when the route has GET, else a bare 405), OPTIONS 204 with
 * Next's own `Allow` list (the route's methods, HEAD with GET, OPTIONS). A route file exports them
 * with a destructuring export: `export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("/api/…")`.
 */
export function otherMethods(route: (typeof PROXY_SKIPS)[number]): Partial<Record<ApiMethod | "HEAD" | "OPTIONS", MethodHandler>> {
  const methods = API_ROUTES[route]!;
  const out: Partial<Record<ApiMethod | "HEAD" | "OPTIONS", MethodHandler>> = {};
  for (const m of ALL_METHODS) {
    if (methods.includes(m)) continue;
    out[m] = () => {
      const early = apiPreflight(m, route)!;
      return Response.json({ error: early.error }, { status: early.status, headers: { allow: early.allow! } });
    };
  }
  if (!methods.includes("GET")) out.HEAD = () => new Response(null, { status: 405 });
  const allow = ["OPTIONS", ...methods, ...(methods.includes("GET") ? ["HEAD"] : [])].sort().join(", ");
  out.OPTIONS = () => new Response(null, { status: 204, headers: { Allow: allow } });
  return out;
}

/** True when every percent-escape in `path` decodes (a malformed one, e.g. `%zz`, makes Next answer a bare 500). */
export function isWellEncoded(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES, apiPreflight, isWellEncoded, matchApiRoute } from "./api-routes";

/** Every route file under app/api and the HTTP methods it exports. */
function routeFiles(dir = path.join(process.cwd(), "app", "api")): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name !== "route.ts") continue;
    const file = path.join(entry.parentPath, entry.name);
    const route = "/" + path.relative(path.join(process.cwd(), "app"), path.dirname(file)).split(path.sep).join("/");
    const text = readFileSync(file, "utf8");
    out[route] = [...text.matchAll(/^export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/gm)].map((m) => m[1]!).sort();
  }
  return out;
}

describe("API_ROUTES", () => {
  it("lists exactly the route files under app/api and the methods they export", () => {
    const table = Object.fromEntries(Object.entries(API_ROUTES).map(([r, m]) => [r, [...m].sort()]));
    expect(table).toEqual(routeFiles());
  });
});

describe("apiPreflight", () => {
  it("lets a known route and method through, and leaves HEAD/OPTIONS and non-API paths to Next", () => {
    expect(apiPreflight("POST", "/api/reviews")).toBeNull();
    expect(apiPreflight("GET", "/api/exams/abc")).toBeNull();
    expect(apiPreflight("POST", "/api/auth/sign-in/email")).toBeNull();
    expect(apiPreflight("HEAD", "/api/progress")).toBeNull();
    expect(apiPreflight("OPTIONS", "/api/reviews")).toBeNull();
    expect(apiPreflight("GET", "/study")).toBeNull();
    expect(apiPreflight("GET", "/apix")).toBeNull();
  });

  it("answers 404 for an unknown /api path and 405 with Allow for a method a route lacks", () => {
    expect(apiPreflight("GET", "/api/nope")).toMatchObject({ status: 404, error: expect.stringContaining("/api/nope") });
    expect(apiPreflight("GET", "/api")).toMatchObject({ status: 404 });
    expect(apiPreflight("GET", "/api/exams/a/b")).toMatchObject({ status: 404 });
    expect(apiPreflight("GET", "/api/auth")).toMatchObject({ status: 404 });
    expect(apiPreflight("PUT", "/api/health")).toEqual({ status: 405, error: "/api/health does not answer PUT; it answers GET.", allow: "GET" });
    expect(apiPreflight("delete", "/api/settings")).toMatchObject({ status: 405, allow: "GET, PATCH" });
  });

  it("matches route parameters to one segment and a catch-all to one or more", () => {
    expect(matchApiRoute("/api/questions/q_1/reveal")?.route).toBe("/api/questions/[id]/reveal");
    expect(matchApiRoute("/api/auth/a/b/c")?.route).toBe("/api/auth/[...all]");
    expect(matchApiRoute("/api/questions//reveal")).toBeNull();
    expect(matchApiRoute("/api/articles/preview")?.route).toBe("/api/articles/preview");
    expect(matchApiRoute("/api/articles/a1")?.route).toBe("/api/articles/[id]");
  });
});

describe("isWellEncoded", () => {
  it("refuses a malformed percent-escape and accepts good ones", () => {
    expect(isWellEncoded("/api/exams/%zz")).toBe(false);
    expect(isWellEncoded("/api/exams/%E0%A4")).toBe(false);
    expect(isWellEncoded("/api/exams/%20a%C3%A9")).toBe(true);
    expect(isWellEncoded("/study")).toBe(true);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { API_ROUTES, apiPreflight, otherMethods, PROXY_SKIPS, type ApiMethod } from "@/lib/api-routes";
import { config } from "@/proxy";

describe("the routes the proxy skips (PROXY_SKIPS)", () => {
  it("are exactly the paths proxy.ts's matcher leaves out", () => {
    const paths = [
      ...Object.keys(API_ROUTES).map((r) => r.replace("[...all]", "a/b").replace("[id]", "x")),
      "/api/reviews/undo",
      "/api/reviewsx",
      "/api/reviews/x",
      "/api/progress/x",
      "/api/study/nextx",
      "/api/study",
      "/api/exams/%zz",
      "/api/nothing-here",
      "/study",
      "/progress",
      "/",
    ];
    const skipped = paths.filter((p) => !unstable_doesMiddlewareMatch({ config, url: `http://localhost${p}` }));
    expect(skipped.sort()).toEqual([...PROXY_SKIPS].sort());
    expect(unstable_doesMiddlewareMatch({ config, url: "http://localhost/api/study/next?limit=20" })).toBe(false);
  });

  it("answer every method they lack as the proxy and Next would", async () => {
    const all: ApiMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];
    for (const route of PROXY_SKIPS) {
      const handlers = otherMethods(route);
      const methods = API_ROUTES[route]!;
      for (const m of all) {
        if (methods.includes(m)) {
          expect(handlers[m], `${route} ${m}`).toBeUndefined();
          continue;
        }
        const res = handlers[m]!();
        const early = apiPreflight(m, route)!;
        expect(res.status).toBe(405);
        expect(res.headers.get("allow")).toBe(early.allow);
        expect(await res.json()).toEqual({ error: early.error });
      }
      // HEAD: Next's own answer — the GET without its body when there is one, else a bare 405.
      if (methods.includes("GET")) expect(handlers.HEAD).toBeUndefined();
      else expect(handlers.HEAD!().status).toBe(405);
      // OPTIONS: Next's automatic answer, which would otherwise list the 405 handlers as methods.
      const options = handlers.OPTIONS!();
      expect(options.status).toBe(204);
      expect(options.headers.get("allow")).toBe(["OPTIONS", ...methods, ...(methods.includes("GET") ? ["HEAD"] : [])].sort().join(", "));
    }
    expect(otherMethods("/api/reviews").OPTIONS!().headers.get("allow")).toBe("OPTIONS, POST");
    expect(otherMethods("/api/progress").OPTIONS!().headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("each export those answers from their route file", () => {
    for (const route of PROXY_SKIPS) {
      const text = readFileSync(path.join(process.cwd(), "app", ...route.split("/").filter(Boolean), "route.ts"), "utf8");
      const m = /^export const \{ ([A-Z, ]+) \} = otherMethods\("([^"]+)"\);$/m.exec(text);
      expect(m?.[2], route).toBe(route);
      expect(m![1]!.split(", ").sort()).toEqual(Object.keys(otherMethods(route)).sort());
    }
  });
});

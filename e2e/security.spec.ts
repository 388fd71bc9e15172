import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import { rmSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import fc from "fast-check";
import { unzipSync } from "fflate";
import {
  apiRoutes,
  makeFixture,
  newAccount,
  newGuest,
  routesOnDisk,
  send,
  userRoutes,
  userState,
  type ApiRoute,
  type SampleRequest,
  type UserFixture,
} from "./api-routes";

/** The fixed seed of every fuzz run: a failure names its counterexample and repeats. */
const FUZZ_SEED = 20261122;
const FUZZ_RUNS_PER_ROUTE = 40;

function baseOf(baseURL: string | undefined): string {
  if (!baseURL) throw new Error("baseURL is not configured");
  return baseURL;
}

/** A 4xx from a Factdeck route is JSON `{ error: string }`. */
async function expectErrorBody(res: APIResponse) {
  expect(res.headers()["content-type"] ?? "").toContain("application/json");
  const body = (await res.json()) as { error?: unknown };
  expect(typeof body.error, JSON.stringify(body)).toBe("string");
}

/** A response as text to search: a zip (an .apkg) is unpacked, its files read as Latin-1 (SQLite stores text as is). */
async function responseText(res: APIResponse): Promise<string> {
  const bytes = await res.body();
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) return bytes.toString("utf8");
  return Object.values(unzipSync(new Uint8Array(bytes)))
    .map((file) => Buffer.from(file).toString("latin1"))
    .join("\n");
}

function key(r: Pick<ApiRoute, "method" | "route">) {
  return `${r.method} ${r.route}`;
}

test.describe("the route table", () => {
  test("lists every route file and method under app/api", () => {
    const table = [...new Set(apiRoutes.map(key))].sort();
    const disk = routesOnDisk();
    expect(
      disk.filter((r) => !table.includes(r)),
      "routes missing from e2e/api-routes.ts",
    ).toEqual([]);
    expect(
      table.filter((r) => !disk.includes(r)),
      "table entries with no route file",
    ).toEqual([]);
  });
});

test.describe("without a session", () => {
  for (const route of userRoutes) {
    test(`${key(route)} answers 401 { error }`, async ({ baseURL }) => {
      const anon = await playwrightRequest.newContext({ baseURL: baseOf(baseURL) });
      const fixture: UserFixture = { userId: "u", email: "e", questionId: "q", reviewId: randomUUID(), marker: "2030-01-01", backup: {}, articleId: "a" };
      const res = await send(anon, route.method, route.sample(fixture), { origin: baseOf(baseURL) });
      expect(res.status()).toBe(401);
      await expectErrorBody(res);
      // A forged or stale session cookie is no better.
      const forged = await send(anon, route.method, route.sample(fixture), {
        origin: baseOf(baseURL),
        cookie: "better-auth.session_token=forged.c2lnbmF0dXJl",
      });
      expect(forged.status()).toBe(401);
      await anon.dispose();
    });
  }

  test("the health check is public and says nothing about users", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(Object.keys((await res.json()) as object).sort()).toEqual(["articles", "ok"]);
  });
});

test.describe("two users", () => {
  let alice: APIRequestContext;
  let bob: APIRequestContext;
  let a: UserFixture;
  let b: UserFixture;

  test.beforeAll(async ({ baseURL }) => {
    const base = baseOf(baseURL);
    alice = await newAccount(base, `alice-${randomUUID()}@example.com`, "alice-password-1");
    bob = await newGuest(base);
    a = await makeFixture(alice, "2031-03-14");
    b = await makeFixture(bob, "2032-07-09");
  });

  test.afterAll(async () => {
    await alice.dispose();
    await bob.dispose();
  });

  test("each sees only their own settings and counts", async () => {
    const [sa, sb] = await Promise.all([alice.get("/api/settings"), bob.get("/api/settings")]);
    expect(((await sa.json()) as { examDate: string }).examDate).toBe(a.marker);
    expect(((await sb.json()) as { examDate: string }).examDate).toBe(b.marker);
  });

  /** Nothing that is the victim's shows up in what the attacker gets back (beyond what the attacker sent). */
  function expectNoLeak(text: string, victim: UserFixture, what: string, sent = "") {
    for (const secret of [victim.userId, victim.email, victim.reviewId, victim.marker, victim.articleId, ...(victim.examId ? [victim.examId] : [])]) {
      if (sent.includes(secret)) continue;
      expect(text.includes(secret), `${what} leaks ${secret}`).toBe(false);
    }
  }

  for (const [attackerName, victimName] of [
    ["alice", "bob"],
    ["bob", "alice"],
  ] as const) {
    test(`${attackerName} can neither read, change nor undo ${victimName}'s data through any route`, async ({ baseURL }) => {
      const clients = { alice, bob };
      const fixtures = { alice: a, bob: b };
      const attacker = clients[attackerName];
      const victim = fixtures[victimName];
      const own = fixtures[attackerName];
      const before = await userState(clients[victimName]);

      for (const route of userRoutes) {
        // The attacker's own request, and the same request aimed at the victim's ids.
        const requests: [string, SampleRequest][] = [
          ["own ids", route.sample(own)],
          ...(route.variants?.(own) ?? []).map((r): [string, SampleRequest] => ["own ids", r]),
          ["victim's ids", route.sample(victim)],
        ];
        for (const [label, req] of requests) {
          const res = await send(attacker, route.method, req, { origin: baseOf(baseURL) });
          const what = `${key(route)}${req.query ? "?" + new URLSearchParams(req.query).toString() : ""} with ${label}`;
          expect(res.status(), what).toBeLessThan(500);
          expectNoLeak(await responseText(res), victim, what, JSON.stringify(req));
        }
      }

      // Undoing the victim's review by id: as if it did not exist.
      const undo = await attacker.post("/api/reviews/undo", { data: { reviewId: victim.reviewId } });
      expect(undo.status()).toBe(404);
      // Re-sending the victim's review id: refused, and the victim's answer is not echoed back.
      const replay = await attacker.post("/api/reviews", {
        data: { id: victim.reviewId, questionId: victim.questionId, response: { rating: 1 }, durationMs: 1 },
      });
      expect(replay.status()).toBe(409);
      expectNoLeak(await replay.text(), victim, "a replayed review id");
      // The victim's exam paper: as if it did not exist, to read and to submit.
      if (victim.examId) {
        const paper = await attacker.get(`/api/exams/${victim.examId}`);
        expect(paper.status()).toBe(404);
        const submit = await attacker.post(`/api/exams/${victim.examId}/submit`, { data: { answers: {} }, headers: { origin: baseOf(baseURL) } });
        expect(submit.status()).toBe(404);
      }

      expect(await userState(clients[victimName]), `${victimName}'s data after ${attackerName}'s requests`).toEqual(before);
    });
  }
});

/** A backup that brings one article of the importer's own, with one recall question. */
function backupWithArticle(articleId: string, questionId: string, settings: { examDate: string }) {
  const sentence = "The harbour authority opened a new container terminal in the spring.";
  return {
    format: "factdeck-backup",
    version: 1,
    exportedAt: new Date().toISOString(),
    user: { settings: { desiredRetention: 0.9, newPerDay: 20, examDate: settings.examDate, timeZone: "UTC", weights: null } },
    cards: [],
    reviews: [],
    articles: [
      {
        id: articleId,
        title: "A private article",
        source: null,
        published: null,
        tags: ["private"],
        body: sentence,
        words: 11,
        contentHash: "private-hash",
        generatorVersion: "test",
        createdAt: new Date().toISOString(),
        facts: [
          {
            id: `${articleId}-f`,
            kind: "event",
            subject: "The harbour authority",
            relation: "opened",
            object: "a new container terminal",
            objectType: "other",
            sentence,
            spanStart: 0,
            spanEnd: sentence.length,
            retiredAt: null,
          },
        ],
        questions: [
          {
            id: questionId,
            factId: `${articleId}-f`,
            type: "recall",
            prompt: "What did the harbour authority open?",
            answer: "a container terminal",
            choices: null,
            evidence: sentence,
            kind: "event",
            score: 0.5,
            position: 0,
            retiredAt: null,
          },
        ],
      },
    ],
  };
}

test.describe("an article a user adds is theirs alone", () => {
  test("the other user can neither study, reveal, review, export nor claim it", async ({ baseURL }) => {
    const base = baseOf(baseURL);
    const owner = await newGuest(base);
    const other = await newGuest(base);
    const articleId = `private-${randomUUID()}`;
    const questionId = `${articleId}-q`;
    const imported = await owner.post("/api/import", { data: backupWithArticle(articleId, questionId, { examDate: "2037-01-01" }) });
    expect(imported.status(), await imported.text()).toBe(200);

    // The owner sees and studies it.
    expect((await owner.get(`/api/questions/${questionId}/reveal`)).status()).toBe(200);
    const ownQueue = (await (await owner.get(`/api/study/next?article=${articleId}`)).json()) as { cards: unknown[] };
    expect(ownQueue.cards).toHaveLength(1);
    const ownReview = await owner.post("/api/reviews", { data: { id: randomUUID(), questionId, response: { rating: 3 }, durationMs: 1 } });
    expect(ownReview.status()).toBe(201);
    const ownerBefore = await userState(owner);

    // The other user: as if it did not exist.
    expect((await other.get(`/api/questions/${questionId}/reveal`)).status()).toBe(404);
    const queue = (await (await other.get(`/api/study/next?article=${articleId}&limit=50`)).json()) as { cards: unknown[] };
    expect(queue.cards).toHaveLength(0);
    const review = await other.post("/api/reviews", { data: { id: randomUUID(), questionId, response: { rating: 3 }, durationMs: 1 } });
    expect(review.status()).toBe(404);
    for (const format of ["json", "csv", "apkg"]) {
      const exported = await other.get(`/api/export?format=${format}`);
      expect(exported.status()).toBe(200);
      const text = await responseText(exported);
      expect(text.includes(articleId) || text.includes("harbour authority"), `the ${format} export holds the other's article`).toBe(false);
    }
    // Importing a backup that claims the article, or names its question, is refused whole.
    const claim = await other.post("/api/import", { data: backupWithArticle(articleId, questionId, { examDate: "2038-01-01" }) });
    expect(claim.status()).toBe(409);
    const naming = { ...backupWithArticle("unused", "unused-q", { examDate: "2038-01-01" }), articles: [] };
    const viaCard = await other.post("/api/import", {
      data: {
        ...naming,
        cards: [
          {
            questionId,
            due: new Date().toISOString(),
            stability: 1,
            difficulty: 5,
            scheduledDays: 0,
            learningSteps: 0,
            reps: 1,
            lapses: 0,
            state: "learning",
            lastReview: new Date().toISOString(),
            createdAt: new Date().toISOString(),
          },
        ],
      },
    });
    expect(viaCard.status()).toBe(400);
    expect(((await (await other.get("/api/settings")).json()) as { examDate: string | null }).examDate).toBeNull();

    expect(await userState(owner)).toEqual(ownerBefore);
    await owner.dispose();
    await other.dispose();
  });
});

test.describe("origin checks on state-changing routes", () => {
  let client: APIRequestContext;
  let fixture: UserFixture;

  test.beforeAll(async ({ baseURL }) => {
    client = await newGuest(baseOf(baseURL));
    fixture = await makeFixture(client, "2033-01-02");
  });
  test.afterAll(async () => client.dispose());

  for (const route of userRoutes.filter((r) => r.writes)) {
    test(`${key(route)}: another site is refused (403), no Origin is allowed`, async ({ baseURL }) => {
      const before = await userState(client);
      const refused: Record<string, string>[] = [
        { origin: "https://evil.example" },
        { origin: "null" },
        { origin: baseOf(baseURL).replace("localhost", "127.0.0.1") },
        { "sec-fetch-site": "cross-site" },
      ];
      for (const headers of refused) {
        const res = await send(client, route.method, route.sample(fixture), headers);
        expect(res.status(), JSON.stringify(headers)).toBe(403);
        await expectErrorBody(res);
      }
      expect(await userState(client)).toEqual(before);

      // The app itself sends its own origin; a non-browser client (curl, scripts) sends none.
      const same = await send(client, route.method, route.sample(fixture), { origin: baseOf(baseURL), "sec-fetch-site": "same-origin" });
      expectPassedOriginCheck(same.status(), await same.text());
      fixture = await refreshFixture(client, fixture);
      const none = await send(client, route.method, route.sample(fixture));
      expectPassedOriginCheck(none.status(), await none.text());
      fixture = await refreshFixture(client, fixture);
    });
  }

  test("better-auth refuses a cross-site sign-in that carries a cookie", async () => {
    const res = await client.post("/api/auth/sign-in/email", {
      data: { email: "nobody@example.com", password: "whatever-123" },
      headers: { origin: "https://evil.example" },
    });
    expect(res.status()).toBe(403);
  });
});

/** The request got past the origin check: answered by the route itself (e.g. 422 "too few reviews" from optimise). */
function expectPassedOriginCheck(status: number, text: string) {
  expect(status, text).not.toBe(403);
  expect(status, text).toBeLessThan(500);
}

/** After a sample request used the fixture's review (undo), make a new last review to aim at. */
async function refreshFixture(client: APIRequestContext, f: UserFixture): Promise<UserFixture> {
  const reviewId = randomUUID();
  const res = await client.post("/api/reviews", { data: { id: reviewId, questionId: f.questionId, response: { rating: 3 }, durationMs: 1 } });
  expect(res.status(), await res.text()).toBe(201);
  return { ...f, reviewId };
}

test.describe("answers before routing (issue 10)", () => {
  test("a malformed percent-encoding answers 400 { error } with the security headers, not a bare 500", async ({ request }) => {
    for (const url of ["/api/exams/%zz", "/api/questions/%E0%A4/reveal"]) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(400);
      expect(await res.json()).toEqual({ error: expect.stringContaining("percent-encoding") });
      expect(res.headers()["x-frame-options"]).toBe("DENY");
      expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    }
    expect((await request.get("/study/%zz")).status()).toBe(400);
  });

  test("an unknown /api path answers 404 { error } and a method a route lacks 405 { error } with Allow", async ({ request }) => {
    const missing = await request.get("/api/nothing-here");
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toEqual({ error: expect.stringContaining("/api/nothing-here") });
    const wrong = await request.put("/api/health", { data: {} });
    expect(wrong.status()).toBe(405);
    expect(wrong.headers()["allow"]).toBe("GET");
    expect(await wrong.json()).toEqual({ error: expect.stringContaining("PUT") });
    expect((await request.delete("/api/reviews")).status()).toBe(405);
    expect((await request.get("/api/health")).status()).toBe(200);
    // better-auth's own unknown paths too.
    const auth = await request.post("/api/auth/no-such-thing", { data: {} });
    expect(auth.status()).toBe(404);
    expect(await auth.json()).toEqual({ error: expect.any(String) });
  });
});

test.describe("response headers and cookies", () => {
  for (const url of ["/", "/study", "/api/health"]) {
    test(`${url} carries the security headers`, async ({ request }) => {
      const res = await request.get(url);
      expect(res.status()).toBe(200);
      const h = res.headers();
      const csp = h["content-security-policy"] ?? "";
      const directives = new Map(
        csp
          .split(";")
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name ?? "", values]),
      );
      expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
      expect(directives.get("script-src") ?? []).not.toContain("'unsafe-eval'");
      expect(directives.get("default-src")).toEqual(["'self'"]);
      expect(directives.get("object-src")).toEqual(["'none'"]);
      expect(csp).not.toContain("unsafe-eval");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"]).toContain(h["referrer-policy"]);
      expect(h["x-powered-by"]).toBeUndefined();
    });
  }

  test("the session cookie is HttpOnly, SameSite=Lax, and not Secure over plain http", async ({ baseURL }) => {
    const api = await playwrightRequest.newContext({ baseURL: baseOf(baseURL) });
    const res = await api.post("/api/auth/sign-in/anonymous", { data: {}, headers: { origin: baseOf(baseURL) } });
    expect(res.status()).toBe(200);
    const session = res.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session_token="));
    expect(session, "a session cookie is set").toBeDefined();
    const attrs = (session?.value ?? "").split(";").map((s) => s.trim().toLowerCase());
    expect(attrs).toContain("httponly");
    expect(attrs).toContain("samesite=lax");
    expect(attrs).toContain("path=/");
    expect(attrs).not.toContain("secure");
    await api.dispose();
  });
});

test.describe("request body limit", () => {
  let client: APIRequestContext;
  let fixture: UserFixture;
  test.beforeAll(async ({ baseURL }) => {
    client = await newGuest(baseOf(baseURL));
    fixture = await makeFixture(client, "2034-05-06");
  });
  test.afterAll(async () => client.dispose());

  test("a body over 64 kB is refused with 413 and writes nothing", async () => {
    const before = await userState(client);
    const big = { id: randomUUID(), questionId: fixture.questionId, response: { text: "x".repeat(70_000) }, durationMs: 1 };
    const res = await client.post("/api/reviews", { data: big });
    expect(res.status()).toBe(413);
    await expectErrorBody(res);
    expect(await userState(client)).toEqual(before);
  });

  test("a chunked body with no Content-Length is cut off at the limit too", async ({ baseURL }) => {
    const before = await userState(client);
    const { cookies } = await client.storageState();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    expect([413, -1]).toContain(await sendChunked(new URL("/api/settings", baseOf(baseURL)), "PATCH", { cookie }, '{"newPerDay": 5'));
    expect(await userState(client)).toEqual(before);
  });

  test("better-auth's routes have a body limit too", async ({ baseURL }) => {
    const base = baseOf(baseURL);
    const api = await playwrightRequest.newContext({ baseURL: base });
    const huge = { email: "someone@example.com", password: "x".repeat(100_000), name: "n" };
    const declared = await api.post("/api/auth/sign-up/email", { data: huge, headers: { origin: base } });
    expect(declared.status()).toBe(413);
    // Cut off: a 413, or (when the answer comes while the client is still writing) a hang-up.
    expect([413, -1]).toContain(await sendChunked(new URL("/api/auth/sign-in/email", base), "POST", { origin: base }, '{"email": "a@b.c", "password": "'));
    // An ordinary auth request still goes through the limit untouched.
    const ok = await api.post("/api/auth/sign-in/anonymous", { data: {}, headers: { origin: base } });
    expect(ok.status()).toBe(200);
    await api.dispose();
  });
});

/**
 * Streams 1 MB of JSON padding with Transfer-Encoding: chunked (no Content-Length), as a client
 * trying to make the server buffer it all would; resolves with the status, or -1 when the server
 * hung up before the client finished writing.
 */
function sendChunked(url: URL, method: string, headers: Record<string, string>, start: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const req = httpRequest(url, { method, headers: { "content-type": "application/json", "transfer-encoding": "chunked", ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    // The server may answer and close before the whole body is written: -1 if it only hung up.
    req.on("error", (err: NodeJS.ErrnoException) => (err.code === "EPIPE" || err.code === "ECONNRESET" ? resolve(-1) : reject(err)));
    req.write(start);
    const pad = " ".repeat(64 * 1024);
    for (let i = 0; i < 16; i++) req.write(pad);
    req.end("}");
  });
}

/** Arbitrary request bodies: junk JSON, valid bodies with one field broken, and raw text of any content type. */
function bodyArbitrary(valid: Record<string, unknown>, victim: UserFixture) {
  const keys = [...Object.keys(valid), "extra", "__proto__", "constructor", "userId"];
  const nasty = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom("", " ", "null", "-1", "1e309", "NaN", "' or '1'='1", "\u0000", "../../etc/passwd", victim.reviewId, victim.questionId, victim.userId),
    fc.string({ maxLength: 300 }),
    fc.integer(),
    fc.double(),
  );
  const brokenField = fc.record({ key: fc.constantFrom(...keys), value: nasty, drop: fc.boolean() }).map(({ key, value, drop }) => {
    const copy: Record<string, unknown> = { ...valid };
    if (drop) delete copy[key];
    else copy[key] = value;
    return { kind: "json" as const, value: copy };
  });
  return fc.oneof(
    brokenField,
    fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: "json" as const, value })),
    fc
      .record({
        text: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom("{", '{"a":', "[1,2", "\u0000", "{}}", "nul")),
        type: fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16", ""),
      })
      .map(({ text, type }) => ({ kind: "raw" as const, text, type })),
  );
}

const queryArbitrary = fc.dictionary(
  fc.oneof(fc.constantFrom("limit", "article", "tag", "from", "to", "format", "id"), fc.string({ maxLength: 10 })),
  fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom("-1", "0", "51", "1e9", "NaN", "abc", "1.5", "%00", "' or 1=1 --", "[]", "{}", "a".repeat(1000))),
  { maxKeys: 4 },
);

const idArbitrary = (victim: UserFixture) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: 300 }),
    fc.constantFrom("' or '1'='1", "%00", "..%2f..%2f", "null", "undefined", "a".repeat(250), victim.questionId + "x", victim.reviewId, victim.articleId),
  );

type FuzzBody = { kind: "json"; value: unknown } | { kind: "raw"; text: string; type: string } | undefined;

async function sendFuzzed(api: APIRequestContext, route: ApiRoute, req: SampleRequest, body: FuzzBody, origin: string): Promise<APIResponse> {
  if (body?.kind === "raw") {
    const qs = req.query ? `?${new URLSearchParams(req.query).toString()}` : "";
    return api.fetch(req.path + qs, { method: route.method, headers: body.type ? { "content-type": body.type, origin } : { origin }, data: body.text });
  }
  return send(api, route.method, body === undefined ? req : { ...req, body: body.value }, { origin });
}

test.describe("fuzzing every route", () => {
  test("malformed bodies, ids and query strings: never a 500, never a partial write", async ({ baseURL }) => {
    // Grows with the number of routes (and a shared machine's load): a limit, not a timing check.
    test.setTimeout(240_000);
    const base = baseOf(baseURL);
    const victimClient = await newGuest(base);
    const victim = await makeFixture(victimClient, "2035-08-09");
    const victimBefore = await userState(victimClient);
    const client = await newGuest(base);
    const fixture = await makeFixture(client, "2036-10-11");

    for (const [index, route] of apiRoutes.filter((r) => r.access !== "auth").entries()) {
      const valid = route.sample(fixture);
      const input = fc.record({
        body: route.fuzz.body ? bodyArbitrary((valid.body ?? {}) as Record<string, unknown>, victim) : fc.constant<FuzzBody>(undefined),
        query: route.fuzz.query ? queryArbitrary : fc.constant(undefined),
        id: route.fuzz.param ? idArbitrary(victim) : fc.constant(undefined),
      });
      let state = route.writes ? await userState(client) : undefined;
      await fc.assert(
        fc.asyncProperty(input, async ({ body, query, id }) => {
          let req: SampleRequest = { ...valid, ...(query ? { query } : {}) };
          if (id !== undefined && route.fuzz.param) {
            req = { ...req, path: route.route.replace(`[${route.fuzz.param}]`, encodeURIComponent(id)) };
          }
          const res = await sendFuzzed(client, route, req, body, base);
          const status = res.status();
          expect(status, `${key(route)} → ${status}: ${await res.text()}`).toBeLessThan(500);
          // Every error is { error } JSON, also a path that matches no route (an id of "." or "..": proxy.ts).
          if (status >= 400) await expectErrorBody(res);
          if (route.writes) {
            const after = await userState(client);
            if (status >= 400) expect(after, `${key(route)} wrote despite answering ${status}`).toEqual(state);
            state = after;
          }
        }),
        { seed: FUZZ_SEED + index, numRuns: route.fuzzRuns ?? FUZZ_RUNS_PER_ROUTE, endOnFailure: true },
      );
    }

    expect(await userState(victimClient), "the other user's data after the fuzz run").toEqual(victimBefore);
    await client.dispose();
    await victimClient.dispose();
  });
});

/**
 * The sign-in / sign-up rate limiter, against a server of its own: the main test server runs with
 * AUTH_RATE_LIMIT=off so the other tests can sign up freely. This one has it on (the default) and
 * BETTER_AUTH_URL=https://…, as behind a TLS-terminating proxy, which must make the cookie Secure.
 * It runs as `npm start` does, two server processes on one database, and every request goes on a
 * connection of its own (the processes take connections in turn), so the limits must hold across
 * processes.
 */
test.describe("with the rate limiter on, behind https", () => {
  const port = Number(process.env.E2E_RL_PORT ?? Number(process.env.E2E_PORT ?? 3200) + 100);
  const base = `http://localhost:${port}`;
  const publicURL = `https://localhost:${port}`;
  const dbFile = path.join(process.cwd(), "data", "e2e", `rate-limit-${process.pid}.db`);
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
    server = spawn(process.execPath, ["scripts/start.mjs"], {
      env: {
        ...process.env,
        PORT: String(port),
        WEB_CONCURRENCY: "2",
        FACTDECK_NO_BUILD: "1",
        DATABASE_URL: `file:${dbFile}`,
        BETTER_AUTH_URL: publicURL,
        BETTER_AUTH_SECRET: "rate-limit-secret-that-is-long-enough-42",
        AUTH_RATE_LIMIT: "on",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => output, { timeout: 80_000, intervals: [200] }).toContain("all 2 server processes listening");
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });

  test.afterAll(async () => {
    server?.kill("SIGTERM");
    for (const suffix of ["", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  });

  async function client(): Promise<APIRequestContext> {
    return playwrightRequest.newContext({ baseURL: base, extraHTTPHeaders: { origin: publicURL } });
  }

  /** One request on a connection of its own, so consecutive ones land on either server process. */
  async function post(url: string, data: object, headers: Record<string, string> = {}): Promise<number> {
    const api = await client();
    const res = await api.post(url, { data, headers: { ...headers, connection: "close" } });
    await api.dispose();
    return res.status();
  }

  test("the session cookie is Secure (and __Secure- prefixed) when BETTER_AUTH_URL is https", async () => {
    const api = await client();
    const res = await api.post("/api/auth/sign-in/anonymous", { data: {} });
    expect(res.status()).toBe(200);
    const cookie = res.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session_token="))?.value ?? "";
    expect(cookie.startsWith("__Secure-")).toBe(true);
    const attrs = cookie.split(";").map((s) => s.trim().toLowerCase());
    expect(attrs).toEqual(expect.arrayContaining(["secure", "httponly", "samesite=lax"]));
    await api.dispose();
  });

  test("the sixth quick sign-in attempt from one address is refused with 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await post("/api/auth/sign-in/email", { email: "victim@example.com", password: `guess-${i}-password` }));
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses[5]).toBe(429);
  });

  test("the sixth quick sign-up from one address is refused with 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(await post("/api/auth/sign-up/email", { email: `new-${i}-${randomUUID()}@example.com`, password: "long-enough-pw", name: "n" }));
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]).toBe(429);
  });

  test("guessing one account's password from ever-new addresses (X-Forwarded-For) is still limited", async () => {
    const email = `target-${randomUUID()}@example.com`;
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push(await post("/api/auth/sign-in/email", { email, password: `guess-${i}-password` }, { "x-forwarded-for": `203.0.113.${i + 1}` }));
    }
    // 10 failures for the account, counted by both processes together; the 11th is refused.
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

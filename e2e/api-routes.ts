import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";

/**
 * Every API route with a sample valid request, for the security tests (e2e/security.spec.ts).
 *
 * A test compares this table with the route files under app/api: a route (or a method of one)
 * that is added without an entry here fails it, so nobody ships a route the cross-user,
 * unauthenticated, origin and fuzz tests have not seen.
 */

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What a user owns that another user must never reach: ids taken from that user's own session. */
export interface UserFixture {
  /** The user's id (from get-session). */
  userId: string;
  email: string;
  /** A shared question the user has reviewed (a card of theirs exists). */
  questionId: string;
  /** The user's latest review (still undoable). */
  reviewId: string;
  /** A value stored only in this user's settings (an exam date), to spot leaks. */
  marker: string;
  /** The user's own JSON backup (GET /api/export?format=json), a valid body for POST /api/import. */
  backup: unknown;
  /** An article the user added (POST /api/articles): theirs alone. */
  articleId: string;
  /** An exam paper the user drew (POST /api/exams), not yet submitted; absent in fixtures made without a session. */
  examId?: string;
}

/** A pasted article the generator makes questions from (written for these tests). */
const SAMPLE_ARTICLE_TEXT = [
  "India and Brazil signed three agreements on trade, energy and defence in New Delhi on 14 March 2025.",
  "Prime Minister Narendra Modi held talks with President Luiz Inacio Lula da Silva at Hyderabad House.",
  "The two countries agreed to raise bilateral trade to 20 billion dollars by 2030.",
  "The meeting was the fourth between the two leaders since 2023, the Ministry of External Affairs said.",
].join(" ");

export interface SampleRequest {
  /** Path with the route parameters filled in, without the query string. */
  path: string;
  query?: Record<string, string>;
  /** JSON body; absent for GET. */
  body?: unknown;
}

export interface ApiRoute {
  /** The route as the file system names it: "/api/questions/[id]/reveal". */
  route: string;
  method: HttpMethod;
  /** "public": no session needed; "auth": better-auth's own handler (tested on its own); "user": needs a session. */
  access: "public" | "auth" | "user";
  /** True when the request may change stored data (origin check, no partial write on a bad request). */
  writes: boolean;
  /** A valid request made with the fixture's ids. */
  sample: (f: UserFixture) => SampleRequest;
  /** More valid requests worth the cross-user test (other formats of an export). */
  variants?: (f: UserFixture) => SampleRequest[];
  /** Which inputs the fuzz test varies. */
  fuzz: { body?: boolean; query?: boolean; param?: string };
  /** Fewer fuzz runs for a slow route (one that runs the question generator). */
  fuzzRuns?: number;
}

export const apiRoutes: ApiRoute[] = [
  { route: "/api/health", method: "GET", access: "public", writes: false, sample: () => ({ path: "/api/health" }), fuzz: { query: true } },
  {
    route: "/api/auth/[...all]",
    method: "GET",
    access: "auth",
    writes: false,
    sample: () => ({ path: "/api/auth/get-session" }),
    fuzz: {},
  },
  {
    route: "/api/auth/[...all]",
    method: "POST",
    access: "auth",
    writes: true,
    sample: () => ({ path: "/api/auth/sign-in/anonymous", body: {} }),
    fuzz: {},
  },
  {
    route: "/api/study/next",
    method: "GET",
    access: "user",
    writes: false,
    sample: () => ({ path: "/api/study/next", query: { limit: "50" } }),
    fuzz: { query: true },
  },
  {
    route: "/api/study/check",
    method: "POST",
    access: "user",
    // Grades a cram answer and records nothing.
    writes: false,
    sample: (f) => ({ path: "/api/study/check", body: { questionId: f.questionId, response: { rating: 3 } } }),
    fuzz: { body: true },
  },
  {
    route: "/api/reviews",
    method: "POST",
    access: "user",
    writes: true,
    sample: (f) => ({ path: "/api/reviews", body: { id: randomUUID(), questionId: f.questionId, response: { rating: 3 }, durationMs: 1200 } }),
    fuzz: { body: true },
  },
  {
    route: "/api/reviews/undo",
    method: "POST",
    access: "user",
    writes: true,
    sample: (f) => ({ path: "/api/reviews/undo", body: { reviewId: f.reviewId } }),
    fuzz: { body: true },
  },
  {
    route: "/api/questions/[id]/reveal",
    method: "GET",
    access: "user",
    writes: false,
    sample: (f) => ({ path: `/api/questions/${encodeURIComponent(f.questionId)}/reveal` }),
    fuzz: { param: "id" },
  },
  {
    route: "/api/questions/[id]/suspend",
    method: "POST",
    access: "user",
    writes: true,
    // Unsuspending changes nothing for a question the user never suspended: a harmless valid request.
    sample: (f) => ({ path: `/api/questions/${encodeURIComponent(f.questionId)}/suspend`, body: { suspended: false } }),
    fuzz: { body: true, param: "id" },
  },
  {
    route: "/api/questions",
    method: "GET",
    access: "user",
    writes: false,
    sample: () => ({ path: "/api/questions", query: { limit: "200" } }),
    variants: (): SampleRequest[] => [
      { path: "/api/questions", query: { q: "the", sort: "due" } },
      { path: "/api/questions", query: { state: "learning" } },
      { path: "/api/questions", query: { flagged: "1" } },
    ],
    fuzz: { query: true },
  },
  {
    route: "/api/questions/[id]",
    method: "GET",
    access: "user",
    writes: false,
    sample: (f) => ({ path: `/api/questions/${encodeURIComponent(f.questionId)}` }),
    fuzz: { param: "id" },
  },
  {
    route: "/api/questions/[id]",
    method: "PATCH",
    access: "user",
    writes: true,
    // The caller's own version of a shared question (a blank, so it is valid for a cloze too).
    sample: (f) => ({ path: `/api/questions/${encodeURIComponent(f.questionId)}`, body: { prompt: "Which ____ is this? (edited in a test)" } }),
    fuzz: { body: true, param: "id" },
  },
  {
    route: "/api/questions/[id]/flag",
    method: "POST",
    access: "user",
    writes: true,
    sample: (f) => ({ path: `/api/questions/${encodeURIComponent(f.questionId)}/flag`, body: { reason: "unclear" } }),
    fuzz: { body: true, param: "id" },
  },
  {
    route: "/api/questions/[id]/flag",
    method: "DELETE",
    access: "user",
    writes: true,
    sample: (f) => ({ path: `/api/questions/${encodeURIComponent(f.questionId)}/flag` }),
    fuzz: { param: "id" },
  },
  {
    route: "/api/questions/[id]/bury",
    method: "POST",
    access: "user",
    writes: true,
    sample: (f) => ({ path: `/api/questions/${encodeURIComponent(f.questionId)}/bury` }),
    fuzz: { param: "id" },
    // No body: only the id varies, and the id fuzz is the same as every [id] route's.
    fuzzRuns: 15,
  },
  {
    route: "/api/questions/[id]/bury",
    method: "DELETE",
    access: "user",
    writes: true,
    sample: (f) => ({ path: `/api/questions/${encodeURIComponent(f.questionId)}/bury` }),
    fuzz: { param: "id" },
    // No body: only the id varies, and the id fuzz is the same as every [id] route's.
    fuzzRuns: 15,
  },
  {
    route: "/api/questions/[id]/drop",
    method: "POST",
    access: "user",
    writes: true,
    // Restoring a question that was never dropped changes nothing.
    sample: (f) => ({ path: `/api/questions/${encodeURIComponent(f.questionId)}/drop`, body: { dropped: false } }),
    fuzz: { body: true, param: "id" },
  },
  {
    route: "/api/export",
    method: "GET",
    access: "user",
    writes: false,
    sample: () => ({ path: "/api/export", query: { format: "json" } }),
    variants: (): SampleRequest[] => [
      { path: "/api/export", query: { format: "csv" } },
      { path: "/api/export", query: { format: "csv", table: "cards" } },
      { path: "/api/export", query: { format: "apkg" } },
    ],
    fuzz: { query: true },
  },
  { route: "/api/progress", method: "GET", access: "user", writes: false, sample: () => ({ path: "/api/progress" }), fuzz: { query: true } },
  { route: "/api/settings", method: "GET", access: "user", writes: false, sample: () => ({ path: "/api/settings" }), fuzz: { query: true } },
  {
    route: "/api/settings",
    method: "PATCH",
    access: "user",
    writes: true,
    sample: () => ({ path: "/api/settings", body: { newPerDay: 20 } }),
    fuzz: { body: true },
  },
  { route: "/api/articles", method: "GET", access: "user", writes: false, sample: () => ({ path: "/api/articles" }), fuzz: { query: true } },
  {
    route: "/api/articles",
    method: "POST",
    access: "user",
    writes: true,
    sample: () => ({ path: "/api/articles", body: { text: SAMPLE_ARTICLE_TEXT, title: "Sample", tags: ["sample"] } }),
    fuzz: { body: true },
    fuzzRuns: 12,
  },
  {
    route: "/api/articles/preview",
    method: "POST",
    access: "user",
    writes: false,
    sample: () => ({ path: "/api/articles/preview", body: { text: SAMPLE_ARTICLE_TEXT, title: "Sample" } }),
    fuzz: { body: true },
    fuzzRuns: 12,
  },
  {
    route: "/api/articles/[id]",
    method: "PATCH",
    access: "user",
    writes: true,
    sample: (f) => ({ path: `/api/articles/${encodeURIComponent(f.articleId)}`, body: { tags: ["sample", "edited"] } }),
    fuzz: { param: "id", body: true },
  },
  {
    route: "/api/articles/[id]",
    method: "DELETE",
    access: "user",
    writes: true,
    sample: (f) => ({ path: `/api/articles/${encodeURIComponent(f.articleId)}` }),
    fuzz: { param: "id" },
  },
  { route: "/api/optimise", method: "GET", access: "user", writes: false, sample: () => ({ path: "/api/optimise" }), fuzz: { query: true } },
  // Fits FSRS to the caller's own reviews (422 with too few): no body, so the fuzz sends junk ones.
  { route: "/api/optimise", method: "POST", access: "user", writes: true, sample: () => ({ path: "/api/optimise" }), fuzz: { body: true, query: true } },
  { route: "/api/optimise", method: "DELETE", access: "user", writes: true, sample: () => ({ path: "/api/optimise" }), fuzz: { body: true } },
  { route: "/api/exams", method: "GET", access: "user", writes: false, sample: () => ({ path: "/api/exams" }), fuzz: { query: true } },
  {
    route: "/api/exams",
    method: "POST",
    access: "user",
    writes: true,
    sample: () => ({ path: "/api/exams", body: { count: 5, minutes: 6 } }),
    fuzz: { body: true },
    fuzzRuns: 20,
  },
  // Another user's exam id must answer 404, exactly as an unknown one (e2e/quiz.spec.ts checks the status).
  {
    route: "/api/exams/[id]",
    method: "GET",
    access: "user",
    writes: false,
    sample: (f) => ({ path: `/api/exams/${encodeURIComponent(f.examId ?? "no-such-exam")}` }),
    fuzz: { param: "id" },
  },
  {
    route: "/api/exams/[id]/submit",
    method: "POST",
    access: "user",
    writes: true,
    sample: (f) => ({ path: `/api/exams/${encodeURIComponent(f.examId ?? "no-such-exam")}/submit`, body: { answers: {} } }),
    fuzz: { body: true, param: "id" },
  },
  // Last: importing another user's backup copies their settings (a copy, not a leak), so the
  // cross-user test reads everything else first.
  {
    route: "/api/import",
    method: "POST",
    access: "user",
    writes: true,
    sample: (f) => ({ path: "/api/import", body: f.backup }),
    fuzz: { body: true },
  },
];

/** Routes that need a session: the ones the cross-user, 401, origin and fuzz tests go through. */
export const userRoutes = apiRoutes.filter((r) => r.access === "user");

const METHODS: HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Every `METHOD /api/route` that the route files under app/api export (read from the source). */
export function routesOnDisk(root = path.join(process.cwd(), "app", "api")): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.(ts|tsx|js|mjs)$/.test(entry.name)) {
        const source = readFileSync(full, "utf8");
        const route = "/api/" + path.relative(root, dir).split(path.sep).join("/");
        for (const method of exportedMethods(source)) found.push(`${method} ${route.replace(/\/$/, "")}`);
      }
    }
  };
  walk(root);
  return found.sort();
}

/** HTTP methods a route module exports: `export const GET`, `export async function POST`, `export const { GET, POST } = …` (not `= otherMethods(…)`). */
function exportedMethods(source: string): HttpMethod[] {
  const out = new Set<HttpMethod>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:const|let|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) out.add(m[1] as HttpMethod);
  for (const m of source.matchAll(/export\s+const\s*\{([^}]*)\}\s*=\s*([\w.]*)/g)) {
    // The 405 answers of a route the proxy skips (lib/api-routes.ts `otherMethods`) are not its methods.
    if (m[2] === "otherMethods") continue;
    for (const name of (m[1] ?? "").split(",").map(
      (s) =>
        s
          .trim()
          .split(/\s*:\s*/)
          .pop() ?? "",
    )) {
      if ((METHODS as string[]).includes(name)) out.add(name as HttpMethod);
    }
  }
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of (m[1] ?? "").split(",")) {
      const name =
        part
          .trim()
          .split(/\s+as\s+/)
          .pop() ?? "";
      if ((METHODS as string[]).includes(name)) out.add(name as HttpMethod);
    }
  }
  return [...out];
}

/** Sends a sample (or fuzzed) request with one user's cookie jar. */
export function send(api: APIRequestContext, method: HttpMethod, req: SampleRequest, headers: Record<string, string> = {}): Promise<APIResponse> {
  const qs = req.query ? `?${new URLSearchParams(req.query).toString()}` : "";
  return api.fetch(req.path + qs, {
    method,
    headers: req.body === undefined ? headers : { "content-type": "application/json", ...headers },
    data: req.body === undefined ? undefined : JSON.stringify(req.body),
    maxRedirects: 0,
  });
}

/** A client of its own (its own cookie jar) signed in as a new guest, the way the app's first visit does it. */
export async function newGuest(baseURL: string): Promise<APIRequestContext> {
  // No default Origin: the app's own routes accept a non-browser client without one; better-auth
  // wants it on its state-changing calls once a cookie is sent, so those pass it explicitly.
  const api = await playwrightRequest.newContext({ baseURL });
  const res = await api.post("/api/auth/sign-in/anonymous", { data: {}, headers: { origin: baseURL } });
  expect(res.status(), await res.text()).toBe(200);
  return api;
}

/** A client signed up with email and password (from a guest session, so the guest is linked). */
export async function newAccount(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const api = await newGuest(baseURL);
  const res = await api.post("/api/auth/sign-up/email", { data: { email, password, name: email.split("@")[0] }, headers: { origin: baseURL } });
  expect(res.status(), await res.text()).toBe(200);
  return api;
}

/** The signed-in user's id and email, from better-auth's get-session. */
export async function whoAmI(api: APIRequestContext): Promise<{ id: string; email: string; isAnonymous: boolean }> {
  const res = await api.get("/api/auth/get-session");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { user: { id: string; email: string; isAnonymous?: boolean | null } } | null;
  if (!body) throw new Error("no session");
  return { id: body.user.id, email: body.user.email, isAnonymous: Boolean(body.user.isAnonymous) };
}

/**
 * Gives a signed-in client something of its own to protect: two reviews of shared questions
 * (the last one undoable) and a settings marker (an exam date only this user has).
 */
export async function makeFixture(api: APIRequestContext, marker: string): Promise<UserFixture> {
  const me = await whoAmI(api);
  const next = await api.get("/api/study/next?limit=5");
  expect(next.status()).toBe(200);
  const { cards } = (await next.json()) as { cards: { questionId: string }[] };
  expect(cards.length).toBeGreaterThanOrEqual(2);
  let reviewId = "";
  for (const card of cards.slice(0, 2)) {
    reviewId = randomUUID();
    const res = await api.post("/api/reviews", { data: { id: reviewId, questionId: card.questionId, response: { rating: 3 }, durationMs: 1500 } });
    expect(res.status(), await res.text()).toBe(201);
  }
  const patch = await api.patch("/api/settings", { data: { examDate: marker, newPerDay: 17 } });
  expect(patch.status(), await patch.text()).toBe(200);
  const article = await api.post("/api/articles", { data: { text: SAMPLE_ARTICLE_TEXT, title: `Own article of ${marker}` } });
  expect(article.status(), await article.text()).toBe(201);
  const { id: articleId } = (await article.json()) as { id: string };
  const exam = await api.post("/api/exams", { data: { count: 5 } });
  expect(exam.status(), await exam.text()).toBe(201);
  const { id: examId } = (await exam.json()) as { id: string };
  const backup = await api.get("/api/export?format=json");
  expect(backup.status()).toBe(200);
  return { userId: me.id, email: me.email, questionId: cards[1]!.questionId, reviewId, marker, backup: await backup.json(), articleId, examId };
}

/**
 * What a user can see of their own data, without anything that moves with the clock: today's
 * counts, the settings, which questions the study queue offers in what state, and the articles.
 */
export async function userState(api: APIRequestContext): Promise<unknown> {
  const [progress, settings, next, articles] = await Promise.all([
    api.get("/api/progress"),
    api.get("/api/settings"),
    api.get("/api/study/next?limit=50"),
    api.get("/api/articles"),
  ]);
  expect([progress.status(), settings.status(), next.status(), articles.status()]).toEqual([200, 200, 200, 200]);
  const queue = (await next.json()) as { cards: { questionId: string; state: string }[]; counts: unknown; nextDue: string | null };
  return {
    progress: await progress.json(),
    settings: await settings.json(),
    counts: queue.counts,
    nextDue: queue.nextDue,
    cards: queue.cards.map((c) => `${c.questionId}:${c.state}`),
    articles: ((await articles.json()) as { articles: { id: string; title: string }[] }).articles.map((a) => `${a.id}:${a.title}`),
  };
}

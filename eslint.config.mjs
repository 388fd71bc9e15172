import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The import boundaries of docs/architecture.md ("Who may import whom"), enforced here rather than remembered.
const framework = [
  { group: ["next", "next/*", "react", "react-dom", "react/*", "@tanstack/*"], message: "questions/ and lib/ stay pure: no framework imports." },
  { group: ["drizzle-orm", "drizzle-orm/*", "@libsql/*", "better-auth", "better-auth/*"], message: "questions/ and lib/ stay pure: no database or auth." },
  {
    group: ["@/db", "@/db/*", "../db/*", "../../db/*", "@/app/*", "@/components/*", "../components/*", "../app/*", "@/config", "@/config/*", "../config/*"],
    message: "questions/ and lib/ import nothing of the app.",
  },
];

const noIo = {
  group: ["node:fs", "node:fs/*", "fs", "fs/*", "node:path", "path", "node:child_process"],
  message: "No I/O in the pure core (only questions/cli.ts and questions/eval/cli.ts read files).",
};

// Page weight (docs/performance.md, issue 11): next/link would load with every page.
const noNextLink = {
  name: "next/link",
  message: "Use @/components/link (the app router's push, prefetch on hover): next/link adds ~3.4 kB gz to every page.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }] },
  },
  {
    ignores: [".next*/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"],
  },
  {
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...framework, noIo, { group: ["@/questions", "@/questions/*", "../questions/*"], message: "lib/ does not depend on questions/." }] },
      ],
    },
  },
  {
    files: ["questions/**/*.ts"],
    ignores: ["questions/cli.ts", "questions/eval/cli.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...framework, noIo] }],
    },
  },
  {
    // Tests of the pure core may read their fixtures from disk.
    files: ["questions/**/*.test.ts", "lib/**/*.test.ts", "questions/test-helpers.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: framework }] },
  },
  {
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/*", "../db/*", "../../db/*", "drizzle-orm", "drizzle-orm/*", "@libsql/*"],
              message: "components/ never touch the database: go through app/api with React Query.",
            },
            {
              group: ["@/questions", "@/questions/*", "../questions/*", "../../questions/*"],
              message: "components/ never import questions/: it would ship the NLP libraries to the browser. Ask app/api.",
            },
            {
              group: ["@/config", "@/config/*", "../config/*", "../../config/*"],
              message: "components/ run in the browser: the server's configuration is not theirs.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/questions/*", "../questions/*", "../../questions/*"],
              message: "app/ uses the question generator only through its entry point, @/questions (questions/index.ts).",
            },
            {
              group: ["drizzle-orm", "drizzle-orm/*", "@libsql/*", "@/db/client", "@/db/schema"],
              message: "Queries live in db/ (one connection, db/client.ts): call a named function of db/<domain>.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    // Page weight (docs/performance.md, issue 11). A second block for components/ below: the same rule, which replaces this one there.
    files: ["components/**/*.ts", "components/**/*.tsx", "app/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [noNextLink],
        },
      ],
    },
  },
  {
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [noNextLink],
          patterns: [
            {
              group: ["@/lib/schemas", "@/lib/srs", "**/lib/schemas", "**/lib/srs"],
              allowTypeImports: true,
              message:
                "zod and ts-fsrs (~40 kB gz) stay out of the browser: take plain constants (lib/flag-reasons.ts, lib/question-filters.ts …) or import types only.",
            },
          ],
        },
      ],
    },
  },
  {
    // One family of errors: thrown through lib/errors.ts's helpers, so a status is chosen in one place.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/errors.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='ApiError']",
          message: "Throw through lib/errors.ts's helpers (badRequest, notFound, conflict, unprocessable …), not new ApiError(…).",
        },
      ],
    },
  },
  {
    // One entry point for configuration: config/env.ts reads and validates the environment.
    files: ["app/**/*.ts", "app/**/*.tsx", "db/**/*.ts", "lib/**/*.ts", "components/**/*.ts", "components/**/*.tsx", "questions/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the environment through config/env.ts (validated once at start)." },
      ],
    },
  },
  {
    files: ["db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["react", "react-dom", "react/*", "@/components/*", "@/app/*"], message: "db/ knows nothing of React or the routes." }] },
      ],
    },
  },
];

export default config;

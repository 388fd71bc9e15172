import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The import boundaries of DESIGN.md, enforced here rather than remembered.
const framework = [
  { group: ["next", "next/*", "react", "react-dom", "react/*", "@tanstack/*"], message: "questions/ and lib/ stay pure: no framework imports." },
  { group: ["drizzle-orm", "drizzle-orm/*", "@libsql/*", "better-auth", "better-auth/*"], message: "questions/ and lib/ stay pure: no database or auth." },
  { group: ["@/db", "@/db/*", "../db/*", "../../db/*", "@/app/*", "@/components/*", "../components/*", "../app/*"], message: "questions/ and lib/ import nothing of the app." },
];

const noIo = { group: ["node:fs", "node:fs/*", "fs", "fs/*", "node:path", "path", "node:child_process"], message: "No I/O in the pure core (only questions/cli.ts and questions/eval/cli.ts read files)." };

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
      "no-restricted-imports": ["error", { patterns: [...framework, noIo, { group: ["@/questions", "@/questions/*", "../questions/*"], message: "lib/ does not depend on questions/." }] }],
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
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/db", "@/db/*", "../db/*", "../../db/*", "drizzle-orm", "drizzle-orm/*", "@libsql/*"], message: "components/ never touch the database: go through app/api with React Query." }] }],
    },
  },
  {
    files: ["db/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["react", "react-dom", "react/*", "@/components/*", "@/app/*"], message: "db/ knows nothing of React or the routes." }] }],
    },
  },
];

export default config;

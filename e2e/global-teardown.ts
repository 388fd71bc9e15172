import { rmSync } from "node:fs";

/** Removes this run's throwaway database (playwright.config.ts names it in E2E_DB_FILE). */
export default function globalTeardown() {
  const file = process.env.E2E_DB_FILE;
  if (!file) return;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}

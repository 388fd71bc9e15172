import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // db/ modules start with `import "server-only"`, which only resolves inside Next's server bundle.
      "server-only": path.resolve(import.meta.dirname, "scripts/server-only-stub.ts"),
    },
  },
  test: {
    include: ["{questions,lib,db,config,scripts,app,components}/**/*.test.ts"],
    exclude: ["e2e/**", "node_modules/**", ".next/**"],
    environment: "node",
    // Each test file gets its own throwaway libSQL database file.
    setupFiles: ["scripts/vitest-setup.ts"],
    testTimeout: 20_000,
  },
});

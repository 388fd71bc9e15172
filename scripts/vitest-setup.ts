import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// A fresh database file for every test file; db/client.ts reads DATABASE_URL when first imported.
const dir = path.join(tmpdir(), "factdeck-tests");
mkdirSync(dir, { recursive: true });
process.env.DATABASE_URL = `file:${path.join(dir, `${randomUUID()}.db`)}`;
process.env.BETTER_AUTH_SECRET ??= "unit-test-secret-0123456789abcdef";

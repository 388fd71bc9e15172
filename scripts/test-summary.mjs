#!/usr/bin/env node
// The closing line of `npm test`: unit and browser test counts added up from the JSON reports
// vitest and Playwright wrote (test-results/unit.json, test-results/e2e.json).
import { existsSync, readFileSync } from "node:fs";

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

const unit = read("test-results/unit.json");
const e2e = read("test-results/e2e.json");
const unitPassed = unit?.numPassedTests ?? 0;
const unitFailed = unit?.numFailedTests ?? 0;
const e2ePassed = (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const e2eFailed = e2e?.stats?.unexpected ?? 0;
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);
console.log(
  `unit tests: ${unitPassed} passed, ${unitFailed} failed; browser tests: ${e2ePassed} passed, ${e2eFailed} failed${e2e?.stats?.flaky ? ` (${e2e.stats.flaky} flaky)` : ""}`,
);
console.log(`total: ${unitPassed + e2ePassed} passed, ${unitFailed + e2eFailed} failed, ${skipped} skipped`);
if (!unit || !e2e) {
  console.error("A test report is missing: did both suites run?");
  process.exit(1);
}
process.exit(unitFailed + e2eFailed > 0 ? 1 : 0);

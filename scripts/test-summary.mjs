// Prints one plain "N passed, N failed" line from the unit and e2e JSON reports, for CI to read.
import { existsSync, readFileSync } from "node:fs";

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined);

let passed = 0;
let failed = 0;
let skipped = 0;

const unit = read("reports/unit.json");
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
}
const e2e = read("reports/e2e.json");
if (e2e) {
  // A test that passed on retry counts as passed; "unexpected" are the real failures.
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}

console.log(`unit: ${unit ? "ran" : "did not run"}, e2e: ${e2e ? "ran" : "did not run"}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);

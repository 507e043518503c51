/*
 * Reads Vitest's JSON report and prints the one plain closing line CI is judged by:
 * `tests: N passed, N failed`. Exits non-zero when anything failed, when no test ran, or when
 * Vitest itself exited non-zero (an unhandled error, a failing setup): then the run counts as
 * failed even if every test that ran passed.
 *
 * Usage: node scripts/test-summary.ts REPORT.json VITEST_EXIT_CODE
 */
import { existsSync, readFileSync } from 'node:fs';

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  testResults: Array<{
    name: string;
    status: string;
    message?: string;
    assertionResults: Array<{ status: string }>;
  }>;
}

const [reportPath, exitArg] = process.argv.slice(2);
const vitestExit = Number(exitArg ?? 1);

let passed = 0;
let failed = 0;
const problems: string[] = [];
if (reportPath && existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  // A file that failed without a failing test in it (it did not load, a hook threw) counts once.
  for (const file of report.testResults) {
    if (file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed')) {
      failed++;
      problems.push(`${file.name}: ${file.message?.split('\n')[0] ?? 'failed outside its tests'}`);
    }
  }
} else {
  problems.push('no test report was written: the run failed before any test ran');
}
if (vitestExit !== 0 && failed === 0) {
  failed = 1;
  problems.push(
    `vitest exited with ${vitestExit} although no test failed (an unhandled error or a failing setup)`,
  );
}
if (passed + failed === 0) problems.push('no test ran');

for (const p of problems) console.log(`test-summary: ${p}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

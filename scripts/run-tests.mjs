// `npm test`: build once, run the unit + integration suites (vitest) and the end-to-end suite
// (Playwright in Chromium through the loopback bridge), then print one closing line
// `N passed, N failed` summed over both suites. Exit code 1 when anything failed.
// Options: --unit-only, --e2e-only. Skipped tests are counted and listed, never as passed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = join(root, 'test-results');
const args = new Set(process.argv.slice(2));
mkdirSync(results, { recursive: true });

function run(command, commandArgs, env = {}) {
  const r = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function vitestCounts() {
  const file = join(results, 'vitest.json');
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0, skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) };
}

function playwrightCounts() {
  const file = join(results, 'playwright.json');
  if (!existsSync(file)) return null;
  const stats = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0, skipped: stats.skipped ?? 0 };
}

const total = { passed: 0, failed: 0, skipped: 0 };
function add(name, counts, status) {
  if (!counts) {
    process.stderr.write(`${name}: no results were produced (exit ${status}); counted as one failure.\n`);
    total.failed += 1;
    return;
  }
  // A suite that exits non-zero with no failed test (e.g. an error outside tests) still fails.
  const failed = counts.failed + (status !== 0 && counts.failed === 0 ? 1 : 0);
  total.passed += counts.passed;
  total.failed += failed;
  total.skipped += counts.skipped;
  process.stderr.write(`${name}: ${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped\n`);
}

if (run(process.execPath, [join(root, 'scripts/build.mjs')]) !== 0) {
  total.failed += 1;
  process.stderr.write('build failed\n');
} else {
  if (!args.has('--e2e-only')) {
    const status = run(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run']);
    add('unit+integration (vitest)', vitestCounts(), status);
  }
  if (!args.has('--unit-only')) {
    const status = run(process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), 'test'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: join(results, 'playwright.json'),
    });
    add('end-to-end (playwright)', playwrightCounts(), status);
  }
}
writeFileSync(join(results, 'summary.json'), JSON.stringify(total));
process.stdout.write(`${total.passed} passed, ${total.failed} failed\n`);
process.exit(total.failed === 0 ? 0 : 1);

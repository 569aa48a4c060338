// `npm test`: every check the project has, in order, ending with one plain line
// `N passed, N failed` (CI reads that line). Vitest suites count their tests; the other steps
// (type check, lint, builds, web-ext lint) count one each.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const only = process.argv.slice(2); // e.g. `npm test -- unit` runs only the steps named
let passed = 0;
let failed = 0;
const failures = [];

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return result.status === 0;
}

function step(name, fn) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const outcome = fn();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (typeof outcome === 'boolean') {
    if (outcome) passed += 1;
    else { failed += 1; failures.push(name); }
    console.log(`--- ${name}: ${outcome ? 'passed' : 'FAILED'} (${seconds} s)`);
  } else {
    passed += outcome.passed;
    failed += outcome.failed;
    if (outcome.failed) failures.push(`${name} (${outcome.failed})`);
    console.log(`--- ${name}: ${outcome.passed} passed, ${outcome.failed} failed (${seconds} s)`);
  }
}

function vitest(config) {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'candid-vitest-')), 'report.json');
  const ok = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  try {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'));
    const failedCount = json.numFailedTests + (ok || json.numFailedTests ? 0 : 1);
    return { passed: json.numPassedTests, failed: failedCount };
  } catch {
    // No report at all: the suite did not run; count it as one failure rather than zero tests.
    return { passed: 0, failed: 1 };
  }
}

step('typecheck', () => run('npx', ['tsc', '--noEmit']));
step('lint', () => run('npx', ['eslint', '.', '--max-warnings=0']));
step('unit', () => vitest('vitest.config.ts'));
step('build-chrome', () => run('npx', ['wxt', 'build']));
step('build-firefox', () => run('npx', ['wxt', 'build', '-b', 'firefox']));
step('web-ext-lint', () =>
  run('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted', '--warnings-as-errors=false', '--output=text']));
step('browser', () => vitest('vitest.browser.config.ts'));

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

// @ts-check
// `npm test`: every check in order. Each step runs even when an earlier one failed, so one
// run shows every failure; the last line is the vitest total, read by CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../', import.meta.url));
const artifacts = join(repo, 'test/artifacts');
const bin = (/** @type {string} */ name) => join(repo, 'node_modules/.bin', name);
const isTTY = process.stdout.isTTY === true;
/** @type {{ name: string, version: string }} */
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
/** Where the package step packs the tarball (npm's file name); the steps after it reuse it. */
const tarball = `node_modules/.cache/package-check/${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;

/**
 * A vitest project run with the json reporter next to the default one, for the counts.
 * @param {'unit' | 'react18' | 'browser' | 'e2e' | 'storybook'} project
 * @returns {[string, string[], string]}
 */
const vitest = (project) => {
  const report = join(artifacts, `vitest-${project}.json`);
  const args = ['run', '--config', 'test/vitest.config.ts', '--project', project];
  args.push('--reporter=default', '--reporter=json', `--outputFile.json=${report}`);
  return [bin('vitest'), args, report];
};

/** @type {{ name: string, command: string, args: string[], report?: string }[]} */
const steps = [
  { name: 'typecheck', command: bin('tsc'), args: ['-p', 'tsconfig.json'] },
  { name: 'typecheck engine', command: bin('tsc'), args: ['-p', 'src/engine/tsconfig.json'] },
  // Biome colours every character when CI is set, even into a log file: plain text there.
  { name: 'lint', command: bin('biome'), args: ['ci', '.', ...(isTTY ? [] : ['--colors=off'])] },
  // STYLE.md: no import circles in src, type-only ones included.
  {
    name: 'import circles',
    command: process.execPath,
    args: ['test/imports/checkCircles.mjs', 'src'],
  },
  // React 18 lives apart (test/react18) so the root keeps React 19 without peer conflicts.
  {
    name: 'react 18 install',
    command: 'npm',
    args: ['ci', '--prefix', 'test/react18', '--no-audit', '--no-fund', '--loglevel=error'],
  },
  .../** @type {const} */ (['unit', 'react18', 'browser', 'e2e', 'storybook']).map((project) => {
    const [command, args, report] = vitest(project);
    return { name: `${project} tests`, command, args, report };
  }),
  { name: 'package', command: process.execPath, args: ['test/package/checkPackage.mjs'] },
  // The README's ts/tsx examples, typechecked against that tarball as a Vite app would.
  {
    name: 'readme examples',
    command: process.execPath,
    args: ['test/readme/checkReadme.mjs', '--tarball', tarball],
  },
  // A Next.js App Router build of server components rendering the package (test/next).
  {
    name: 'next build',
    command: process.execPath,
    args: ['test/next/build.mjs', '--tarball', tarball],
  },
  { name: 'build:demo', command: 'npm', args: ['run', '--silent', 'build:demo'] },
  { name: 'build:storybook', command: 'npm', args: ['run', '--silent', 'build:storybook'] },
];

mkdirSync(artifacts, { recursive: true });
/** @type {{ name: string, ok: boolean, seconds: number }[]} */
const results = [];
let passed = 0;
let failed = 0;

for (const step of steps) {
  console.log(`\n${'═'.repeat(80)}\n▶ ${step.name}: ${[step.command, ...step.args].join(' ')}\n`);
  // A stale report from an earlier run must not be counted when this one cannot start.
  if (step.report) rmSync(step.report, { force: true });
  const started = performance.now();
  const run = spawnSync(step.command, step.args, { cwd: repo, stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  if (run.error) console.error(run.error.message);
  results.push({ name: step.name, ok: run.status === 0, seconds });
  if (step.report && existsSync(step.report)) {
    const report = JSON.parse(readFileSync(step.report, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
}

console.log(`\n${'═'.repeat(80)}\n`);
const width = Math.max(...results.map((result) => result.name.length));
for (const { name, ok, seconds } of results) {
  console.log(
    `${name.padEnd(width)}  ${ok ? 'pass' : 'FAIL'}  ${seconds.toFixed(1).padStart(6)} s`,
  );
}
const failedSteps = results.filter((result) => !result.ok).map((result) => result.name);
// Worded unlike the closing line on purpose: only the test count may look like "N passed, M failed".
console.log(`\nsteps ok: ${results.length - failedSteps.length}/${results.length}`);
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
// Last line, exactly this shape: CI reads it as the test count.
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length === 0 ? 0 : 1);

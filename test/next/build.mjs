// @ts-check
// A real Next.js App Router build against the package as a user installs it: this app
// (test/next, its own package.json and lockfile) gets the packed tarball unpacked into its
// node_modules/react-hold-stories, then `next build` prerenders pages that are server
// components rendering `Stories` (the `react-hold-stories` entry), `StoriesCollection`
// (`/collection`) and a story parsed on the server with `parseStory` (`/json`). It holds the
// `"use client"` directive of the React entries: without it this build fails.
//
// Usage: node test/next/build.mjs [--tarball <path>]
// With --tarball (`npm test` passes the one the package step packed) that tarball is used if it
// exists; otherwise the package is built and packed here. Works offline once installed:
// telemetry off, no next/font/google, no remote images.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const app = fileURLToPath(new URL('./', import.meta.url));
const installed = join(app, 'node_modules/react-hold-stories');
/** Written after a successful `npm ci`: the lockfile it installed, so a changed one reinstalls. */
const stamp = join(app, 'node_modules/.installed-lock-hash');

/**
 * The prerendered pages and what their HTML must hold: the story region and the first frame's
 * text alternative, rendered as markup (between tags), not only inside the RSC payload.
 * Keep in step with the pages in app/.
 */
const pages = [
  { html: 'index.html', source: 'app/page.jsx', alt: 'A crowded school bus at 7:42.' },
  { html: 'collection.html', source: 'app/collection/page.jsx', alt: 'Léa, in class.' },
  { html: 'json.html', source: 'app/json/page.jsx', alt: 'The schoolyard at noon.' },
];

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`\nNext.js build check: FAILED (${message})`);
  process.exit(1);
}

/**
 * Runs a command with its output streamed; fails the check when it fails.
 * @param {string} label @param {string} command @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 */
function run(label, command, args, options = {}) {
  console.log(`\n── ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: repo, stdio: 'inherit', ...options });
  if (result.status !== 0) fail(`${label}: exit ${result.status ?? result.signal}`);
  console.log(`── ${label}: ok (${seconds()})`);
}

/** @param {string} given the tarball to use if it exists; else one built and packed here */
function tarball(given) {
  if (given && existsSync(given)) return given;
  if (given) console.log(`${given} not found: building and packing here`);
  const work = join(repo, 'node_modules/.cache/next-check');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  run('build', 'npm', ['run', '--silent', 'build']);
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (pack.status !== 0) fail(`npm pack: ${pack.stderr}`);
  /** @type {{ filename: string }[]} */
  const [packed] = JSON.parse(pack.stdout);
  if (!packed) fail('npm pack printed no package');
  return join(work, packed.filename);
}

/** Text as React writes it into HTML. @param {string} text */
const escapeHtml = (text) =>
  text.replace(
    /[&<>"']/g,
    (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#x27' }[char]};`,
  );

// 1. The app's own dependencies (next, react 19, the peers), when the lockfile changed or they
// were never installed. `npm ci` starts from an empty node_modules, the unpacked package too.
const lockHash = createHash('sha256')
  .update(readFileSync(join(app, 'package-lock.json')))
  .digest('hex');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash) {
  run('install', 'npm', ['ci', '--prefix', app, '--no-audit', '--no-fund', '--loglevel=error']);
  writeFileSync(stamp, lockHash);
} else {
  console.log(`── install: ${relative(repo, join(app, 'node_modules'))} matches the lockfile`);
}

// 2. The package as published: the tarball, unpacked where npm would put it.
const flag = process.argv.indexOf('--tarball');
const packed = tarball(flag === -1 ? '' : resolve(repo, process.argv[flag + 1] ?? ''));
rmSync(installed, { recursive: true, force: true });
mkdirSync(installed, { recursive: true });
run('unpack', 'tar', ['-xzf', packed, '-C', installed, '--strip-components=1']);

// 3. The build, from scratch each time (a stale .next must not hide a broken package).
rmSync(join(app, '.next'), { recursive: true, force: true });
run('next build', join(app, 'node_modules/.bin/next'), ['build'], {
  cwd: app,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});

// 4. The prerendered HTML: the pages were rendered on the server with the story in them.
/** @type {string[]} */
const problems = [];
for (const page of pages) {
  const file = join(app, '.next/server/app', page.html);
  if (!existsSync(file)) {
    problems.push(`${page.source}: not prerendered (no ${relative(repo, file)})`);
    continue;
  }
  const html = readFileSync(file, 'utf8');
  const expected = [`aria-roledescription="story"`, `>${escapeHtml(page.alt)}<`];
  const missing = expected.filter((text) => !html.includes(text));
  if (missing.length > 0)
    problems.push(`${page.html} (${page.source}) lacks ${missing.join(' and ')}`);
  else console.log(`${page.html} (${page.source}): the story region and "${page.alt}"`);
}
if (problems.length > 0) fail(problems.join('\n'));
console.log(`\nNext.js build check: all passed (${seconds()})`);

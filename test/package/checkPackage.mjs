// @ts-check
// Checks the package as a consumer receives it: the packed tarball, not the working tree.
// Nothing is downloaded: the tarball is unpacked under node_modules/.cache so the peers
// (react, framer-motion…) resolve from the repository's own node_modules.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = join(repo, 'node_modules/.cache/package-check');
const installed = join(work, 'node_modules/react-hold-stories');
const bin = (/** @type {string} */ name) => join(repo, 'node_modules/.bin', name);

/** @type {string[]} */
const failures = [];

/**
 * Runs a command with its output streamed, and records a failure under `label`.
 * @param {string} label
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string }} [options]
 */
function step(label, command, args, options = {}) {
  console.log(`\n── ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: options.cwd ?? repo, stdio: 'inherit' });
  const ok = result.status === 0;
  console.log(`── ${label}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`}`);
  if (!ok) failures.push(label);
  return ok;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(installed, { recursive: true });

if (!step('build', 'npm', ['run', '--silent', 'build'])) finish();

console.log('\n── pack');
const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', work], {
  cwd: repo,
  encoding: 'utf8',
});
if (pack.status !== 0) {
  console.error(pack.stderr);
  failures.push('pack');
  finish();
}
/** @type {{ filename: string, files: { path: string }[] }[]} */
const [packed] = JSON.parse(pack.stdout);
if (!packed) throw new Error('npm pack printed no package');
const tarball = join(work, packed.filename);
console.log(`${packed.filename}: ${packed.files.map((file) => file.path).join(', ')}`);

step('unpack', 'tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);

// Resolved by name from a folder beside node_modules/react-hold-stories, so the `exports`
// map is what Node follows, once as ESM (import) and once as CJS (require).
const probe = join(work, 'probe.mjs');
writeFileSync(
  probe,
  `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const esm = await import('react-hold-stories');
const cjs = require('react-hold-stories');
for (const [kind, mod] of [['import', esm], ['require', cjs]]) {
  if (typeof mod.createPlayer !== 'function') throw new Error(kind + ': no createPlayer export');
  console.log(kind + ': createPlayer ok (' + Object.keys(mod).length + ' exports)');
}
console.log('styles.css: ' + require.resolve('react-hold-stories/styles.css'));

// The schema entry, both ways: it loads, parses a story and names a bad field by its path.
const story = { id: 'a', title: 'A', frames: [{ id: 'f', kind: 'card', duration: 1, background: '#000', alt: 'Black' }] };
const schemaEsm = await import('react-hold-stories/schema');
const schemaCjs = require('react-hold-stories/schema');
for (const [kind, mod] of [['import', schemaEsm], ['require', schemaCjs]]) {
  if (typeof mod.parseStories !== 'function') throw new Error(kind + ' schema: no parseStories export');
  if (mod.parseStories([story])[0].frames[0].id !== 'f') throw new Error(kind + ' schema: bad output');
  const bad = mod.safeParseStories([{ ...story, frames: [] }]);
  const said = bad.success ? 'nothing' : bad.issues.map((issue) => issue.path + ': ' + issue.message).join('; ');
  if (said !== 'stories[0].frames: expected at least one frame, got none') {
    throw new Error(kind + ' schema: unexpected issues: ' + said);
  }
  console.log(kind + ' schema: parseStories ok (' + Object.keys(mod).length + ' exports)');
}
`,
);
step('load in Node', process.execPath, [probe], { cwd: work });

step('publint', bin('publint'), ['run', tarball, '--strict']);

// node16 profile: node16 (CJS and ESM) and bundler resolution; node10 is out of scope.
// styles.css is plain CSS with no types to check. --no-definitely-typed: the package ships
// its own types, so never look @types up online.
step('attw', bin('attw'), [
  tarball,
  '--profile',
  'node16',
  '--exclude-entrypoints',
  './styles.css',
  '--no-definitely-typed',
  '--format',
  'table',
]);

finish();

/** @returns {never} */
function finish() {
  console.log(
    failures.length === 0
      ? '\npackage check: all passed'
      : `\npackage check: FAILED (${failures.join(', ')})`,
  );
  process.exit(failures.length === 0 ? 0 : 1);
}

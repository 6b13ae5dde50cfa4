// @ts-check
// Checks the package as a consumer receives it: the packed tarball, not the working tree.
// Nothing is downloaded: the tarball is unpacked under node_modules/.cache so the peers
// (react, framer-motion…) resolve from the repository's own node_modules.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

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
// map is what Node follows, once as ESM (import) and once as CJS (require). Each entry must
// load both ways with the same names (the CJS files are tsup's rewrite of split ESM chunks).
const probe = join(work, 'probe.mjs');
writeFileSync(
  probe,
  `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const isComponent = (value) => typeof value === 'function' || (typeof value === 'object' && value !== null);
const entries = [
  ['react-hold-stories', 'Stories', isComponent],
  ['react-hold-stories/collection', 'StoriesCollection', isComponent],
  ['react-hold-stories/engine', 'createPlayer', (value) => typeof value === 'function'],
  ['react-hold-stories/schema', 'parseStories', (value) => typeof value === 'function'],
  // Imported on a server it defines nothing and throws nothing (no HTMLElement there).
  ['react-hold-stories/element', 'defineHoldStories', (value) => typeof value === 'function'],
];
const loaded = { import: [], require: [] };
for (const [specifier, name, check] of entries) {
  const esm = await import(specifier);
  const cjs = require(specifier);
  loaded.import.push([specifier, esm]);
  loaded.require.push([specifier, cjs]);
  for (const [kind, mod] of [['import', esm], ['require', cjs]]) {
    if (!check(mod[name])) throw new Error(kind + ' ' + specifier + ': no ' + name + ' export');
  }
  const names = (mod) => Object.keys(mod).filter((key) => key !== 'default').sort().join();
  if (names(esm) !== names(cjs)) {
    throw new Error(specifier + ': import and require export different names:\\n  ' + names(esm) + '\\n  ' + names(cjs));
  }
  console.log(specifier + ': ' + name + ' ok, import and require (' + Object.keys(esm).length + ' exports)');
}
// A name two entries both export is one object, not two copies (one chunk holds it).
for (const [kind, modules] of Object.entries(loaded)) {
  let shared = 0;
  for (const [index, [specifier, mod]] of modules.entries()) {
    for (const [otherSpecifier, other] of modules.slice(index + 1)) {
      for (const key of Object.keys(mod).filter((key) => key in other)) {
        if (mod[key] !== other[key]) throw new Error(kind + ': ' + specifier + ' and ' + otherSpecifier + ' export two copies of ' + key);
        shared++;
      }
    }
  }
  console.log(kind + ': ' + shared + ' names exported by two entries, each one object');
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

console.log('\n── shared chunks');
try {
  const shared = sharedContexts(join(installed, 'dist'));
  console.log(shared.lines.join('\n'));
  console.log(`── shared chunks: ${shared.ok ? 'ok' : 'FAILED'}`);
  if (!shared.ok) failures.push('shared chunks');
} catch (error) {
  console.error(error);
  console.log('── shared chunks: FAILED (could not read the unpacked dist)');
  failures.push('shared chunks');
}

console.log('\n── "use client"');
try {
  const marked = clientDirectives(join(installed, 'dist'));
  console.log(marked.lines.join('\n'));
  console.log(`── "use client": ${marked.ok ? 'ok' : 'FAILED'}`);
  if (!marked.ok) failures.push('"use client"');
} catch (error) {
  console.error(error);
  console.log('── "use client": FAILED (could not read the unpacked dist)');
  failures.push('"use client"');
}

step('publint', bin('publint'), ['run', tarball, '--strict']);

// node16 profile: node16 (CJS and ESM) and bundler resolution; node10 is out of scope.
// styles.css is plain CSS with no types to check, nor the standalone script. --no-definitely-typed: the package ships
// its own types, so never look @types up online.
step('attw', bin('attw'), [
  tarball,
  '--profile',
  'node16',
  '--exclude-entrypoints',
  './styles.css',
  // The standalone script is a classic script for a <script> tag: no module, no types.
  './hold-stories.js',
  '--no-definitely-typed',
  '--format',
  'table',
]);

finish();

/**
 * The React contexts must exist once in the package: an app that imports both
 * `react-hold-stories` and `react-hold-stories/collection` must get one `StoriesContext`, or
 * the collection's stories would not find the provider their parts look for. Read from the
 * source maps, for each format: every source module that calls `createContext` is in exactly
 * one file, and the root and collection entries load at least one such file in common.
 * @param {string} dist
 */
function sharedContexts(dist) {
  /** @type {string[]} */
  const lines = [];
  let ok = true;
  const fail = (/** @type {string} */ line) => {
    lines.push(line);
    ok = false;
  };
  const tidy = (/** @type {string} */ source) => source.replace(/^(\.\.\/)+/, '');
  for (const extension of ['.js', '.cjs']) {
    /** @type {Map<string, string[]>} source module → the files that contain it */
    const homes = new Map();
    // The standalone script is the one file that carries its own copy of everything (React too).
    const maps = readdirSync(dist).filter(
      (name) => name.endsWith(`${extension}.map`) && name !== 'hold-stories.js.map',
    );
    for (const file of maps) {
      /** @type {{ sources: string[], sourcesContent?: (string | null)[] }} */
      const map = JSON.parse(readFileSync(join(dist, file), 'utf8'));
      map.sources.forEach((source, index) => {
        if (!/\bcreateContext\s*[<(]/.test(map.sourcesContent?.[index] ?? '')) return;
        homes.set(source, [...(homes.get(source) ?? []), file.slice(0, -'.map'.length)]);
      });
    }
    if (homes.size === 0) {
      fail(`${extension}: no source module calls createContext (no source maps?): nothing checked`);
      continue;
    }
    for (const [source, files] of homes) {
      if (files.length > 1) {
        fail(`${extension}: ${tidy(source)} is copied in ${files.join(' and ')}`);
      }
    }
    const holders = new Set([...homes.values()].flat());
    const root = [...loadedFiles(dist, `index${extension}`)].filter((file) => holders.has(file));
    const collection = loadedFiles(dist, `collection${extension}`);
    const common = root.filter((file) => collection.has(file));
    if (common.length === 0) {
      fail(`${extension}: index and collection load no context module in common`);
    } else {
      const modules = [...homes].filter(([, [file]]) => file && common.includes(file));
      lines.push(
        `${extension}: ${modules.map(([source]) => tidy(source)).join(', ')} ` +
          `once, in ${common.join(', ')}, loaded by index${extension} and collection${extension}`,
      );
    }
  }
  return { ok, lines };
}

/**
 * Next.js (App Router) reads a module as client code only when its first statement is the
 * `"use client"` directive. The React entries, both formats, must start with it, or a server
 * component importing `Stories` runs our hooks on the server; `schema` and `engine` must not
 * have it, nor load a file that has it or imports a peer, so a server component can run
 * `parseStory` itself. Read with TypeScript's parser: the first statement, not the first bytes.
 * @param {string} dist
 */
function clientDirectives(dist) {
  /** @type {string[]} */
  const lines = [];
  let ok = true;
  /** @param {string} file the directives of the file's prologue, in order */
  const prologue = (file) => {
    const source = ts.createSourceFile(file, readFileSync(join(dist, file), 'utf8'), {
      languageVersion: ts.ScriptTarget.Latest,
    });
    /** @type {string[]} */
    const directives = [];
    for (const statement of source.statements) {
      if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
      directives.push(statement.expression.text);
    }
    return directives;
  };
  for (const file of ['index.js', 'index.cjs', 'collection.js', 'collection.cjs']) {
    const directives = prologue(file);
    const good = directives[0] === 'use client';
    ok &&= good;
    lines.push(
      `${file}: ${good ? 'first statement "use client"' : `FAILED, prologue: ${JSON.stringify(directives)}`}`,
    );
  }
  const peer =
    /(?:from\s*|import\s*|require\()["'](?:react|react-dom|framer-motion|@use-gesture\/react)(?:\/[^"']*)?["']/;
  for (const entry of ['schema.js', 'schema.cjs', 'engine.js', 'engine.cjs']) {
    const files = [...loadedFiles(dist, entry)];
    const marked = files.filter((file) =>
      prologue(file).some((text) => /^use (client|server)$/.test(text)),
    );
    const peers = files.filter((file) => peer.test(readFileSync(join(dist, file), 'utf8')));
    const good = marked.length === 0 && peers.length === 0;
    ok &&= good;
    lines.push(
      good
        ? `${entry}: no directive and no React in ${files.join(', ')}`
        : `${entry}: FAILED, ${marked.length > 0 ? `directive in ${marked.join(', ')}` : ''}${peers.length > 0 ? ` a peer imported by ${peers.join(', ')}` : ''}`,
    );
  }
  return { ok, lines };
}

/**
 * `file` and every file of `dist` it loads, directly or through another (relative static
 * `import`/`export … from`, and `require` for CommonJS).
 * @param {string} dist @param {string} file
 * @returns {Set<string>}
 */
function loadedFiles(dist, file) {
  const seen = new Set([file]);
  const queue = [file];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const code = readFileSync(join(dist, next), 'utf8');
    for (const [, path] of code.matchAll(/(?:from\s*|import\s*|require\()["']\.\/([^"']+)["']/g)) {
      if (path && !seen.has(path)) {
        seen.add(path);
        queue.push(path);
      }
    }
  }
  return seen;
}

/** @returns {never} */
function finish() {
  console.log(
    failures.length === 0
      ? '\npackage check: all passed'
      : `\npackage check: FAILED (${failures.join(', ')})`,
  );
  process.exit(failures.length === 0 ? 0 : 1);
}

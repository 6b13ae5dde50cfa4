// @ts-check
// The README's examples compile, as a user would paste them into a fresh Vite + React 19 app:
// every ```tsx and ```ts block that imports `react-hold-stories` (any entry) becomes its own
// file in a scratch project, typechecked by the repository's TypeScript against the *packed*
// package (the tarball unpacked into that project's node_modules), not against src/.
//
// A block that truly cannot compile opts out with a comment on its first line, giving why:
//
//     // not compiled: <reason>
//
// Opted-out blocks are listed with their reason. Nothing is downloaded: the scratch project
// lives under node_modules/.cache, so the peers (react, framer-motion, @types/react…) resolve
// from the repository's own node_modules, as they would from an app's.
//
// Usage: node test/readme/checkReadme.mjs [--tarball <path>] [--readme <path>]
// With --tarball (`npm test` passes the one the package step packed) that tarball is used if it
// exists; otherwise the package is built and packed here. --readme checks another markdown file
// (README.md by default), e.g. a copy with a broken example to see the check fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = join(repo, 'node_modules/.cache/readme-check');
const installed = join(work, 'node_modules/react-hold-stories');
const OPT_OUT = /^\s*\/\/\s*not compiled:(.*)$/;
const IMPORTS_US = /(?:from\s*|import\s*|import\(\s*)['"]react-hold-stories(?:\/[^'"]*)?['"]/;

/**
 * A fresh Vite + React 19 app's tsconfig.app.json (Vite's `react-ts` template), plus
 * `noUncheckedIndexedAccess` and `isolatedModules`. `vite/client` declares `*.css` modules, as
 * the template's `vite-env.d.ts` does, so `import 'react-hold-stories/styles.css'` resolves.
 */
const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    useDefineForClassFields: true,
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    types: ['vite/client'],
    // As the template sets it: framer-motion's own .d.ts does not pass a check of its own.
    skipLibCheck: true,
    moduleResolution: 'bundler',
    verbatimModuleSyntax: true,
    isolatedModules: true,
    moduleDetection: 'force',
    noEmit: true,
    jsx: 'react-jsx',
    strict: true,
    noUncheckedIndexedAccess: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    erasableSyntaxOnly: true,
    noFallthroughCasesInSwitch: true,
    noUncheckedSideEffectImports: true,
  },
  include: ['*.ts', '*.tsx'],
};

/**
 * @typedef {{ lang: string, heading: string, start: number, lines: string[] }} Block
 *   `start`: the README line (1-based) of the block's first code line.
 */

/**
 * Every fenced code block of the markdown, with the heading it sits under.
 * @param {string} markdown
 * @returns {Block[]}
 */
function codeBlocks(markdown) {
  /** @type {Block[]} */
  const blocks = [];
  let heading = '(top)';
  /** @type {{ fence: string, block: Block } | undefined} */
  let open;
  markdown.split('\n').forEach((line, index) => {
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (open) {
      if (fence?.[1]?.startsWith(open.fence) && line.trim() === fence[1]) {
        blocks.push(open.block);
        open = undefined;
      } else {
        open.block.lines.push(line);
      }
    } else if (fence?.[1]) {
      open = {
        fence: fence[1],
        block: { lang: fence[2] ?? '', heading, start: index + 2, lines: [] },
      };
    } else if (/^#{1,6}\s/.test(line)) {
      heading = line.trim();
    }
  });
  return blocks;
}

/**
 * The tarball to check: the given one if it exists, else a fresh build packed here.
 * @param {string | undefined} given
 */
function tarball(given) {
  if (given && existsSync(given)) return given;
  if (given) console.log(`${given} not found: building and packing here`);
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: 'inherit' });
  if (build.status !== 0) fail('the build failed');
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (pack.status !== 0) fail(`npm pack failed:\n${pack.stderr}`);
  /** @type {{ filename: string }[]} */
  const [packed] = JSON.parse(pack.stdout);
  if (!packed) fail('npm pack printed no package');
  return join(work, packed.filename);
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`README check: FAILED (${message})`);
  process.exit(1);
}

/** @param {string} name the value after `--name`, if given */
const option = (name) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};
const given = option('tarball');
const README = option('readme') ?? 'README.md';

const blocks = codeBlocks(readFileSync(resolve(repo, README), 'utf8')).filter(
  (block) =>
    ['ts', 'tsx'].includes(block.lang) && block.lines.some((line) => IMPORTS_US.test(line)),
);
if (blocks.length === 0) fail(`${README} has no ts/tsx block importing react-hold-stories`);

rmSync(work, { recursive: true, force: true });
mkdirSync(installed, { recursive: true });
const packed = tarball(given && resolve(repo, given));
const unpack = spawnSync('tar', ['-xzf', packed, '-C', installed, '--strip-components=1'], {
  stdio: 'inherit',
});
if (unpack.status !== 0) fail(`could not unpack ${packed}`);
console.log(`package: ${relative(repo, packed)}, unpacked in ${relative(repo, installed)}`);
writeFileSync(join(work, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
// The app's own package.json, as a Vite app has: without it the nearest one is the repository's,
// and TypeScript resolves `react-hold-stories` as a self-reference to ./dist, not the tarball.
writeFileSync(
  join(work, 'package.json'),
  `${JSON.stringify({ name: 'readme-check', private: true, type: 'module' }, null, 2)}\n`,
);

/** @type {Map<string, Block>} file name → its block */
const files = new Map();
/** @type {string[]} */
const problems = [];
/** @param {Block} block its README lines and heading */
const where = (block) =>
  `${README}:${block.start}-${block.start + block.lines.length - 1} (${block.heading})`;
for (const block of blocks) {
  const optOut = OPT_OUT.exec(block.lines[0] ?? '');
  if (optOut) {
    const reason = optOut[1]?.trim();
    if (reason) {
      console.log(`skipped  ${where(block)}: not compiled: ${reason}`);
    } else {
      problems.push(`${where(block)}: "// not compiled:" needs a reason`);
    }
    continue;
  }
  // One file per block, named by its line: each block is a module of its own.
  const file = `block-line-${block.start}.${block.lang}`;
  writeFileSync(join(work, file), `${block.lines.join('\n')}\n`);
  files.set(file, block);
  console.log(`checking ${where(block)} → ${file}`);
}

if (files.size > 0) {
  const tsc = join(repo, 'node_modules/.bin/tsc');
  const args = ['-p', work, '--pretty', 'false', '--listFiles'];
  const run = spawnSync(tsc, args, { cwd: work, encoding: 'utf8' });
  if (run.error) fail(run.error.message);
  /** @type {Set<string>} */
  const failing = new Set();
  // tsc prints `file(line,col): error TSnnnn: message` and indented continuation lines, and
  // with --listFiles every file it read, one absolute path a line.
  let last = '';
  for (const line of `${run.stdout}${run.stderr}`.split('\n').filter(Boolean)) {
    if (line.startsWith('/')) {
      // The package as installed, never the working tree (a self-reference would read ./dist).
      const source = relative(repo, line);
      if (/^(dist|src)\//.test(source)) problems.push(`resolved the working tree: ${source}`);
      continue;
    }
    const error = /^(.+?)\((\d+),(\d+)\): (error .*)$/.exec(line);
    const block = error?.[1] ? files.get(error[1]) : undefined;
    if (error && block) {
      const readmeLine = block.start + Number(error[2]) - 1;
      const code = block.lines[Number(error[2]) - 1]?.trim() ?? '';
      failing.add(error[1] ?? '');
      last = `${README}:${readmeLine}:${error[3]} (${block.heading}): ${error[4]}\n    ${code}`;
      problems.push(last);
    } else if (/^\s/.test(line) && last) {
      problems[problems.length - 1] += `\n  ${line}`;
    } else {
      problems.push(line);
    }
  }
  if (run.status !== 0 && problems.length === 0) problems.push(`tsc exited ${run.status}`);
  for (const [file, block] of files) {
    console.log(`${failing.has(file) ? 'FAILED ' : 'ok     '}  ${where(block)}`);
  }
}

// The scratch files stay for a look after a failure; list them on success too.
console.log(`scratch project: ${relative(repo, work)} (${readdirSync(work).length} entries)`);
if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}\n`);
  fail(`${problems.length} error${problems.length === 1 ? '' : 's'} in ${README}'s examples`);
}
console.log(`\nREADME check: all passed (${files.size} blocks compiled)`);

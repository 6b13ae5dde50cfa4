// @ts-check
/**
 * Bytes and exports, beside react-insta-stories. esbuild bundles a one-line entry (minified,
 * tree-shaken, ES2020, production), then gzip -9; 1 kB = 1,000 bytes. Ours comes from `src/`
 * through the package's public specifiers (`react-hold-stories/collection`, …), so no stale
 * `dist/` is measured. Measured, each with its budget where it has one:
 * - `Stories` alone and every entry together, peers external (what our own code weighs);
 * - a minimal one-story app and a collection app: framer-motion and @use-gesture bundled, as
 *   the app pays for them, React external (react-insta-stories' app, for comparison, is its
 *   whole library: it has no other dependency);
 * - each entry alone, with its runtime and type exports (compiler API, see exportCounts.mjs);
 * - the stylesheet.
 * Quick and browser-free: `npm run bench:bytes` prints only these (test/bench/bytes.mjs).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { repoRoot, sourceAliases } from '../../support/aliases.mjs';
import { rawCss } from '../../support/rawCss.mjs';
import { countExports } from './exportCounts.mjs';
import { figure } from './figures.mjs';
import { measureStandalone, STANDALONE_BUDGET } from './standalone.mjs';

const KB = 1000;
const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*'];
const PEERS = [...REACT, 'framer-motion', 'framer-motion/*', '@use-gesture/react'];

/** Our limits (kB, min+gz), and the runtime names the root entry may export. */
export const BYTE_BUDGETS = {
  stories: 10,
  allEntries: 18,
  app: 25,
  collectionApp: 32,
  rootRuntimeExports: 25,
};

/** @type {import('esbuild').Plugin} */
const sourcesPlugin = {
  name: 'react-hold-stories-sources',
  setup(pluginBuild) {
    for (const { find, replacement } of sourceAliases) {
      pluginBuild.onResolve({ filter: find }, ({ path }) => ({
        path: path.replace(find, replacement),
      }));
    }
  },
};

/**
 * min+gz bytes of what `contents` pulls in, and the names the bundle exports.
 * @param {string} contents an ES module importing the library
 * @param {string[]} external
 * @param {'js' | 'css'} [loader]
 */
export async function minGzip(contents, external, loader = 'js') {
  const result = await build({
    stdin: { contents, resolveDir: repoRoot, loader, sourcefile: `entry.${loader}` },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    target: 'es2020',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    external,
    plugins: [sourcesPlugin, rawCss],
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const bytes = result.outputFiles.reduce(
    (sum, file) => sum + gzipSync(file.contents, { level: 9 }).length,
    0,
  );
  const exports = Object.values(result.metafile.outputs).flatMap((output) => output.exports);
  return { bytes, exports };
}

/** The package's JavaScript entries, as an app imports them (`react-hold-stories/schema`, …). */
function packageEntries() {
  const manifest = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8'));
  // The stylesheet, package.json and the standalone script (measured on its own) are no modules.
  return Object.keys(manifest.exports)
    .filter((key) => !/\.(css|json|js)$/.test(key))
    .map((key) => (key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`));
}

/** The source file behind a public specifier, from the aliases tests and tools share. */
function sourceOf(/** @type {string} */ specifier) {
  const alias = sourceAliases.find(({ find }) => find.test(specifier));
  if (!alias) throw new Error(`${specifier}: no alias in test/support/aliases.mjs`);
  return specifier.replace(alias.find, alias.replacement);
}

/**
 * Each entry alone (peers external) and its exports. The compiler's runtime names must be
 * the ones the bundle really exports: a mismatch would make the counts lie, so it throws.
 * @param {string[]} specifiers
 */
async function measureEntries(specifiers) {
  const counted = countExports(specifiers.map(sourceOf));
  return Promise.all(
    specifiers.map(async (specifier, index) => {
      const { values, types } = /** @type {import('./exportCounts.mjs').EntryExports} */ (
        counted[index]
      );
      const { bytes, exports } = await minGzip(`export * from '${specifier}';`, PEERS);
      const bundled = [...exports].sort();
      if (bundled.join() !== values.join()) {
        throw new Error(
          `${specifier}: the compiler counts [${values}] as runtime exports, ` +
            `the bundle exports [${bundled}]`,
        );
      }
      return { specifier, bytes, values: values.length, types: types.length };
    }),
  );
}

/** Every figure in bytes (min+gz), and the export counts. */
export async function measureBytes() {
  const specifiers = packageEntries();
  const allEntries = specifiers.map((entry, index) => `export * as e${index} from '${entry}';`);
  const entries = await measureEntries(specifiers);
  const root = entries.find((entry) => entry.specifier === 'react-hold-stories');
  if (!root) throw new Error('package.json exports no "." entry');
  const size = async (/** @type {string} */ contents, /** @type {string[]} */ external) =>
    (await minGzip(contents, external)).bytes;
  return {
    ours: {
      stories: await size(`export { Stories } from 'react-hold-stories';`, PEERS),
      allEntries: await size(allEntries.join('\n'), PEERS),
      app: await size(`export { Stories } from 'react-hold-stories';`, REACT),
      collectionApp: await size(
        `export { StoriesCollection } from 'react-hold-stories/collection';`,
        REACT,
      ),
      css: (await minGzip(`@import 'react-hold-stories/styles.css';`, [], 'css')).bytes,
      rootRuntimeExports: root.values,
      entries,
      standalone: await measureStandalone(),
    },
    theirs: {
      // Its build is one CommonJS file: nothing to shake, and its styles are inline in the JS.
      app: await size(`export { default } from 'react-insta-stories';`, REACT),
      css: 0,
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof measureBytes>>} Bytes */

/**
 * The rows of the side-by-side table. Theirs is `—` where it has nothing to compare.
 * @param {Bytes} bytes
 */
export function bytesFigures({ ours, theirs }) {
  const kB = (/** @type {number} */ mine, /** @type {number | undefined} */ other) => ({
    ours: [mine / KB],
    theirs: other === undefined ? [] : [other / KB],
  });
  return [
    figure('JS of Stories alone, peers external, min+gz (kB)', 1, kB(ours.stories, theirs.app)),
    figure(
      'JS of every entry together, peers external, min+gz (kB)',
      1,
      kB(ours.allEntries, theirs.app),
    ),
    figure('JS a minimal app adds, min+gz (kB)', 1, kB(ours.app, theirs.app)),
    figure('JS a collection app adds, min+gz (kB)', 1, kB(ours.collectionApp, undefined)),
    ...ours.entries.map(({ specifier, bytes }) =>
      figure(`JS of ${specifier} alone, peers external, min+gz (kB)`, 1, kB(bytes, undefined)),
    ),
    figure('runtime names react-hold-stories exports', 0, {
      ours: [ours.rootRuntimeExports],
      theirs: [],
    }),
    figure('CSS, min+gz (kB)', 1, kB(ours.css, theirs.css)),
    figure(
      'the standalone script, React 19 inside, min+gz (kB)',
      1,
      kB(ours.standalone.bytes, undefined),
    ),
  ];
}

/**
 * Our byte and export budgets, in the shape `npm run bench` collects.
 * @param {Bytes} bytes
 */
export function bytesBudgets({ ours }) {
  const check = (
    /** @type {string} */ name,
    /** @type {number} */ value,
    /** @type {number} */ limit,
    /** @type {string} */ unit,
  ) => ({ name, value, limit, unit, ok: value <= limit });
  return [
    check('bytes: Stories alone, peers external', ours.stories / KB, BYTE_BUDGETS.stories, 'kB'),
    check(
      'bytes: every entry together, peers external',
      ours.allEntries / KB,
      BYTE_BUDGETS.allEntries,
      'kB',
    ),
    check('bytes: a minimal one-story app', ours.app / KB, BYTE_BUDGETS.app, 'kB'),
    check('bytes: a collection app', ours.collectionApp / KB, BYTE_BUDGETS.collectionApp, 'kB'),
    check(
      'bytes: the standalone script, React 19 inside',
      ours.standalone.bytes / KB,
      STANDALONE_BUDGET,
      'kB',
    ),
    check(
      'exports: runtime names of react-hold-stories',
      ours.rootRuntimeExports,
      BYTE_BUDGETS.rootRuntimeExports,
      'names',
    ),
  ];
}

/**
 * Each entry: its own size and what it exports.
 * @param {Bytes} bytes
 */
export function printEntries({ ours }) {
  console.table(
    Object.fromEntries(
      ours.entries.map(({ specifier, bytes, values, types }) => [
        specifier,
        {
          'min+gz (kB)': (bytes / KB).toFixed(1),
          'runtime exports': values,
          'type exports': types,
        },
      ]),
    ),
  );
}

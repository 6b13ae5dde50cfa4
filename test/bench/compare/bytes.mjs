// @ts-check
/**
 * Bytes each library adds to a minimal app: esbuild bundles a one-line entry (minified,
 * tree-shaken, ES2020, production), then gzip -9. React and ReactDOM stay external for both.
 * Ours is counted twice: what the app adds for `<Stories>` (framer-motion and @use-gesture
 * included, as the app pays for them), and our own JS alone (every entry of package.json's
 * `exports`, peers external, our dependencies bundled). Ours comes from `src/` through the
 * package's public specifiers, so no stale `dist/` is measured.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { repoRoot, sourceAliases } from '../../support/aliases.mjs';

const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*'];
const PEERS = [...REACT, 'framer-motion', 'framer-motion/*', '@use-gesture/react'];

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
 * min+gz bytes of what `contents` pulls in.
 * @param {string} contents an ES module importing the library
 * @param {string[]} external
 * @param {'js' | 'css'} [loader]
 */
async function minGzip(contents, external, loader = 'js') {
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
    plugins: [sourcesPlugin],
    write: false,
    logLevel: 'error',
  });
  const bytes = result.outputFiles.reduce(
    (sum, file) => sum + gzipSync(file.contents, { level: 9 }).length,
    0,
  );
  return bytes;
}

/** The package's JavaScript entries, as an app imports them (`react-hold-stories/schema`, …). */
function packageEntries() {
  const manifest = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8'));
  return Object.keys(manifest.exports)
    .filter((key) => !/\.(css|json)$/.test(key))
    .map((key) => (key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`));
}

/** Every figure in bytes (min+gz). */
export async function measureBytes() {
  const entries = packageEntries();
  const allEntries = entries.map((entry, index) => `export * as e${index} from '${entry}';`);
  return {
    ours: {
      app: await minGzip(`export { Stories } from 'react-hold-stories';`, REACT),
      own: await minGzip(allEntries.join('\n'), PEERS),
      css: await minGzip(`@import 'react-hold-stories/styles.css';`, [], 'css'),
      entries,
    },
    theirs: {
      // Its build is one CommonJS file: nothing to shake, and its styles are inline in the JS.
      app: await minGzip(`export { default } from 'react-insta-stories';`, REACT),
      css: 0,
    },
  };
}

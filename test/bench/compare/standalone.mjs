// @ts-check
/**
 * The standalone script (`dist/hold-stories.js`: `<hold-stories>` with React inside), built from
 * `src/standalone.ts` as tsup builds it (IIFE, minified, production React), then gzip -9. What
 * each part costs is its share of the minified bytes applied to the gzipped total (gzip is not
 * additive, so the parts are estimates; the total is measured).
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { repoRoot } from '../../support/aliases.mjs';
import { rawCss } from '../../support/rawCss.mjs';

/** The budget (kB, min+gz) of the standalone script, React 19 inside. */
export const STANDALONE_BUDGET = 100;

/** Which part of the script a bundled file belongs to. */
function partOf(/** @type {string} */ path) {
  if (path.startsWith('raw-css:')) return 'our skin (CSS text)';
  const modules = path.split('node_modules/');
  if (modules.length < 2) return 'our code';
  const [scope = '', name = ''] = (modules.at(-1) ?? '').split('/');
  const pkg = scope.startsWith('@') ? `${scope}/${name}` : scope;
  if (pkg === 'motion-dom' || pkg === 'motion-utils') return 'framer-motion';
  if (pkg.startsWith('@use-gesture')) return '@use-gesture';
  return pkg;
}

export async function measureStandalone() {
  const result = await build({
    entryPoints: [`${repoRoot}src/standalone.ts`],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [rawCss],
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('the standalone build wrote nothing');
  const bytes = gzipSync(file.contents, { level: 9 }).length;
  const [output] = Object.values(result.metafile.outputs);
  /** @type {Map<string, number>} */
  const parts = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    parts.set(partOf(path), (parts.get(partOf(path)) ?? 0) + bytesInOutput);
  }
  const minified = file.contents.length;
  return {
    bytes,
    minified,
    parts: [...parts]
      .sort(([, a], [, b]) => b - a)
      .map(([name, min]) => ({ name, min, gzip: (min / minified) * bytes })),
  };
}

/**
 * Prints the script's parts.
 * @param {Awaited<ReturnType<typeof measureStandalone>>} standalone
 */
export function printStandalone({ bytes, parts }) {
  console.table(
    Object.fromEntries(
      parts.map(({ name, min, gzip }) => [
        name,
        { 'min (kB)': (min / 1000).toFixed(1), 'min+gz, its share (kB)': (gzip / 1000).toFixed(1) },
      ]),
    ),
  );
  console.log(`total: ${(bytes / 1000).toFixed(1)} kB min+gz`);
}

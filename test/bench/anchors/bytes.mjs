// @ts-check
/**
 * Bytes of the two anchors, measured the way compare/bytes.mjs measures react-insta-stories:
 * esbuild bundles a one-line entry (minified, tree-shaken, ES2020, production, peers external),
 * then gzip -9; 1 kB = 1,000 bytes. Their stylesheets the same way (esbuild's CSS bundler).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*'];

/**
 * min+gz bytes of what `contents` pulls in.
 * @param {string} contents an ES module (or stylesheet) importing the library
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
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles.reduce(
    (sum, file) => sum + gzipSync(file.contents, { level: 9 }).length,
    0,
  );
}

/**
 * zuck.js's own minified build, gzip -9 as it is: the file its README loads with a script tag.
 * Its "exports" map leads bundlers to the development build instead, so it is found on disk.
 */
function zuckScriptTagFile() {
  const entry = createRequire(`${repoRoot}package.json`).resolve('zuck.js');
  return gzipSync(readFileSync(entry.replace(/zuck\.js$/, 'zuck.min.js')), { level: 9 }).length;
}

export async function measureAnchorBytes() {
  return {
    zuck: {
      // No dependency at all. Its npm entry (dist/zuck.js) is webpack's development build: every
      // module is a string passed to eval(), which a minifier cannot shrink.
      js: await minGzip(`export { Zuck } from 'zuck.js';`, []),
      css: await minGzip(`@import 'zuck.js/css';\n@import 'zuck.js/skins/snapgram';`, [], 'css'),
      scriptTag: zuckScriptTagFile(),
    },
    storiesReact: {
      js: await minGzip(`export { default } from 'stories-react';`, REACT),
      css: await minGzip(`@import 'stories-react/dist/index.css';`, [], 'css'),
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof measureAnchorBytes>>} AnchorBytes */

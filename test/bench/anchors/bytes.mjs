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
import { minGzip } from '../compare/bytes.mjs';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*'];

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
      js: (await minGzip(`export { Zuck } from 'zuck.js';`, [])).bytes,
      css: (await minGzip(`@import 'zuck.js/css';\n@import 'zuck.js/skins/snapgram';`, [], 'css'))
        .bytes,
      scriptTag: zuckScriptTagFile(),
    },
    storiesReact: {
      js: (await minGzip(`export { default } from 'stories-react';`, REACT)).bytes,
      css: (await minGzip(`@import 'stories-react/dist/index.css';`, [], 'css')).bytes,
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof measureAnchorBytes>>} AnchorBytes */

// @ts-check
/**
 * The side-by-side page (test/bench/page) built for production by Vite, as an app ships it, and
 * served from the build on a free port. Built from the sources through the package's public
 * specifiers (test/support/aliases.mjs), like the demo; react-insta-stories from node_modules.
 * The raster frames (rasterFrames.mjs) are served beside it as `./raster/frame-NN.jpg`.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { sourceAliases } from '../../support/aliases.mjs';
import { ensureRasterFrames } from './rasterFrames.mjs';

const pageRoot = fileURLToPath(new URL('../page/', import.meta.url));
const outDir = fileURLToPath(new URL('../../../node_modules/.cache/bench-page/', import.meta.url));

/** @type {import('vite').InlineConfig} */
const config = {
  configFile: false,
  root: pageRoot,
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      ...sourceAliases,
      // A production React whose <Profiler> still reports commits: the profiling build of the
      // renderer, React's documented way (the plain production build drops onRender).
      { find: /^react-dom\/client$/, replacement: 'react-dom/profiling' },
    ],
  },
  cacheDir: fileURLToPath(new URL('../../../node_modules/.vite/bench-page', import.meta.url)),
  build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  logLevel: 'warn',
};

/**
 * Builds the page, then serves the build.
 * @param {{ minify?: boolean }} [options] `minify: false` keeps the functions' names (for the
 *   trace's attribution: trace.mjs); the measures use the shipped, minified build.
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serveBenchPage({ minify = true } = {}) {
  const publicDir = await ensureRasterFrames();
  /** @type {import('vite').InlineConfig} */
  const built = {
    ...config,
    publicDir,
    build: { ...config.build, minify, outDir: minify ? outDir : outDir.replace(/\/$/, '-names/') },
    cacheDir: `${config.cacheDir}${minify ? '' : '-names'}`,
  };
  await build(built);
  const server = await preview({
    ...built,
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview started without a local URL');
  return { url, close: () => server.close() };
}

// @ts-check
/**
 * The side-by-side page (test/bench/page) built for production by Vite, as an app ships it, and
 * served from the build on a free port. Built from the sources through the package's public
 * specifiers (test/support/aliases.mjs), like the demo; react-insta-stories from node_modules.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { sourceAliases } from '../../support/aliases.mjs';

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
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serveBenchPage() {
  await build(config);
  const server = await preview({
    ...config,
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview started without a local URL');
  return { url, close: () => server.close() };
}

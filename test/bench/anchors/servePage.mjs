// @ts-check
/**
 * The anchors page (this folder) built for production by Vite, as an app ships it, and served
 * from the build on a free port: the same build as compare/servePage.mjs (the profiling React
 * renderer for the <Profiler>, the raster frames beside it as `./raster/frame-NN.jpg`), its own
 * output and cache folders so both pages can be built in the same run.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { ensureRasterFrames } from '../compare/rasterFrames.mjs';

const nodeModules = (/** @type {string} */ path) =>
  fileURLToPath(new URL(`../../../node_modules/${path}`, import.meta.url));

/**
 * zuck.js's npm entry (dist/zuck.js) is a webpack script that ends in `this.Zuck = …`: webpack
 * and esbuild read a file without `import` or `export` as CommonJS, where `this` is `exports`,
 * so `import { Zuck } from 'zuck.js'` works there; Rolldown (Vite 8) reads it as an ES module,
 * where `this` is undefined, and fails the build ("Zuck" is not exported). Run it the way the
 * other two bundlers do: with an exports object as `this`. The code itself is unchanged.
 * @type {import('vite').Plugin}
 */
export const zuckAsCommonJs = {
  name: 'zuck-as-commonjs',
  transform(code, id) {
    if (!id.endsWith('/node_modules/zuck.js/dist/zuck.js')) return null;
    return {
      code: `const exports = {};\n(function () {\n${code}\n}).call(exports);\nexport const Zuck = exports.Zuck;\n`,
      map: null,
    };
  },
};

/** Builds the page, then serves the build. */
export async function serveAnchorsPage() {
  /** @type {import('vite').InlineConfig} */
  const config = {
    configFile: false,
    root: fileURLToPath(new URL('./', import.meta.url)),
    base: './',
    publicDir: await ensureRasterFrames(),
    plugins: [react(), zuckAsCommonJs],
    resolve: {
      // React's documented way to keep <Profiler> commits in a production build.
      alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }],
    },
    cacheDir: nodeModules('.vite/bench-anchors'),
    build: {
      outDir: nodeModules('.cache/bench-anchors'),
      emptyOutDir: true,
      reportCompressedSize: false,
      rolldownOptions: {
        // zuck.js's webpack development build wraps each of its modules in eval(): known, not ours.
        onwarn(warning, warn) {
          if (warning.code === 'EVAL' && warning.id?.includes('/node_modules/zuck.js/')) return;
          warn(warning);
        },
      },
    },
    logLevel: 'warn',
  };
  await build(config);
  const server = await preview({
    ...config,
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview started without a local URL');
  return { url, close: () => server.close() };
}

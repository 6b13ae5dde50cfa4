// @ts-check
// `import css from '../styles.css?raw'` as esbuild builds it (Vite reads `?raw` by itself in tests
// and Storybook): the stylesheet's text, minified. Shared by tsup.config.ts (the element's skin,
// inlined for its shadow root) and the benchmark (the standalone script's bytes).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

/** @type {import('esbuild').Plugin} */
export const rawCss = {
  name: 'raw-css',
  setup(build) {
    // The path keeps its `?raw`: tsup's own CSS loader takes every path that ends in `.css`.
    build.onResolve({ filter: /\.css\?raw$/ }, ({ path, resolveDir }) => ({
      path: join(resolveDir, path),
      namespace: 'raw-css',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw-css' }, async ({ path }) => {
      const css = await readFile(path.replace(/\?raw$/, ''), 'utf8');
      const { code } = await transform(css, { loader: 'css', minify: true });
      return { contents: code, loader: 'text' };
    });
  },
};

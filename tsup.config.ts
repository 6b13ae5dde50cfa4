import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';
// The skin as text for the element's shadow root (`styles.css?raw`).
import { rawCss } from './test/support/rawCss.mjs';

/** Public entries: `dist/<name>.{js,cjs,d.ts,d.cts}`, one per subpath of package.json `exports`. */
const entry = {
  index: 'src/index.ts',
  collection: 'src/collection.ts',
  schema: 'src/schema/index.ts',
  engine: 'src/engine/index.ts',
  element: 'src/element/index.ts',
};

/** Peers stay imports in the bundle: the app brings its own single copy. */
const external = ['react', 'react-dom', 'framer-motion', '@use-gesture/react'];

const STYLES = 'src/styles.css';

/**
 * The entries that render React. Next.js (App Router) treats a module as client code only when
 * its first statement is `"use client"`: without it, a server component importing `Stories`
 * runs our hooks on the server and the build fails. `schema` and `engine` stay unmarked so a
 * server component can run them; the shared chunks need nothing (they load inside the client
 * graph of an entry that has it, or hold no React).
 */
const CLIENT_ENTRIES = ['index', 'collection'];
const USE_CLIENT = '"use client";';

/**
 * Puts the directive on its own first line of each client entry file, both formats, and moves
 * the source map one line down to match (a leading `;` in `mappings` is one empty generated line).
 * Done after the build because esbuild keeps a directive only at the top of an ESM entry, and
 * tsup's CommonJS rewrite of split chunks writes `"use strict";Object.defineProperty(…)` before
 * it, where it is no directive at all. A banner cannot do it: it goes on every file, chunks and
 * `schema` included. A missing entry file throws, so a renamed entry fails the build.
 */
async function markClientEntries() {
  for (const name of CLIENT_ENTRIES) {
    for (const file of [`dist/${name}.js`, `dist/${name}.cjs`]) {
      const code = await readFile(file, 'utf8');
      // Idempotent: esbuild already kept the directive if the source entry starts with one.
      if (/^["']use client["'];?\r?\n/.test(code)) continue;
      await writeFile(file, `${USE_CLIENT}\n${code}`);
      const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
      map.mappings = `;${map.mappings}`;
      await writeFile(`${file}.map`, JSON.stringify(map));
    }
  }
}

/**
 * `dist/hold-stories.js`: the standalone script of `<hold-stories>`, React and the peers inside,
 * a classic script (IIFE) for a `<script>` tag, production React, minified.
 */
const standalone: Options = {
  entry: { 'hold-stories': 'src/standalone.ts' },
  format: ['iife'],
  outExtension: () => ({ js: '.js' }),
  noExternal: [/.*/],
  platform: 'browser',
  target: 'es2020',
  minify: true,
  sourcemap: true,
  clean: false,
  dts: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  esbuildPlugins: [rawCss],
};

export default defineConfig([
  {
    entry,
    format: ['esm', 'cjs'],
    // The entries share modules (the collection renders the root's parts inside the root's
    // contexts): one copy of each, in shared chunks, or an app importing both
    // `react-hold-stories` and `react-hold-stories/collection` would get two React contexts.
    // tsup builds the CommonJS side as split ESM too, then rewrites each file to `require`.
    splitting: true,
    dts: {
      // tsup 8.5 passes options TypeScript 6 deprecated (baseUrl): without this the d.ts build
      // stops on TS5101. Kept here so no extra tsconfig file is needed for the build.
      compilerOptions: { ignoreDeprecations: '6.0' },
    },
    sourcemap: true,
    // Everything but the standalone script, which the other build writes at the same time.
    clean: ['**/*', '!hold-stories.js', '!hold-stories.js.map'],
    target: 'es2020',
    external,
    esbuildPlugins: [rawCss],
    // The skin is plain CSS shipped as-is (`react-hold-stories/styles.css`); it is not imported
    // from JS, so esbuild would never see it. A missing file must fail the build, not ship
    // a package whose `exports` points at nothing.
    async onSuccess() {
      if (!existsSync(STYLES)) {
        throw new Error(`${STYLES} is missing: package.json exports ./styles.css from it.`);
      }
      await mkdir('dist', { recursive: true });
      await copyFile(STYLES, 'dist/styles.css');
      await markClientEntries();
    },
  },
  standalone,
]);

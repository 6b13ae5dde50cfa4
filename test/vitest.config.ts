import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { repoRoot, sourceAliases } from './support/aliases.mjs';
import { CHROMIUM_ARGS, findChromium } from './support/chromium.mjs';

/**
 * Resolved only when the browser is launched, so `--project unit` still runs on a machine
 * without Chromium; the browser project then fails with findChromium's install hint.
 */
const react18 = (path: string) => `${repoRoot}test/react18/node_modules/${path}`;
const react18Aliases = [
  { find: /^react$/, replacement: react18('react/index.js') },
  { find: /^react\/(.*)$/, replacement: react18('react/$1') },
  { find: /^react-dom$/, replacement: react18('react-dom/index.js') },
  { find: /^react-dom\/(.*)$/, replacement: react18('react-dom/$1') },
  // Their CommonJS builds would require() the root's React past the aliases: use their ESM.
  {
    find: /^@testing-library\/react$/,
    replacement: `${repoRoot}node_modules/@testing-library/react/dist/@testing-library/react.esm.js`,
  },
  {
    find: /^@use-gesture\/react$/,
    replacement: `${repoRoot}node_modules/@use-gesture/react/dist/use-gesture-react.esm.js`,
  },
];

const launchOptions = {
  args: CHROMIUM_ARGS,
  get executablePath() {
    return findChromium();
  },
};

export default defineConfig({
  // This file lives in test/: globs and aliases are relative to the repository root.
  root: repoRoot,
  plugins: [react()],
  resolve: { alias: sourceAliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        extends: true,
        // The same React tests on React 18 (installed apart in test/react18): React and
        // ReactDOM resolve there, and the libraries that import them are inlined so they get
        // that copy too rather than the root's React 19.
        resolve: { alias: [...react18Aliases, ...sourceAliases] },
        test: {
          name: 'react18',
          environment: 'jsdom',
          globals: true,
          // The element (react-hold-stories/element) renders with the page's React: 18 too.
          include: ['test/unit/react/**/*.test.tsx', 'test/unit/element/**/*.test.tsx'],
          setupFiles: ['test/unit/setup.ts'],
          server: {
            deps: {
              inline: [/@testing-library\/react/, /framer-motion/, /motion-dom/, /@use-gesture/],
            },
          },
        },
      },
      {
        extends: true,
        test: {
          // Real Chromium driven from Node (playwright-core): touch through CDP, layout,
          // timing, axe and screenshots against a Vite-served page, as a viewer would.
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time on a 2-core machine keeps display-frame timing honest.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        // Pre-bundled up front: discovered mid-run, Vite reloads the page under a running test.
        optimizeDeps: {
          include: [
            'react',
            'react-dom',
            'react-dom/client',
            'react/jsx-dev-runtime',
            'framer-motion',
            '@use-gesture/react',
          ],
        },
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.browser.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions }),
            instances: [{ browser: 'chromium' }],
            // A phone: the stories are built for a portrait touch screen.
            viewport: { width: 390, height: 844 },
          },
        },
      },
      {
        // Every story in .storybook/main.ts becomes a test: it renders, its play function runs,
        // and axe checks it (preview.ts sets `a11y.test: 'error'`, so a violation fails it).
        // Not `extends: true`: the plugin brings Storybook's own Vite config (React, aliases).
        plugins: [storybookTest({ configDir: `${repoRoot}.storybook` })],
        test: {
          name: 'storybook',
          // A story that loads a video and its cue file may wait on them on a busy machine.
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions }),
            instances: [{ browser: 'chromium' }],
            // Room for the 390 × 693 phone box and the inspector's panel under it.
            viewport: { width: 1024, height: 900 },
          },
        },
      },
    ],
  },
});

import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { repoRoot, sourceAliases } from './support/aliases.mjs';
import { CHROMIUM_ARGS, findChromium } from './support/chromium.mjs';

/**
 * Resolved only when the browser is launched, so `--project unit` still runs on a machine
 * without Chromium; the browser project then fails with findChromium's install hint.
 */
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
    ],
  },
});

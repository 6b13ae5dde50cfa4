// @ts-check
// The one place that finds a Chromium: browsers cannot be downloaded here, so every runner
// (vitest browser mode, bench, e2e scripts) launches the system one through playwright-core.
import { existsSync } from 'node:fs';

/** Paths tried in order after `CHROME_PATH`. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * Flags for Debian's Chromium in a container: no sandbox (we run as root), no GPU, and no
 * background traffic (component updates, sync) that would slow or perturb timing tests.
 * @type {string[]}
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// `npx playwright install` cannot download browsers here: point at the system package instead.
const INSTALL_HINT =
  'Install one with `apt-get update && apt-get install -y chromium` (as root), ' +
  'or set CHROME_PATH to a Chrome/Chromium binary.';

/**
 * Path of the Chromium to launch. `CHROME_PATH` wins so a developer can point at any build.
 * @returns {string}
 * @throws {Error} when no browser is found, saying how to get one.
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.\n${INSTALL_HINT}`);
  }
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    `No Chromium found (tried CHROME_PATH, ${CHROMIUM_CANDIDATES.join(', ')}).\n${INSTALL_HINT}`,
  );
}

/**
 * Launch options for playwright-core / @vitest/browser-playwright.
 * @returns {{ executablePath: string, args: string[], headless: boolean }}
 */
export function chromiumLaunchOptions() {
  return { executablePath: findChromium(), args: [...CHROMIUM_ARGS], headless: true };
}

// @ts-check
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../../test/support/aliases.mjs';

/** The package's standalone script (`npm run build`, tsup): React and `<hold-stories>` in one file. */
export const SCRIPT = join(repoRoot, 'dist/hold-stories.js');

/** What the script is built from: a change to any of them makes it stale. */
const INPUTS = ['src', 'tsup.config.ts', 'package.json'].map((path) => join(repoRoot, path));

function newestInput() {
  let newest = 0;
  /** @param {string} path */
  const visit = (path) => {
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  for (const path of INPUTS) if (existsSync(path)) visit(path);
  return newest;
}

/** @type {Promise<void> | undefined} */
let building;

/**
 * Builds the package (tsup) when `dist/hold-stories.js` is missing or older than its sources, so
 * the demo never ships a stale player; a fresh one is reused (the whole build takes ~15 s).
 * @param {(message: string) => void} log
 * @returns {Promise<void>}
 * @throws Error with tsup's output when the package build fails.
 */
export async function ensurePackageScript(log) {
  if (existsSync(SCRIPT) && statSync(SCRIPT).mtimeMs >= newestInput()) return;
  // One build at a time, however many requests (dev) or hooks ask for it.
  building ??= (async () => {
    log('building the package: dist/hold-stories.js is missing or older than src/');
    try {
      await promisify(execFile)(join(repoRoot, 'node_modules/.bin/tsup'), [], {
        cwd: repoRoot,
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      const { stdout = '', stderr = '' } = /** @type {{ stdout?: string, stderr?: string }} */ (
        error
      );
      throw new Error(`the package build (tsup) failed:\n${stdout}${stderr}`);
    } finally {
      building = undefined;
    }
  })();
  return building;
}

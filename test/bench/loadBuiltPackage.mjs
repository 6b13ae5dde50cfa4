// @ts-check
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Imports a built ESM entry (`'engine'`: `dist/engine.js`, i.e. `react-hold-stories/engine`),
 * building the package first when it is missing.
 * @param {string} name
 */
export async function loadBuiltPackage(name) {
  const entry = `${root}dist/${name}.js`;
  if (!existsSync(entry)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  return import(pathToFileURL(entry).href);
}

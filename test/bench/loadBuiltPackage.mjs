// @ts-check
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = `${root}dist/index.js`;

/** Imports the built ESM entry, building it first when `dist/` is missing. */
export async function loadBuiltPackage() {
  if (!existsSync(entry)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  return import(pathToFileURL(entry).href);
}

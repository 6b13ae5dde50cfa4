import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  // The repository above has a lockfile of its own: this folder is the app's root, so nothing
  // outside it (the repository's node_modules, its src) can be picked up by mistake.
  turbopack: { root: here },
  outputFileTracingRoot: here,
};

// @ts-check
// Vite aliases that make the package's public specifiers point at the sources, so tests,
// Storybook and the demo exercise `src/` exactly as an app imports the published package.
// Shared by test/vitest.config.ts, .storybook/main.ts and demo/vite.config.ts: when the
// package gains an entry (e.g. `react-hold-stories/schema`), add it here once.
import { fileURLToPath } from 'node:url';

const src = (/** @type {string} */ path) =>
  fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

/**
 * Exact-match aliases (regexes, so `react-hold-stories` does not also capture its subpaths).
 * @type {{ find: RegExp, replacement: string }[]}
 */
export const sourceAliases = [
  { find: /^react-hold-stories$/, replacement: src('index.ts') },
  { find: /^react-hold-stories\/collection$/, replacement: src('collection.ts') },
  { find: /^react-hold-stories\/schema$/, replacement: src('schema/index.ts') },
  { find: /^react-hold-stories\/engine$/, replacement: src('engine/index.ts') },
  { find: /^react-hold-stories\/element$/, replacement: src('element/index.ts') },
  // The query (e.g. `?raw`) is kept: the docs read the skin's variables from the file itself.
  { find: /^react-hold-stories\/styles\.css(\?.*)?$/, replacement: `${src('styles.css')}$1` },
];

/** Repository root, for configs that live in a subfolder. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

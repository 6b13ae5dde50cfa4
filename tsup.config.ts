import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { defineConfig } from 'tsup';

/** Public entries: `dist/<name>.{js,cjs,d.ts,d.cts}`, one per subpath of package.json `exports`. */
const entry = {
  index: 'src/index.ts',
  collection: 'src/collection.ts',
  schema: 'src/schema/index.ts',
  engine: 'src/engine/index.ts',
};

/** Peers stay imports in the bundle: the app brings its own single copy. */
const external = ['react', 'react-dom', 'framer-motion', '@use-gesture/react'];

const STYLES = 'src/styles.css';

export default defineConfig({
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
  clean: true,
  target: 'es2020',
  external,
  // The skin is plain CSS shipped as-is (`react-hold-stories/styles.css`); it is not imported
  // from JS, so esbuild would never see it. A missing file must fail the build, not ship
  // a package whose `exports` points at nothing.
  async onSuccess() {
    if (!existsSync(STYLES)) {
      throw new Error(`${STYLES} is missing: package.json exports ./styles.css from it.`);
    }
    await mkdir('dist', { recursive: true });
    await copyFile(STYLES, 'dist/styles.css');
  },
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceAliases } from '../test/support/aliases.mjs';

const demoDir = fileURLToPath(new URL('.', import.meta.url));

// The demo imports the package by its public name; the alias serves it from src/.
export default defineConfig({
  root: demoDir,
  plugins: [react()],
  resolve: { alias: sourceAliases },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
  },
});

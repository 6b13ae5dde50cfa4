import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { sourceAliases } from '../test/support/aliases.mjs';
import { embedFiles } from './tools/embed/plugin.mjs';

const demoDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Where the site will live, for the embed (embed.html's snippet and the images of
 * histoires.json then carry absolute URLs, so the stories play from a page of another site;
 * that site fetches histoires.json, so this host must answer it with
 * `Access-Control-Allow-Origin`) and for the social preview.
 * `DEMO_SITE_URL=https://example.org/stop-harcelement/ npm run build:demo`; without it the embed
 * refers to its files relative to the page.
 */
function siteUrl(): string {
  const url = process.env.DEMO_SITE_URL ?? '';
  return url === '' || url.endsWith('/') ? url : `${url}/`;
}

/**
 * The address the social preview (`og:url`, `og:image`) names when `DEMO_SITE_URL` is not set:
 * link previews (Facebook, WhatsApp, Slack…) ignore a relative `og:image`, so the preview is
 * always absolute. It is where GitHub Pages publishes this repository (package.json's
 * `repository`); a site published elsewhere sets `DEMO_SITE_URL` at build time.
 */
const DEFAULT_SITE_URL = 'https://react-hold-stories.github.io/react-hold-stories/';

/** Fills `%DEMO_SITE_URL%` in index.html (the social preview's address, always absolute). */
function socialPreviewUrl(): Plugin {
  return {
    name: 'demo:site-url',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replaceAll('%DEMO_SITE_URL%', siteUrl() || DEFAULT_SITE_URL),
    },
  };
}

/**
 * The id of the `<template>` that holds the player's hints in the built index.html; main.ts
 * reads it by the same name.
 */
const PLAYER_HINTS_ID = 'demo-player-files';

/**
 * The player (React, the library, the scenes: one chunk, ~145 kB gzipped) runs when the viewer
 * leaves the opening screen, and should be there by then. Its files are hinted with
 * `modulepreload` (the script lands in the module map, which the later `import()` uses) and
 * `preload` (the stylesheet stays in memory for the `<link rel="stylesheet">` the import adds):
 * both are used whatever the host's cache headers say. A `prefetch` only fills the HTTP cache,
 * which a host without cache headers leaves unusable: the player then travelled twice.
 *
 * The hints are written inert, in a `<template>`: main.ts moves them into the head once the
 * opening screen has painted, so its first paint waits for nothing but the page and its
 * stylesheet (a hint in the head would share the phone's bandwidth with them).
 */
function preloadPlayerLater(): Plugin {
  return {
    name: 'demo:preload-player-later',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        // The embed page plays the standalone script only: it has no entry chunk here.
        if (!bundle || !chunk) return [];
        // What the entry imports statically is already hinted by Vite in the head.
        const loaded = new Set<string>();
        const files = new Set<string>();
        const walk = (fileName: string, into: Set<string>) => {
          const file = bundle[fileName];
          if (file?.type !== 'chunk' || into.has(fileName) || loaded.has(fileName)) return;
          into.add(fileName);
          for (const css of file.viteMetadata?.importedCss ?? []) into.add(css);
          for (const next of file.imports) walk(next, into);
        };
        for (const next of chunk.imports) walk(next, loaded);
        for (const next of chunk.dynamicImports) walk(next, files);
        if (files.size === 0) return [];
        return [
          {
            tag: 'template',
            attrs: { id: PLAYER_HINTS_ID },
            children: [...files].map((file) => ({
              tag: 'link',
              attrs: {
                ...(file.endsWith('.css')
                  ? { rel: 'preload', as: 'style' }
                  : { rel: 'modulepreload' }),
                href: `./${file}`,
                // The request mode of the import that will use it (Vite's loader sets
                // `crossOrigin = ''`): a preload is only reused by a matching request.
                crossorigin: true,
              },
            })),
            injectTo: 'body' as const,
          },
        ];
      },
    },
  };
}

// The demo imports the package by its public name; the alias serves it from src/.
export default defineConfig({
  root: demoDir,
  // Relative URLs: the built folder works from any address (a domain root or a subfolder).
  base: './',
  plugins: [react(), socialPreviewUrl(), preloadPlayerLater(), embedFiles({ base: siteUrl() })],
  resolve: { alias: sourceAliases },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    // No polyfill: its `fetch()` of a hint goes through the HTTP cache, so on a host without
    // cache headers the player would travel twice again. The few targeted browsers without
    // `modulepreload` (before Safari 17, Firefox 115) just load the player on the tap.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The piece, and the page that shows how to put it on another site (<hold-stories>).
      input: { index: `${demoDir}index.html`, embed: `${demoDir}embed.html` },
    },
  },
});

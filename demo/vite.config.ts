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
 * The player is loaded when the viewer leaves the opening screen. Its files are prefetched
 * (downloaded into the cache at low priority, not run), so the start is instant on a phone
 * and the opening screen's first paint waits for nothing but the page and its stylesheet.
 */
function prefetchPlayer(): Plugin {
  return {
    name: 'demo:prefetch-player',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, path }) {
        // The embed page plays the standalone script only: it has no use for the player's chunks.
        if (!bundle || !path.endsWith('/index.html')) return [];
        const files = new Set<string>();
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || chunk.isEntry) continue;
          files.add(chunk.fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
        }
        return [...files].map((file) => ({
          tag: 'link',
          attrs: {
            rel: 'prefetch',
            href: `./${file}`,
            as: file.endsWith('.css') ? 'style' : 'script',
            // The same request mode as the import that will use it, so the cached copy is reused.
            crossorigin: true,
          },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// The demo imports the package by its public name; the alias serves it from src/.
export default defineConfig({
  root: demoDir,
  // Relative URLs: the built folder works from any address (a domain root or a subfolder).
  base: './',
  plugins: [react(), socialPreviewUrl(), prefetchPlayer(), embedFiles({ base: siteUrl() })],
  resolve: { alias: sourceAliases },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    rolldownOptions: {
      // The piece, and the page that shows how to put it on another site (<hold-stories>).
      input: { index: `${demoDir}index.html`, embed: `${demoDir}embed.html` },
    },
  },
});

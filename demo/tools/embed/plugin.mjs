// @ts-check
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runnerImport } from 'vite';
import { repoRoot, sourceAliases } from '../../../test/support/aliases.mjs';
import { IMAGE_FOLDER, SCRIPT_FILE, STORIES_FILE } from './files.mjs';
import { ensurePackageScript, SCRIPT } from './packageScript.mjs';

/** @typedef {import('./embedStories').Embed} Embed */
/** @typedef {import('./embedStories').EmbedOptions} EmbedOptions */

/**
 * Runs `embedStories` in Node. Through Vite's module runner, not an import of this config: the
 * scenes are TSX, import JSON and the package by its public name (the aliases serve src/).
 * @param {EmbedOptions} options
 * @returns {Promise<Embed>}
 */
async function loadEmbed(options) {
  /** @type {{ module: typeof import('./embedStories') }} */
  const { module } = await runnerImport(join(repoRoot, 'demo/tools/embed/embedStories.ts'), {
    root: repoRoot,
    resolve: { alias: sourceAliases },
    logLevel: 'error',
  });
  return module.embedStories(options);
}

/** @param {string} text */
const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/** @type {Record<string, string>} */
const TYPES = {
  js: 'text/javascript',
  json: 'application/json',
  map: 'application/json',
  svg: 'image/svg+xml',
};

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} path
 * @param {string | Buffer} body
 */
function send(res, path, body) {
  const type = TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
  res.setHeader('Content-Type', `${type}; charset=utf-8`);
  res.end(body);
}

/**
 * The embed page's files (embed.html): `hold-stories.js` from the package build, run first when
 * it is stale; `histoires.json` and `histoires/*.svg`, the stories with their scenes drawn as
 * images (tools/embed/embedStories.ts). Written into the built folder; served by the dev server.
 * `%DEMO_EMBED_BASE%` in a page becomes `base`: the site's URL, or nothing (relative URLs).
 * @param {{ base: string }} options
 * @returns {import('vite').Plugin}
 */
export function embedFiles({ base }) {
  /** @type {(message: string) => void} */
  let log = () => {};
  let isBuild = false;
  /** @type {Promise<[void, Embed]> | undefined} */
  let building;
  return {
    name: 'demo:embed',
    configResolved(config) {
      isBuild = config.command === 'build';
      log = (message) => config.logger.info(`[demo:embed] ${message}`);
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replaceAll('%DEMO_EMBED_BASE%', escapeHtml(base)),
    },
    // Both start with the build (tsup takes seconds) and are awaited when the files are written.
    buildStart() {
      // The dev server calls it too: it serves the files on request instead.
      if (!isBuild) return;
      building = Promise.all([ensurePackageScript(log), loadEmbed({ base })]);
      // Awaited in generateBundle; an early failure must not be an unhandled rejection meanwhile.
      building.catch(() => {});
    },
    async generateBundle() {
      if (!building) return;
      const [, embed] = await building;
      for (const frame of embed.fallbacks) this.warn(`drawn as a card, not an image: ${frame}`);
      /** @type {(fileName: string, source: string | Uint8Array) => void} */
      const asset = (fileName, source) => {
        this.emitFile({ type: 'asset', fileName, source });
      };
      asset(STORIES_FILE, `${JSON.stringify(embed.stories)}\n`);
      for (const [path, svg] of embed.images) asset(path, svg);
      for (const file of [SCRIPT_FILE, `${SCRIPT_FILE}.map`]) {
        asset(file, await readFile(join(dirname(SCRIPT), file)));
      }
    },
    configureServer(server) {
      server.middlewares.use(serveEmbed(base, (message) => log(message)));
    },
  };
}

/**
 * The same files from the dev server, made on request (the JSON afresh each time it is asked).
 * @param {string} base
 * @param {(message: string) => void} log
 * @returns {import('vite').Connect.NextHandleFunction}
 */
function serveEmbed(base, log) {
  /** @type {Promise<Embed> | undefined} */
  let embed;
  return (req, res, next) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname).slice(1);
    const serve = async () => {
      if (path === SCRIPT_FILE || path === `${SCRIPT_FILE}.map`) {
        await ensurePackageScript(log);
        return send(res, path, await readFile(join(dirname(SCRIPT), path)));
      }
      if (path === STORIES_FILE) {
        embed = loadEmbed({ base });
        return send(res, path, JSON.stringify((await embed).stories));
      }
      if (!path.startsWith(`${IMAGE_FOLDER}/`)) return next();
      embed ??= loadEmbed({ base });
      const svg = (await embed).images.get(path);
      return svg === undefined ? next() : send(res, path, svg);
    };
    serve().catch(next);
  };
}

// @ts-check
/**
 * The plainest static host: files from one folder, gzip for text (as any host does), and no
 * cache headers at all — no `Cache-Control`, `Expires`, `ETag` or `Last-Modified`. A response
 * without them is not stored by the browser's HTTP cache, so whatever the page asks for twice
 * travels twice: the worst case the demo's transfer budget is measured against. It also counts
 * the requests each path received, the server's own word on "each URL once".
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Types worth compressing (images and fonts already are). */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;

/**
 * Serves `dir` on 127.0.0.1 (a free port unless one is given).
 * @param {string} dir
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ url: string, hits: Map<string, number>, stop: () => Promise<void> }>}
 */
export function serveStatic(dir, { port = 0 } = {}) {
  const root = normalize(dir.endsWith(sep) ? dir : dir + sep);
  /** @type {Map<string, number>} */
  const hits = new Map();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    let size = -1;
    try {
      if (file.startsWith(root)) size = statSync(file).isFile() ? statSync(file).size : -1;
    } catch {
      // not there
    }
    if (size < 0) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip =
      COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, {
      'Content-Type': type,
      ...(gzip
        ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }
        : { 'Content-Length': size }),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip()) : body).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        hits,
        stop: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done(undefined));
          }),
      });
    });
  });
}

// @ts-check
/**
 * `npm run lighthouse`: the demo as it would be hosted. Builds it (dist-demo/), serves the folder
 * with `vite preview` (gzip, like any static host), runs Lighthouse (mobile: a mid-range phone on
 * slow 4G, CPU slowed 4×) on the system Chromium, prints the four scores and what was
 * transferred, and exits non-zero when a target of issue #6 is missed:
 * performance ≥ 95, accessibility 100, best practices 100, ≤ 250 kB transferred (gzipped), and
 * no request to any host but the site's own. The report goes to test/artifacts/lighthouse-demo.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
const report = `${artifacts}lighthouse-demo.json`;
const config = 'demo/vite.config.ts';
const vite = `${root}node_modules/vite/bin/vite.js`;
const lighthouse = `${root}node_modules/lighthouse/cli/index.js`;

/** Issue #6's targets (scores out of 100; bytes as transferred). */
const TARGETS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  transferBytes: 250 * 1000,
};

/**
 * Runs `node <script> …args` to the end, its output shown.
 * @param {string} script
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
function run(script, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(undefined) : reject(new Error(`${script} exited with ${code}`)),
    );
  });
}

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * `vite preview` on dist-demo/, started from its own script (so this pid is the server's and
 * stopping it leaves no child behind). Resolves once the page answers.
 * @param {number} port
 */
async function startPreview(port) {
  const child = spawn(
    process.execPath,
    [
      vite,
      'preview',
      '--config',
      config,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`vite preview did not answer on ${url}`);
}

const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;

await run(vite, ['build', '--config', config, '--logLevel', 'warn']);
const preview = await startPreview(/** @type {number} */ (await freePort()));
mkdirSync(artifacts, { recursive: true });
try {
  await run(
    lighthouse,
    [
      preview.url,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    ],
    { ...process.env, CHROME_PATH: findChromium() },
  );
} finally {
  preview.stop();
}

const result = JSON.parse(readFileSync(report, 'utf8'));
/** @type {Record<string, number>} */
const scores = {};
for (const [id, category] of Object.entries(result.categories)) {
  scores[id] = Math.round(category.score * 100);
}
/** @type {{ url: string, transferSize: number, resourceType: string }[]} */
const requests = result.audits['network-requests'].details.items;
const origin = new URL(preview.url).origin;
const foreign = requests.filter(
  ({ url }) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
);
const transfer = requests.reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
const metrics = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

console.log(
  `\nLighthouse ${result.lighthouseVersion}, ${result.configSettings.formFactor}, ${preview.url}`,
);
for (const [id, score] of Object.entries(scores)) console.log(`  ${id.padEnd(16)} ${score}`);
console.log(
  `  ${metrics.map((id) => `${id.replace(/-/g, ' ')} ${result.audits[id].displayValue}`).join(' · ')}`,
);
console.log(`  transferred: ${kB(transfer)} in ${requests.length} requests (gzip)`);
for (const request of requests) {
  console.log(
    `    ${kB(request.transferSize ?? 0).padStart(9)}  ${request.url.replace(origin, '')}`,
  );
}
console.log(
  `  requests to other hosts: ${foreign.length === 0 ? 'none' : foreign.map((r) => r.url).join(', ')}`,
);
console.log(`  report: ${report}`);

const misses = [
  ...['performance', 'accessibility', 'best-practices'].flatMap((id) => {
    const target = TARGETS[/** @type {'performance'} */ (id)];
    return (scores[id] ?? 0) < target ? [`${id} ${scores[id]} < ${target}`] : [];
  }),
  ...(transfer > TARGETS.transferBytes
    ? [`transfer ${kB(transfer)} > ${kB(TARGETS.transferBytes)}`]
    : []),
  ...(foreign.length > 0 ? [`${foreign.length} requests to other hosts`] : []),
];
if (misses.length > 0) {
  console.error(`\nMissed: ${misses.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('\nAll targets met.');
}

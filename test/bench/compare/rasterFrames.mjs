// @ts-check
/**
 * The raster frame set: 40 JPEG pictures drawn and encoded by Chromium itself (an OffscreenCanvas
 * and `convertToBlob`), nothing downloaded and no encoder added. Photo-sized (1080 × 2336, the
 * phone's 390 × 844 at about 2.8×) and grainy like a photo, so decoding costs what a real
 * story's pictures cost — unlike the SVG set, which is cheap to decode and costly to paint.
 * Dark and close in luminance like the SVG set: no cut is a flash, the flash guard stays out.
 *
 * Written once to node_modules/.cache/bench-raster/ and kept while the drawing code is the same
 * (its hash names the folder); the bench page's build copies them (Vite `publicDir`), and the
 * page serves them over HTTP as `./raster/frame-NN.jpg`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchPhone } from '../serveFixture.mjs';

export const RASTER = /** @type {const} */ ({
  count: 40,
  width: 1080,
  height: 2336,
  quality: 0.85,
});

const cacheRoot = fileURLToPath(
  new URL('../../../node_modules/.cache/bench-raster/', import.meta.url),
);

/**
 * Runs in the page: draws frame `index` and returns it as a JPEG data URL.
 * @param {{ index: number, width: number, height: number, quality: number }} options
 */
async function drawFrame({ index, width, height, quality }) {
  let seed = (index + 1) * 2654435761;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const canvas = new OffscreenCanvas(width, height);
  const context = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
  const hue = (index * 37) % 360;
  const gradient = context.createLinearGradient(0, 0, width * 0.4, height);
  gradient.addColorStop(0, `hsl(${hue} 35% 17%)`);
  gradient.addColorStop(1, `hsl(${(hue + 50) % 360} 30% 9%)`);
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  for (let shape = 0; shape < 120; shape++) {
    context.fillStyle = `hsl(${(hue + random() * 240) % 360} 30% ${12 + random() * 14}% / 0.5)`;
    context.beginPath();
    context.arc(random() * width, random() * height, 20 + random() * 200, 0, Math.PI * 2);
    context.fill();
  }
  context.font = '400px sans-serif';
  context.textAlign = 'center';
  context.fillStyle = `hsl(${hue} 25% 30%)`;
  context.fillText(String(index + 1), width / 2, height / 2 + 140);
  // Grain, as a photo has: what makes a JPEG of this size weigh and decode like one.
  const pixels = context.getImageData(0, 0, width, height);
  const { data } = pixels;
  for (let at = 0; at < data.length; at += 4) {
    const grain = (random() - 0.5) * 18;
    for (let channel = at; channel < at + 3; channel++)
      data[channel] = (data[channel] ?? 0) + grain;
  }
  context.putImageData(pixels, 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(/** @type {string} */ (reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** `frame-01.jpg` … `frame-40.jpg`, as the page names them. */
export const rasterFileName = (/** @type {number} */ index) =>
  `frame-${String(index + 1).padStart(2, '0')}.jpg`;

/**
 * The folder holding `raster/frame-NN.jpg` (to be Vite's `publicDir`), drawn now if not yet.
 * @returns {Promise<string>}
 */
export async function ensureRasterFrames() {
  const version = createHash('sha256')
    .update(`${drawFrame}${JSON.stringify(RASTER)}`)
    .digest('hex')
    .slice(0, 12);
  const root = `${cacheRoot}${version}/`;
  const folder = `${root}raster/`;
  if (existsSync(folder) && readdirSync(folder).length === RASTER.count) return root;
  rmSync(cacheRoot, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const phone = await launchPhone();
  try {
    const page = await phone.context.newPage();
    let bytes = 0;
    for (let index = 0; index < RASTER.count; index++) {
      const url = await page.evaluate(drawFrame, { index, ...RASTER });
      const jpeg = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
      bytes += jpeg.length;
      writeFileSync(`${folder}${rasterFileName(index)}`, jpeg);
    }
    console.log(
      `Raster frames: ${RASTER.count} JPEGs ${RASTER.width}×${RASTER.height} drawn by Chromium, ` +
        `${(bytes / RASTER.count / 1000).toFixed(0)} kB each on average (${folder})`,
    );
  } finally {
    await phone.close();
  }
  return root;
}

// @ts-check
/**
 * Renders the demo's raster images from their sources in this repository, in Chromium:
 * public/social.png (the 1200 × 630 link preview, from tools/social.html) and
 * public/apple-touch-icon.png (180 × 180, from public/favicon.svg). Nothing is downloaded.
 * Run it after changing a source: `node demo/tools/renderImages.mjs`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../test/support/chromium.mjs';

const demo = (/** @type {string} */ path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const social = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await social.goto(new URL('./social.html', import.meta.url).href);
  await social.screenshot({ path: demo('public/social.png') });

  const icon = await browser.newPage({ viewport: { width: 180, height: 180 } });
  const svg = readFileSync(demo('public/favicon.svg'), 'utf8');
  // Apple draws its own rounded corners: a full square, the mark inset.
  await icon.setContent(
    `<body style="margin:0;background:#ffd24a"><div style="width:180px;height:180px">${svg.replace('<svg ', '<svg width="180" height="180" ')}</div></body>`,
  );
  await icon.screenshot({ path: demo('public/apple-touch-icon.png') });
  console.log('wrote demo/public/social.png and demo/public/apple-touch-icon.png');
} finally {
  await browser.close();
}

import { motionValue } from 'framer-motion';
import { renderToStaticMarkup } from 'react-dom/server';
import type { RenderFrame } from 'react-hold-stories';
import type { SceneComponent, SceneProps } from '../../scenes/props';

/** The pixel size an SVG file declares: the scenes' 90 × 160 drawing at 4×, 9:16 like the stage. */
const SIZE = { width: 360, height: 640 };

/**
 * The demo's font (demo.css `--demo-font`), written on the file: an SVG shown by `<img>` sees no
 * page stylesheet and would draw the scenes' text in the browser's default serif.
 */
const FONT = 'system-ui, -apple-system, &quot;Segoe UI&quot;, Roboto, sans-serif';

/**
 * Draws one scene, as its `render` frame would at `at` (0 → 1 of the frame), into a standalone
 * SVG file. The scenes animate only from the frame's progress, so a progress frozen at `at` is all
 * they need: framer-motion's server render writes each motion value's current value in place.
 */
export function sceneSvg(scene: SceneComponent, props: SceneProps, at: number): string {
  const ctx = {
    progress: motionValue(at),
    active: true,
    revealing: false,
    index: 0,
    // The scenes never read it; a real frame is not needed to draw one.
    frame: undefined as unknown as RenderFrame,
  };
  return standalone(renderToStaticMarkup(scene(ctx, props)));
}

/** HTML's inline `<svg>` as a file: the SVG namespace, a size, the font; no page-only attributes. */
function standalone(markup: string): string {
  const root = /^<svg ([^>]*)>/.exec(markup);
  const viewBox = root?.[1] && /viewBox="([^"]+)"/.exec(root[1]);
  if (!root || !viewBox)
    throw new Error(`a scene must draw one <svg viewBox>: ${markup.slice(0, 80)}`);
  const open =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox[1]}" ` +
    `width="${SIZE.width}" height="${SIZE.height}" preserveAspectRatio="xMidYMid slice" ` +
    `font-family="${FONT}">`;
  return `${open}${markup.slice(root[0].length)}`
    .replaceAll(/ class="[^"]*"/g, '')
    .replaceAll(/-?\d+\.\d{4,}(?:e[-+]?\d+)?/g, round);
}

/** `-1.9594348786357652e-16` → `0`, `49.230000000000004` → `49.23`: what a 360 px picture can show. */
function round(number: string): string {
  const value = Number(Number(number).toFixed(3));
  return String(value === 0 ? 0 : value);
}

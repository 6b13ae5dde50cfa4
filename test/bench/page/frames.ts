// The benchmark's story: 40 image frames, the same for both libraries, in one of two sets
// (`?set=svg|raster`): drawn here as SVG (no file, no network: cheap to decode, costly to paint),
// or the JPEGs compare/rasterFrames.mjs drew with Chromium, served beside the page (photo-sized:
// costly to decode). Dark and close in luminance on purpose: no cut is a flash (WCAG 2.3.1), so
// our flash guard never slows a frame and both players owe exactly duration / rate per frame.

/** The frame sets the page can play. */
export type FrameSet = 'svg' | 'raster';

/** How many frames the benchmark story has. */
export const FRAME_COUNT = 40;

/** Frame `index`'s duration at 1× (ms): 1000, 1250, …, 2000, repeated, so boundaries do not line up. */
export const durationAt = (index: number): number => 1000 + (index % 5) * 250;

/** One frame's picture: a dark hue, a few shapes and its number, 390×844 like the phone. */
function frameSvg(index: number): string {
  const hue = (index * 37) % 360;
  const x = 60 + ((index * 53) % 270);
  const y = 160 + ((index * 97) % 520);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="390" height="844" viewBox="0 0 390 844">
  <rect width="390" height="844" fill="hsl(${hue} 35% 14%)"/>
  <circle cx="${x}" cy="${y}" r="70" fill="hsl(${(hue + 120) % 360} 30% 22%)"/>
  <rect x="40" y="${844 - y}" width="180" height="110" rx="18" fill="hsl(${(hue + 240) % 360} 30% 20%)"/>
  <text x="195" y="470" font-family="sans-serif" font-size="140" text-anchor="middle" fill="hsl(${hue} 25% 32%)">${index + 1}</text>
</svg>`;
}

/** The raster set's pictures: `./raster/frame-01.jpg` …, relative to the page. */
const rasterUrl = (picture: number) => `./raster/frame-${String(picture + 1).padStart(2, '0')}.jpg`;

/**
 * `count` frames' pictures of `set` (default the 40), each URL its own image: past the 40th,
 * the SVG set draws new numbers and the raster set serves its pictures again under
 * `?copy=1`, `?copy=2`, … so the browser fetches and decodes every frame as a new image.
 */
export const frameUrls = (set: FrameSet, count = FRAME_COUNT): readonly string[] =>
  Array.from({ length: count }, (_, index) => {
    if (set === 'svg') return `data:image/svg+xml,${encodeURIComponent(frameSvg(index))}`;
    const copy = Math.floor(index / FRAME_COUNT);
    const url = rasterUrl(index % FRAME_COUNT);
    return copy === 0 ? url : `${url}?copy=${copy}`;
  });

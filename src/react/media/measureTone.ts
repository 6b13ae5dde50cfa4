import { type FrameTone, measureImageTone, TONE_SAMPLE_SIZE } from '../player/frameTone';

/**
 * Tones measured so far, by image URL, for every player of the page: a picture is measured once,
 * however many frames, loops or players show it. `null`: it cannot be measured (cross-origin).
 */
const measured = new Map<string, FrameTone | null>();
/** URLs remembered at most (the oldest are forgotten first). */
const MAX_REMEMBERED = 500;

interface Job {
  image: HTMLImageElement;
  url: string;
  resolve(tone: FrameTone | undefined): void;
  /** False once nobody needs the tone any more: the job is dropped unmeasured. */
  wanted(): boolean;
}

const jobs: Job[] = [];
let running = false;
/** What a job dropped before its turn gives: nothing to remember about its URL. */
const DROPPED = Symbol('dropped');

/**
 * How long a drawing on the main thread (SVG, or any image where there is no `ImageDecoder`)
 * waits for an idle moment at most: a page that never idles still gets its tones, a few a second.
 */
const IDLE_TIMEOUT_MS = 250;

/**
 * The tone of a decoded `image` for the flash guard, measured off the critical path: at once
 * when its URL was measured before (for every player of the page), else later, one image at a
 * time (`undefined` if it cannot be measured, or when `wanted()` turned false first). A JPEG or
 * WebP is decoded again, small and off the main thread, by WebCodecs' `ImageDecoder` where there
 * is one (the file comes from the HTTP cache); elsewhere, and for SVG, the element is drawn on a
 * 16×16 canvas in an idle moment. Cross-origin images are not measured: they taint the canvas.
 */
export function measureTone(
  image: HTMLImageElement,
  wanted: () => boolean,
): Promise<FrameTone | undefined> {
  const url = image.currentSrc || image.src;
  const known = measured.get(url);
  const document = image.ownerDocument;
  const view = document.defaultView;
  if (known !== undefined || !view || !sameOrigin(url, document, view)) {
    return Promise.resolve(known ?? undefined);
  }
  // Jobs nobody wants any more go now, not at their turn: the queue holds no image for long.
  for (let at = jobs.length - 1; at >= 0; at--) {
    const job = jobs[at] as Job;
    if (job.wanted()) continue;
    jobs.splice(at, 1);
    job.resolve(undefined);
  }
  return new Promise((resolve) => {
    jobs.push({ image, url, resolve, wanted });
    if (!running) void run(view);
  });
}

async function run(view: Window): Promise<void> {
  running = true;
  for (let job = jobs.shift(); job; job = jobs.shift()) {
    if (!job.wanted()) {
      job.resolve(undefined);
      continue;
    }
    const tone = await toneOf(job, view).catch(() => undefined);
    if (tone !== DROPPED) remember(job.url, tone ?? null);
    job.resolve(tone === DROPPED ? undefined : tone);
  }
  running = false;
}

async function toneOf(
  { image, url, wanted }: Job,
  view: Window,
): Promise<FrameTone | undefined | typeof DROPPED> {
  const known = measured.get(url);
  if (known !== undefined) return known ?? undefined;
  const document = image.ownerDocument;
  if (typeof ImageDecoder === 'function' && !/^data:image\/svg/i.test(url)) {
    const small = await decodeSmall(document, ImageDecoder, url).catch(() => undefined);
    if (small !== undefined) return small ?? undefined;
  }
  // Drawing the element decodes it on this thread: in an idle moment, if it is still wanted.
  await new Promise<void>((resolve) => {
    if (view.requestIdleCallback)
      view.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 1);
  });
  return wanted() ? measureImageTone(image, document) : DROPPED;
}

function remember(url: string, tone: FrameTone | null): void {
  measured.delete(url);
  measured.set(url, tone);
  if (measured.size > MAX_REMEMBERED) measured.delete(measured.keys().next().value as string);
}

/** Data URLs and the page's own origin (blob: URLs included): what a canvas may read. */
function sameOrigin(url: string, document: Document, view: Window): boolean {
  try {
    const target = new URL(url, document.baseURI);
    return target.protocol === 'data:' || target.origin === view.location.origin;
  } catch {
    return false;
  }
}

/**
 * The tone of the picture at `url` decoded at a small size off the main thread (JPEG decodes at
 * 1/8 scale), or `undefined` when `ImageDecoder` does not read its type (SVG): then the caller
 * draws the element. `null`: it decoded, but the canvas could not be read.
 */
async function decodeSmall(
  document: Document,
  Decoder: typeof ImageDecoder,
  url: string,
): Promise<FrameTone | null | undefined> {
  const response = await fetch(url, { cache: 'force-cache' });
  const type = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
  if (!(response.ok && response.body && (await Decoder.isTypeSupported(type)))) {
    await response.body?.cancel();
    return undefined;
  }
  const size = TONE_SAMPLE_SIZE;
  const decoder = new Decoder({
    data: response.body,
    type,
    desiredWidth: size,
    desiredHeight: size,
  });
  try {
    const { image } = await decoder.decode();
    try {
      return measureImageTone(image, document) ?? null;
    } finally {
      image.close();
    }
  } finally {
    decoder.close();
  }
}

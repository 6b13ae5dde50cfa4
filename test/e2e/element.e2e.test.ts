// `<hold-stories>` as a site without a bundler uses it: plain HTML pages (test/e2e/element/)
// with one classic script, the shipped dist/hold-stories.js, served as static files — no Vite,
// no React of the page's own. On the phone (390×844, touch through CDP): it plays, a hold
// reveals, events reach `document`, two elements live apart, page script drives it, the page's
// CSS themes it through the shadow root, it pauses out of view, axe finds nothing inside it.
// No request may leave the server and no console error may show. Screenshots:
// test/artifacts/element-*.png.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { build, type Options } from 'tsup';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import tsupConfig from '../../tsup.config';
import { repoRoot } from '../support/aliases.mjs';
import { audit } from './support/axe';
import { launchPhone, openStory, type Phone, type StoryPage } from './support/server';

const SITE = join(repoRoot, 'test/e2e/element');
const SCRIPT = join(repoRoot, 'dist/hold-stories.js');
const artifacts = join(repoRoot, 'test/artifacts');
const EVENTS = [
  'framechange',
  'holdstart',
  'holdend',
  'reveal',
  'play',
  'pause',
  'ended',
  'error',
  'answer',
  'action',
  'close',
  'storychange',
];

/** The newest modification time under `path` (a file, or a folder walked through). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * Builds dist/hold-stories.js when it is missing or older than what makes it, with tsup and the
 * `standalone` options of tsup.config.ts themselves (so the tested file is the shipped one;
 * only the entry and the output folder are made absolute, whatever the working directory).
 */
async function ensureStandalone() {
  const sources = Math.max(
    newest(join(repoRoot, 'src')),
    newest(join(repoRoot, 'tsup.config.ts')),
    newest(join(repoRoot, 'package-lock.json')),
  );
  let built = 0;
  try {
    built = statSync(SCRIPT).mtimeMs;
  } catch {}
  if (built > sources) return;
  const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as Options[];
  const standalone = configs.find((options) =>
    Object.keys(options.entry ?? {}).includes('hold-stories'),
  );
  if (!standalone) throw new Error('tsup.config.ts has no `hold-stories` entry any more');
  await build({
    ...standalone,
    entry: { 'hold-stories': join(repoRoot, 'src/standalone.ts') },
    outDir: join(repoRoot, 'dist'),
    config: false,
    silent: true,
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** The fixture folder and the standalone script as a static site on a free port. */
async function serveSite(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = path.startsWith('/hold-stories.js')
      ? join(repoRoot, 'dist', path)
      : join(SITE, path === '/' ? 'index.html' : path);
    try {
      if (!file.startsWith(SITE) && !file.startsWith(join(repoRoot, 'dist'))) throw new Error();
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/plain' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

let site: { url: string; server: Server };
let phone: Phone;
const opened: StoryPage[] = [];
/** What the browser did that it must not: requests elsewhere, console errors, page errors. */
const foreign: string[] = [];
const consoleProblems: string[] = [];

beforeAll(async () => {
  await ensureStandalone();
  site = await serveSite();
  phone = await launchPhone();
  const { host } = new URL(site.url);
  phone.context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.host !== host) {
      foreign.push(request.url());
    }
  });
  phone.context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      consoleProblems.push(`${message.type()}: ${message.text()}`);
    }
  });
  phone.context.on('weberror', (error) => consoleProblems.push(`uncaught: ${error.error()}`));
  // Every event of every element, as the page's `document` hears it (bubbled and composed).
  await phone.context.addInitScript((types: string[]) => {
    const events: unknown[] = [];
    (window as unknown as { __events: unknown[] }).__events = events;
    for (const type of types) {
      document.addEventListener(type, (event) => {
        events.push({
          type,
          target: (event.target as Element | null)?.id ?? null,
          detail: (event as CustomEvent).detail ?? null,
          bubbles: event.bubbles,
          composed: event.composed,
        });
      });
    }
  }, EVENTS);
}, 60_000);

afterEach(async () => {
  for (const story of opened.splice(0)) await story.close();
  const problems = [...foreign.splice(0), ...consoleProblems.splice(0)];
  expect(problems, 'requests to another host, console errors or warnings').toEqual([]);
});

afterAll(async () => {
  await phone?.close();
  await new Promise((resolve) => site?.server.close(resolve));
});

/** Opens a page of the site once a story plays on it. */
async function open(path = 'index.html'): Promise<StoryPage> {
  const story = await openStory(phone, `${site.url}${path}`);
  opened.push(story);
  return story;
}

interface Heard {
  type: string;
  target: string | null;
  detail: Record<string, unknown> | null;
  bubbles: boolean;
  composed: boolean;
}

const heard = (page: Page, type?: string, target?: string) =>
  page.evaluate(
    ([name, id]) =>
      (window as unknown as { __events: Heard[] }).__events.filter(
        (event) => (!name || event.type === name) && (!id || event.target === id),
      ),
    [type, target] as const,
  );

/**
 * Reads inside element `id`'s shadow root: its current story's root state, stage label,
 * progress (the active segment's fill, 0→1), chrome rate text, and whether its messages show.
 */
function inside(page: Page, id: string) {
  return page.evaluate((host) => {
    const shadow = document.getElementById(host)?.shadowRoot;
    // A collection keeps its neighbours mounted: only the current story counts.
    const scope = shadow?.querySelector('[data-current]') ?? shadow;
    const find = (selector: string) => scope?.querySelector(selector);
    const fill = find('[data-hs-segment][data-state="active"] .hs-segment-fill');
    const matrix = fill ? getComputedStyle(fill).transform : 'none';
    const messages = [...(find('[data-hs-reveal]')?.querySelectorAll('[data-hs-message]') ?? [])];
    return {
      state: find('[data-hs-root]')?.getAttribute('data-state') ?? null,
      frame: find('[data-hs-stage]')?.getAttribute('aria-label') ?? null,
      progress: matrix === 'none' ? 0 : Number(matrix.slice(7).split(',')[0]),
      rate: find('[data-hs-rate] [aria-hidden]')?.textContent ?? null,
      messages: messages.map((message) => message.textContent),
      messagesShown:
        messages.length > 0 && messages.every((m) => getComputedStyle(m).opacity === '1'),
    };
  }, id);
}

const waitInside = (page: Page, id: string, check: string) =>
  page.waitForFunction(
    ([host, selector]) => {
      const shadow = document.getElementById(host)?.shadowRoot;
      const scope = shadow?.querySelector('[data-current]') ?? shadow;
      return !!scope?.querySelector(selector);
    },
    [id, check] as const,
  );

/** A point on element `id`'s stage, as a share of its box (the "next" zone by default). */
async function onStage(page: Page, id: string, across = 0.6, down = 0.55) {
  const box = await page.evaluate((host) => {
    const shadow = document.getElementById(host)?.shadowRoot;
    const stage = (shadow?.querySelector('[data-current]') ?? shadow)?.querySelector(
      '[data-hs-stage]',
    );
    const rect = stage?.getBoundingClientRect();
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
  }, id);
  if (!box) throw new Error(`no stage in #${id}`);
  return { x: box.x + box.width * across, y: box.y + box.height * down };
}

const shoot = (page: Page, name: string) => {
  mkdirSync(artifacts, { recursive: true });
  return page.screenshot({ path: join(artifacts, `element-${name}.png`) });
};

/** Calls a method of element `id` from page script. */
const call = (page: Page, id: string, method: string, ...args: unknown[]) =>
  page.evaluate(
    ([host, name, rest]) => {
      const element = document.getElementById(host as string) as unknown as Record<
        string,
        (...a: unknown[]) => void
      >;
      element[name as string]?.(...(rest as unknown[]));
    },
    [id, method, args] as const,
  );

describe('<hold-stories> from dist/hold-stories.js on a plain page', () => {
  test('the classic script defines the element and leaks no globals', async () => {
    const { page } = await open();
    const check = await page.evaluate(() => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const blank = frame.contentWindow as Window;
      const leaked = Object.keys(window).filter(
        (key) => !(key in blank) && !/^\d+$/.test(key) && key !== '__events',
      );
      frame.remove();
      return {
        defined: !!customElements.get('hold-stories'),
        scripts: [...document.scripts].map((script) => ({
          src: script.getAttribute('src'),
          type: script.type,
        })),
        leaked,
      };
    });
    expect(check).toEqual({
      defined: true,
      scripts: [{ src: '/hold-stories.js', type: '' }],
      leaked: [],
    });
  });

  test('it plays fast-forwarded from its src, ×4 in the chrome, and says so on document', async () => {
    const { page } = await open();
    const first = await inside(page, 'story');
    expect(first).toMatchObject({ state: 'playing', frame: 'Frame 1 of 4', rate: '×4' });
    await page.waitForTimeout(300);
    expect((await inside(page, 'story')).progress).toBeGreaterThan(first.progress);
    expect(await heard(page, 'framechange')).toEqual([
      {
        type: 'framechange',
        target: 'story',
        detail: expect.objectContaining({ from: -1, to: 0, cause: 'start' }),
        bubbles: true,
        composed: true,
      },
    ]);
    // The header part: the story's title and subtitle.
    expect(
      await page.evaluate(
        () =>
          document.getElementById('story')?.shadowRoot?.querySelector('[part="header"]')
            ?.textContent,
      ),
    ).toContain('Monday');
    await shoot(page, 'playing');
    // 12 s at ×4: the second frame comes by itself after 3 s.
    await waitInside(page, 'story', '[data-hs-stage][aria-label="Frame 2 of 4"]');
    expect((await heard(page, 'framechange')).at(-1)?.detail).toMatchObject({
      from: 0,
      to: 1,
      cause: 'auto',
    });
  });

  test('a press and hold freezes the frame and reveals its messages; letting go plays on', async () => {
    const story = await open();
    const { page } = story;
    const point = await onStage(page, 'story');
    await story.touchDown(point.x, point.y);
    await page.waitForFunction(() => {
      const shadow = document.getElementById('story')?.shadowRoot;
      const messages = [...(shadow?.querySelectorAll('[data-hs-message]') ?? [])];
      return messages.length === 2 && messages.every((m) => getComputedStyle(m).opacity === '1');
    });
    const held = await inside(page, 'story');
    expect(held).toMatchObject({ state: 'held', frame: 'Frame 1 of 4' });
    expect(held.messages).toEqual(['SamNobody sits next to me.', 'SamAgain today.']);
    await page.waitForTimeout(400);
    // Frozen: not a hair of progress while held.
    expect((await inside(page, 'story')).progress).toBe(held.progress);
    await shoot(page, 'held');
    await story.touchUp();
    await waitInside(page, 'story', '[data-hs-root][data-state="playing"]');
    await page.waitForTimeout(200);
    expect((await inside(page, 'story')).progress).toBeGreaterThan(held.progress);

    expect((await heard(page)).map((event) => `${event.type}@${event.target}`)).toEqual([
      'framechange@story',
      'holdstart@story',
      'reveal@story',
      'reveal@story',
      'holdend@story',
    ]);
    expect((await heard(page, 'reveal'))[0]?.detail).toMatchObject({
      frameId: 'bus',
      messageIndex: 0,
      message: { text: 'Nobody sits next to me.', from: 'Sam' },
    });
  });

  test('page script drives it through its methods', async () => {
    const { page } = await open();
    await call(page, 'story', 'next');
    await waitInside(page, 'story', '[data-hs-stage][aria-label="Frame 2 of 4"]');
    await call(page, 'story', 'pause');
    await waitInside(page, 'story', '[data-hs-root][data-state="paused"]');
    await call(page, 'story', 'goTo', 3);
    await waitInside(page, 'story', '[data-hs-stage][aria-label="Frame 4 of 4"]');
    await call(page, 'story', 'prev');
    await waitInside(page, 'story', '[data-hs-stage][aria-label="Frame 3 of 4"]');
    await call(page, 'story', 'play');
    await waitInside(page, 'story', '[data-hs-root][data-state="playing"]');
    await call(page, 'story', 'hold');
    await waitInside(page, 'story', '[data-hs-root][data-state="held"]');
    await call(page, 'story', 'release');
    await waitInside(page, 'story', '[data-hs-root][data-state="playing"]');
    const moves = (await heard(page, 'framechange')).slice(1).map((event) => event.detail);
    expect(moves).toEqual([
      expect.objectContaining({ from: 0, to: 1, cause: 'api' }),
      expect.objectContaining({ from: 1, to: 3, cause: 'api' }),
      expect.objectContaining({ from: 3, to: 2, cause: 'api' }),
    ]);
    expect((await heard(page, 'pause')).map((event) => event.detail?.reason)).toEqual(['command']);
    expect((await heard(page, 'play')).map((event) => event.detail?.reason)).toEqual(['command']);
  });

  test('a question answered by a tap fires answer, and shows the feedback', async () => {
    const story = await open();
    const { page } = story;
    await call(page, 'story', 'goTo', 2);
    await waitInside(page, 'story', '[part="choice"]');
    const option = await page.evaluate(() => {
      const shadow = document.getElementById('story')?.shadowRoot;
      const button = [...(shadow?.querySelectorAll('[part="choice"] button') ?? [])].find(
        (candidate) => candidate.textContent?.includes('Sit next to Sam'),
      );
      const rect = button?.getBoundingClientRect();
      return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    });
    if (!option) throw new Error('no option button');
    await story.touchDown(option.x, option.y);
    await story.touchUp();
    await page.waitForFunction(() =>
      document
        .getElementById('story')
        ?.shadowRoot?.querySelector('[part="choice"]')
        ?.textContent?.includes('One seat changes the whole ride.'),
    );
    expect(await heard(page, 'answer')).toEqual([
      expect.objectContaining({
        target: 'story',
        detail: expect.objectContaining({ frameId: 'what-now', optionIndex: 1, correct: true }),
      }),
    ]);
    // A press on a button is the button's: no tap, no hold.
    expect(await heard(page, 'holdstart')).toEqual([]);
    expect((await heard(page, 'framechange')).map((event) => event.detail?.cause)).toEqual([
      'start',
      'api',
    ]);
    await shoot(page, 'choice-answered');
    await audit(page, 'element-choice-answered');
  });

  test('the page styles the inside through ::part() and --hs-* variables', async () => {
    const story = await open();
    const { page } = story;
    const point = await onStage(page, 'story');
    await story.touchDown(point.x, point.y);
    await waitInside(page, 'story', '[data-hs-root][data-revealing]');
    await page.waitForTimeout(400);
    const theme = await page.evaluate(() => {
      const shadow = document.getElementById('story')?.shadowRoot;
      const style = (selector: string) =>
        getComputedStyle(shadow?.querySelector(selector) as Element);
      return {
        stageShadow: style('[part="stage"]').boxShadow,
        segmentFill: style('.hs-segment-fill').backgroundColor,
        rootRadius: style('[data-hs-root]').borderTopLeftRadius,
        messageBorder: style('[part="message"]').borderTopColor,
        messageFrom: style('[part="message"] .hs-message-from').color,
        // A default the page left alone: the skin's own.
        messageBackground: style('[part="message"]').backgroundColor,
      };
    });
    await story.touchUp();
    expect(theme).toEqual({
      stageShadow: 'rgb(255, 94, 58) 0px 0px 0px 3px inset',
      segmentFill: 'rgb(255, 94, 58)',
      rootRadius: '16px',
      messageBorder: 'rgb(120, 220, 255)',
      messageFrom: 'rgb(120, 220, 255)',
      messageBackground: 'rgba(12, 12, 16, 0.94)',
    });
  });

  // Reported: the skin declares every `--hs-*` default on `:host` (`:where(:root, :host)`), so a
  // value set on the page's root or on a wrapper never gets in — only one set on the element
  // itself does, unlike <Stories>, whose variables inherit from any wrapper. Drop `.fails` once
  // a wrapper's theme reaches inside.
  test('a --hs-* variable set on a wrapper or on :root reaches inside', async () => {
    const { page } = await open('pair.html');
    const fill = await page.evaluate(() => {
      document.documentElement.style.setProperty('--hs-segment-track', 'rgb(0, 0, 255)');
      document.querySelector('main')?.style.setProperty('--hs-segment-fill', 'rgb(0, 255, 0)');
      const shadow = document.getElementById('left')?.shadowRoot;
      const style = (selector: string) =>
        getComputedStyle(shadow?.querySelector(selector) as Element).backgroundColor;
      return {
        fill: style('.hs-segment-fill'),
        track: style('.hs-segment[data-state="upcoming"]'),
      };
    });
    expect(fill).toEqual({ fill: 'rgb(0, 255, 0)', track: 'rgb(0, 0, 255)' });
  });

  test('scrolled out of view it pauses; back in view it plays on', async () => {
    const { page } = await open();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await waitInside(page, 'story', '[data-hs-root][data-state="paused"]');
    const away = await inside(page, 'story');
    await page.waitForTimeout(500);
    expect((await inside(page, 'story')).progress).toBe(away.progress);
    await page.evaluate(() => window.scrollTo(0, 0));
    await waitInside(page, 'story', '[data-hs-root][data-state="playing"]');
    expect(
      (await heard(page)).filter((event) => event.type === 'pause' || event.type === 'play'),
    ).toEqual([
      expect.objectContaining({ type: 'pause', target: 'story' }),
      expect.objectContaining({ type: 'play', target: 'story' }),
    ]);
  });

  test('closable: a tap on Close fires close on document, and nothing else', async () => {
    const story = await open();
    const { page } = story;
    const close = await page.evaluate(() => {
      const button = document
        .getElementById('story')
        ?.shadowRoot?.querySelector('[data-hs-control="close"]');
      const rect = button?.getBoundingClientRect();
      return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    });
    if (!close) throw new Error('no Close button');
    await story.touchDown(close.x, close.y);
    await story.touchUp();
    await page.waitForFunction(() =>
      (window as unknown as { __events: { type: string }[] }).__events.some(
        (event) => event.type === 'close',
      ),
    );
    expect((await heard(page)).map((event) => `${event.type}@${event.target}`)).toEqual([
      'framechange@story',
      'close@story',
    ]);
  });

  test('axe finds nothing on the page, playing and held, shadow roots included', async () => {
    const story = await open();
    const { page } = story;
    await audit(page, 'element-playing');
    const point = await onStage(page, 'story');
    await story.touchDown(point.x, point.y);
    await waitInside(page, 'story', '[data-hs-root][data-revealing]');
    await page.waitForTimeout(400);
    await audit(page, 'element-held');
    await story.touchUp();
  });

  test('axe looks inside the shadow root (a nameless button there is found)', async () => {
    const { page } = await open();
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'planted';
      document
        .getElementById('story')
        ?.shadowRoot?.querySelector('[data-hs-controls]')
        ?.append(button);
    });
    const results = await new AxeBuilder({ page }).withRules(['button-name']).analyze();
    expect(
      results.violations.flatMap((violation) => violation.nodes.map((node) => node.target)),
    ).toEqual([[['#story', '#planted']]]);
  });
});

describe('several elements on one page', () => {
  test('two elements play apart: holding one does not freeze the other', async () => {
    const story = await open('pair.html');
    const { page } = story;
    await waitInside(page, 'right', '[data-hs-root][data-state="playing"]');
    expect(await inside(page, 'right')).toMatchObject({ frame: 'Image 1 sur 2', rate: '×2' });
    const point = await onStage(page, 'left');
    await story.touchDown(point.x, point.y);
    await waitInside(page, 'left', '[data-hs-root][data-revealing]');
    const left = await inside(page, 'left');
    const right = await inside(page, 'right');
    await page.waitForTimeout(400);
    await shoot(page, 'pair-held');
    expect(await inside(page, 'left')).toMatchObject({ state: 'held', progress: left.progress });
    const later = await inside(page, 'right');
    expect(later.state).toBe('playing');
    expect(later.progress).toBeGreaterThan(right.progress);
    await story.touchUp();
    await waitInside(page, 'left', '[data-hs-root][data-state="playing"]');

    expect((await heard(page, 'holdstart')).map((event) => event.target)).toEqual(['left']);
    expect(
      (await heard(page, 'framechange')).map((event) => `${event.target}:${event.detail?.cause}`),
    ).toEqual(expect.arrayContaining(['left:start', 'right:start']));
    await audit(page, 'element-pair');

    // The collection moves from page script too.
    await call(page, 'right', 'nextStory');
    await waitInside(page, 'right', '[data-hs-root][aria-label="Noa"]');
    expect(await heard(page, 'storychange', 'right')).toEqual([
      expect.objectContaining({
        detail: expect.objectContaining({ from: 0, to: 1, storyId: 'noa', cause: 'api' }),
      }),
    ]);
  });

  // Reported: at half a phone's width (183 px) the row of controls is wider than the story, and
  // Previous, Pause and Next sit past its right edge, clipped (see element-pair-held.png).
  // Drop `.fails` once the skin lets the controls fit.
  test('every control of a half-width element lies inside it', async () => {
    const { page } = await open('pair.html');
    await waitInside(page, 'right', '[data-hs-root][data-state="playing"]');
    // The right one's options open: their buttons too.
    await page.evaluate(() =>
      document
        .getElementById('right')
        ?.shadowRoot?.querySelector<HTMLElement>('[data-hs-control="options"]')
        ?.click(),
    );
    const outside = await page.evaluate(() =>
      ['left', 'right'].flatMap((id) => {
        const host = document.getElementById(id) as HTMLElement;
        const box = host.getBoundingClientRect();
        const scope = host.shadowRoot?.querySelector('[data-current]') ?? host.shadowRoot;
        return [...(scope?.querySelectorAll('[data-hs-controls] button') ?? [])]
          .filter((button) => {
            const rect = button.getBoundingClientRect();
            // Those on screen (the options closed and the buttons kept off the picture are not).
            if (!button.checkVisibility() || rect.width <= 1) return false;
            return rect.left < box.left || rect.right > box.right;
          })
          .map((button) => `${id}:${button.getAttribute('data-hs-control')}`);
      }),
    );
    expect(outside).toEqual([]);
  });

  test('a src that is no story says why inside its element, and fires error', async () => {
    const { page } = await open('pair.html');
    await waitInside(page, 'broken', '[part="error"]');
    const text = await page.evaluate(
      () =>
        document.getElementById('broken')?.shadowRoot?.querySelector('[part="error"]')?.textContent,
    );
    expect(text).toBe('frames[0].duration: expected a positive number of milliseconds, got -200');
    expect(await heard(page, 'error')).toEqual([
      expect.objectContaining({
        target: 'broken',
        bubbles: true,
        composed: true,
        detail: expect.objectContaining({
          kind: 'invalid',
          src: 'broken.json',
          issues: [expect.objectContaining({ path: 'frames[0].duration' })],
        }),
      }),
    ]);
    await page.evaluate(() => document.getElementById('broken')?.scrollIntoView());
    await shoot(page, 'error');
  });
});

// The contract of `<hold-stories>` in jsdom: definition, upgrade, attributes, `src` loading,
// events on the element, methods, the skin and the life cycle. Time is fake (test/unit/setup.ts):
// the player moves only with `advance`; `fetch` is a mock whose answers the test releases.
import { act, fireEvent } from '@testing-library/react';
import type { Story } from 'react-hold-stories';
import { defineHoldStories, HoldStoriesElement } from 'react-hold-stories/element';
import {
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  type MockInstance,
  vi,
} from 'vitest';
import { story } from '../react/harness';

/** Read as the module loads, before any test defines anything. */
const definedAtImport = customElements.get('hold-stories');

const TAG = 'hold-stories';
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
] as const;

const second: Story = {
  id: 'evening',
  title: 'The evening',
  frames: [{ id: 'phone', kind: 'card', duration: 1000, background: '#112', alt: 'A phone' }],
};
/** A story the schema refuses: its first frame lasts -200 ms. */
const broken = {
  ...story,
  frames: [{ ...story.frames[0], duration: -200 }, ...story.frames.slice(1)],
};

interface Heard {
  type: string;
  detail: Record<string, unknown>;
  event: CustomEvent;
}

/** Every event of the element, as `document` hears it (so: it bubbled out of any shadow). */
let heard: Heard[] = [];
const record = (event: Event) =>
  heard.push({
    type: event.type,
    detail: (event as CustomEvent).detail,
    event: event as CustomEvent,
  });
const named = (type: string) => heard.filter((entry) => entry.type === type);
/** Frame changes after the first frame shown (which fires once with `cause: 'start'`). */
const moves = () => named('framechange').filter((entry) => entry.detail.cause !== 'start');

/** Exceptions nobody caught (a throw in a custom element callback lands here, not in append). */
let uncaught: unknown[] = [];
const onUncaught = (event: Event) => {
  // The element's own `error` events bubble to window too: only real exceptions count here.
  if (event instanceof ErrorEvent) uncaught.push(event.error);
};

let warn: MockInstance<typeof console.warn>;
let error: MockInstance<typeof console.error>;

beforeAll(() => {
  defineHoldStories();
});

beforeEach(() => {
  heard = [];
  uncaught = [];
  for (const type of EVENTS) document.addEventListener(type, record);
  window.addEventListener('error', onUncaught);
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(async () => {
  // Removed for good: each element unmounts in its microtask, inside act.
  await act(async () => document.body.replaceChildren());
  for (const type of EVENTS) document.removeEventListener(type, record);
  window.removeEventListener('error', onUncaught);
  vi.unstubAllGlobals();
  warn.mockRestore();
  error.mockRestore();
  expect(uncaught).toEqual([]);
});

/** Lets every pending promise (a mocked fetch and its `json()`) settle, inside act. */
const settle = () => act(() => new Promise<void>((resolve) => setImmediate(resolve)));
/** Moves the fake clock (timers, animation frames, performance.now) by `ms`, inside act. */
const advance = (ms: number) => act(async () => void vi.advanceTimersByTime(ms));

/**
 * A `<hold-stories>` (or `tag`) with `attributes` and, unless told otherwise, the harness's
 * story (three 1-second cards) as its `story` property, put in the page.
 */
async function mount(
  attributes: Record<string, string> = {},
  data: { story?: unknown; stories?: unknown } = { story },
  tag = TAG,
) {
  const element = document.createElement(tag) as HoldStoriesElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if ('story' in data) element.story = data.story as Story;
  if ('stories' in data) element.stories = data.stories as Story[];
  await act(async () => document.body.append(element));
  return view(element);
}

/** What a test reads of an element, always inside its shadow root. */
function view(element: HoldStoriesElement) {
  const shadow = element.shadowRoot as ShadowRoot;
  // A collection keeps its neighbours mounted: only the current story counts.
  const find = <T extends Element = HTMLElement>(selector: string) =>
    (shadow.querySelector('[data-current]') ?? shadow).querySelector<T & Element>(selector);
  return {
    element,
    shadow,
    find,
    text: () => shadow.textContent ?? '',
    frameLabel: () => find('[data-hs-stage]')?.getAttribute('aria-label') ?? null,
    state: () => find('[data-hs-root]')?.getAttribute('data-state') ?? null,
    control: (name: string) => find<HTMLButtonElement>(`[data-hs-control="${name}"]`),
    /** A finger on the stage (a 400×800 box), through pointer events React hears. */
    press(x = 300) {
      const stage = find('[data-hs-stage]') as HTMLElement;
      stage.getBoundingClientRect = () =>
        ({
          x: 0,
          y: 0,
          left: 0,
          top: 0,
          width: 400,
          height: 800,
          right: 400,
          bottom: 800,
        }) as DOMRect;
      const fire = (type: 'pointerDown' | 'pointerUp') =>
        act(() => {
          fireEvent[type](stage, {
            pointerId: 1,
            clientX: x,
            clientY: 400,
            buttons: type === 'pointerUp' ? 0 : 1,
            isPrimary: true,
          });
        });
      fire('pointerDown');
      return { lift: () => fire('pointerUp') };
    },
  };
}

interface PendingFetch {
  url: string;
  signal: AbortSignal;
  /** Answers with a status and a body (JSON when not a string). */
  respond(status: number, body: unknown): Promise<void>;
}

/** `fetch` as a mock: each call waits until the test answers it. */
function mockFetch() {
  const calls: PendingFetch[] = [];
  const fetch = vi.fn((url: string, init: RequestInit) => {
    return new Promise((resolve) => {
      calls.push({
        url,
        signal: init.signal as AbortSignal,
        async respond(status, body) {
          const text = typeof body === 'string' ? body : JSON.stringify(body);
          resolve({
            ok: status >= 200 && status < 300,
            status,
            json: async () => JSON.parse(text),
          });
          await settle();
        },
      });
    });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, calls };
}

describe('definition', () => {
  it('importing react-hold-stories/element defines nothing', () => {
    expect(definedAtImport).toBeUndefined();
  });

  it('defineHoldStories() defines <hold-stories> with the element class', () => {
    const defined = customElements.get(TAG);
    expect(defined?.prototype).toBeInstanceOf(HoldStoriesElement);
    expect(document.createElement(TAG)).toBeInstanceOf(HoldStoriesElement);
  });

  it('a second define warns, never throws, and returns the class already there', () => {
    const existing = customElements.get(TAG);
    let again: unknown;
    expect(() => {
      again = defineHoldStories();
    }).not.toThrow();
    expect(again).toBe(existing);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toContain('<hold-stories> is already defined');
  });

  it('a custom tag name works, and its warnings name that tag', async () => {
    const defined = defineHoldStories('school-stories');
    expect(customElements.get('school-stories')).toBe(defined);
    const { frameLabel } = await mount({ rate: 'fast' }, { story }, 'school-stories');
    expect(frameLabel()).toBe('Frame 1 of 3');
    expect(warn.mock.calls[0]?.[0]).toMatch(/^<school-stories rate>/);
  });

  it('an element used before its definition is upgraded with the story set on it', async () => {
    const early = document.createElement('late-stories') as HoldStoriesElement;
    // Not defined yet: a plain HTMLElement, the property a plain own property.
    expect(early).not.toBeInstanceOf(HoldStoriesElement);
    early.story = story;
    early.setAttribute('rate', '2');
    document.body.append(early);
    await act(async () => void defineHoldStories('late-stories'));

    expect(early).toBeInstanceOf(HoldStoriesElement);
    // Through the setter: the getter gives back the story it plays.
    expect(Object.hasOwn(early, 'story')).toBe(false);
    expect(early.story?.id).toBe('day');
    const { frameLabel, find } = view(early);
    expect(frameLabel()).toBe('Frame 1 of 3');
    expect(find('[data-hs-rate]')?.textContent).toContain('×2');
  });

  it('an element upgraded with `stories` set before its definition plays the collection', async () => {
    const early = document.createElement('later-stories') as HoldStoriesElement;
    early.stories = [story, second];
    document.body.append(early);
    await act(async () => void defineHoldStories('later-stories'));

    expect(early.stories?.map((entry) => entry.id)).toEqual(['day', 'evening']);
    expect(early.shadowRoot?.querySelectorAll('[data-hs-root]')).toHaveLength(2);
    expect(view(early).control('next-story')).not.toBeNull();
  });
});

describe('attributes', () => {
  it('rate="6" shows ×6 in the chrome and plays six times faster', async () => {
    const { find, frameLabel } = await mount({ rate: '6' });
    expect(find('[data-hs-rate]')?.textContent).toBe('×6Playing ×6 faster');
    // 1,000 ms frames at ×6: 167 ms each.
    await advance(200);
    expect(frameLabel()).toBe('Frame 2 of 3');
  });

  it('lang="fr" gives the French labels', async () => {
    const { frameLabel, control } = await mount({ lang: 'fr' });
    expect(frameLabel()).toBe('Image 1 sur 3');
    expect(control('next')).toHaveAccessibleName('Image suivante');
    expect(control('pause')).toHaveAccessibleName('Pause');
  });

  it('start="2" starts on the third frame', async () => {
    const { frameLabel } = await mount({ start: '2' });
    expect(frameLabel()).toBe('Frame 3 of 3');
    expect(named('framechange').map((entry) => entry.detail)).toEqual([
      expect.objectContaining({ from: -1, to: 2, cause: 'start' }),
    ]);
  });

  it('without loop the story ends; with loop it starts again', async () => {
    await mount();
    await advance(3100);
    expect(named('ended')).toHaveLength(1);

    document.body.replaceChildren();
    await settle();
    heard = [];
    const looping = await mount({ loop: '' });
    await advance(3100);
    expect(named('ended')).toEqual([]);
    expect(looping.frameLabel()).toBe('Frame 1 of 3');
    expect(moves().at(-1)?.detail).toMatchObject({ from: 2, to: 0, cause: 'auto' });
  });

  it('header shows the story title in the header part', async () => {
    const plain = await mount();
    expect(plain.find('[part="header"]')).toBeNull();
    const { find } = await mount({ header: '' });
    expect(find('[part="header"]')).toHaveTextContent('A school day');
  });

  it('closable gives a Close button whose click dispatches close', async () => {
    const plain = await mount();
    expect(plain.control('close')).toBeNull();
    const { control } = await mount({ closable: '' });
    const close = control('close') as HTMLButtonElement;
    expect(close).toHaveAccessibleName('Close');
    await act(async () => close.click());
    expect(named('close')).toHaveLength(1);
  });

  it('reading-mode plays in reading mode, and the chrome switch sets the attribute', async () => {
    const { element, find, control } = await mount({ 'reading-mode': '' });
    expect(find('[data-hs-root]')).toHaveAttribute('data-reading');
    await act(async () => control('reading')?.click());
    expect(element.hasAttribute('reading-mode')).toBe(false);
    expect(find('[data-hs-root]')).not.toHaveAttribute('data-reading');
    await act(async () => control('reading')?.click());
    expect(element.hasAttribute('reading-mode')).toBe(true);
  });

  it('glimpse shows each message as a glimpse while playing; hold-prompt the prompt', async () => {
    const plain = await mount();
    expect(plain.find('[data-hs-glimpse]')).toBeNull();
    expect(plain.find('[data-hs-hold-prompt]')).toBeNull();
    const { find } = await mount({ glimpse: '', 'hold-prompt': '' });
    expect(find('[data-hs-glimpse]')).toHaveAttribute('aria-hidden', 'true');
    expect(find('[data-hs-hold-prompt]')).toHaveTextContent('Hold to read');
  });

  it('hold-delay sets how long a press must last to reveal', async () => {
    const quick = await mount({ 'hold-delay': '100' });
    const finger = quick.press();
    await advance(150);
    expect(named('holdstart')).toHaveLength(1);
    expect(named('reveal')).toHaveLength(2);
    finger.lift();
    expect(named('holdend')).toHaveLength(1);
    // Released after 150 ms: a hold, not a tap.
    expect(moves()).toEqual([]);
  });

  it('the default hold delay (300 ms) makes 150 ms a tap', async () => {
    const { press, frameLabel } = await mount();
    const finger = press();
    await advance(150);
    finger.lift();
    expect(named('holdstart')).toEqual([]);
    expect(frameLabel()).toBe('Frame 2 of 3');
  });

  it('a live attribute change re-renders: rate, lang, header, closable', async () => {
    const { element, find, frameLabel, control } = await mount({ rate: '6' });
    await act(async () => element.setAttribute('rate', '3'));
    expect(find('[data-hs-rate]')?.textContent).toContain('×3');
    await act(async () => element.setAttribute('lang', 'fr'));
    expect(frameLabel()).toBe('Image 1 sur 3');
    await act(async () => element.setAttribute('header', ''));
    expect(find('[part="header"]')).not.toBeNull();
    await act(async () => element.setAttribute('closable', ''));
    expect(control('close')).toHaveAccessibleName('Fermer');
    await act(async () => element.removeAttribute('closable'));
    expect(control('close')).toBeNull();
    await act(async () => element.removeAttribute('lang'));
    expect(frameLabel()).toBe('Frame 1 of 3');
    // The same player throughout: one start.
    expect(named('framechange')).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['rate', 'fast', 'using the story', '×1'],
    ['rate', '0', 'using the story', '×1'],
    ['rate', '1000', 'using the story', '×1'],
    ['hold-delay', '-5', 'using 300', null],
    ['hold-delay', '', 'using 300', null],
    ['start', '1.5', 'starting at 0', null],
    ['start', '-1', 'starting at 0', null],
    ['lang', 'de', 'using English', null],
    ['flash-guard', 'loud', 'using "slow"', null],
  ] as const)(
    '%s="%s" warns naming the attribute, and the default applies',
    async (name, value, fallback, rate) => {
      // A throw in connectedCallback would not reach append(): the afterEach checks `uncaught`.
      const mounted = await mount({ [name]: value });
      expect(warn).toHaveBeenCalled();
      const message = String(warn.mock.calls[0]?.[0]);
      expect(message).toMatch(new RegExp(`^<hold-stories ${name}>`));
      expect(message).toContain(`got "${value}"`);
      expect(message).toContain(fallback);
      expect(mounted.frameLabel()).toBe('Frame 1 of 3');
      expect(mounted.state()).toBe('playing');
      if (rate) expect(mounted.find('[data-hs-rate]')?.textContent).toContain(rate);
      expect(error).not.toHaveBeenCalled();
    },
  );

  it('lang is read as BCP 47: any case, any region', async () => {
    const upper = await mount({ lang: 'FR' });
    expect(upper.frameLabel()).toBe('Image 1 sur 3');
    const region = await mount({ lang: 'fr-CA' });
    expect(region.frameLabel()).toBe('Image 1 sur 3');
    const english = await mount({ lang: 'en-GB' });
    expect(english.frameLabel()).toBe('Frame 1 of 3');
    expect(warn).not.toHaveBeenCalled();
  });

  it('a bad value set later warns too and never throws', async () => {
    const { element, find } = await mount({ rate: '6' });
    expect(() => element.setAttribute('rate', 'NaN')).not.toThrow();
    await settle();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^<hold-stories rate>/);
    expect(find('[data-hs-rate]')?.textContent).toContain('×1');
  });
});

describe('src', () => {
  it('loads one story and plays it', async () => {
    const { fetch, calls } = mockFetch();
    const { element, frameLabel, text } = await mount({ src: '/story.json' }, {});
    expect(fetch).toHaveBeenCalledWith(
      '/story.json',
      expect.objectContaining({ credentials: 'same-origin' }),
    );
    // Nothing shows while it loads.
    expect(text()).not.toContain('Frame');
    await calls[0]?.respond(200, story);
    expect(frameLabel()).toBe('Frame 1 of 3');
    expect(element.story?.id).toBe('day');
    expect(named('error')).toEqual([]);
    expect(named('framechange')).toHaveLength(1);
  });

  it('loads a collection ({ stories: [...] }) and plays it a swipe apart', async () => {
    const { calls } = mockFetch();
    const { element, shadow, control } = await mount({ src: '/week.json' }, {});
    await calls[0]?.respond(200, { stories: [story, second] });
    expect(element.stories?.map((entry) => entry.id)).toEqual(['day', 'evening']);
    expect(element.story).toBeUndefined();
    expect(shadow.querySelectorAll('[data-hs-root]')).toHaveLength(2);
    await act(async () => control('next-story')?.click());
    await advance(50);
    expect(named('storychange').map((entry) => entry.detail)).toEqual([
      expect.objectContaining({ from: 0, to: 1, storyId: 'evening' }),
    ]);
  });

  it('loads a bare list of stories as a collection', async () => {
    const { calls } = mockFetch();
    const { element } = await mount({ src: '/list.json' }, {});
    await calls[0]?.respond(200, [story, second]);
    expect(element.stories).toHaveLength(2);
  });

  it.each([
    ['a 404', 404, 'nothing', 'load', '/missing.json could not be loaded (HTTP 404)'],
    [
      'a page, not JSON',
      200,
      '<!doctype html><p>Not here</p>',
      'load',
      '/missing.json is not JSON',
    ],
    ['an invalid story', 200, broken, 'invalid', 'frames[0].duration: expected a positive number'],
  ] as const)(
    '%s: the problem as text inside the shadow root, and one error event',
    async (_case, status, body, kind, message) => {
      const { calls } = mockFetch();
      const { element, shadow } = await mount({ src: '/missing.json' }, {});
      await calls[0]?.respond(status, body);
      const alert = shadow.querySelector('[part="error"]');
      expect(alert).toHaveAttribute('role', 'alert');
      expect(alert?.textContent).toContain(message);
      expect(shadow.querySelector('[data-hs-root]')).toBeNull();
      const errors = named('error');
      expect(errors).toHaveLength(1);
      expect(errors[0]?.event.target).toBe(element);
      expect(errors[0]?.detail).toMatchObject({ kind, src: '/missing.json' });
      expect(errors[0]?.detail.message).toContain(message);
      if (kind === 'invalid') {
        expect(errors[0]?.detail.issues).toEqual([
          expect.objectContaining({ path: 'frames[0].duration' }),
        ]);
      } else {
        expect(errors[0]?.detail.issues).toEqual([]);
      }
      // A later render (an attribute change) shows the same text and fires nothing more.
      await act(async () => element.setAttribute('rate', '6'));
      expect(shadow.querySelector('[part="error"]')?.textContent).toContain(message);
      expect(named('error')).toHaveLength(1);
    },
  );

  it('a network failure is a load error naming the src', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const { shadow } = await mount({ src: 'https://example.test/s.json' }, {});
    await settle();
    expect(shadow.querySelector('[part="error"]')?.textContent).toBe(
      'https://example.test/s.json could not be loaded (Failed to fetch)',
    );
    expect(named('error').map((entry) => entry.detail.kind)).toEqual(['load']);
  });

  it('a newer src wins over a slower older one', async () => {
    const { calls } = mockFetch();
    const { element, shadow } = await mount({ src: '/slow.json' }, {});
    await act(async () => element.setAttribute('src', '/fast.json'));
    expect(calls.map((call) => call.url)).toEqual(['/slow.json', '/fast.json']);
    // The older load is dropped, not just ignored.
    expect(calls[0]?.signal.aborted).toBe(true);
    await calls[1]?.respond(200, second);
    await calls[0]?.respond(404, '');
    expect(element.story?.id).toBe('evening');
    expect(shadow.querySelector('[part="error"]')).toBeNull();
    expect(named('error')).toEqual([]);
    expect(shadow.querySelector('[data-hs-root]')).toHaveAttribute('aria-label', 'The evening');
  });

  it('an attribute change does not fetch src again', async () => {
    const { fetch, calls } = mockFetch();
    const { element } = await mount({ src: '/story.json' }, {});
    await calls[0]?.respond(200, story);
    await act(async () => element.setAttribute('rate', '4'));
    expect(fetch).toHaveBeenCalledOnce();
  });
});

describe('events', () => {
  it('every event bubbles to document, composed, with its payload as detail', async () => {
    const { element, press } = await mount();
    const [start] = named('framechange');
    expect(start?.detail).toMatchObject({ from: -1, to: 0, cause: 'start' });
    expect(start?.event.bubbles).toBe(true);
    expect(start?.event.composed).toBe(true);
    expect(start?.event.target).toBe(element);

    const finger = press();
    await advance(350);
    finger.lift();
    await act(async () => element.pause());
    await act(async () => element.play());
    await advance(3100);
    expect(heard.map((entry) => entry.type)).toEqual([
      'framechange',
      'holdstart',
      'reveal',
      'reveal',
      'holdend',
      'pause',
      'play',
      'framechange',
      'framechange',
      'ended',
    ]);
    expect(named('reveal')[0]?.detail).toMatchObject({
      frameId: 'bus',
      messageIndex: 0,
      message: { text: 'Nobody sits next to me.', from: 'Sam' },
    });
    for (const entry of heard) {
      expect(entry.event).toBeInstanceOf(CustomEvent);
      expect([entry.event.bubbles, entry.event.composed]).toEqual([true, true]);
    }
  });

  it('a question answered fires answer', async () => {
    const question: Story = {
      id: 'ask',
      title: 'A question',
      frames: [
        {
          id: 'what',
          kind: 'choice',
          duration: 1000,
          alt: 'A question',
          question: 'What do you do?',
          options: [{ label: 'Laugh' }, { label: 'Tell an adult', correct: true }],
        },
      ],
    };
    const { find } = await mount({}, { story: question });
    const option = [...(find('[part="choice"]')?.querySelectorAll('button') ?? [])].find((button) =>
      button.textContent?.includes('Tell an adult'),
    );
    await act(async () => option?.click());
    expect(named('answer').map((entry) => entry.detail)).toEqual([
      expect.objectContaining({ frameId: 'what', optionIndex: 1, correct: true }),
    ]);
  });

  it('an invalid story property shows the problem and fires error once', async () => {
    const { shadow, element } = await mount({}, { story: broken });
    expect(shadow.querySelector('[part="error"]')?.textContent).toBe(
      'story.frames[0].duration: expected a positive number of milliseconds, got -200',
    );
    await act(async () => element.setAttribute('rate', '6'));
    expect(named('error').map((entry) => entry.detail)).toEqual([
      expect.objectContaining({
        kind: 'invalid',
        issues: [expect.objectContaining({ path: 'story.frames[0].duration' })],
      }),
    ]);
  });
});

describe('methods', () => {
  it('next, prev and goTo move the frame (framechange, cause api)', async () => {
    const { element, frameLabel } = await mount();
    // One story: the collection's commands do nothing, and never throw.
    await act(async () => element.nextStory());
    await act(async () => element.next());
    expect(frameLabel()).toBe('Frame 2 of 3');
    await act(async () => element.goTo(2));
    expect(frameLabel()).toBe('Frame 3 of 3');
    await act(async () => element.prev());
    expect(frameLabel()).toBe('Frame 2 of 3');
    expect(
      moves().map((entry) => [entry.detail.from, entry.detail.to, entry.detail.cause]),
    ).toEqual([
      [0, 1, 'api'],
      [1, 2, 'api'],
      [2, 1, 'api'],
    ]);
  });

  it('nextStory, prevStory and goToStory move a collection (storychange, cause api)', async () => {
    const { element, shadow } = await mount({}, { stories: [story, second] });
    const current = () =>
      shadow.querySelector('[data-current] [data-hs-root]')?.getAttribute('aria-label');
    await act(async () => element.nextStory());
    await advance(50);
    expect(current()).toBe('The evening');
    await act(async () => element.prevStory());
    await advance(50);
    expect(current()).toBe('A school day');
    await act(async () => element.goToStory(1));
    await advance(50);
    expect(current()).toBe('The evening');
    expect(
      named('storychange').map((entry) => [entry.detail.from, entry.detail.to, entry.detail.cause]),
    ).toEqual([
      [0, 1, 'api'],
      [1, 0, 'api'],
      [0, 1, 'api'],
    ]);
  });

  it('pause and play stop and start the story', async () => {
    const { element, state, frameLabel } = await mount();
    await act(async () => element.pause());
    expect(state()).toBe('paused');
    await advance(2000);
    expect(frameLabel()).toBe('Frame 1 of 3');
    await act(async () => element.play());
    expect(state()).toBe('playing');
    expect(named('pause').map((entry) => entry.detail.reason)).toEqual(['command']);
    expect(named('play').map((entry) => entry.detail.reason)).toEqual(['command']);
  });

  it('hold freezes the frame and release plays on from there', async () => {
    const { element, state, frameLabel } = await mount();
    await advance(500);
    await act(async () => element.hold());
    expect(state()).toBe('held');
    await advance(2000);
    expect(frameLabel()).toBe('Frame 1 of 3');
    await act(async () => element.release());
    expect(state()).toBe('playing');
    await advance(520);
    expect(frameLabel()).toBe('Frame 2 of 3');
  });

  it('do nothing, and never throw, before the element is in the page', () => {
    const element = document.createElement(TAG) as HoldStoriesElement;
    expect(() => {
      element.play();
      element.pause();
      element.next();
      element.prev();
      element.goTo(1);
      element.hold();
      element.release();
      element.nextStory();
      element.prevStory();
      element.goToStory(1);
    }).not.toThrow();
  });
});

describe('life cycle', () => {
  it('a move in the page (disconnect, connect in the same task) keeps the same player', async () => {
    const { element, frameLabel } = await mount();
    await act(async () => element.next());
    const box = document.createElement('div');
    document.body.append(box);
    await act(async () => box.append(element));
    expect(frameLabel()).toBe('Frame 2 of 3');
    expect(named('framechange').filter((entry) => entry.detail.cause === 'start')).toHaveLength(1);
    await advance(1050);
    expect(frameLabel()).toBe('Frame 3 of 3');
  });

  it('removed for good it unmounts: no timer left, no event after', async () => {
    const { element, shadow } = await mount({ rate: '6' });
    await advance(100);
    await act(async () => element.remove());
    expect(shadow.querySelector('[data-hs-root]')).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    const before = heard.length;
    await advance(5000);
    expect(heard).toHaveLength(before);
    expect(error).not.toHaveBeenCalled();
  });

  it('put back later it plays again from the start, loading src again', async () => {
    const { fetch, calls } = mockFetch();
    const { element, frameLabel } = await mount({ src: '/story.json' }, {});
    await calls[0]?.respond(200, story);
    await act(async () => element.remove());
    await act(async () => document.body.append(element));
    expect(fetch).toHaveBeenCalledTimes(2);
    await calls[1]?.respond(200, second);
    expect(frameLabel()).toBe('Frame 1 of 1');
    expect(named('framechange').filter((entry) => entry.detail.cause === 'start')).toHaveLength(2);
  });

  it('a removal during a load drops it: no error event, no render', async () => {
    const { calls } = mockFetch();
    const { element } = await mount({ src: '/story.json' }, {});
    await act(async () => element.remove());
    expect(calls[0]?.signal.aborted).toBe(true);
    await calls[0]?.respond(404, '');
    expect(named('error')).toEqual([]);
  });
});

describe('skin', () => {
  it('without constructed stylesheets (jsdom) the skin is a <style> in the shadow root', async () => {
    expect('adoptedStyleSheets' in ShadowRoot.prototype).toBe(false);
    const { shadow } = await mount();
    const styles = shadow.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]?.textContent).toContain(':host{display:block');
    // Before the player: the skin applies from the first paint.
    expect(shadow.firstElementChild?.tagName).toBe('STYLE');
  });

  it('with constructed stylesheets, every element adopts the one shared sheet', async () => {
    const adopted = new WeakMap<ShadowRoot, CSSStyleSheet[]>();
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
      configurable: true,
      get(this: ShadowRoot) {
        return adopted.get(this) ?? [];
      },
      set(this: ShadowRoot, sheets: CSSStyleSheet[]) {
        adopted.set(this, sheets);
      },
    });
    try {
      const one = await mount();
      const two = await mount();
      expect(one.shadow.querySelector('style')).toBeNull();
      expect(one.shadow.adoptedStyleSheets).toHaveLength(1);
      expect(two.shadow.adoptedStyleSheets[0]).toBe(one.shadow.adoptedStyleSheets[0]);
    } finally {
      delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    }
  });
});

describe('out of view', () => {
  /** IntersectionObserver as jsdom lacks it: the test says when the element leaves or comes back. */
  function stubIntersection() {
    const observers: { callback: IntersectionObserverCallback; disconnected: boolean }[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        entry: { callback: IntersectionObserverCallback; disconnected: boolean };
        constructor(callback: IntersectionObserverCallback) {
          this.entry = { callback, disconnected: false };
          observers.push(this.entry);
        }
        observe() {}
        disconnect() {
          this.entry.disconnected = true;
        }
      },
    );
    return {
      observers,
      inView: (isIntersecting: boolean) =>
        act(async () => {
          for (const { callback } of observers) {
            callback([{ isIntersecting } as IntersectionObserverEntry], {} as IntersectionObserver);
          }
        }),
    };
  }

  it('pauses while scrolled out of view and plays again when back', async () => {
    const io = stubIntersection();
    const { state, frameLabel } = await mount();
    await io.inView(false);
    expect(state()).toBe('paused');
    await advance(2000);
    expect(frameLabel()).toBe('Frame 1 of 3');
    await io.inView(true);
    expect(state()).toBe('playing');
    expect(heard.filter((e) => e.type === 'pause' || e.type === 'play').map((e) => e.type)).toEqual(
      ['pause', 'play'],
    );
  });

  it('a story the viewer paused stays paused when it comes back', async () => {
    const io = stubIntersection();
    const { element, state } = await mount();
    await act(async () => element.pause());
    await io.inView(false);
    await io.inView(true);
    expect(state()).toBe('paused');
    expect(named('play')).toEqual([]);
  });

  it('stops watching once removed', async () => {
    const io = stubIntersection();
    const { element } = await mount();
    await act(async () => element.remove());
    expect(io.observers.map((observer) => observer.disconnected)).toEqual([true]);
  });
});

describe('errors, warnings, motion and data given by property', () => {
  it('an invalid `stories` property fires error, as an invalid `story` does', async () => {
    const { shadow } = await mount({}, { stories: [broken, second] });
    expect(shadow.querySelector('[part="error"]')?.textContent).toContain(
      'stories[0].frames[0].duration',
    );
    expect(named('error').map((entry) => entry.detail.kind)).toEqual(['invalid']);
  });

  it('the error of an invalid `story` property has a message, as a src error has', async () => {
    await mount({}, { story: broken });
    expect(named('error')[0]?.detail.message).toBe(
      'story.frames[0].duration: expected a positive number of milliseconds, got -200',
    );
  });

  it('a viewer who asks for reduced motion gets reading mode, as with <Stories>', async () => {
    vi.stubGlobal('matchMedia', (media: string) => ({
      media,
      matches: media.includes('prefers-reduced-motion: reduce'),
      addEventListener() {},
      removeEventListener() {},
    }));
    const { find } = await mount();
    expect(find('[data-hs-root]')).toHaveAttribute('data-reading');
  });

  it('a bad value warns once, not again on every later render', async () => {
    const { element } = await mount({ rate: 'fast' });
    await act(async () => element.setAttribute('header', ''));
    await act(async () => element.setAttribute('closable', ''));
    expect(warn).toHaveBeenCalledOnce();
  });

  it('a `story` set on an element that has src plays, and src is not fetched again', async () => {
    const { fetch, calls } = mockFetch();
    const { element, frameLabel } = await mount({ src: '/story.json' }, {});
    await calls[0]?.respond(200, story);
    await act(async () => {
      element.story = second;
    });
    expect(fetch).toHaveBeenCalledOnce();
    expect(frameLabel()).toBe('Frame 1 of 1');
  });
});

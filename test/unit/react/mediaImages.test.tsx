import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { type Frame, Stories, type Story } from 'react-hold-stories';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderStories } from './harness';

/**
 * jsdom neither fetches nor decodes images: `decode()` is stubbed so the test settles each
 * image by hand. Every `new Image()` (the preloader's) is recorded.
 */
function stubDecoding() {
  const pending = new Map<string, { resolve(): void; reject(error: Error): void }[]>();
  const created: HTMLImageElement[] = [];
  /** Every source asked to decode, in order. */
  const requested: string[] = [];
  const NativeImage = window.Image;
  window.Image = class extends NativeImage {
    constructor() {
      super();
      created.push(this);
    }
  } as typeof Image;
  HTMLImageElement.prototype.decode = function decode(this: HTMLImageElement) {
    const src = this.getAttribute('src') ?? '';
    requested.push(src);
    return new Promise<void>((resolve, reject) => {
      pending.set(src, [...(pending.get(src) ?? []), { resolve, reject }]);
    });
  };
  const settle = (src: string, outcome: 'decoded' | 'broken') =>
    act(async () => {
      for (const request of pending.get(src) ?? []) {
        if (outcome === 'decoded') request.resolve();
        else request.reject(new Error('EncodingError'));
      }
      pending.delete(src);
    });
  return {
    created,
    /** The sources asked since the last call. */
    newRequests: () => requested.splice(0),
    /** Sources asked for and not settled yet. */
    pendingSources: () => [...pending.keys()],
    decode: (src: string) => settle(src, 'decoded'),
    fail: (src: string) => settle(src, 'broken'),
    restore() {
      window.Image = NativeImage;
      delete (HTMLImageElement.prototype as Partial<HTMLImageElement>).decode;
    },
  };
}

const image = (id: string, extra: Partial<Frame> = {}): Frame =>
  ({ id, kind: 'image', duration: 1000, src: `/${id}.jpg`, alt: `Photo ${id}`, ...extra }) as Frame;
const card = (id: string): Frame => ({
  id,
  kind: 'card',
  duration: 1000,
  background: '#223',
  alt: `Card ${id}`,
});
const storyOf = (frames: Frame[]): Story => ({ id: 'media', title: 'Media', frames });

let images: ReturnType<typeof stubDecoding>;
beforeEach(() => {
  images = stubDecoding();
});
afterEach(() => images.restore());

describe('images that are late', () => {
  it('waits on a late image with its progress paused, then plays it once decoded', async () => {
    const { advance, frameLabel, root, progressOf } = renderStories({
      story: storyOf([card('a'), image('b'), card('c')]),
    });
    // Display frames come every 16 ms: a little past the boundary, the next one has seen it.
    advance(1020);
    expect(frameLabel()).toBe('Frame 2 of 3');
    expect(root).toHaveAttribute('data-waiting');
    expect(root.querySelector('[data-hs-loader]')).not.toBeNull();
    advance(5000);
    expect(frameLabel()).toBe('Frame 2 of 3');

    await images.decode('/b.jpg');
    expect(root).not.toHaveAttribute('data-waiting');
    advance(980);
    expect(frameLabel()).toBe('Frame 2 of 3');
    advance(40);
    expect(frameLabel()).toBe('Frame 3 of 3');
    expect(progressOf()).not.toBeNull();
  });

  it('shows your own loader in place of the ring, given as loader', () => {
    const { advance, root } = renderStories({
      story: storyOf([card('a'), image('late'), card('c')]),
      loader: <span>Patience…</span>,
    });
    advance(1020);
    const loader = root.querySelector('[data-hs-loader]');
    expect(loader).toHaveTextContent('Patience…');
    expect(loader?.querySelector('.hs-loader-ring')).toBeNull();
  });

  it('never waits for an image decoded ahead of its frame', async () => {
    const { advance, frameLabel, root } = renderStories({
      story: storyOf([card('a'), image('b'), card('c')]),
    });
    // Images ahead are asked one per task (a fake millisecond each), after the frame change.
    advance(10);
    await images.decode('/b.jpg');
    advance(1020);
    expect(frameLabel()).toBe('Frame 2 of 3');
    expect(root).not.toHaveAttribute('data-waiting');
  });

  it('lets a hold during the wait freeze the frame and reveal its messages', async () => {
    const story = storyOf([image('a', { reveal: [{ text: 'Still here.' }] }), card('b')]);
    const { advance, press, lift, status, messages, frameLabel } = renderStories({ story });
    press();
    advance(400);
    expect(status()).toBe('held');
    expect(messages()).toEqual(['Still here.']);
    await images.decode('/a.jpg');
    advance(3000);
    expect(frameLabel()).toBe('Frame 1 of 2');
    lift();
    advance(1020);
    expect(frameLabel()).toBe('Frame 2 of 2');
  });
});

describe('images that fail', () => {
  it('shows the alt text instead, fires onError once, and moves on after the duration', async () => {
    const onError = vi.fn();
    const { advance, frameLabel, root, container } = renderStories({
      story: storyOf([image('a'), card('b')]),
      onError,
    });
    await images.fail('/a.jpg');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith({
      frameIndex: 0,
      frameId: 'a',
      kind: 'image',
      src: '/a.jpg',
      at: expect.any(Number),
    });
    expect(root).not.toHaveAttribute('data-waiting');
    expect(container.querySelector('[data-hs-frame] img')).toBeNull();
    expect(screen.getByText('Photo a')).toBeVisible();
    expect(screen.getByText('This picture could not be loaded.')).toBeInTheDocument();

    advance(980);
    expect(frameLabel()).toBe('Frame 1 of 2');
    advance(40);
    expect(frameLabel()).toBe('Frame 2 of 2');
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('reports the image element failing on screen too, once', async () => {
    const onError = vi.fn();
    const { container } = renderStories({ story: storyOf([image('a'), card('b')]), onError });
    const img = container.querySelector('[data-hs-frame] img') as HTMLImageElement;
    act(() => {
      img.dispatchEvent(new Event('error'));
    });
    await images.fail('/a.jpg');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ frameId: 'a', kind: 'image' });
  });

  it('fires onError once under StrictMode, whose effects run twice', async () => {
    const onError = vi.fn();
    render(
      <StrictMode>
        <Stories story={storyOf([image('a'), card('b')])} onError={onError} />
      </StrictMode>,
    );
    await images.fail('/a.jpg');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Photo a')).toBeVisible();
  });

  it('plays a story whose every image fails to its end', async () => {
    const onEnded = vi.fn();
    const onError = vi.fn();
    const { advance, status } = renderStories({
      story: storyOf([image('a'), image('b'), image('c'), image('d')]),
      onEnded,
      onError,
    });
    advance(10);
    for (const src of ['/a.jpg', '/b.jpg', '/c.jpg']) await images.fail(src);
    advance(2000);
    advance(10);
    await images.fail('/d.jpg');
    advance(2001);
    expect(status()).toBe('ended');
    expect(onEnded).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls.map(([event]) => event.frameId)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('preloading', () => {
  it('decodes the next 1.5 s of 1-second frames (two) and one behind, and lets the others go', async () => {
    const frames = Array.from({ length: 40 }, (_, i) => image(`p${i}`));
    const { container, advance, settle, ref } = renderStories({ story: storyOf(frames) });
    // The frame on screen at once (the player waits for it), the others one per task.
    expect(images.newRequests()).toEqual(['/p0.jpg']);
    advance(10);
    expect(images.newRequests()).toEqual(['/p1.jpg', '/p2.jpg']);
    for (const src of images.pendingSources()) await images.decode(src);
    // The first frame starts once the two ahead are ready too (decoded, their tones measured).
    await settle(10);
    advance(1020);
    advance(10);
    // Frame 2: only the image that came into the window is fetched.
    expect(images.newRequests()).toEqual(['/p3.jpg']);
    act(() => ref.current?.goTo(30));
    advance(10);
    expect(images.newRequests()).toEqual(['/p30.jpg', '/p31.jpg', '/p32.jpg', '/p29.jpg']);
    act(() => ref.current?.goTo(31));
    advance(10);
    expect(images.newRequests()).toEqual(['/p33.jpg']);
    // The first frames were let go: going back fetches them again.
    act(() => ref.current?.goTo(1));
    advance(10);
    expect(images.newRequests()).toEqual(['/p1.jpg', '/p2.jpg', '/p3.jpg', '/p0.jpg']);
    // In the DOM, only the current frame's picture.
    expect(container.querySelectorAll('img')).toHaveLength(1);
    // Five windows' worth of images were made (13), not one per frame passed.
    expect(images.created.length).toBeLessThanOrEqual(13);
  });

  it('starts the first frame once the images of the next frames are ready too', async () => {
    const frames = Array.from({ length: 6 }, (_, i) => image(`p${i}`));
    const { advance, settle, frameLabel, root } = renderStories({
      story: storyOf(frames),
      playbackRate: 8,
    });
    advance(10);
    await images.decode('/p0.jpg');
    // 125 ms frames: the next 250 ms (two frames) are awaited before the first one plays.
    await settle(400);
    expect(frameLabel()).toBe('Frame 1 of 6');
    expect(root).toHaveAttribute('data-waiting');
    await images.decode('/p1.jpg');
    await settle(10);
    expect(frameLabel()).toBe('Frame 1 of 6');
    await images.decode('/p2.jpg');
    await settle(10);
    expect(root).not.toHaveAttribute('data-waiting');
    await settle(130);
    expect(frameLabel()).toBe('Frame 2 of 6');
  });

  it('starts after a second at most when an image ahead never comes', async () => {
    const frames = Array.from({ length: 6 }, (_, i) => image(`p${i}`));
    const { advance, settle, frameLabel } = renderStories({ story: storyOf(frames) });
    advance(10);
    await images.decode('/p0.jpg');
    // It would have ended at 1 s; it started then instead.
    await settle(1500);
    expect(frameLabel()).toBe('Frame 1 of 6');
    await settle(600);
    expect(frameLabel()).toBe('Frame 2 of 6');
  });

  it('looks further ahead with preloadAhead', () => {
    const frames = Array.from({ length: 10 }, (_, i) => image(`p${i}`));
    const { advance } = renderStories({ story: storyOf(frames), preloadAhead: 5 });
    advance(10);
    expect(images.pendingSources()).toHaveLength(6);
  });

  it('warns about a bad preloadAhead and keeps the default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const frames = Array.from({ length: 10 }, (_, i) => image(`p${i}`));
    const { advance } = renderStories({ story: storyOf(frames), preloadAhead: -1 });
    advance(10);
    expect(warn).toHaveBeenCalledWith(
      'react-hold-stories: preloadAhead: expected a whole number of frames ≥ 0, got -1; using 2',
    );
    expect(images.pendingSources()).toHaveLength(3);
    warn.mockRestore();
  });

  it('looks as far as 1.5 s of playback at the rate asked, and plans again when it changes', () => {
    const frames = Array.from({ length: 40 }, (_, i) => image(`p${i}`));
    const { advance, rerender } = renderStories({ story: storyOf(frames) });
    advance(10);
    expect(images.newRequests()).toEqual(['/p0.jpg', '/p1.jpg', '/p2.jpg']);
    // At 8× a 1-second frame lasts 125 ms: twelve of them fill the next 1.5 s.
    rerender(<Stories story={storyOf(frames)} playbackRate={8} />);
    advance(20);
    expect(images.newRequests()).toEqual(Array.from({ length: 10 }, (_, i) => `/p${i + 3}.jpg`));
  });

  it('waits again for an image it let go, when the viewer goes back to it', async () => {
    const frames = Array.from({ length: 6 }, (_, i) => image(`p${i}`));
    const { root, ref } = renderStories({ story: storyOf(frames) });
    for (const src of images.pendingSources()) await images.decode(src);
    act(() => ref.current?.goTo(4));
    for (const src of images.pendingSources()) await images.decode(src);
    act(() => ref.current?.goTo(0));
    expect(root).toHaveAttribute('data-waiting');
    await images.decode('/p0.jpg');
    expect(root).not.toHaveAttribute('data-waiting');
  });
});

describe('image frames on screen', () => {
  it('shows the very element the preloader decoded, in place of its own', async () => {
    const { advance, container } = renderStories({
      story: storyOf([card('a'), image('b', { focal: [0.2, 0.75] } as Partial<Frame>), card('c')]),
    });
    advance(10);
    await images.decode('/b.jpg');
    const preloaded = images.created.find((each) => each.getAttribute('src') === '/b.jpg');
    advance(1010);
    const shown = container.querySelector('[data-hs-frame] img') as HTMLImageElement;
    expect(shown).toBe(preloaded);
    expect(shown).toHaveClass('hs-image');
    expect(shown).toHaveAttribute('alt', 'Photo b');
    expect(shown.style.objectPosition).toBe('20% 75%');
    expect(container.querySelectorAll('img')).toHaveLength(1);
    // The next frame: React removes its own node, the preloaded one is simply let go.
    advance(1000);
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows the preloaded element under StrictMode too, whose effects run twice', async () => {
    const { container } = render(
      <StrictMode>
        <Stories story={storyOf([card('a'), image('b'), card('c')])} />
      </StrictMode>,
    );
    act(() => void vi.advanceTimersByTime(10));
    for (const src of images.pendingSources()) await images.decode(src);
    act(() => void vi.advanceTimersByTime(1010));
    const shown = container.querySelectorAll('[data-hs-frame] img');
    expect(shown).toHaveLength(1);
    expect(images.created).toContain(shown[0]);
    expect(shown[0]).toHaveAttribute('alt', 'Photo b');
  });

  it('shows its own img when nothing was decoded ahead (the first frame, a jump)', () => {
    const { container } = renderStories({ story: storyOf([image('a'), card('b')]) });
    const shown = container.querySelector('[data-hs-frame] img') as HTMLImageElement;
    expect(images.created).not.toContain(shown);
    expect(shown).toHaveAttribute('src', '/a.jpg');
  });

  it('keeps the focal point in view and passes srcSet and sizes on', async () => {
    const { container } = renderStories({
      story: storyOf([
        image('a', {
          focal: [0.2, 0.75],
          srcSet: '/a-640.jpg 640w',
          sizes: '100vw',
        } as Partial<Frame>),
      ]),
    });
    const img = container.querySelector('[data-hs-frame] img') as HTMLImageElement;
    expect(img.style.objectPosition).toBe('20% 75%');
    expect(img).toHaveAttribute('srcset', '/a-640.jpg 640w');
    expect(img).toHaveAttribute('sizes', '100vw');
    expect(img).toHaveAttribute('alt', 'Photo a');
  });
});

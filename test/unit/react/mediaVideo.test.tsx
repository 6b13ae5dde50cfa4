import { act, fireEvent, screen } from '@testing-library/react';
import { type Frame, Stories, type Story } from 'react-hold-stories';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseOption, renderStories } from './harness';

/**
 * jsdom has media elements without media: play() and pause() are stubbed (play can be told to
 * refuse sound, as browsers do without a user gesture) and the test fires the element's events.
 */
function stubMedia() {
  const calls: { type: 'play' | 'pause'; muted: boolean }[] = [];
  let refuseSound = false;
  const proto = HTMLMediaElement.prototype;
  const native = { play: proto.play, pause: proto.pause };
  proto.play = function play(this: HTMLMediaElement) {
    calls.push({ type: 'play', muted: this.muted });
    if (refuseSound && !this.muted) {
      return Promise.reject(new DOMException('play() needs a gesture', 'NotAllowedError'));
    }
    return Promise.resolve();
  };
  proto.pause = function pause(this: HTMLMediaElement) {
    calls.push({ type: 'pause', muted: this.muted });
  };
  return {
    calls,
    refuseSound: () => {
      refuseSound = true;
    },
    restore: () => Object.assign(proto, native),
  };
}

const video = (id: string, extra: Partial<Frame> = {}): Frame =>
  ({
    id,
    kind: 'video',
    duration: 5000,
    src: `/${id}.webm`,
    poster: `/${id}.jpg`,
    alt: `Clip ${id}`,
    ...extra,
  }) as Frame;
const card: Frame = { id: 'end', kind: 'card', duration: 1000, background: '#223', alt: 'The end' };
const storyOf = (frames: Frame[]): Story => ({ id: 'videos', title: 'Videos', frames });

let media: ReturnType<typeof stubMedia>;
beforeEach(() => {
  media = stubMedia();
});
afterEach(() => media.restore());

const element = (container: HTMLElement) =>
  container.querySelector('[data-hs-frame] video') as HTMLVideoElement;

/** The element loads: metadata (with its length in seconds), then enough data to play. */
function load(target: HTMLVideoElement, seconds: number) {
  Object.defineProperty(target, 'duration', { configurable: true, value: seconds });
  fireEvent(target, new Event('loadedmetadata'));
  fireEvent(target, new Event('canplay'));
}

describe('video frames', () => {
  it('waits until the video can play, then lasts the length its metadata gives', () => {
    const { container, root, advance, frameLabel } = renderStories({
      story: storyOf([video('v'), card]),
    });
    const clip = element(container);
    expect(clip).toHaveAttribute('src', '/v.webm');
    expect(clip).toHaveAttribute('poster', '/v.jpg');
    expect(root).toHaveAttribute('data-waiting');
    advance(3000);
    expect(frameLabel()).toBe('Frame 1 of 2');

    load(clip, 2);
    expect(root).not.toHaveAttribute('data-waiting');
    advance(1980);
    expect(frameLabel()).toBe('Frame 1 of 2');
    advance(40);
    expect(frameLabel()).toBe('Frame 2 of 2');
  });

  it('plays while the story plays and stops on the same picture during a hold', () => {
    const { container, advance, press, lift } = renderStories({
      story: storyOf([video('v'), card]),
    });
    load(element(container), 2);
    expect(media.calls.at(-1)?.type).toBe('play');
    press();
    expect(media.calls.at(-1)?.type).toBe('pause');
    advance(500);
    lift();
    expect(media.calls.at(-1)?.type).toBe('play');
  });

  it('maps the story rate onto playbackRate, capped at 16×', () => {
    const story = storyOf([video('v'), card]);
    const { container, rerender } = renderStories({ story, playbackRate: 4 });
    const clip = element(container);
    expect(clip.playbackRate).toBe(4);
    expect(clip.defaultPlaybackRate).toBe(4);
    rerender(<Stories story={story} playbackRate={40} />);
    expect(element(container).playbackRate).toBe(16);
  });

  it('pauses the progress while the video buffers', () => {
    const { container, root, advance, frameLabel } = renderStories({
      story: storyOf([video('v'), card]),
    });
    const clip = element(container);
    load(clip, 1);
    advance(500);
    fireEvent(clip, new Event('waiting'));
    expect(root).toHaveAttribute('data-waiting');
    advance(2000);
    expect(frameLabel()).toBe('Frame 1 of 2');
    fireEvent(clip, new Event('playing'));
    expect(root).not.toHaveAttribute('data-waiting');
    advance(520);
    expect(frameLabel()).toBe('Frame 2 of 2');
  });

  it('shows the alt text and fires onError when the video fails, then goes on', () => {
    const onError = vi.fn();
    const { container, advance, frameLabel } = renderStories({
      story: storyOf([video('v'), card]),
      onError,
    });
    fireEvent(element(container), new Event('error'));
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({
      frameIndex: 0,
      frameId: 'v',
      kind: 'video',
      src: '/v.webm',
    });
    expect(element(container)).toBeNull();
    expect(screen.getByText('Clip v')).toBeVisible();
    expect(screen.getByText('This video could not be played.')).toBeInTheDocument();
    // No metadata: the frame's own duration is the fallback.
    advance(4980);
    expect(frameLabel()).toBe('Frame 1 of 2');
    advance(40);
    expect(frameLabel()).toBe('Frame 2 of 2');
  });
});

describe('the sound of videos', () => {
  it('starts muted, with a toggle whose choice holds for the next videos', () => {
    const onMutedChange = vi.fn();
    const { container, ref } = renderStories({
      story: storyOf([video('a'), video('b')]),
      onMutedChange,
    });
    const toggle = screen.getByRole('button', { name: 'Mute', hidden: true });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(element(container).muted).toBe(true);
    chooseOption('Mute');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(onMutedChange).toHaveBeenCalledWith(false);
    expect(element(container).muted).toBe(false);
    act(() => ref.current?.next());
    expect(element(container)).toHaveAttribute('src', '/b.webm');
    expect(element(container).muted).toBe(false);
  });

  it('falls back to muted with a hint when the browser refuses to play with sound', async () => {
    media.refuseSound();
    const onMutedChange = vi.fn();
    const { container } = renderStories({
      story: storyOf([video('a'), card]),
      defaultMuted: false,
      onMutedChange,
    });
    await act(async () => {});
    expect(onMutedChange).toHaveBeenCalledWith(true);
    expect(element(container).muted).toBe(true);
    expect(media.calls.at(-1)).toEqual({ type: 'play', muted: true });
    const hint = 'Sound is off: turn it on from the options (…).';
    expect(screen.getByRole('button', { name: 'Options' })).toHaveAccessibleDescription(hint);
    const toggle = screen.getByRole('button', { name: 'Mute', hidden: true });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(toggle).toHaveAccessibleDescription(hint);
    chooseOption('Mute');
    expect(screen.queryByText(hint)).toBeNull();
  });

  it('has no sound toggle in a story without videos', () => {
    renderStories();
    expect(screen.queryByRole('button', { name: 'Mute', hidden: true })).toBeNull();
  });
});

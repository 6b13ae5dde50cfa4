import { act, fireEvent, screen, within } from '@testing-library/react';
import type { Story } from 'react-hold-stories';
import { describe, expect, it, vi } from 'vitest';
import { checkStory } from '../../../src/story/checkStory';
import { formatIssue } from '../../../src/story/issues';
import { chooseOption, corridorStory, renderStories } from './harness';

const story = corridorStory;

const holdAt = (view: ReturnType<typeof renderStories>, ms: number) => {
  view.advance(ms);
  view.press();
  view.advance(400);
};

describe('timed messages', () => {
  it('a hold early shows the early one, late the late one; the untimed one always', () => {
    const onReveal = vi.fn();
    const early = renderStories({ story, onReveal });
    holdAt(early, 500);
    expect(early.messages()).toEqual(['Here she comes.', 'Every morning.']);
    early.lift();
    holdAt(early, 2000);
    expect(early.messages()).toEqual(['Nobody moves aside.', 'Every morning.']);
    // Each message once, when it was revealed: the untimed one is not counted twice.
    expect(onReveal.mock.calls.map(([event]) => event.message.text)).toEqual([
      'Here she comes.',
      'Every morning.',
      'Nobody moves aside.',
    ]);
  });

  it('a hold between windows says there is nothing at this instant, and counts nothing', () => {
    const onReveal = vi.fn();
    const view = renderStories({
      onReveal,
      story: {
        ...story,
        frames: [
          {
            ...story.frames[0],
            reveal: story.frames[0]?.reveal?.slice(0, 2),
          } as Story['frames'][0],
        ],
      },
    });
    holdAt(view, 1700);
    expect(view.messages()).toEqual([]);
    expect(document.querySelector('[data-hs-between]')).toHaveTextContent(/Nothing here/);
    expect(onReveal).not.toHaveBeenCalled();
  });

  it('the transcript gives each timed message its time', () => {
    renderStories({ story, labels: 'fr' });
    chooseOption('Transcription');
    const dialog = screen.getByRole('dialog');
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(
      expect.arrayContaining([
        '0:00 — Léo\u00a0: Here she comes.',
        '0:02 — Jade\u00a0: Nobody moves aside.',
        'Every morning.',
      ]),
    );
  });

  it('reading mode stops at each window of the frame in turn, then goes on to the next frame', () => {
    const view = renderStories({ story, defaultReadingMode: true });
    const key = (name: string) => act(() => void fireEvent.keyDown(view.stage, { key: name }));
    expect(view.messages()).toEqual(['Here she comes.', 'Every morning.']);
    key('ArrowRight');
    expect(view.frameLabel()).toBe('Frame 1 of 2');
    expect(view.messages()).toEqual(['Nobody moves aside.', 'Every morning.']);
    // No time limit at a stop.
    view.advance(60_000);
    expect(view.messages()).toEqual(['Nobody moves aside.', 'Every morning.']);
    key('ArrowRight');
    expect(view.frameLabel()).toBe('Frame 2 of 2');
    // Back into the frame: its last stop first, then the one before.
    key('ArrowLeft');
    expect(view.frameLabel()).toBe('Frame 1 of 2');
    expect(view.messages()).toEqual(['Nobody moves aside.', 'Every morning.']);
    act(() => screen.getByRole('button', { name: 'Previous frame' }).click());
    expect(view.messages()).toEqual(['Here she comes.', 'Every morning.']);
    // Nothing before the first stop of the first frame: it stays, and the next frame opens on
    // its first stop as usual.
    act(() => screen.getByRole('button', { name: 'Previous frame' }).click());
    expect(view.messages()).toEqual(['Here she comes.', 'Every morning.']);
    key('ArrowRight');
    key('ArrowRight');
    key('ArrowLeft');
    expect(view.messages()).toEqual(['Nobody moves aside.', 'Every morning.']);
  });
});

describe('a window', () => {
  it('lies inside its frame, start before end, named by its path', () => {
    const frame = (at: unknown) => ({
      id: 's',
      title: 'S',
      frames: [
        {
          id: 'f',
          kind: 'card',
          duration: 3000,
          background: '#000',
          alt: 'A',
          reveal: [{ text: 'x', at }],
        },
      ],
    });
    const first = (at: unknown) => checkStory(frame(at)).map(formatIssue)[0];
    expect(first([0, 3000])).toBeUndefined();
    expect(first([2500, 3500])).toBe(
      "frames[0].reveal[0].at[1]: expected at most the frame's duration (3000 ms), got 3500",
    );
    expect(first([2000, 1000])).toBe(
      'frames[0].reveal[0].at: expected [start, end] in ms, 0 ≤ start < end, got an array',
    );
    expect(first([-1, 10])).toMatch(/^frames\[0\]\.reveal\[0\]\.at: expected \[start, end\]/);
    expect(first('0-3s')).toBe(
      'frames[0].reveal[0].at: expected [start, end] in ms, 0 ≤ start < end, got "0-3s"',
    );
  });

  it("a video's cue file passes the URL policy, as its src does", () => {
    const video = (cues: unknown) => ({
      id: 's',
      title: 'S',
      frames: [{ id: 'v', kind: 'video', duration: 3000, src: '/v.mp4', alt: 'A', cues }],
    });
    expect(checkStory(video('/v.fr.vtt'))).toEqual([]);
    expect(checkStory(video('javascript:alert(1)')).map(formatIssue)).toEqual([
      'frames[0].cues: expected a WebVTT URL (https:, http:, relative or blob:), got "javascript:alert(1)"',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { corridorStory, renderStories, story } from './harness';

const glimpses = () => [...document.querySelectorAll<HTMLElement>('[data-hs-glimpse]')];
const seen = () => glimpses().filter((glimpse) => !glimpse.hidden);

describe('glimpse', () => {
  it('is off by default: nothing of the messages shows while playing', () => {
    renderStories();
    expect(glimpses()).toEqual([]);
  });

  it('while playing, each message is a glimpse in its place: its shape, never a letter of it', () => {
    renderStories({ glimpse: true });
    const [first, second] = glimpses();
    expect(glimpses()).toHaveLength(2);
    for (const glimpse of glimpses()) {
      expect(glimpse).toHaveAttribute('aria-hidden', 'true');
      expect(glimpse.textContent).toBe('');
    }
    // "Nobody sits next to me." from Sam: the sender's streak, then one streak per word.
    expect(first?.querySelectorAll('.hs-glimpse-word[data-from]')).toHaveLength(1);
    expect(first?.querySelectorAll('.hs-glimpse-text > .hs-glimpse-word')).toHaveLength(5);
    expect(second?.querySelectorAll('.hs-glimpse-word')).toHaveLength(1);
    expect(first?.closest('[data-placement]')).toHaveAttribute('data-placement', 'center');
  });

  it('a word streak is as long as the word, up to a cap', () => {
    renderStories({
      glimpse: true,
      story: {
        ...story,
        frames: [
          {
            id: 'long',
            kind: 'card',
            duration: 1000,
            background: '#223',
            alt: 'A word',
            reveal: [{ text: 'on anticonstitutionnellement' }],
          },
        ],
      },
    });
    const widths = [...document.querySelectorAll<HTMLElement>('.hs-glimpse-word')].map((word) =>
      word.style.getPropertyValue('--hs-chars'),
    );
    expect(widths).toEqual(['2', '12']);
  });

  it('a hold shows the messages instead; the glimpses come back on release', () => {
    const view = renderStories({ glimpse: true });
    view.press();
    view.advance(400);
    expect(view.messages()).toEqual(['Nobody sits next to me.', 'Again.']);
    expect(glimpses()).toEqual([]);
    view.lift();
    expect(glimpses()).toHaveLength(2);
  });

  it('follows the frames: the next frame brings its own glimpses, a frame without messages none', () => {
    const view = renderStories({ glimpse: true });
    view.advance(1050);
    expect(glimpses()).toHaveLength(1);
    expect(glimpses()[0]?.closest('[data-placement]')).toHaveAttribute('data-placement', 'bottom');
    view.advance(1000);
    expect(glimpses()).toEqual([]);
  });

  it('reading mode shows the messages, never glimpses', () => {
    const view = renderStories({ glimpse: true, defaultReadingMode: true });
    expect(view.messages()).toEqual(['Nobody sits next to me.', 'Again.']);
    expect(glimpses()).toEqual([]);
  });

  it('a timed message is glimpsed only inside its window, as the frame plays', () => {
    const view = renderStories({ glimpse: true, story: corridorStory });
    const shown = () =>
      seen()
        .map((glimpse) => glimpse.dataset.hsGlimpse)
        .sort();
    expect(shown()).toEqual(['0', '2']);
    view.advance(1600);
    expect(shown()).toEqual(['2']);
    view.advance(500);
    expect(shown()).toEqual(['1', '2']);
  });
});

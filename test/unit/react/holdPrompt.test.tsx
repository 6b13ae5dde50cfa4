import { act, screen } from '@testing-library/react';
import type { Frame } from 'react-hold-stories';
import { describe, expect, it } from 'vitest';
import { renderStories, story } from './harness';

const prompt = () => document.querySelector('[data-hs-hold-prompt]');

describe('the hold prompt (holdPrompt)', () => {
  it('is off by default', () => {
    renderStories();
    expect(prompt()).toBeNull();
  });

  it('shows until the first hold, across frames; a tap is not a hold', () => {
    const view = renderStories({ holdPrompt: true, labels: 'fr' });
    expect(prompt()).toHaveTextContent('Maintiens pour lire');
    view.press();
    view.lift();
    expect(view.frameLabel()).toBe('Image 2 sur 3');
    expect(prompt()).not.toBeNull();
    view.press();
    view.advance(400);
    // While the messages show, it steps aside; after the first hold it is gone for good.
    expect(prompt()).toBeNull();
    view.lift();
    expect(prompt()).toBeNull();
  });

  it('hides with its button, which never pauses or steps the story', () => {
    const view = renderStories({ holdPrompt: true });
    const hide = screen.getByRole('button', { name: 'Hide this hint' });
    act(() => hide.click());
    expect(prompt()).toBeNull();
    expect(view.status()).toBe('playing');
    expect(view.frameLabel()).toBe('Frame 1 of 3');
  });

  it('is not there in reading mode', () => {
    renderStories({ holdPrompt: true, defaultReadingMode: true });
    expect(prompt()).toBeNull();
  });

  it('steps aside on a frame with a call to action, whose place it would take', () => {
    const [first, ...rest] = story.frames;
    const linked = { ...first, cta: { label: 'Get help', href: 'tel:3018' } } as Frame;
    const view = renderStories({
      holdPrompt: true,
      story: { ...story, frames: [linked, ...rest] },
    });
    expect(document.querySelector('[data-hs-action]')).not.toBeNull();
    expect(prompt()).toBeNull();
    view.advance(1050);
    expect(prompt()).not.toBeNull();
  });
});

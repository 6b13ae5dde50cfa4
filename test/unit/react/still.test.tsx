import type { MotionValue } from 'framer-motion';
import { renderToString } from 'react-dom/server';
import { Stories, type Story } from 'react-hold-stories';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../../src/story/checkStory';
import { formatIssue } from '../../../src/story/issues';
import { renderStories } from './harness';

/** The progress the render frame was last given: where the frame stands, 0→1. */
let drawn: MotionValue<number> | undefined;
const shown = () => drawn?.get();

/** A 2-second render frame that draws its progress, its still moment at three quarters. */
const story: Story = {
  id: 'chat',
  title: 'The group chat',
  frames: [
    {
      id: 'phone',
      kind: 'render',
      duration: 2000,
      still: 0.75,
      alt: 'The class group chat fills up',
      render: ({ progress }) => {
        drawn = progress;
        return <p data-drawn>{progress.get().toFixed(2)}</p>;
      },
      reveal: [{ text: '43 messages.' }],
    },
    { id: 'after', kind: 'card', duration: 1000, background: '#223', alt: 'After' },
  ],
};

describe('still', () => {
  it('reading mode shows a frame at its still moment', () => {
    renderStories({ story, defaultReadingMode: true });
    expect(shown()).toBeCloseTo(0.75, 5);
  });

  it('without `still`, reading mode shows a frame at its start', () => {
    const { still: _, ...frame } = story.frames[0] as Story['frames'][0];
    const frames = [frame, ...story.frames.slice(1)];
    renderStories({ story: { ...story, frames }, defaultReadingMode: true });
    expect(shown()).toBe(0);
  });

  it('a server render paints the first frame at its still moment', () => {
    const html = renderToString(<Stories story={story} />);
    expect(html).toContain('data-drawn="true">0.75<');
  });

  it('a story that plays starts from the frame start, whatever its still moment', () => {
    const view = renderStories({ story });
    expect(shown()).toBe(0);
    view.advance(500);
    expect(shown()).toBeCloseTo(0.25, 2);
  });

  it('a story paused from the start stands at the frame start, where a hold would read it', () => {
    renderStories({ story, defaultPaused: true });
    expect(shown()).toBe(0);
  });

  it('is a share of the frame: anything else is refused, naming its path', () => {
    const frames = [{ ...story.frames[1], still: 1.5 }];
    const issues = checkStory({ ...story, frames }).map(formatIssue);
    expect(issues).toEqual(['frames[0].still: expected a number from 0 to 1, got 1.5']);
  });
});

import type { Story } from 'react-hold-stories';
import { demoStories } from '../../demo/story';
import { sampleStory } from '../fixtures';
import { longTakeStory } from '../longTakeStory';

const DARK = '#1b1f3a';
// Light enough to be a flash transition (Δ luminance ≥ 0.1), dark enough for white text (4.8:1).
const LIGHT = '#66709c';

/**
 * A test pattern for the flash guard: eight short cards, dark and light in turn. Every cut is a
 * flash transition, so above ×2.4 the guard slows the frames: released from a hold, it never
 * plays faster than three flashes a second.
 */
export const flashTestStory: Story = {
  id: 'flash-test',
  title: 'Flash test',
  frames: Array.from({ length: 8 }, (_, index) => {
    const light = index % 2 === 1;
    const name = light ? 'Light' : 'Dark';
    return {
      id: `${name.toLowerCase()}-${index + 1}`,
      kind: 'card' as const,
      duration: 400,
      background: light ? LIGHT : DARK,
      text: `${name} ${index + 1}`,
      alt: `A ${name.toLowerCase()} card, number ${index + 1}.`,
      reveal: [{ text: `Cut ${index + 1} of a strobe the guard slows down.` }],
    };
  }),
};

/** The stories the inspector can open, by the key its control uses. */
export const INSPECTABLE = {
  sample: sampleStory,
  // The demo's three stories (French), by their order in the piece.
  demoAppearance: demoStories[0] as Story,
  demoOrientation: demoStories[1] as Story,
  demoReputation: demoStories[2] as Story,
  flashTest: flashTestStory,
  // Two long takes whose messages hold in windows of the frame (`at`).
  longTake: longTakeStory,
} satisfies Record<string, Story>;

export type InspectableStory = keyof typeof INSPECTABLE;

/** The longest frame of the catalogue, in ms at 1×: how far the `time` control reaches. */
export const LONGEST_FRAME = Math.max(
  ...Object.values(INSPECTABLE).flatMap((story) => story.frames.map((frame) => frame.duration)),
);

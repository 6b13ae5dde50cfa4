import type { Story } from 'react-hold-stories';
import { demoStories } from './stories';

export { demoStories };

/**
 * The first of the piece's stories (Jade, appearance), for the places that show one story:
 * Storybook's Demo stories and the accessibility checks of the demo's messages.
 */
export const dayStory: Story = demoStories[0] as Story;

import type { Story } from 'react-hold-stories';
import { parseStories } from 'react-hold-stories/schema';
import { scenes } from '../scenes';
import apparence from './apparence.json';
import homophobie from './homophobie.json';
import rumeur from './rumeur.json';

/**
 * The piece's three stories, one per form of bullying — appearance, homophobia, reputation —
 * written as JSON and checked by `react-hold-stories/schema`. Their `render` frames name a scene
 * of `demo/scenes` (`"component": "bus"`) and give it `props`; a mistake in the data fails the
 * build and the tests with the path of the bad field (`stories[1].frames[3].duration: …`).
 */
export const demoStories: Story[] = parseStories([apparence, homophobie, rumeur], {
  components: scenes,
});

/** How many hidden messages each story holds, by story id, and in all: the tally's totals. */
export const messageTotals = {
  byStory: Object.fromEntries(
    demoStories.map((story) => [story.id, countMessages(story)]),
  ) as Record<string, number>,
  all: demoStories.reduce((sum, story) => sum + countMessages(story), 0),
};

function countMessages(story: Story): number {
  return story.frames.reduce((sum, frame) => sum + (frame.reveal?.length ?? 0), 0);
}

import * as v from 'valibot';
import type { Frame, Story } from '../react/types';
import { positive, record, string, text } from './fields';
import { frameSchema } from './frameSchema';
import { expecting } from './messages';
import { shape } from './shape';
import type { StoryComponent } from './types';
import { uniqueIds } from './uniqueIds';

type Components = Readonly<Record<string, StoryComponent>> | undefined;

/** A story: `{ id, title, playbackRate?, frames }`, with at least one frame and unique frame ids. */
export function storySchema(components: Components) {
  return v.pipe(
    record('a story object'),
    shape({
      id: text(),
      title: string(),
      playbackRate: v.optional(positive('a positive number')),
      frames: v.pipe(
        v.array(frameSchema(components), expecting('an array of frames')),
        v.minLength(1, 'expected at least one frame, got none'),
        uniqueIds<Frame>('an id unique in the story'),
      ),
    }),
    v.transform((story): Story => story),
  );
}

/** A list of stories (a collection): at least one, with unique story ids. */
export function storyListSchema(components: Components) {
  return v.pipe(
    v.array(storySchema(components), expecting('an array of stories')),
    v.minLength(1, 'expected at least one story, got none'),
    uniqueIds<Story>('an id unique in the list'),
  );
}

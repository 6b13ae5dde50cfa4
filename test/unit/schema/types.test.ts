import type { CardFrame, ImageFrame, RenderFrame, Story } from 'react-hold-stories';
import { describe, expectTypeOf, it } from 'vitest';
import type { VideoFrame } from '../../../src/react/types';
import type { cardEntries, imageEntries, videoEntries } from '../../../src/schema/frameSchema';
import type { renderEntries } from '../../../src/schema/renderFrameSchema';
import type { storySchema } from '../../../src/schema/storySchema';

// Checked by the typecheck (`tsc`), not at run time: when the player's types gain or lose a
// field, the schema must follow, or JSON stories would be refused (or let through) wrongly.
type SchemaKeys<T> = keyof T;

describe('the schema knows exactly the fields of the player types', () => {
  it('for each frame kind', () => {
    expectTypeOf<SchemaKeys<typeof cardEntries>>().toEqualTypeOf<keyof CardFrame>();
    expectTypeOf<SchemaKeys<typeof imageEntries>>().toEqualTypeOf<keyof ImageFrame>();
    expectTypeOf<SchemaKeys<typeof videoEntries>>().toEqualTypeOf<keyof VideoFrame>();
    expectTypeOf<
      Exclude<SchemaKeys<ReturnType<typeof renderEntries>>, 'component' | 'props'> | 'render'
    >().toEqualTypeOf<keyof RenderFrame>();
  });

  it('for a story', () => {
    type StoryEntries = ReturnType<typeof storySchema>['pipe'][1]['entries'];
    expectTypeOf<SchemaKeys<StoryEntries>>().toEqualTypeOf<keyof Story>();
  });
});

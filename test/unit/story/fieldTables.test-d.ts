import { expectTypeOf } from 'vitest';
import type { jsonRenderRules } from '../../../src/schema/jsonRenderRules';
import type { STORY_RULES } from '../../../src/story/checkStory';
import type { OPTION_RULES } from '../../../src/story/choiceRules';
import type { CTA_RULES, FRAME_RULES, KINDS, MESSAGE_RULES } from '../../../src/story/frameRules';
import type {
  CallToAction,
  CardFrame,
  ChoiceFrame,
  ChoiceOption,
  FrameKind,
  ImageFrame,
  RenderFrame,
  RevealMessage,
  Story,
  VideoFrame,
} from '../../../src/story/types';

// A type test: checked by `tsc` in the typecheck step of `npm test`, never run. The check walks
// these tables, field by field: when a story type gains or loses a field, its table must follow,
// or the typecheck fails here instead of stories being refused (or let through) wrongly.
type Fields<Table> = keyof Table;

// The story check knows exactly the fields of the story types: for each frame kind…
expectTypeOf<keyof typeof FRAME_RULES>().toEqualTypeOf<FrameKind>();
expectTypeOf<(typeof KINDS)[number]>().toEqualTypeOf<FrameKind>();
expectTypeOf<Fields<typeof FRAME_RULES.card>>().toEqualTypeOf<keyof CardFrame>();
expectTypeOf<Fields<typeof FRAME_RULES.image>>().toEqualTypeOf<keyof ImageFrame>();
expectTypeOf<Fields<typeof FRAME_RULES.video>>().toEqualTypeOf<keyof VideoFrame>();
expectTypeOf<Fields<typeof FRAME_RULES.render>>().toEqualTypeOf<keyof RenderFrame>();
expectTypeOf<Fields<typeof FRAME_RULES.choice>>().toEqualTypeOf<keyof ChoiceFrame>();

// …for a JSON render frame (`component` and `props` instead of `render`)…
type JsonFields = Fields<ReturnType<typeof jsonRenderRules>>;
expectTypeOf<Exclude<JsonFields, 'component' | 'props'> | 'render'>().toEqualTypeOf<
  keyof RenderFrame
>();

// …for a hidden message, a call to action, a choice's option and a story.
expectTypeOf<Fields<typeof MESSAGE_RULES>>().toEqualTypeOf<keyof RevealMessage>();
expectTypeOf<Fields<typeof CTA_RULES>>().toEqualTypeOf<keyof CallToAction>();
expectTypeOf<Fields<typeof OPTION_RULES>>().toEqualTypeOf<keyof ChoiceOption>();
expectTypeOf<Fields<typeof STORY_RULES>>().toEqualTypeOf<keyof Story>();

import * as v from 'valibot';
import type { Frame } from '../react/types';
import { focal, record, string, text } from './fields';
import { frameBase } from './frameBase';
import { expectedGot } from './messages';
import { renderFrameSchema, toRenderFrame } from './renderFrameSchema';
import { shape } from './shape';
import type { StoryComponent } from './types';

/** Every kind a JSON frame may have, in the order messages list them. */
export const FRAME_KINDS = ['card', 'image', 'video', 'render'] as const;

const KIND_LIST = `one of ${FRAME_KINDS.map((kind) => `"${kind}"`).join(', ')}`;

/** A card's fields. Exported (not public) so a type test can match them with `CardFrame`'s. */
export const cardEntries = {
  ...frameBase,
  kind: v.literal('card'),
  background: string('a CSS background (a string)'),
  text: v.optional(string()),
};

export const imageEntries = {
  ...frameBase,
  kind: v.literal('image'),
  src: text('an image URL'),
  srcSet: v.optional(text()),
  sizes: v.optional(text()),
  focal: v.optional(focal()),
};

// `duration` stays required for videos: it is the frame's length until the metadata is known,
// and its whole length if the video never loads.
export const videoEntries = {
  ...frameBase,
  kind: v.literal('video'),
  src: text('a video URL'),
  poster: v.optional(text()),
};

const cardFrame = shape(cardEntries);
const imageFrame = shape(imageEntries);
const videoFrame = shape(videoEntries);

/**
 * A frame of any kind, picked by `kind`; `render` frames name one of `components`. An unknown
 * kind is reported at `kind`, and then nothing else of that frame is checked (its fields depend
 * on the kind).
 */
export function frameSchema(components: Readonly<Record<string, StoryComponent>> | undefined) {
  return v.pipe(
    record('a frame object'),
    v.variant('kind', [cardFrame, imageFrame, videoFrame, renderFrameSchema(components)], (issue) =>
      expectedGot(issue.path ? KIND_LIST : 'a frame object', issue.input),
    ),
    // Typed against the player's own Frame: a required field the schema does not check fails
    // the typecheck here; test/unit/schema/types.test.ts checks the keys match both ways.
    v.transform(
      (frame): Frame => (frame.kind === 'render' ? toRenderFrame(frame, components) : frame),
    ),
  );
}

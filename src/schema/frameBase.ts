import * as v from 'valibot';
import type { RevealMessage } from '../react/types';
import { placement, positive, record, share, string, text } from './fields';
import { expecting } from './messages';
import { shape } from './shape';

/** A hidden message: `{ text, from?, placement? }`. */
export const revealMessage = v.pipe(
  record('a message object'),
  shape({ text: text(), from: v.optional(string()), placement: v.optional(placement()) }),
  v.transform((message): RevealMessage => message),
);

/** The fields every frame has, whatever its kind. */
export const frameBase = {
  id: text(),
  duration: positive('a positive number of milliseconds'),
  alt: text('a text alternative (a non-empty string)'),
  reveal: v.optional(v.array(revealMessage, expecting('an array of messages'))),
  luminance: v.optional(share()),
  saturatedRed: v.optional(share()),
};

import type { EngineFrame } from '../engine';
import { invalid, isPositiveFinite, validateFrames } from '../engine/validate';
import { type FrameTone, toneFromData } from './frameTone';
import { VIDEO_MAX_RATE } from './media/videoRate';
import type { Frame, Story } from './types';

const KINDS = ['card', 'image', 'video', 'render'];
const PLACEMENTS = ['top', 'center', 'bottom'];

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * The engine's view of the frames: identity, duration, how many messages each hides, its tone
 * for the flash guard (from the data, else measured), and for images and videos that their
 * media must be ready before they play (a video also plays no faster than `VIDEO_MAX_RATE`).
 * @param mediaDurations a video's length from its metadata, by frame id: it wins over `duration`.
 */
export function toEngineFrames(
  frames: readonly Frame[],
  measured: ReadonlyMap<string, FrameTone> = new Map(),
  mediaDurations: ReadonlyMap<string, number> = new Map(),
): EngineFrame[] {
  return frames.map((frame) => ({
    id: frame.id,
    duration: mediaDurations.get(frame.id) ?? frame.duration,
    messages: frame.reveal?.length ?? 0,
    ...(frame.kind === 'image' || frame.kind === 'video' ? { awaitsMedia: true } : {}),
    ...(frame.kind === 'video' ? { maxRate: VIDEO_MAX_RATE } : {}),
    ...measured.get(frame.id),
    ...toneFromData(frame),
  }));
}

/**
 * Checks a story before it plays.
 * @throws TypeError whose message starts with the path of the bad field and says what was
 *   expected: `story.frames[3].alt: expected a text alternative (a non-empty string), got undefined`.
 */
export function validateStory(story: unknown, path = 'story'): Story {
  if (story === null || typeof story !== 'object') throw invalid(path, 'a story object', story);
  const { id, title, playbackRate, frames } = story as Partial<Story>;
  if (!isText(id)) throw invalid(`${path}.id`, 'a non-empty string', id);
  if (typeof title !== 'string') throw invalid(`${path}.title`, 'a string', title);
  if (playbackRate !== undefined && !isPositiveFinite(playbackRate)) {
    throw invalid(`${path}.playbackRate`, 'a positive number', playbackRate);
  }
  if (!Array.isArray(frames)) throw invalid(`${path}.frames`, 'an array of frames', frames);
  for (const [index, frame] of frames.entries()) validateFrame(frame, `${path}.frames[${index}]`);
  validateFrames(toEngineFrames(frames), `${path}.frames`);
  return story as Story;
}

const isUnit = (value: unknown) => typeof value === 'number' && value >= 0 && value <= 1;

/** An image's or a video's own fields: a source, and optional strings and focal point. */
function validateMedia(frame: Record<string, unknown>, kind: 'image' | 'video', path: string) {
  if (!isText(frame.src)) {
    throw invalid(`${path}.src`, kind === 'image' ? 'an image URL' : 'a video URL', frame.src);
  }
  const optional = kind === 'image' ? (['srcSet', 'sizes'] as const) : (['poster'] as const);
  for (const key of optional) {
    if (frame[key] !== undefined && !isText(frame[key])) {
      throw invalid(`${path}.${key}`, 'a non-empty string', frame[key]);
    }
  }
  const { focal } = frame;
  if (kind === 'image' && focal !== undefined) {
    if (!(Array.isArray(focal) && focal.length === 2 && focal.every(isUnit))) {
      throw invalid(`${path}.focal`, '[x, y], two numbers from 0 to 1', focal);
    }
  }
}

function validateFrame(frame: unknown, path: string): void {
  if (frame === null || typeof frame !== 'object') throw invalid(path, 'a frame object', frame);
  const candidate = frame as Partial<Frame> & Record<string, unknown>;
  const { kind, alt, reveal } = candidate;
  if (!KINDS.includes(kind as string)) {
    throw invalid(`${path}.kind`, `one of ${KINDS.map((k) => `"${k}"`).join(', ')}`, kind);
  }
  if (!isText(alt)) throw invalid(`${path}.alt`, 'a text alternative (a non-empty string)', alt);
  if (kind === 'card' && typeof candidate.background !== 'string') {
    throw invalid(`${path}.background`, 'a CSS background (a string)', candidate.background);
  }
  if (kind === 'image' || kind === 'video') validateMedia(candidate, kind, path);
  for (const key of ['luminance', 'saturatedRed'] as const) {
    const share = candidate[key];
    if (share !== undefined && !(typeof share === 'number' && share >= 0 && share <= 1)) {
      throw invalid(`${path}.${key}`, 'a number from 0 to 1', share);
    }
  }
  if (kind === 'render' && typeof candidate.render !== 'function') {
    throw invalid(`${path}.render`, 'a function returning React content', candidate.render);
  }
  if (reveal === undefined) return;
  if (!Array.isArray(reveal)) throw invalid(`${path}.reveal`, 'an array of messages', reveal);
  for (const [index, message] of (reveal as unknown[]).entries()) {
    const at = `${path}.reveal[${index}]`;
    if (message === null || typeof message !== 'object')
      throw invalid(at, 'a message object', message);
    const { text, from, placement } = message as Record<string, unknown>;
    if (!isText(text)) throw invalid(`${at}.text`, 'a non-empty string', text);
    if (from !== undefined && typeof from !== 'string')
      throw invalid(`${at}.from`, 'a string', from);
    if (placement !== undefined && !PLACEMENTS.includes(placement as string)) {
      throw invalid(`${at}.placement`, '"top", "center" or "bottom"', placement);
    }
  }
}

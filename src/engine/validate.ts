import type { EngineFrame } from './types';

/** Describes a bad value for an error message: `-200`, `"abc"`, `NaN`, `undefined`, `an object`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/** Builds the one error format used everywhere: `path: expected …, got …`. */
export function invalid(path: string, expected: string, value: unknown): TypeError {
  return new TypeError(`${path}: expected ${expected}, got ${describeValue(value)}`);
}

export function isPositiveFinite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/**
 * Checks the frames a player is given and returns them unchanged.
 * @throws TypeError naming the field: an empty list, a missing or duplicate `id`, a `duration`
 *   that is not a positive finite number of ms, a `messages` count that is not a whole number, a
 *   tone outside [0, 1], an `awaitsMedia` that is not a boolean or a `maxRate` that is not positive.
 */
export function validateFrames(frames: unknown, path = 'frames'): readonly EngineFrame[] {
  if (!Array.isArray(frames)) throw invalid(path, 'an array of frames', frames);
  if (frames.length === 0) throw new TypeError(`${path}: expected at least one frame, got none`);
  const seen = new Set<string>();
  frames.forEach((frame: Partial<EngineFrame> | null, index) => {
    const at = `${path}[${index}]`;
    if (frame === null || typeof frame !== 'object') throw invalid(at, 'a frame object', frame);
    const { id, duration, messages } = frame;
    if (typeof id !== 'string' || id === '') throw invalid(`${at}.id`, 'a non-empty string', id);
    if (seen.has(id)) throw invalid(`${at}.id`, 'an id unique in the story', id);
    seen.add(id);
    if (!isPositiveFinite(duration)) {
      throw invalid(`${at}.duration`, 'a positive number of milliseconds', duration);
    }
    if (messages !== undefined && !(Number.isInteger(messages) && messages >= 0)) {
      throw invalid(`${at}.messages`, 'a whole number of hidden messages', messages);
    }
    for (const key of ['luminance', 'saturatedRed'] as const) {
      const share = frame[key];
      if (share !== undefined && !(typeof share === 'number' && share >= 0 && share <= 1)) {
        throw invalid(`${at}.${key}`, 'a number from 0 to 1', share);
      }
    }
    if (frame.awaitsMedia !== undefined && typeof frame.awaitsMedia !== 'boolean') {
      throw invalid(`${at}.awaitsMedia`, 'true or false', frame.awaitsMedia);
    }
    if (frame.maxRate !== undefined && !isPositiveFinite(frame.maxRate)) {
      throw invalid(`${at}.maxRate`, 'a positive number', frame.maxRate);
    }
  });
  return frames as readonly EngineFrame[];
}

/**
 * @throws RangeError when `rate` is not a positive finite number (0 would never end a frame,
 *   a negative rate would run time backwards).
 */
export function validatePlaybackRate(rate: unknown, path = 'playbackRate'): number {
  if (!isPositiveFinite(rate)) {
    throw new RangeError(`${path}: expected a positive number, got ${describeValue(rate)}`);
  }
  return rate;
}

import type { ReactNode } from 'react';
import type { FrameContext } from 'react-hold-stories';
import { MOODS, type Mood } from './Face';

/** A JSON frame's `props`, as written in `demo/stories/*.json`. */
export type SceneProps = Readonly<Record<string, unknown>>;

const TIME = /^\d{1,2}:\d{2}$/;

/**
 * Reads a scene's props with defaults. JSON is data: a wrong value is reported once in the
 * console, naming the scene, the prop and what was expected, and the default is drawn instead.
 */
export function propReader(scene: string, props: SceneProps) {
  const report = (key: string, expected: string, fallback: unknown) => {
    warnOnce(
      `demo scene "${scene}": props.${key}: expected ${expected}, got ${JSON.stringify(props[key])}; drawing ${JSON.stringify(fallback)}`,
    );
    return fallback;
  };
  return {
    /** `"time": ["07:40", "07:55"]`: the racing clock, from the frame's start to its end. */
    time(): [from: string, to: string] {
      const value = props.time;
      const fallback: [string, string] = ['08:00', '08:10'];
      if (Array.isArray(value) && value.length === 2 && value.every((t) => TIME.test(String(t))))
        return [String(value[0]), String(value[1])];
      return report('time', 'two times like ["07:40", "07:55"]', fallback) as [string, string];
    },
    flag(key: string): boolean {
      const value = props[key];
      if (value === undefined || typeof value === 'boolean') return value ?? false;
      return report(key, 'true or false', false) as boolean;
    },
    count(key: string, fallback: number, max = 40): number {
      const value = props[key];
      if (value === undefined) return fallback;
      if (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max)
        return value as number;
      return report(key, `a whole number from 0 to ${max}`, fallback) as number;
    },
    /** One of a few words (`"place": "office"`), the first one by default. */
    oneOf<T extends string>(key: string, options: readonly T[], fallback: T = options[0] as T): T {
      const value = props[key];
      if (value === undefined) return fallback;
      if (options.includes(value as T)) return value as T;
      return report(key, `one of ${options.map((o) => `"${o}"`).join(', ')}`, fallback) as T;
    },
    /** `"mood": "sad"`: what the pupil's face says in this frame (see `Face`). */
    mood(fallback: Mood): Mood {
      return this.oneOf('mood', MOODS, fallback);
    },
    text(key: string, fallback: string): string {
      const value = props[key];
      if (value === undefined) return fallback;
      if (typeof value === 'string') return value;
      return report(key, 'a string', fallback) as string;
    },
  };
}

const warned = new Set<string>();
/** Says a data problem once, however often the frame is drawn. */
export function warnOnce(message: string) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/** A scene as `parseStories` calls it: the frame's context and its JSON `props`. */
export type SceneComponent = (ctx: FrameContext, props: SceneProps) => ReactNode;

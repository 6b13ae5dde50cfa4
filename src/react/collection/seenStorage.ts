import { warnOnce } from '../util/dev';

/** What one story has shown the viewer. */
export interface SeenRecord {
  /** Ids of the frames shown, in the order they were first shown. */
  readonly frames: readonly string[];
  /** The frame the viewer was on last: where the story resumes. */
  readonly resumeFrameId?: string;
  /** True once the story has played to its end (it then starts again from the first frame). */
  readonly ended: boolean;
  /** The viewer's answers to the story's questions: option index by question frame id. */
  readonly answers?: Readonly<Record<string, number>>;
}

/**
 * Where seen state lives between views: in memory (the default), `localStorage`
 * (`createLocalStorageSeenStorage`), or anything of your own (a server, IndexedDB…) with these
 * two synchronous methods. `load` is called when a story mounts; `save` after each change.
 */
export interface SeenStorage {
  load(storyId: string): SeenRecord | undefined;
  save(storyId: string, record: SeenRecord): void;
}

/** Seen state for the life of the page. */
export function createMemorySeenStorage(): SeenStorage {
  const records = new Map<string, SeenRecord>();
  return {
    load: (storyId) => records.get(storyId),
    save: (storyId, record) => void records.set(storyId, record),
  };
}

export interface LocalStorageSeenOptions {
  /** The one `localStorage` key every story's record is kept under. */
  key?: string;
  /** Another `Storage` (e.g. `sessionStorage`). Default: `window.localStorage`, read lazily. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Seen state kept in `localStorage` under one key, as JSON. Nothing is read before the first
 * `load` (never at import, never on the server); storage that is missing, full or blocked
 * (private browsing) and data that is not ours are reported once and then ignored: the stories
 * play as if nothing had been seen.
 */
export function createLocalStorageSeenStorage(options: LocalStorageSeenOptions = {}): SeenStorage {
  const key = options.key ?? 'react-hold-stories:seen';
  // A Map, not an object: a story id may be "__proto__" or "constructor" like any other.
  let records: Map<string, SeenRecord> | null = null;
  let warned = false;
  const warn = (what: string, error?: unknown) => {
    if (warned || process.env.NODE_ENV === 'production') return;
    warned = true;
    const reason = error instanceof Error ? `: ${error.message}` : '';
    warnOnce(`seen state in localStorage "${key}" ${what}${reason}`);
  };
  const storage = () =>
    options.storage ?? (typeof window === 'undefined' ? undefined : window.localStorage);

  const read = (): Map<string, SeenRecord> => {
    if (records) return records;
    records = new Map();
    try {
      const text = storage()?.getItem(key);
      if (text)
        records = parseRecords(JSON.parse(text), () =>
          warn('has entries that are not seen records; they are ignored'),
        );
    } catch (error) {
      warn('cannot be read; starting empty', error);
    }
    return records;
  };

  return {
    load: (storyId) => read().get(storyId),
    save(storyId, record) {
      const all = read();
      all.set(storyId, record);
      try {
        storage()?.setItem(key, JSON.stringify(Object.fromEntries(all)));
      } catch (error) {
        warn('cannot be written; kept for this page only', error);
      }
    },
  };
}

function parseRecords(data: unknown, onBadEntry: () => void): Map<string, SeenRecord> {
  const records = new Map<string, SeenRecord>();
  if (!isObject(data)) {
    onBadEntry();
    return records;
  }
  for (const [storyId, value] of Object.entries(data)) {
    if (isSeenRecord(value)) records.set(storyId, value);
    else onBadEntry();
  }
  return records;
}

function isSeenRecord(value: unknown): value is SeenRecord {
  return (
    isObject(value) &&
    Array.isArray(value.frames) &&
    value.frames.every((id) => typeof id === 'string') &&
    typeof value.ended === 'boolean' &&
    (value.resumeFrameId === undefined || typeof value.resumeFrameId === 'string') &&
    (value.answers === undefined ||
      (isObject(value.answers) && Object.values(value.answers).every(Number.isInteger)))
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The record after `frameId` was shown. */
export function markShown(record: SeenRecord | undefined, frameId: string): SeenRecord {
  const frames = record?.frames ?? [];
  return {
    ...record,
    frames: frames.includes(frameId) ? frames : [...frames, frameId],
    resumeFrameId: frameId,
    ended: false,
  };
}

/** The record after the story played to its end (its answers are kept). */
export function markEnded(record: SeenRecord | undefined): SeenRecord {
  return { frames: record?.frames ?? [], ended: true, answers: record?.answers };
}

/** The record after the question `frameId` was answered with option `optionIndex`. */
export function markAnswered(
  record: SeenRecord | undefined,
  frameId: string,
  optionIndex: number,
): SeenRecord {
  // Built from entries: a frame id may be "__proto__" like any other.
  const answers = Object.fromEntries([...answersOf(record), [frameId, optionIndex]]);
  return { frames: [], ended: false, ...record, answers };
}

/** A record's answers as the player takes them (own keys only). */
export function answersOf(record: SeenRecord | undefined): Map<string, number> {
  return new Map(Object.entries(record?.answers ?? {}));
}

/** Where a story resumes: its last frame shown, or the start once it has ended. */
export function resumeIndex(
  record: SeenRecord | undefined,
  frames: readonly { id: string }[],
): number {
  if (!record || record.ended || record.resumeFrameId === undefined) return 0;
  return Math.max(
    0,
    frames.findIndex((frame) => frame.id === record.resumeFrameId),
  );
}

import {
  createManualClock,
  createPlayer,
  type DocumentLike,
  type EngineFrame,
  type PlayerEventMap,
  type PlayerEventName,
  type PlayerOptions,
} from 'react-hold-stories/engine';

/** `count` frames named f0, f1, … of `duration` ms each. */
export function makeFrames(count: number, duration = 1000, messages = 0): EngineFrame[] {
  return Array.from({ length: count }, (_, index) => ({ id: `f${index}`, duration, messages }));
}

/** A document whose visibility the test flips. */
export function makeDocument() {
  const listeners = new Set<() => void>();
  const doc = {
    visibilityState: 'visible' as 'visible' | 'hidden',
    addEventListener: (_type: string, listener: () => void) => void listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => void listeners.delete(listener),
    get listenerCount() {
      return listeners.size;
    },
    setVisibility(state: 'visible' | 'hidden') {
      doc.visibilityState = state;
      for (const listener of [...listeners]) listener();
    },
  };
  return doc satisfies DocumentLike;
}

/** A player on a manual clock, with a log of every event it emits. */
export function setup(options: Partial<PlayerOptions> = {}) {
  const clock = createManualClock();
  const player = createPlayer({ frames: makeFrames(4), clock, ...options });
  const log: { type: PlayerEventName; event: PlayerEventMap[PlayerEventName] }[] = [];
  const names: PlayerEventName[] = [
    'play',
    'pause',
    'holdstart',
    'holdend',
    'reveal',
    'framechange',
    'ratechange',
    'ended',
  ];
  for (const type of names) player.on(type, (event) => log.push({ type, event }));
  const eventsOf = <K extends PlayerEventName>(type: K) =>
    log.filter((entry) => entry.type === type).map((entry) => entry.event as PlayerEventMap[K]);
  return { clock, player, log, eventsOf };
}

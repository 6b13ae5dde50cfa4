import fc from 'fast-check';
import { createManualClock, createPlayer, type EngineFrame } from 'react-hold-stories/engine';
import { describe, expect, it } from 'vitest';

const framesArb = fc
  .array(fc.record({ duration: fc.integer({ min: 1, max: 3000 }), awaitsMedia: fc.boolean() }), {
    minLength: 1,
    maxLength: 10,
  })
  .map((specs) => specs.map((spec, index): EngineFrame => ({ id: `f${index}`, ...spec })));

const commandArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('advance'),
      ms: fc.double({ min: 0, max: 4000, noNaN: true }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constantFrom('ready', 'loading', 'failed'),
      frame: fc.nat(9),
    }),
  },
  fc.constantFrom(
    { type: 'play' },
    { type: 'pause' },
    { type: 'hold' },
    { type: 'release' },
    { type: 'next' },
    { type: 'prev' },
    { type: 'loop' },
  ),
  fc.record({ type: fc.constant('rate'), rate: fc.double({ min: 0.5, max: 16, noNaN: true }) }),
);
describe('the wait gate, over random commands, reports and clocks', () => {
  it('never runs time on a frame whose media is not ready, nor passes one unshown', () => {
    fc.assert(
      fc.property(framesArb, fc.array(commandArb, { maxLength: 60 }), (frames, commands) => {
        const clock = createManualClock();
        const player = createPlayer({ frames, clock, playbackRate: 4 });
        const settled = new Set<string>();
        const failed = new Set<string>();
        const isReady = (index: number) => {
          const frame = frames[index] as EngineFrame;
          return !frame.awaitsMedia || settled.has(frame.id);
        };
        for (const command of commands) {
          const before = player.getState();
          const progressBefore = player.getProgress();
          switch (command.type) {
            case 'advance': {
              clock.advance(command.ms);
              const after = player.getState();
              // Only `auto` changes happen here: each one lands on a frame that could show.
              if (after.frameIndex !== before.frameIndex && after.waiting) {
                expect(player.getProgress()).toBe(0);
              }
              if (before.waiting && after.frameIndex === before.frameIndex) {
                expect(player.getProgress()).toBe(progressBefore);
              }
              // Automatic playback enters frames in order: none skipped while it was not ready.
              if (after.frameIndex > before.frameIndex && after.status !== 'ended') {
                for (let i = before.frameIndex + 1; i < after.frameIndex; i++) {
                  expect(isReady(i)).toBe(true);
                }
              }
              break;
            }
            case 'ready':
            case 'loading': {
              const id = `f${command.frame % frames.length}`;
              player.setMediaStatus(id, command.type);
              // A failure is final: the mirror keeps failed frames settled, as the gate does.
              if (command.type === 'ready') settled.add(id);
              else if (!failed.has(id)) settled.delete(id);
              break;
            }
            case 'failed': {
              const id = `f${command.frame % frames.length}`;
              player.reportMediaError(id, { kind: 'image', src: id });
              settled.add(id);
              failed.add(id);
              break;
            }
            case 'rate':
              player.setPlaybackRate(command.rate);
              break;
            case 'loop':
              player.setLoop(true);
              break;
            default:
              player[command.type]();
          }
          const state = player.getState();
          // At the end nothing is awaited (no loader over an ended story), held there too.
          const atEnd = state.frameIndex === frames.length - 1 && player.getProgress() === 1;
          if (state.status !== 'ended' && !atEnd) {
            expect(state.waiting).toBe(!isReady(state.frameIndex));
          }
        }
      }),
      // Found once in 20,000 runs: held, then `next` on the last frame (seed 2008781101).
      { numRuns: 300 },
    );
  });

  it('awaits nothing at the end, held there or not', () => {
    const clock = createManualClock();
    const player = createPlayer({ frames: [{ id: 'f0', duration: 1, awaitsMedia: true }], clock });
    player.hold();
    player.next();
    expect(player.getState()).toMatchObject({ status: 'held', waiting: false });
    player.release();
    expect(player.getState()).toMatchObject({ status: 'ended', waiting: false });
  });
});

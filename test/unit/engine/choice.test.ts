import fc from 'fast-check';
import { createManualClock, createPlayer, type EngineFrame } from 'react-hold-stories/engine';
import { describe, expect, it, vi } from 'vitest';
import { setup } from './fixtures';

/** f1 asks a question (3 options, no right one); f3, the last, is a quiz whose right answer is 2. */
const frames: EngineFrame[] = [
  { id: 'f0', duration: 1000 },
  { id: 'f1', duration: 1000, choice: { options: 3 } },
  { id: 'f2', duration: 1000 },
  { id: 'f3', duration: 1000, choice: { options: 4, correct: 2 } },
];

function withAnswers(options: Parameters<typeof setup>[0] = {}) {
  const made = setup({ frames, ...options });
  const answers: unknown[] = [];
  const actions: unknown[] = [];
  made.player.on('answer', (event) => answers.push(event));
  made.player.on('action', (event) => actions.push(event));
  return { ...made, answers, actions };
}

describe('a question', () => {
  it('runs its time, then the story waits at its end: no time limit on a decision', () => {
    const { player, clock, eventsOf } = withAnswers({ playbackRate: 6 });
    clock.advance(2000 / 6 - 1);
    expect(player.getState()).toMatchObject({ frameIndex: 1, awaitingViewer: false });
    clock.advance(1);
    expect(player.getState()).toMatchObject({
      frameIndex: 1,
      awaitingViewer: true,
      status: 'playing',
    });
    expect(player.getProgress()).toBe(1);
    clock.advance(60_000);
    expect(player.getState().frameIndex).toBe(1);
    expect(player.getProgress()).toBe(1);
    // Nothing runs while it waits.
    expect(clock.pendingFrames).toBe(0);
    expect(eventsOf('framechange').map((event) => event.to)).toEqual([1]);
  });

  it('stops a long display frame that would have jumped over it', () => {
    const { player, clock } = withAnswers();
    clock.advance(3500);
    expect(player.getState()).toMatchObject({ frameIndex: 1, awaitingViewer: true });
  });

  it('moves on when the viewer does: next (a skip), prev, goTo', () => {
    const { player, clock } = withAnswers();
    clock.advance(2000);
    player.next('tap');
    expect(player.getState()).toMatchObject({ frameIndex: 2, awaitingViewer: false });
    clock.advance(500);
    expect(player.getProgress()).toBe(0.5);

    player.goTo(1);
    expect(player.getState()).toMatchObject({ frameIndex: 1, awaitingViewer: false });
    clock.advance(999);
    expect(player.getState().awaitingViewer).toBe(false);
    clock.advance(1);
    expect(player.getState().awaitingViewer).toBe(true);
    player.prev();
    expect(player.getState()).toMatchObject({ frameIndex: 0, awaitingViewer: false });
  });

  it('waits on the last frame instead of ending; moving on then ends the story', () => {
    const { player, clock, eventsOf } = withAnswers();
    player.goTo(3);
    clock.advance(1000);
    expect(player.getState()).toMatchObject({ frameIndex: 3, awaitingViewer: true });
    expect(player.getState().status).toBe('playing');
    expect(eventsOf('ended')).toEqual([]);
    player.next();
    expect(player.getState()).toMatchObject({ status: 'ended', awaitingViewer: false });
    expect(eventsOf('ended')).toHaveLength(1);
  });

  it('keeps waiting through a hold, a pause and a change of rate', () => {
    const { player, clock } = withAnswers();
    clock.advance(2000);
    player.hold();
    player.release();
    player.pause();
    player.play();
    player.setPlaybackRate(3);
    // Still waiting, without a display frame to find it out again.
    expect(player.getState().awaitingViewer).toBe(true);
    expect(clock.pendingFrames).toBe(0);
    clock.advance(5000);
    expect(player.getState()).toMatchObject({ frameIndex: 1, awaitingViewer: true });
    expect(player.getProgress()).toBe(1);
  });

  it('waits in a looping story too', () => {
    const { player, clock } = withAnswers({ loop: true });
    player.goTo(3);
    clock.advance(1500);
    expect(player.getState()).toMatchObject({ frameIndex: 3, awaitingViewer: true });
  });

  it('is let go when its frame is replaced by one that asks nothing', () => {
    const { player, clock } = withAnswers();
    clock.advance(2000);
    player.setFrames(frames.map((frame) => ({ id: frame.id, duration: frame.duration })));
    expect(player.getState().awaitingViewer).toBe(false);
    clock.advance(16);
    expect(player.getState().frameIndex).toBe(2);
  });
});

describe('answers', () => {
  it('are given once per question, with whether they were right for a quiz', () => {
    const { player, clock, answers } = withAnswers();
    clock.advance(1200);
    player.answer(2);
    player.answer(0);
    expect(player.getState().answers).toEqual(new Map([['f1', 2]]));
    expect(answers).toEqual([{ frameIndex: 1, frameId: 'f1', optionIndex: 2, at: 1200 }]);

    player.goTo(3);
    player.answer(1);
    expect(answers.at(-1)).toEqual({
      frameIndex: 3,
      frameId: 'f3',
      optionIndex: 1,
      correct: false,
      at: 1200,
    });
    expect(player.getState().answers).toEqual(
      new Map([
        ['f1', 2],
        ['f3', 1],
      ]),
    );
  });

  it('says a quiz answer is right when it is', () => {
    const { player, answers } = withAnswers({ frameIndex: 3 });
    player.answer(2);
    expect(answers).toMatchObject([{ optionIndex: 2, correct: true }]);
  });

  it('survive moving away and back, and can be given when the player is made', () => {
    const { player, answers } = withAnswers({ answers: new Map([['f3', 0]]), frameIndex: 3 });
    player.answer(2);
    expect(answers).toEqual([]);
    expect(player.getState().answers.get('f3')).toBe(0);
    player.goTo(1);
    player.answer(1);
    player.goTo(3);
    player.goTo(1);
    expect(player.getState().answers).toEqual(
      new Map([
        ['f3', 0],
        ['f1', 1],
      ]),
    );
  });

  it('ignore a frame without a question and an option out of range, with a warning', () => {
    const warn = vi.fn();
    const player = createPlayer({
      frames,
      clock: createManualClock(),
      logger: { warn, error: vi.fn() },
    });
    const answers: unknown[] = [];
    player.on('answer', (event) => answers.push(event));
    player.answer(0);
    player.goTo(1);
    for (const bad of [3, -1, 0.5, Number.NaN]) player.answer(bad);
    expect(answers).toEqual([]);
    expect(player.getState().answers.size).toBe(0);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('answer(optionIndex): expected a question on the current frame'),
    );
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('expected an option from 0 to 2, got 3'),
    );
  });

  it('do nothing after destroy', () => {
    const { player, answers, actions } = withAnswers({ frameIndex: 1 });
    player.destroy();
    player.answer(0);
    player.reportAction('tel:3018');
    expect([answers, actions]).toEqual([[], []]);
  });
});

describe('a call to action followed', () => {
  it('is reported with the current frame', () => {
    const { player, clock, actions } = withAnswers();
    clock.advance(500);
    player.reportAction('tel:3018');
    expect(actions).toEqual([{ frameIndex: 0, frameId: 'f0', href: 'tel:3018', at: 500 }]);
    // Following a link moves nothing.
    expect(player.getState()).toMatchObject({ frameIndex: 0, status: 'playing' });
  });
});

describe('validation of a question', () => {
  it('names the bad field', () => {
    const make = (choice: unknown) =>
      createPlayer({ frames: [{ id: 'q', duration: 1000, choice } as EngineFrame] });
    expect(() => make({ options: 0 })).toThrow(
      'frames[0].choice.options: expected a whole number of options, got 0',
    );
    expect(() => make({ options: 3, correct: 3 })).toThrow(
      'frames[0].choice.correct: expected an option index from 0 to 2, got 3',
    );
    expect(() => make('yes')).toThrow('frames[0].choice: expected a question');
  });
});

describe('a question, over random stories, rates and clocks', () => {
  it('is never passed by time alone, and waits exactly once its time is out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 8 }),
        fc.nat(7),
        fc.double({ min: 0.5, max: 16, noNaN: true }),
        fc.boolean(),
        fc.array(fc.double({ min: 0, max: 5000, noNaN: true }), { maxLength: 12 }),
        (durations, at, rate, loop, steps) => {
          const question = at % durations.length;
          const frames: EngineFrame[] = durations.map((duration, index) => ({
            id: `f${index}`,
            duration,
            ...(index === question ? { choice: { options: 2 } } : {}),
          }));
          const clock = createManualClock();
          const player = createPlayer({ frames, clock, playbackRate: rate, loop });
          let elapsed = 0;
          for (const ms of steps) {
            clock.advance(ms);
            elapsed += ms;
            const { frameIndex, awaitingViewer, status } = player.getState();
            expect(frameIndex).toBeLessThanOrEqual(question);
            expect(status).toBe('playing');
            const spans = durations.map((duration) => duration / rate);
            const end = spans.slice(0, question + 1).reduce((sum, span) => sum + span, 0);
            // Display frames are not cut at boundaries: allow the float sums a hair either way.
            if (elapsed >= end + 1e-6) expect(awaitingViewer).toBe(true);
            if (elapsed < end - 1e-6) expect(awaitingViewer).toBe(false);
          }
        },
      ),
    );
  });
});

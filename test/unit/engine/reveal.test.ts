import { describe, expect, it } from 'vitest';
import { makeFrames, setup } from './fixtures';

describe('hidden messages', () => {
  const frames = [
    { id: 'a', duration: 1000, messages: 2 },
    { id: 'b', duration: 1000 },
    { id: 'c', duration: 1000, messages: 1 },
  ];

  it('counts the messages of the story for the discovery tally', () => {
    const { player } = setup({ frames });
    expect(player.getState()).toMatchObject({ revealed: 0, revealTotal: 3 });
  });

  it('fires reveal once per message per view of a frame', () => {
    const { player, eventsOf } = setup({ frames });
    player.hold();
    player.reveal();
    player.release();
    player.hold();
    player.reveal();
    expect(eventsOf('reveal').map((event) => event.messageIndex)).toEqual([0, 1]);
    player.next();
    player.prev();
    player.reveal();
    expect(eventsOf('reveal')).toHaveLength(4);
    expect(eventsOf('reveal')[0]).toEqual({ frameIndex: 0, frameId: 'a', messageIndex: 0, at: 0 });
  });

  it('counts each message once in the tally, however often it is revealed', () => {
    const { player } = setup({ frames });
    player.reveal();
    player.next();
    player.prev();
    player.reveal();
    player.goTo(2);
    player.reveal();
    expect(player.getState()).toMatchObject({ revealed: 3, revealTotal: 3 });
  });

  it('hides the messages on release and on a frame change', () => {
    const { player } = setup({ frames });
    player.hold();
    player.reveal();
    expect(player.getState().revealing).toBe(true);
    player.release();
    expect(player.getState().revealing).toBe(false);
    player.reveal();
    player.next();
    expect(player.getState().revealing).toBe(false);
  });

  it('keeps the tally for messages that still exist after the frames change', () => {
    const { player } = setup({ frames });
    player.reveal();
    player.setFrames([{ id: 'a', duration: 1000, messages: 1 }, ...makeFrames(2)]);
    expect(player.getState()).toMatchObject({ revealed: 1, revealTotal: 1 });
  });
});

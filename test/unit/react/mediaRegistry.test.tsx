import { createManualClock, createPlayer, type PlayerEventMap } from 'react-hold-stories';
import { describe, expect, it } from 'vitest';
import { createMediaRegistry } from '../../../src/react/media/createMediaRegistry';

const frames = [
  { id: 'photo', duration: 1000, awaitsMedia: true },
  { id: 'card', duration: 1000 },
];

function playerOn(registry: ReturnType<typeof createMediaRegistry>) {
  const player = createPlayer({ frames, clock: createManualClock(), media: registry.known });
  const errors: PlayerEventMap['error'][] = [];
  player.on('error', (event) => errors.push(event));
  registry.attach(player);
  return { player, errors };
}

describe('the media registry between the elements and the players', () => {
  it('hands what is settled to the next player (StrictMode remounts), without a second error', () => {
    const registry = createMediaRegistry();
    const first = playerOn(registry);
    registry.fail('photo', { kind: 'image', src: '/a.jpg' });
    expect(first.errors).toHaveLength(1);
    registry.attach(null);
    first.player.destroy();

    const second = playerOn(registry);
    expect(second.player.getState()).toMatchObject({ waiting: false, mediaFailed: true });
    registry.fail('photo', { kind: 'image', src: '/a.jpg' });
    expect(second.errors).toEqual([]);
  });

  it('delivers a failure seen between two players to the next one', () => {
    const registry = createMediaRegistry();
    registry.fail('photo', { kind: 'image', src: '/a.jpg' });
    expect(registry.hasFailed('photo')).toBe(true);
    const { player, errors } = playerOn(registry);
    expect(errors).toMatchObject([{ frameId: 'photo', kind: 'image', src: '/a.jpg' }]);
    expect(player.getState().mediaFailed).toBe(true);
  });

  it('forgets media let go, so a new player waits for them again', () => {
    const registry = createMediaRegistry();
    registry.setStatus('photo', 'ready');
    expect(playerOn(registry).player.getState().waiting).toBe(false);
    registry.attach(null);
    registry.setStatus('photo', 'loading');
    expect(playerOn(registry).player.getState().waiting).toBe(true);
  });
});

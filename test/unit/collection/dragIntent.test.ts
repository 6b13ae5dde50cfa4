import { describe, expect, test } from 'vitest';
import { placePane } from '../../../src/react/collection/placePanes';
import { commits, lockAxis, resist, SLOP } from '../../../src/react/gestures/dragIntent';

describe('lockAxis', () => {
  test('waits for the slop, then locks to the main direction', () => {
    expect(lockAxis([SLOP - 1, 0])).toBeNull();
    expect(lockAxis([-12, 4])).toBe('x');
    expect(lockAxis([3, 12])).toBe('down');
    // Up is nobody's gesture: the press goes on.
    expect(lockAxis([2, -12])).toBe('up');
  });
});

describe('commits', () => {
  test('past a quarter of the stage, or flicked the way it travelled', () => {
    expect(commits(-100, 0, 400)).toBe(true);
    expect(commits(-99, 0, 400)).toBe(false);
    expect(commits(-50, -0.6, 400)).toBe(true);
    // A flick back the other way, or too short to be more than a tap's jitter, does not.
    expect(commits(-50, 0.6, 400)).toBe(false);
    expect(commits(-20, -2, 400)).toBe(false);
    expect(commits(0, -2, 400)).toBe(false);
  });

  test('past the ends the track moves a third of the finger', () => {
    expect(resist(90)).toBe(30);
  });
});

describe('placePane', () => {
  const pane = () => document.createElement('div');

  test('slide: neighbours sit a stage away and follow the offset; RTL mirrors them', () => {
    const next = pane();
    placePane(next, 1, -100, 400, 'slide', 1);
    expect(next.style.transform).toBe('translate3d(300px, 0, 0)');
    placePane(next, 1, 100, 400, 'slide', -1);
    expect(next.style.transform).toBe('translate3d(-300px, 0, 0)');
    const current = pane();
    placePane(current, 0, 0, 400, 'slide', 1);
    expect(current.style.transform).toBe('');
  });

  test('cube: each face turns on the edge it shares with its neighbour', () => {
    const current = pane();
    placePane(current, 0, -200, 400, 'cube', 1);
    expect(current.style.transform).toBe('translate3d(-200px, 0, 0) rotateY(-45deg)');
    expect(current.style.transformOrigin).toBe('right center');
    const next = pane();
    placePane(next, 1, -200, 400, 'cube', 1);
    expect(next.style.transform).toBe('translate3d(200px, 0, 0) rotateY(45deg)');
    expect(next.style.transformOrigin).toBe('left center');
  });

  test('fade: nothing moves; the incoming story fades in as the current one fades out', () => {
    const [previous, current, next] = [pane(), pane(), pane()];
    placePane(previous, -1, -100, 400, 'fade', 1);
    placePane(current, 0, -100, 400, 'fade', 1);
    placePane(next, 1, -100, 400, 'fade', 1);
    expect([previous, current, next].map((element) => element.style.opacity)).toEqual([
      '0',
      '0.75',
      '0.25',
    ]);
    expect(next.style.transform).toBe('');
  });
});

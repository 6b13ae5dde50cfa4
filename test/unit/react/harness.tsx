import { act, fireEvent, render, screen } from '@testing-library/react';
import { type ComponentProps, createRef } from 'react';
import { Stories, type StoriesHandle, type Story } from 'react-hold-stories';
import { vi } from 'vitest';

/** Three 1-second card frames; the first two hide messages. */
export const story: Story = {
  id: 'day',
  title: 'A school day',
  frames: [
    {
      id: 'bus',
      kind: 'card',
      duration: 1000,
      background: '#223',
      text: 'The bus',
      alt: 'A crowded school bus',
      reveal: [{ text: 'Nobody sits next to me.', from: 'Sam' }, { text: 'Again.' }],
    },
    {
      id: 'hall',
      kind: 'card',
      duration: 1000,
      background: '#322',
      alt: 'A school corridor',
      reveal: [{ text: 'They laugh when I pass.', placement: 'bottom' }],
    },
    { id: 'home', kind: 'card', duration: 1000, background: '#232', alt: 'Home at last' },
  ],
};

/** A 4-second corridor walk: "early" in its first second and a half, "late" from 2 s on. */
export const corridorStory: Story = {
  id: 'walk',
  title: 'The corridor',
  frames: [
    {
      id: 'corridor',
      kind: 'card',
      duration: 4000,
      background: '#223',
      alt: 'Jade walks down the corridor',
      reveal: [
        { text: 'Here she comes.', from: 'Léo', at: [0, 1500] },
        { text: 'Nobody moves aside.', from: 'Jade', at: [2000, 4000] },
        { text: 'Every morning.' },
      ],
    },
    { id: 'class', kind: 'card', duration: 1000, background: '#232', alt: 'The classroom' },
  ],
};

const STAGE = { left: 0, top: 0, width: 400, height: 800 };

/**
 * Renders `<Stories>` on fake timers (setTimeout, animation frames and performance.now move
 * only when the test says) with a 400×800 stage, and gives the gestures a test needs.
 */
export function renderStories(props: Partial<ComponentProps<typeof Stories>> = {}) {
  const ref = createRef<StoriesHandle>();
  const result = render(<Stories ref={ref} story={story} {...props} />);
  const stage = result.container.querySelector<HTMLElement>('[data-hs-stage]') as HTMLElement;
  const root = result.container.querySelector<HTMLElement>('[data-hs-root]') as HTMLElement;
  stage.getBoundingClientRect = () =>
    ({ ...STAGE, x: 0, y: 0, right: STAGE.width, bottom: STAGE.height, toJSON() {} }) as DOMRect;

  const pointer = (
    type: 'pointerDown' | 'pointerMove' | 'pointerUp' | 'pointerCancel',
    x: number,
    y = 400,
    id = 1,
  ) =>
    act(() => {
      fireEvent[type](stage, {
        pointerId: id,
        clientX: x,
        clientY: y,
        buttons: type === 'pointerUp' ? 0 : 1,
        isPrimary: id === 1,
      });
    });

  return {
    ...result,
    ref,
    stage,
    root,
    /** Moves the fake clock (timers and animation frames) by `ms`. */
    advance: (ms: number) => act(() => void vi.advanceTimersByTime(ms)),
    /** Like advance, and lets promises settle too (exit animations end in a promise). */
    settle: (ms = 32) => act(() => vi.advanceTimersByTimeAsync(ms)),
    press: (x = 300, y = 400, id = 1) => pointer('pointerDown', x, y, id),
    move: (x: number, y = 400, id = 1) => pointer('pointerMove', x, y, id),
    lift: (x = 300, y = 400, id = 1) => pointer('pointerUp', x, y, id),
    cancelPointer: (x = 300, y = 400) => pointer('pointerCancel', x, y),
    frameLabel: () => stage.getAttribute('aria-label'),
    status: () => root.getAttribute('data-state'),
    messages: () =>
      screen.queryAllByText(/./, { selector: '.hs-message-text' }).map((node) => node.textContent),
    progressOf: () => ref.current,
  };
}

/**
 * Opens the chrome's options (reading mode, transcript, sound, captions) and presses one of
 * them by its name: the viewer's two taps.
 */
export function chooseOption(name: string) {
  act(() => screen.getByRole('button', { name: 'Options' }).click());
  act(() => screen.getByRole('button', { name }).click());
}

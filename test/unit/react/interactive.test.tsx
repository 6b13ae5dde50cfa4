import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Stories, type Story } from 'react-hold-stories';
import { describe, expect, it, vi } from 'vitest';
import { chooseOption, renderStories } from './harness';

/** A card with a link, a question (no right answer), a quiz, and a card after them. */
const story: Story = {
  id: 'witness',
  title: 'The witness',
  frames: [
    {
      id: 'yard',
      kind: 'card',
      duration: 1000,
      background: '#223',
      alt: 'The yard',
      reveal: [{ text: 'They film her.' }],
      cta: { label: 'Call 3018', href: '#help' },
    },
    {
      id: 'poll',
      kind: 'choice',
      duration: 1000,
      alt: 'A question',
      question: 'You see this. What do you do?',
      reveal: [{ text: 'Everyone watches.' }],
      options: [
        { label: 'Laugh along', feedback: 'She hears you laugh too.' },
        { label: 'Look away', feedback: 'She sees nobody helps.' },
        { label: 'Tell an adult', feedback: 'An adult can stop it.' },
      ],
    },
    {
      id: 'quiz',
      kind: 'choice',
      duration: 1000,
      alt: 'A quiz',
      question: 'What is the number?',
      options: [
        { label: '112' },
        { label: '3018', correct: true, feedback: 'Free, 7 days a week.' },
      ],
    },
    { id: 'end', kind: 'card', duration: 1000, background: '#232', alt: 'The end' },
  ],
};

const options = () => screen.getAllByRole('radio');
const pointer = (
  element: Element,
  type: 'pointerDown' | 'pointerMove' | 'pointerUp',
  x = 200,
  y = 400,
) =>
  act(() => {
    fireEvent[type](element, {
      pointerId: 1,
      clientX: x,
      clientY: y,
      buttons: type === 'pointerUp' ? 0 : 1,
      isPrimary: true,
    });
  });

describe('a call to action', () => {
  it('is a real link on its frame, followed without touching the story; onAction fires first', () => {
    window.location.hash = '';
    let hashAtAction: string | undefined;
    const onAction = vi.fn(() => {
      hashAtAction = window.location.hash;
    });
    const onFrameChange = vi.fn();
    const view = renderStories({ story, onAction, onFrameChange });
    onFrameChange.mockClear();
    const link = screen.getByRole('link', { name: 'Call 3018' });
    expect(link).toHaveAttribute('href', '#help');
    pointer(link, 'pointerDown');
    view.advance(600);
    expect(view.status()).toBe('playing');
    expect(view.messages()).toEqual([]);
    pointer(link, 'pointerUp');
    act(() => link.click());
    view.advance(1);
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onAction).toHaveBeenCalledWith(
      expect.objectContaining({ frameId: 'yard', href: '#help', frameIndex: 0 }),
    );
    // Before the browser followed it; then it did.
    expect(hashAtAction).toBe('');
    expect(window.location.hash).toBe('#help');
    expect(onFrameChange).not.toHaveBeenCalled();
    expect(view.frameLabel()).toBe('Frame 1 of 4');
  });

  it('is followed by a swipe up on the stage, and only where the frame has one', () => {
    const onAction = vi.fn();
    const view = renderStories({ story, onAction });
    view.press(200, 600);
    view.move(200, 560);
    view.move(200, 300);
    view.lift(200, 300);
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(view.frameLabel()).toBe('Frame 1 of 4');
    expect(view.status()).toBe('playing');

    act(() => view.ref.current?.goTo(3));
    view.press(200, 600);
    view.move(200, 300);
    view.lift(200, 300);
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('never starts a drag: pulled down or sideways from the link, nothing closes or moves', () => {
    const onClose = vi.fn();
    const onFrameChange = vi.fn();
    renderStories({ story, onClose, onFrameChange });
    onFrameChange.mockClear();
    const link = screen.getByRole('link');
    for (const [x, y] of [
      [200, 700],
      [20, 400],
    ] as const) {
      pointer(link, 'pointerDown');
      pointer(link, 'pointerMove', x, y);
      pointer(link, 'pointerUp', x, y);
    }
    expect(onClose).not.toHaveBeenCalled();
    expect(onFrameChange).not.toHaveBeenCalled();
  });
});

describe('a choice frame', () => {
  it('asks its question in a labelled group of options; the story waits at its end', () => {
    const view = renderStories({ story, playbackRate: 6, defaultFrameIndex: 1 });
    const group = screen.getByRole('radiogroup', { name: 'You see this. What do you do?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((option) => option.textContent),
    ).toEqual(['Laugh along', 'Look away', 'Tell an adult']);
    view.advance(3000);
    expect(view.frameLabel()).toBe('Frame 2 of 4');
    expect(screen.getByRole('radiogroup')).toBeInTheDocument();
    // A tap on the right moves on: a skip.
    view.press(350);
    view.lift(350);
    expect(view.frameLabel()).toBe('Frame 3 of 4');
  });

  it('takes one answer by tap: onAnswer once, the feedback shows, the frame stays', () => {
    const onAnswer = vi.fn();
    const view = renderStories({ story, onAnswer, defaultFrameIndex: 1 });
    const [laugh, away] = options() as [HTMLElement, HTMLElement];
    pointer(laugh, 'pointerDown');
    view.advance(500);
    expect(view.status()).toBe('playing');
    pointer(laugh, 'pointerUp');
    act(() => laugh.click());
    act(() => away.click());
    expect(onAnswer).toHaveBeenCalledTimes(1);
    expect(onAnswer).toHaveBeenCalledWith(
      expect.objectContaining({ frameId: 'poll', optionIndex: 0 }),
    );
    expect(onAnswer.mock.calls[0]?.[0]).not.toHaveProperty('correct');
    expect(laugh).toHaveAttribute('aria-checked', 'true');
    expect(away).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByRole('radiogroup')).toHaveAttribute('aria-readonly', 'true');
    expect(screen.getByText('She hears you laugh too.')).toBeInTheDocument();
    expect(view.frameLabel()).toBe('Frame 2 of 4');
  });

  it('shows a quiz answer as wrong or right, and which option was right', () => {
    const onAnswer = vi.fn();
    renderStories({ story, onAnswer, defaultFrameIndex: 2, labels: 'fr' });
    act(() => (options()[0] as HTMLElement).click());
    expect(onAnswer).toHaveBeenCalledWith(
      expect.objectContaining({ optionIndex: 0, correct: false }),
    );
    const [wrong, right] = options() as [HTMLElement, HTMLElement];
    expect(wrong).toHaveTextContent('Ta réponse');
    expect(right).toHaveTextContent('Bonne réponse');
    expect(right).toHaveAttribute('data-correct');
  });

  it('is answered by keyboard: one tab stop, arrows within the group, Enter or Space its own', () => {
    const onAnswer = vi.fn();
    const view = renderStories({ story, onAnswer, defaultFrameIndex: 1 });
    const key = (name: string) => {
      let notPrevented = false;
      act(() => {
        notPrevented = fireEvent.keyDown(document.activeElement as Element, { key: name });
      });
      return notPrevented;
    };
    expect(options().map((option) => option.tabIndex)).toEqual([0, -1, -1]);
    act(() => (options()[0] as HTMLElement).focus());
    key('ArrowDown');
    key('ArrowDown');
    expect(document.activeElement).toBe(options()[2]);
    expect(options().map((option) => option.tabIndex)).toEqual([-1, -1, 0]);
    key('ArrowRight');
    expect(document.activeElement).toBe(options()[0]);
    key('ArrowUp');
    // The arrows were the group's: the story did not step.
    expect(view.frameLabel()).toBe('Frame 2 of 4');
    // Enter and Space are the button's (the browser clicks it): the story leaves them alone.
    expect(key('Enter')).toBe(true);
    expect(key(' ')).toBe(true);
    view.advance(500);
    expect(view.status()).toBe('playing');
    act(() => (document.activeElement as HTMLElement).click());
    expect(onAnswer).toHaveBeenCalledWith(expect.objectContaining({ optionIndex: 2 }));
    expect(screen.getByText('An adult can stop it.')).toBeInTheDocument();
  });

  it('shows the answer given when the viewer comes back, or from defaultAnswers', () => {
    const view = renderStories({ story, defaultFrameIndex: 1 });
    act(() => (options()[1] as HTMLElement).click());
    act(() => view.ref.current?.next());
    act(() => view.ref.current?.prev());
    expect(options()[1]).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByText('She sees nobody helps.')).toBeInTheDocument();
    view.unmount();

    render(<Stories story={story} defaultFrameIndex={2} defaultAnswers={new Map([['quiz', 1]])} />);
    expect(options()[1]).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByText('Free, 7 days a week.')).toBeInTheDocument();
  });

  it('still reveals its messages on a hold away from the options', () => {
    const view = renderStories({ story, defaultFrameIndex: 1 });
    view.press(200, 100);
    view.advance(400);
    expect(view.messages()).toEqual(['Everyone watches.']);
    view.lift(200, 100);
  });

  it('is said by the live region, and listed in the transcript with its options and feedback', () => {
    renderStories({ story, defaultFrameIndex: 1 });
    expect(document.querySelector('[data-hs-live]')).toHaveTextContent(
      'You see this. What do you do?',
    );
    chooseOption('Transcript');
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('You see this. What do you do?');
    expect(dialog).toHaveTextContent('Laugh along — She hears you laugh too.');
    expect(dialog).toHaveTextContent('3018 (Right answer) — Free, 7 days a week.');
    expect(within(dialog).getByRole('link', { name: 'Call 3018' })).toHaveAttribute(
      'href',
      '#help',
    );
  });
});

describe('a real click (detail ≥ 1) on an option or a link', () => {
  it('reaches it on a story just shown or after a drag: the stage filters only its own taps', () => {
    const onAnswer = vi.fn();
    const view = renderStories({ story, onAnswer, defaultFrameIndex: 1 });
    let followed = false;
    act(() => {
      followed = fireEvent.click(options()[1] as HTMLElement, { detail: 1 });
    });
    expect(onAnswer).toHaveBeenCalledTimes(1);
    expect(followed).toBe(true);
    act(() => view.ref.current?.goTo(0));
    view.press(300, 400);
    view.move(200, 400);
    view.lift(200, 400);
    act(() => {
      followed = fireEvent.click(screen.getByRole('link'), { detail: 1 });
    });
    expect(followed).toBe(true);
  });
});

describe('interactive elements inside a render frame', () => {
  it('are theirs: a press on a button or on data-hs-interactive neither holds nor taps', () => {
    const onFrameChange = vi.fn();
    const view = renderStories({
      onFrameChange,
      story: {
        id: 'r',
        title: 'R',
        frames: [
          {
            id: 'form',
            kind: 'render',
            duration: 1000,
            alt: 'A form',
            reveal: [{ text: 'Hidden' }],
            render: () => (
              <div>
                <button type="button">Like</button>
                <div data-hs-interactive="">
                  <span>Slider</span>
                </div>
              </div>
            ),
          },
          { id: 'next', kind: 'card', duration: 1000, background: '#000', alt: 'Next' },
        ],
      },
    });
    onFrameChange.mockClear();
    for (const target of [
      screen.getByRole('button', { name: 'Like' }),
      screen.getByText('Slider'),
    ]) {
      pointer(target, 'pointerDown', 350);
      view.advance(500);
      expect(view.status()).toBe('playing');
      expect(view.messages()).toEqual([]);
      pointer(target, 'pointerUp', 350);
    }
    expect(onFrameChange).not.toHaveBeenCalled();
  });
});

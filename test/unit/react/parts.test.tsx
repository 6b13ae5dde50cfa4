import { act, fireEvent, render } from '@testing-library/react';
import { createRef } from 'react';
import { Stories } from 'react-hold-stories';
import { describe, expect, it, vi } from 'vitest';
import { story } from './harness';

const PARTS = [
  'Stage',
  'Frame',
  'RevealLayer',
  'Action',
  'Chrome',
  'Progress',
  'Controls',
  'Header',
  'Transcript',
  'LiveRegion',
] as const;

/** The harness story with a call to action on its first frame, so every part renders. */
const withLink = {
  ...story,
  frames: story.frames.map((frame, index) =>
    index === 0 ? { ...frame, cta: { label: 'Help', href: '#help' } } : frame,
  ),
};

describe('parts are primitives', () => {
  it('forward their element, take any prop, and keep their own class and data hooks', () => {
    const refs = Object.fromEntries(PARTS.map((part) => [part, createRef<HTMLElement>()]));
    const { container } = render(
      <Stories.Root story={withLink} id="story" data-testid="root" className="mine">
        {PARTS.map((part) => {
          const Part = Stories[part] as React.ComponentType<Record<string, unknown>>;
          return <Part key={part} ref={refs[part]} className={`my-${part}`} data-part={part} />;
        })}
      </Stories.Root>,
    );
    const root = container.querySelector('[data-hs-root]') as HTMLElement;
    expect(root).toHaveAttribute('id', 'story');
    expect(root).toHaveAttribute('data-testid', 'root');
    expect(root).toHaveClass('hs-root', 'mine');
    for (const part of PARTS) {
      const element = refs[part]?.current;
      expect(element, part).toBeInstanceOf(HTMLElement);
      expect(element).toHaveAttribute('data-part', part);
      expect(element).toHaveClass(`my-${part}`);
      expect(element?.className).toMatch(/\bhs-/);
    }
  });

  it('name themselves for React devtools', () => {
    expect(PARTS.map((part) => Stories[part].displayName)).toEqual(
      PARTS.map((part) => `Stories.${part}`),
    );
    expect(Stories.Root.displayName).toBe('Stories.Root');
  });

  it('run the user’s handlers first, and let preventDefault() turn the part’s own off', () => {
    const onKeyDown = vi.fn((event: React.KeyboardEvent) => event.preventDefault());
    const onPointerDown = vi.fn();
    const { container } = render(
      <Stories.Root story={story} onKeyDown={onKeyDown}>
        <Stories.Stage onPointerDown={onPointerDown} />
      </Stories.Root>,
    );
    const root = container.querySelector('[data-hs-root]') as HTMLElement;
    const stage = container.querySelector('[data-hs-stage]') as HTMLElement;
    act(() => void fireEvent.keyDown(stage, { key: 'ArrowRight' }));
    expect(onKeyDown).toHaveBeenCalledTimes(1);
    // The user prevented it: the story's own arrow key did not move.
    expect(stage).toHaveAttribute('aria-label', 'Frame 1 of 3');
    act(() => void fireEvent.pointerDown(stage, { pointerId: 1, buttons: 1 }));
    expect(onPointerDown).toHaveBeenCalledTimes(1);
    expect(root).toHaveAttribute('data-state', 'held');
  });

  it('has a header, off by default, with the title, avatar and subtitle, hidden during a hold', () => {
    const withHeader = { ...story, subtitle: 'Sam, 12', avatar: '/sam.png' };
    const { container, rerender } = render(<Stories story={withHeader} />);
    expect(container.querySelector('[data-hs-header]')).toBeNull();
    rerender(<Stories story={withHeader} header />);
    const header = container.querySelector('[data-hs-header]') as HTMLElement;
    expect(header).toHaveTextContent('A school daySam, 12');
    expect(header.querySelector('img')).toHaveAttribute('src', '/sam.png');
    expect(header.querySelector('img')).toHaveAttribute('alt', '');
    const stage = container.querySelector('[data-hs-stage]') as HTMLElement;
    act(() => void fireEvent.pointerDown(stage, { pointerId: 1, buttons: 1 }));
    act(() => void vi.advanceTimersByTime(350));
    expect(header.closest('[data-hs-chrome]')).toHaveAttribute('aria-hidden', 'true');
  });

  it('gives its element only the element’s props, never the story’s', () => {
    const error = vi.spyOn(console, 'error');
    const { container } = render(
      <Stories story={story} loop defaultFrameIndex={1} playbackRate={2} header={false} />,
    );
    const root = container.querySelector('[data-hs-root]') as HTMLElement;
    const attributes = [...root.attributes].map((attribute) => attribute.name);
    expect(attributes.filter((name) => !/^(class|dir|style|aria-|data-)/.test(name))).toEqual([]);
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});

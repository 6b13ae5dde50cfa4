import { act, fireEvent, render } from '@testing-library/react';
import { Profiler, StrictMode } from 'react';
import { Stories, usePlayerState } from 'react-hold-stories';
import { describe, expect, it, vi } from 'vitest';
import { renderStories, story } from './harness';

const tally = (state: { revealed: number; revealTotal: number }) =>
  `${state.revealed} / ${state.revealTotal}`;

function Tally() {
  return <output>{usePlayerState(tally)}</output>;
}

describe('lifecycle', () => {
  it('plays under StrictMode with one engine: events fire once', () => {
    const onFrameChange = vi.fn();
    const { container } = render(
      <StrictMode>
        <Stories story={story} onFrameChange={onFrameChange} />
      </StrictMode>,
    );
    act(() => void vi.advanceTimersByTime(1050));
    // The first frame shown once (one player, connected twice), then the cut to the second.
    expect(onFrameChange.mock.calls.map(([event]) => [event.cause, event.to])).toEqual([
      ['start', 0],
      ['auto', 1],
    ]);
    expect(container.querySelector('[data-hs-stage]')).toHaveAttribute(
      'aria-label',
      'Frame 2 of 3',
    );
  });

  it('unmounts in the middle of a hold without a warning or a pending frame request', () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const onHoldEnd = vi.fn();
    const view = renderStories({ onHoldEnd });
    view.press();
    view.advance(400);
    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
    act(() => void vi.advanceTimersByTime(5000));
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    errors.mockRestore();
    warnings.mockRestore();
  });

  it('commits to React only when the frame changes while playing', () => {
    const commits = vi.fn();
    render(
      <Profiler id="stories" onRender={commits}>
        <Stories story={story} />
      </Profiler>,
    );
    act(() => void vi.advanceTimersByTime(50));
    commits.mockClear();
    for (let i = 0; i < 120; i++) act(() => void vi.advanceTimersByTime(16));
    // 1,920 ms of playback: frames 1 → 2 at 1,000 ms, no other commit.
    expect(commits).toHaveBeenCalledTimes(1);
  });

  it('announces the messages once in a polite live region, silent while playing', () => {
    const view = renderStories();
    const live = view.root.querySelector('[data-hs-live]') as HTMLElement;
    expect(live).toHaveAttribute('aria-live', 'polite');
    view.advance(500);
    expect(live).toHaveTextContent('');
    view.press();
    view.advance(350);
    expect(live.textContent).toBe('Sam: Nobody sits next to me. Again.');
    view.lift();
    view.press();
    view.advance(350);
    expect(live.textContent).toBe('Sam: Nobody sits next to me. Again.');
    view.lift();
    view.advance(1000);
    expect(live).toHaveTextContent('');
  });

  it('keeps a tally of the messages discovered in the state', () => {
    const { container } = render(
      <Stories.Root story={story}>
        <Stories.Stage />
        <Tally />
      </Stories.Root>,
    );
    const stage = container.querySelector('[data-hs-stage]') as HTMLElement;
    const output = container.querySelector('output') as HTMLElement;
    expect(output).toHaveTextContent('0 / 3');
    act(() => void fireEvent.pointerDown(stage, { pointerId: 1, buttons: 1 }));
    act(() => void vi.advanceTimersByTime(350));
    act(() => void fireEvent.pointerUp(stage, { pointerId: 1 }));
    expect(output).toHaveTextContent('2 / 3');
  });
});

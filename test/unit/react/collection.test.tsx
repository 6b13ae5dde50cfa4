import { act, fireEvent, render, screen } from '@testing-library/react';
import { createRef, useState } from 'react';
import type { Story } from 'react-hold-stories';
import {
  createLocalStorageSeenStorage,
  StoriesCollection,
  type StoriesCollectionHandle,
  type StoriesCollectionProps,
} from 'react-hold-stories/collection';
import { afterEach, describe, expect, test, vi } from 'vitest';

/** A story of two 1-second cards, the first with a hidden message. */
const story = (id: string): Story => ({
  id,
  title: `Story ${id}`,
  frames: [
    {
      id: `${id}-1`,
      kind: 'card',
      duration: 1000,
      background: '#223',
      alt: `${id} one`,
      reveal: [{ text: `${id} says` }],
    },
    { id: `${id}-2`, kind: 'card', duration: 1000, background: '#232', alt: `${id} two` },
  ],
});
const three = [story('a'), story('b'), story('c')];

const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const settle = () => act(() => vi.advanceTimersByTimeAsync(400));
/** The current story's region, found as assistive technology finds it. */
const currentTitle = () => screen.getByRole('region').getAttribute('aria-label');

function renderCollection(props: Partial<StoriesCollectionProps> = {}) {
  const ref = createRef<StoriesCollectionHandle>();
  const result = render(<StoriesCollection ref={ref} stories={three} {...props} />);
  return { ...result, ref };
}

/** A parent that owns the index and follows every change the viewer asks for. */
function Parent() {
  const [index, setIndex] = useState(0);
  return <StoriesCollection stories={three} storyIndex={index} onStoryIndexChange={setIndex} />;
}

afterEach(() => vi.restoreAllMocks());

describe('<StoriesCollection stories>', () => {
  test('exposes only the current story; its neighbours are mounted, paused and hidden', () => {
    const { container } = renderCollection({ defaultStoryIndex: 1 });
    expect(screen.getAllByRole('region')).toHaveLength(1);
    expect(currentTitle()).toBe('Story b');
    const roots = [...container.querySelectorAll<HTMLElement>('[data-hs-root]')];
    expect(roots.map((root) => [root.getAttribute('aria-label'), root.dataset.state])).toEqual([
      ['Story a', 'paused'],
      ['Story b', 'playing'],
      ['Story c', 'paused'],
    ]);
  });

  test('a story that ends moves on; the last fires onEnded with its story', async () => {
    const onStoryChange = vi.fn();
    const onEnded = vi.fn();
    renderCollection({ onStoryChange, onEnded });
    await advance(2000);
    await settle();
    expect(currentTitle()).toBe('Story b');
    await advance(2000);
    await settle();
    await advance(2000);
    await settle();
    expect(
      onStoryChange.mock.calls.map(([event]) => [event.to, event.storyId, event.cause]),
    ).toEqual([
      [1, 'b', 'auto'],
      [2, 'c', 'auto'],
    ]);
    expect(onEnded).toHaveBeenCalledTimes(1);
    expect(onEnded.mock.calls[0]?.[0]).toMatchObject({ storyId: 'c', storyIndex: 2 });
  });

  test('events carry the story they come from', async () => {
    const onReveal = vi.fn();
    const onFrameChange = vi.fn();
    const { ref } = renderCollection({ defaultStoryIndex: 2, onReveal, onFrameChange });
    act(() => ref.current?.reveal());
    expect(onReveal.mock.calls[0]?.[0]).toMatchObject({
      storyId: 'c',
      storyIndex: 2,
      messageIndex: 0,
    });
    act(() => ref.current?.next());
    expect(onFrameChange.mock.calls.map(([event]) => event)).toMatchObject([
      { storyId: 'c', storyIndex: 2, from: -1, to: 0, cause: 'start' },
      { storyId: 'c', storyIndex: 2, from: 0, to: 1, cause: 'api' },
    ]);
  });

  test('each story says its first frame once it is the one shown (cause start)', async () => {
    const onFrameChange = vi.fn();
    const { ref } = renderCollection({ onFrameChange });
    act(() => ref.current?.nextStory());
    await settle();
    act(() => ref.current?.goToStory(0));
    await settle();
    const starts = onFrameChange.mock.calls
      .map(([event]) => event)
      .filter((event) => event.cause === 'start')
      .map(({ storyId, to }) => `${storyId}:${to}`);
    // Story a again resumes where it was: its first frame (nothing else was shown).
    expect(starts).toEqual(['a:0', 'b:0', 'a:0']);
  });

  test('Shift+→ and Shift+← move between stories; plain arrows stay on frames', async () => {
    const onStoryChange = vi.fn();
    renderCollection({ onStoryChange });
    const stage = screen.getByRole('group');
    fireEvent.keyDown(stage, { key: 'ArrowRight' });
    expect(currentTitle()).toBe('Story a');
    fireEvent.keyDown(stage, { key: 'ArrowRight', shiftKey: true });
    await settle();
    expect(currentTitle()).toBe('Story b');
    fireEvent.keyDown(screen.getByRole('group'), { key: 'ArrowLeft', shiftKey: true });
    await settle();
    expect(currentTitle()).toBe('Story a');
    expect(onStoryChange.mock.calls.map(([event]) => event.cause)).toEqual(['key', 'key']);
  });

  test('the story buttons appear only where there is a story to go to', async () => {
    renderCollection();
    expect(screen.queryByRole('button', { name: 'Previous story' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Next story' }));
    await settle();
    expect(currentTitle()).toBe('Story b');
    expect(screen.queryByRole('button', { name: 'Previous story' })).not.toBeNull();
    expect(screen.queryByText('Story 2 of 3: Story b')).not.toBeNull();
  });

  test('controlled: a refused change stays put; a new prop moves', async () => {
    const asked = vi.fn();
    const { rerender } = render(
      <StoriesCollection stories={three} storyIndex={0} onStoryIndexChange={asked} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Next story' }));
    await settle();
    expect(asked).toHaveBeenCalledWith(1);
    expect(currentTitle()).toBe('Story a');
    rerender(<StoriesCollection stories={three} storyIndex={2} onStoryIndexChange={asked} />);
    expect(currentTitle()).toBe('Story c');
  });

  test('a parent that follows onStoryIndexChange moves with the viewer', async () => {
    render(<Parent />);
    fireEvent.click(screen.getByRole('button', { name: 'Next story' }));
    await settle();
    expect(currentTitle()).toBe('Story b');
  });

  test('pausing is the collection’s: the next story stays paused too', async () => {
    const { ref, container } = renderCollection();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => ref.current?.nextStory());
    await settle();
    expect(currentTitle()).toBe('Story b');
    const state = container.querySelector<HTMLElement>('[data-current] [data-hs-root]')?.dataset
      .state;
    expect(state).toBe('paused');
  });

  test('a bad list says what is wrong instead of crashing', () => {
    render(<StoriesCollection stories={[]} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'stories: expected a non-empty array of stories, got an empty array',
    );
  });

  test('duplicate story ids name both places', () => {
    render(<StoriesCollection stories={[story('a'), story('b'), story('a')]} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'stories[2].id: expected a unique id, got "a" (also stories[0])',
    );
  });

  test('goToStory jumps, and a number out of range is a warning, not a crash', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { ref } = renderCollection();
    act(() => ref.current?.goToStory(2));
    await settle();
    expect(currentTitle()).toBe('Story c');
    act(() => ref.current?.goToStory(7));
    expect(currentTitle()).toBe('Story c');
    expect(warn).toHaveBeenCalledWith(
      'react-hold-stories: goToStory: expected a whole number from 0 to 2, got 7',
    );
  });

  test('a bad story says which story it is, and the others still play', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = { ...story('b'), frames: [{ ...story('b').frames[0], duration: -200 }] } as Story;
    renderCollection({ stories: [story('a'), bad, story('c')], defaultStoryIndex: 1 });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'stories[1].frames[0].duration: expected a positive number of milliseconds, got -200',
    );
    error.mockRestore();
  });

  test('a list past the limit, or an id of invisible characters, is named, never played', () => {
    const { unmount } = renderCollection({
      stories: Array.from({ length: 101 }, (_, i) => story(`s${i}`)),
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'stories: expected at most 100 stories, got 101 stories',
    );
    unmount();
    renderCollection({ stories: [story('a'), { ...story('b'), id: '\u200b' }] });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'stories[1].id: expected a non-empty string, got "\\u200b"',
    );
  });
});

describe('answers to questions', () => {
  const asking = (id: string): Story => ({
    id,
    title: `Story ${id}`,
    frames: [
      {
        id: 'q',
        kind: 'choice',
        duration: 1000,
        alt: 'A question',
        question: `${id}: what do you do?`,
        options: [{ label: 'Look away' }, { label: 'Help', feedback: `${id}: thank you` }],
      },
    ],
  });
  const stories = [asking('a'), asking('b')];

  test('are kept in seen storage, remembered across stories and reloads, and reported', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
    };
    const onAnswer = vi.fn();
    const seenStorage = createLocalStorageSeenStorage({ storage });
    const view = render(
      <StoriesCollection stories={stories} seenStorage={seenStorage} onAnswer={onAnswer} />,
    );
    act(() => screen.getByRole('radio', { name: 'Help' }).click());
    expect(onAnswer).toHaveBeenCalledWith(
      expect.objectContaining({ storyId: 'a', storyIndex: 0, frameId: 'q', optionIndex: 1 }),
    );
    expect(JSON.parse(data.get('react-hold-stories:seen') ?? '{}').a.answers).toEqual({ q: 1 });
    view.unmount();

    // A new page: the same storage, read afresh.
    render(
      <StoriesCollection
        stories={stories}
        seenStorage={createLocalStorageSeenStorage({ storage })}
      />,
    );
    expect(screen.getByRole('radio', { name: /Help/ })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByText('a: thank you')).toBeInTheDocument();
  });
});

// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

describe('server rendering', () => {
  it('imports every entry on a server, leaving nothing behind: no global, no timer', async () => {
    vi.resetModules();
    const globals = new Set(Object.keys(globalThis));
    // On a server there is no window: an entry that read one at import would throw here.
    const entries = await Promise.all([
      import('react-hold-stories'),
      import('react-hold-stories/collection'),
      import('react-hold-stories/schema'),
      import('react-hold-stories/engine'),
    ]);
    expect(entries.map((entry) => Object.keys(entry).length > 0)).toEqual([true, true, true, true]);
    expect(Object.keys(globalThis).filter((key) => !globals.has(key))).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('renders meaningful markup: the story region, the first frame and its text alternative', async () => {
    const { Stories } = await import('react-hold-stories');
    const { story } = await import('./harness');
    const html = renderToString(<Stories story={story} labels="fr" />);
    expect(html).toContain('aria-roledescription="histoire"');
    expect(html).toContain('aria-label="A school day"');
    expect(html).toContain('Image 1 sur 3');
    expect(html).toContain('A crowded school bus');
    expect(html).toContain('data-state="playing"');
    expect(html).not.toContain('A school corridor');
  });

  it('renders a story whose render frame throws: the frame is left empty, never the page', async () => {
    const { Stories } = await import('react-hold-stories');
    const { story } = await import('./harness');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = {
      ...story,
      frames: [
        {
          id: 'broken',
          kind: 'render' as const,
          duration: 1000,
          alt: 'A broken scene',
          render: () => {
            throw new Error('broken');
          },
        },
      ],
    };
    const html = renderToString(<Stories story={broken} />);
    expect(html).toContain('A broken scene');
    error.mockRestore();
  });
});

// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('server rendering', () => {
  it('imports without touching window or document', async () => {
    expect(typeof window).toBe('undefined');
    const module = await import('react-hold-stories');
    expect(module.Stories).toBeDefined();
    expect(typeof window).toBe('undefined');
  });

  it('renders meaningful markup: the story region, the first frame and its text alternative', async () => {
    const { Stories } = await import('react-hold-stories');
    const { story } = await import('./harness');
    const html = renderToString(<Stories story={story} labels="fr" />);
    expect(html).toContain('aria-roledescription="story"');
    expect(html).toContain('aria-label="A school day"');
    expect(html).toContain('Image 1 sur 3');
    expect(html).toContain('A crowded school bus');
    expect(html).toContain('data-state="playing"');
    expect(html).not.toContain('A school corridor');
  });
});

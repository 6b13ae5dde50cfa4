// @vitest-environment node
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { Stories } from 'react-hold-stories';
import { safeParseStory } from 'react-hold-stories/schema';
import { describe, expect, it } from 'vitest';

/** Strings a hostile author would try. */
const HOSTILE = [
  'red;position:fixed;inset:0;z-index:2147483647',
  'red} body{display:none',
  'red; background-image: url(https://example.org/x.png)',
  'url(javascript:alert(1))',
  'expression(alert(1))',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'red /* */',
  'red !important',
];
/** Mostly ordinary text, often hostile: stories the check accepts must be tried too. */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('#223', 'linear-gradient(#000, #fff)', '/a.jpg', 'Sam') },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
);
const base = (kind: string) => ({
  kind: fc.constant(kind),
  duration: fc.integer({ min: 1, max: 5000 }),
  alt: text,
  reveal: fc.array(
    fc.record(
      { text, from: text, placement: fc.constantFrom('top', 'center', 'bottom') },
      { requiredKeys: ['text'] },
    ),
    { maxLength: 2 },
  ),
});
const frame = fc.oneof(
  fc.record(
    { ...base('card'), background: text, text },
    { requiredKeys: ['kind', 'duration', 'alt', 'background'] },
  ),
  fc.record(
    { ...base('image'), src: text, srcSet: text, sizes: text },
    { requiredKeys: ['kind', 'duration', 'alt', 'src'] },
  ),
  fc.record(
    { ...base('video'), src: text, poster: text },
    { requiredKeys: ['kind', 'duration', 'alt', 'src'] },
  ),
  fc.record(
    {
      ...base('render'),
      component: fc.constant('scene'),
      props: fc.dictionary(text, text, { maxKeys: 2 }),
    },
    { requiredKeys: ['kind', 'duration', 'alt', 'component'] },
  ),
);
const storyArb = fc.record({
  id: text,
  title: text,
  frames: fc
    .array(frame, { minLength: 1, maxLength: 4 })
    .map((frames) => frames.map((each, index) => ({ ...each, id: `f${index}` }))),
});

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&lt;': '<',
  '&gt;': '>',
  '&#x27;': "'",
  '&#39;': "'",
};

/** The only declarations the library writes into a `style` attribute. */
const OWN_STYLES = ['--hs-rate', '--hs-order', 'background', 'object-position', 'transform'];
const components = { scene: () => <p>scene</p> };

describe('whatever the story, nothing escapes its frame', () => {
  it('renders, on the server, only markup that runs nothing and styles only what it should', () => {
    let accepted = 0;
    fc.assert(
      fc.property(storyArb, (input) => {
        const parsed = safeParseStory(input, { components });
        if (!parsed.success) return;
        accepted++;
        const html = renderToString(<Stories story={parsed.output} />);
        // Text is text: what an author writes may say anything, escaped; only markup matters.
        expect(html).not.toMatch(/<(script|iframe|object|embed)/i);
        for (const [, name = '', value = ''] of html.matchAll(/\s([\w:-]+)="([^"]*)"/g)) {
          expect(name).not.toMatch(/^on/i);
          if (/^(src|srcset|poster|href|xlink:href|action|formaction)$/i.test(name)) {
            // As a browser reads a URL: control characters and spaces do not count.
            expect(value.replace(/[\s\p{Cc}]/gu, '')).not.toMatch(
              /^(javascript|vbscript|data:text)/i,
            );
          }
          if (name !== 'style') continue;
          // What the browser reads: the attribute with its character references decoded (an
          // escaped `&quot;` holds a ";" that ends nothing).
          const css = value.replace(
            /&(amp|quot|lt|gt|#x27|#39);/g,
            (entity) => ENTITIES[entity] ?? '',
          );
          for (const declaration of css.split(';').filter(Boolean)) {
            expect(OWN_STYLES).toContain(declaration.slice(0, declaration.indexOf(':')).trim());
          }
        }
      }),
      { numRuns: 500 },
    );
    // Not a vacuous pass: many of the stories tried were accepted and rendered.
    expect(accepted).toBeGreaterThan(50);
  });

  it('never throws on any input, whatever it is', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), storyArb, fc.anything()), (input) => {
        expect(typeof safeParseStory(input, { components }).success).toBe('boolean');
        // The component shows its alert instead; it never throws during a render.
        expect(typeof renderToString(<Stories story={input as never} />)).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});

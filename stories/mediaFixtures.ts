import type { Frame, Story } from 'react-hold-stories';

/**
 * A PNG data URL whose bytes are not an image: the browser fails it at once, offline and every
 * time, which makes it a dependable media error.
 */
export const BROKEN_IMAGE = 'data:image/png;base64,AAAA';

/**
 * An SVG heavy enough to be slow to decode: `shapes` translucent circles (40 000 make ~5 MB and
 * take about half a second to decode in headless Chromium on two cores). Built on first use, as
 * a blob: URL: a data: URL of ~5 MB is past the 1,000,000 characters a story lets one have.
 */
export function slowSvg(shapes = 40_000): string {
  const circles: string[] = [];
  for (let i = 0; i < shapes; i++) {
    const x = (i * 37) % 900;
    const y = (i * 91) % 1600;
    circles.push(
      `<circle cx="${x}" cy="${y}" r="${10 + (i % 40)}" fill="hsl(${210 + (i % 50)} 45% 45%)" opacity="0.25"/>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 900 1600"><rect width="900" height="1600" fill="#1d2150"/>${circles.join('')}</svg>`;
  return URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
}

const afterCard: Frame = {
  id: 'after',
  kind: 'card',
  duration: 2500,
  background: 'linear-gradient(160deg, #2a4466, #34306a)',
  text: 'The next frame',
  alt: 'A card: the next frame.',
};

/** Opens on an image that fails to load, then a card. */
export const brokenImageStory: Story = {
  id: 'broken-image',
  title: 'An image that fails',
  frames: [
    {
      id: 'broken',
      kind: 'image',
      duration: 3000,
      src: BROKEN_IMAGE,
      alt: 'A photo of the lake that could not be loaded.',
      reveal: [{ text: 'The message is still here when the picture is not.', from: 'Sam' }],
    },
    afterCard,
  ],
};

let slowStory: Story | undefined;

/** Opens on the slow SVG, then a card. Built once, on first use (the SVG is large). */
export function slowImageStory(): Story {
  slowStory ??= {
    id: 'slow-image',
    title: 'A slow image',
    frames: [
      {
        id: 'slow',
        kind: 'image',
        duration: 3000,
        src: slowSvg(),
        alt: 'Thousands of translucent coloured circles on a dark blue background.',
        reveal: [{ text: 'Worth the wait?', placement: 'top' }],
      },
      afterCard,
    ],
  };
  return slowStory;
}

import { domMin, LazyMotion, type MotionValue, m, useTransform } from 'framer-motion';
import { type Story, useFrameProgress } from 'react-hold-stories';
import { dayStory } from '../demo/story';

/** The demo's first story (French): Jade, bullied for her appearance. */
export const demoStory: Story = dayStory;

/** An SVG drawn in code as a data URL: no network, no files. */
function svgImage(body: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 900 1600">${body}</svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

const sky = (from: string, to: string) =>
  `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="900" height="1600" fill="url(#sky)"/>`;

const lakeImage = svgImage(
  `${sky('#2b2f5e', '#7a4f72')}
  <circle cx="450" cy="560" r="100" fill="#f2c38b"/>
  <path d="M0 940 L230 640 L420 900 L620 580 L900 940 Z" fill="#3a3557"/>
  <rect y="930" width="900" height="670" fill="#263659"/>
  ${[990, 1050, 1120, 1200]
    .map(
      (y, i) =>
        `<rect x="${330 + i * 20}" y="${y}" width="${240 - i * 40}" height="10" rx="5" fill="#f2c38b" opacity="0.5"/>`,
    )
    .join('')}`,
);

const cityImage = svgImage(
  `${sky('#161a3a', '#3b3262')}
  <circle cx="700" cy="260" r="70" fill="#e8e4f7"/>
  ${[0, 1, 2, 3, 4, 5]
    .map((i) => {
      const x = i * 150;
      const top = 700 + ((i * 173) % 320);
      const windows = Array.from({ length: 12 }, (_, w) => {
        const lit = (i * 7 + w * 3) % 5 < 2 ? '#f3d27a' : '#2c3158';
        return `<rect x="${x + 25 + (w % 3) * 35}" y="${top + 40 + Math.floor(w / 3) * 70}" width="20" height="34" fill="${lit}"/>`;
      }).join('');
      return `<rect x="${x}" y="${top}" width="140" height="${1600 - top}" fill="#23284d"/>${windows}`;
    })
    .join('')}`,
);

/**
 * Sunrise in fast-forward: every movement comes from the frame's progress, so a hold stops it.
 * It moves with framer-motion's light `m` components, which need a renderer: the player gives
 * none, so the frame brings its own (`LazyMotion` with `domMin`).
 */
function Sunrise({ progress }: { progress: MotionValue<number> }) {
  const sun = useTransform(progress, [0, 1], ['0%', '-260%']);
  const dawn = useTransform(progress, [0, 1], [0, 1]);
  return (
    <LazyMotion features={domMin}>
      <div style={{ position: 'absolute', inset: 0, overflow: 'hidden', background: '#1d2150' }}>
        <m.div
          style={{
            position: 'absolute',
            inset: 0,
            background: 'linear-gradient(#3b3d7a, #8a4f6a)',
            opacity: dawn,
          }}
        />
        <m.div
          style={{
            position: 'absolute',
            left: '35%',
            bottom: '18%',
            width: '30%',
            aspectRatio: '1',
            borderRadius: '50%',
            background: '#f2b66b',
            y: sun,
          }}
        />
        <div
          style={{
            position: 'absolute',
            insetInline: 0,
            bottom: 0,
            height: '24%',
            background: '#252a4f',
          }}
        />
        <Clock />
      </div>
    </LazyMotion>
  );
}

/** 05:00 → 07:00 over the frame, written by the MotionValue: no React render per tick. */
function Clock() {
  const time = useTransform(useFrameProgress(), (value) => {
    const minutes = 300 + Math.round(value * 120);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  });
  return (
    <m.p
      style={{
        position: 'absolute',
        insetInline: 0,
        bottom: '8%',
        margin: 0,
        textAlign: 'center',
        font: '700 2.4rem/1 system-ui, sans-serif',
        fontVariantNumeric: 'tabular-nums',
      }}
    >
      {time}
    </m.p>
  );
}

/** Where each kind of frame sits in `sampleStory`, for stories that start on one. */
export const FRAME = { card: 0, image: 1, render: 2, placements: 3, last: 4 } as const;

/** A small English story with one frame of each kind and messages in every placement. */
export const sampleStory: Story = {
  id: 'lake-day',
  title: 'A day at the lake',
  playbackRate: 4,
  frames: [
    {
      id: 'intro',
      kind: 'card',
      duration: 2500,
      background: 'linear-gradient(160deg, #34306a, #2a4466)',
      text: 'One day, fast-forwarded',
      alt: 'A card: one day, fast-forwarded.',
      reveal: [{ text: 'Hold anywhere to read what nobody says out loud.' }],
    },
    {
      id: 'lake',
      kind: 'image',
      duration: 3000,
      src: lakeImage,
      focal: [0.5, 0.55],
      alt: 'A lake at dawn between two hills, the sun just above them.',
      reveal: [
        { text: 'I come here before anyone is awake.', from: 'Sam', placement: 'top' },
        { text: 'It is the only quiet hour of my day.', from: 'Sam', placement: 'bottom' },
      ],
    },
    {
      id: 'sunrise',
      kind: 'render',
      duration: 3000,
      alt: 'The sun rises in fast-forward while a clock runs from five to seven.',
      render: ({ progress }) => <Sunrise progress={progress} />,
      reveal: [{ text: 'Two hours gone in three seconds.', placement: 'top' }],
    },
    {
      id: 'city',
      kind: 'image',
      duration: 3000,
      src: cityImage,
      alt: 'City blocks at night, a few windows lit under the moon.',
      reveal: [
        { text: 'Top: who is still awake?', from: 'Top', placement: 'top' },
        { text: 'Center: the default placement.', from: 'Center' },
        { text: 'Bottom: the last word.', from: 'Bottom', placement: 'bottom' },
      ],
    },
    {
      id: 'end',
      kind: 'card',
      duration: 2500,
      background: 'linear-gradient(160deg, #2a4466, #34306a)',
      text: 'The end',
      alt: 'A card: the end.',
    },
  ],
};

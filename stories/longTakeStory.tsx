import { domMin, LazyMotion, type MotionValue, m, useTransform } from 'framer-motion';
import type { RenderFrame, Story } from 'react-hold-stories';

/**
 * A long take, drawn in code: a wall sliding past (the camera walks along it) and a timecode
 * burnt in at the bottom, like a rough cut's. Both come from the frame's progress, so a hold —
 * or the inspector's time control — stops them on the instant the messages are read at.
 */
function LongTake({
  progress,
  duration,
  place,
  colors,
}: {
  progress: MotionValue<number>;
  duration: number;
  place: string;
  colors: { sky: string; wall: string; panel: string };
}) {
  const x = useTransform(progress, [0, 1], ['0%', '-50%']);
  const timecode = useTransform(progress, (value) => {
    const tenths = Math.floor((value * duration) / 100);
    return `${Math.floor(tenths / 600)}:${String(Math.floor(tenths / 10) % 60).padStart(2, '0')}.${tenths % 10}`;
  });
  return (
    <LazyMotion features={domMin}>
      <div style={{ position: 'absolute', inset: 0, overflow: 'hidden', background: colors.sky }}>
        <p
          style={{
            position: 'absolute',
            insetInline: 0,
            top: '25%',
            margin: 0,
            textAlign: 'center',
            font: '700 1.4rem/1.2 system-ui, sans-serif',
          }}
        >
          {place}
        </p>
        {/* Twice the frame's width, half of it slides past over the take. */}
        <m.div
          style={{
            position: 'absolute',
            top: '34%',
            bottom: '26%',
            left: 0,
            width: '200%',
            x,
            background: `repeating-linear-gradient(90deg, ${colors.wall} 0 22px, ${colors.panel} 22px 96px)`,
          }}
        />
        <m.p
          style={{
            position: 'absolute',
            insetInline: 0,
            bottom: '9%',
            margin: 0,
            textAlign: 'center',
            font: '700 2.2rem/1 ui-monospace, monospace',
            fontVariantNumeric: 'tabular-nums',
          }}
        >
          {timecode}
        </m.p>
      </div>
    </LazyMotion>
  );
}

/** The corridor, 12 s: three whispers, each in its window, and a message for the whole take. */
export const CORRIDOR = {
  index: 0,
  duration: 12_000,
  /**
   * Instants (ms at 1×) the stories freeze it at: in the first window, in the gap after it
   * (4–5 s: only the untimed message shows), in the last window.
   */
  early: 2000,
  gap: 4500,
  late: 10_000,
} as const;

/** The bus, 8 s: two timed messages and nothing else, so a hold between them shows the note. */
export const BUS = { index: 1, duration: 8000, between: 4000 } as const;

const corridor: RenderFrame = {
  id: 'corridor',
  kind: 'render',
  duration: CORRIDOR.duration,
  alt: 'A twelve-second walk down a school corridor, past a row of lockers.',
  render: ({ progress }) => (
    <LongTake
      progress={progress}
      duration={CORRIDOR.duration}
      place="The corridor, 8:14"
      colors={{ sky: '#1c2a3f', wall: '#10192a', panel: '#33507a' }}
    />
  ),
  reveal: [
    { text: '“Look, here she comes.”', from: 'Behind me', placement: 'top', at: [1000, 4000] },
    { text: '“Don’t sit next to her.”', from: 'By the lockers', at: [5000, 8000] },
    { text: '“Nobody will notice.”', from: 'At the door', placement: 'top', at: [9000, 11_500] },
    { text: 'Twelve seconds of corridor, every morning.', from: 'Inès', placement: 'bottom' },
  ],
};

const bus: RenderFrame = {
  id: 'bus',
  kind: 'render',
  duration: BUS.duration,
  alt: 'Eight seconds on the bus home, houses passing in the window.',
  render: ({ progress }) => (
    <LongTake
      progress={progress}
      duration={BUS.duration}
      place="The bus home, 16:40"
      colors={{ sky: '#2f2340', wall: '#1d1529', panel: '#6a4a7d' }}
    />
  ),
  reveal: [
    { text: 'Their group chat, again.', from: 'Inès', placement: 'top', at: [1000, 3000] },
    { text: 'I put my phone face down.', from: 'Inès', at: [5000, 7000] },
  ],
};

/**
 * Two long takes with timed messages (`at`): a whisper holds only during its window of the
 * frame, so a hold shows what was said at the frozen instant. The corridor also has a message
 * for the whole frame; the bus has none, so a hold between its windows shows the quiet note.
 */
export const longTakeStory: Story = {
  id: 'long-take',
  title: 'The long way round',
  playbackRate: 4,
  frames: [corridor, bus],
};

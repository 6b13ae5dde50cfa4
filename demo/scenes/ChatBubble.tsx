import { type MotionValue, useTransform } from 'framer-motion';
import { useHeroLook } from './hero';
import { pick, SHIRTS, useAppear } from './kit';
import { m } from './motion';

/** A message of the chat: its place in the thread, its size; words are not drawn. */
export interface Bubble {
  top: number;
  height: number;
  width: number;
  photo: boolean;
}

/** One message arriving at `start` (0 → 1 of the frame; before 0, there from the first instant). */
export function ChatBubble({
  progress,
  bubble,
  index,
  start,
  reactions,
}: {
  progress: MotionValue<number>;
  bubble: Bubble;
  index: number;
  start: number;
  reactions: number;
}) {
  const shown = useAppear(progress, start, 0.05);
  const x = 18;
  return (
    <m.g style={{ opacity: start < 0 ? 1 : shown }}>
      <rect x={x} y={bubble.top} width="12" height="2" rx="1" fill={pick(SHIRTS, index)} />
      <rect
        x={x}
        y={bubble.top + 3}
        width={bubble.width}
        height={bubble.height}
        rx="3"
        fill="#3d4476"
      />
      {bubble.photo ? (
        <PhotoOfHero x={x + 2} y={bubble.top + 5} />
      ) : (
        <g fill="#9aa0cc">
          <rect x={x + 3} y={bubble.top + 6} width={bubble.width - 8} height="1.8" rx="0.9" />
          {bubble.height > 10 && (
            <rect x={x + 3} y={bubble.top + 9.4} width={bubble.width - 14} height="1.8" rx="0.9" />
          )}
        </g>
      )}
      {reactions > 0 && (
        <Reactions
          progress={progress}
          count={reactions}
          x={x + bubble.width - 6}
          y={bubble.top + bubble.height + 1}
        />
      )}
    </m.g>
  );
}

/** A photo of the pupil in their own top, scribbled over. */
function PhotoOfHero({ x, y }: { x: number; y: number }) {
  const look = useHeroLook();
  return (
    <g transform={`translate(${x} ${y})`}>
      <rect width="30" height="24" rx="1.5" fill="#56609a" />
      <circle cx="15" cy="9" r="4.5" fill={look.skin} />
      <rect x="8" y="14" width="14" height="10" rx="4" fill={look.colour} />
      <path
        d="M9 5q3-4 6 0t6 0M8 12l3 2 3-2 3 2 3-2 3 2"
        stroke="#f08a6c"
        strokeWidth="1"
        fill="none"
        strokeLinecap="round"
      />
    </g>
  );
}

/**
 * A laughing reaction and its count, climbing over the frame: already a dozen when the frame
 * opens (the photo has been out for a while), all of them by 90 % of it.
 */
function Reactions({
  progress,
  count,
  x,
  y,
}: {
  progress: MotionValue<number>;
  count: number;
  x: number;
  y: number;
}) {
  const text = useTransform(progress, (p) =>
    String(Math.round(count * (0.3 + 0.7 * Math.min(Math.max(p / 0.9, 0), 1)))),
  );
  return (
    <g transform={`translate(${x} ${y})`}>
      <rect width="13" height="5.5" rx="2.75" fill="#4a5188" />
      <circle cx="2.9" cy="2.75" r="1.9" fill="#e7c04f" />
      <path d="M2 3.1q.9 1 1.8 0" stroke="#5a3a1a" strokeWidth="0.4" fill="none" />
      <m.text x="9" y="4.2" fontSize="3.4" fontWeight="700" textAnchor="middle" fill="#ffffff">
        {text}
      </m.text>
    </g>
  );
}

import { type MotionValue, m, useTransform } from 'framer-motion';
import { useId } from 'react';
import { useHeroLook } from './hero';
import { PALETTE, pick, Scene, SHIRTS, TimeChip, useAppear } from './kit';
import { propReader, type SceneComponent } from './props';

interface ChatProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** The group's name in the header ("4e C — officiel"). */
  group: string;
  members: number;
  /** Messages arriving during the frame: the list scrolls as they pile up. */
  messages: number;
  /** The second message is a photo of the pupil, scribbled over. */
  photo: boolean;
  /** Laughing reactions counted up on the photo (or the first message). */
  reactions: number;
}

const TOP = 42;
const BOTTOM = 142;
const GAP = 3;

interface Bubble {
  height: number;
  width: number;
  photo: boolean;
}

/** Bubble sizes, deterministic: words are not drawn, the hidden messages say them. */
function layout(count: number, photo: boolean): (Bubble & { top: number })[] {
  let top = TOP;
  return Array.from({ length: count }, (_, i) => {
    const isPhoto = photo && i === 1;
    const lines = isPhoto ? 0 : 1 + (i % 3 === 2 ? 1 : 0);
    const bubble = {
      height: isPhoto ? 28 : 6 + lines * 3.4,
      width: isPhoto ? 34 : 22 + ((i * 11) % 20),
      photo: isPhoto,
      top,
    };
    top += bubble.height + GAP + 3;
    return bubble;
  });
}

/** The class group chat on a phone at night: messages pile up faster than anyone can read. */
export function ChatScene(props: ChatProps) {
  const { progress, time, group, members, messages, photo, reactions } = props;
  const id = useId();
  const bubbles = layout(messages, photo);
  const starts = bubbles.map((_, i) => 0.04 + (i / Math.max(messages, 1)) * 0.86);
  // Scrolls so the newest arrived message stays in view, like a real conversation.
  const scroll = useTransform(progress, (p) => {
    let bottom = TOP;
    bubbles.forEach((bubble, i) => {
      if (p >= (starts[i] ?? 1)) bottom = bubble.top + bubble.height + 3;
    });
    return -Math.max(0, bottom - BOTTOM);
  });
  return (
    <Scene top={PALETTE.night} bottom={PALETTE.ink}>
      <rect x="12" y="20" width="66" height="130" rx="7" fill="#0f1126" />
      <rect x="14.5" y="22.5" width="61" height="125" rx="5" fill="#262b50" />
      <defs>
        <clipPath id={`${id}-screen`}>
          <rect x="14.5" y="39" width="61" height="108.5" />
        </clipPath>
      </defs>
      <g clipPath={`url(#${id}-screen)`}>
        <m.g style={{ y: scroll }}>
          {bubbles.map((bubble, i) => (
            <ChatBubble
              // biome-ignore lint/suspicious/noArrayIndexKey: a message is its place in the thread
              key={i}
              progress={progress}
              bubble={bubble}
              index={i}
              start={starts[i] ?? 1}
              reactions={(photo ? i === 1 : i === 0) ? reactions : 0}
            />
          ))}
        </m.g>
      </g>
      {/* Header: the group's picture, name and members. */}
      <rect x="14.5" y="22.5" width="61" height="16" rx="5" fill="#323866" />
      <circle cx="22" cy="30.5" r="4" fill="#8b7fb8" />
      <text x="28" y="29.6" fontSize="3.8" fontWeight="700" fill="#ffffff">
        {group}
      </text>
      <text x="28" y="34.4" fontSize="2.8" fill="#c9c6e6">
        {members} membres
      </text>
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

function ChatBubble({
  progress,
  bubble,
  index,
  start,
  reactions,
}: {
  progress: MotionValue<number>;
  bubble: Bubble & { top: number };
  index: number;
  start: number;
  reactions: number;
}) {
  const shown = useAppear(progress, start, 0.05);
  const x = 18;
  return (
    <m.g style={{ opacity: shown }}>
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
          from={start}
          count={reactions}
          x={x + bubble.width - 6}
          y={bubble.top + bubble.height + 1}
        />
      )}
    </m.g>
  );
}

/** A photo of the pupil in the yellow hoodie, scribbled over. */
function PhotoOfHero({ x, y }: { x: number; y: number }) {
  const look = useHeroLook();
  return (
    <g transform={`translate(${x} ${y})`}>
      <rect width="30" height="24" rx="1.5" fill="#56609a" />
      <circle cx="15" cy="9" r="4.5" fill={look.skin} />
      <rect x="8" y="14" width="14" height="10" rx="4" fill={PALETTE.hero} />
      <path
        d="M9 5q3-4 6 0t6 0M8 12l3 2 3-2 3 2 3-2 3 2"
        stroke={PALETTE.accent}
        strokeWidth="1"
        fill="none"
        strokeLinecap="round"
      />
    </g>
  );
}

/** A laughing reaction and its count, climbing after the message arrives. */
function Reactions({
  progress,
  from,
  count,
  x,
  y,
}: {
  progress: MotionValue<number>;
  from: number;
  count: number;
  x: number;
  y: number;
}) {
  const label = useTransform(progress, [from, 1], [1, count], { clamp: true });
  const text = useTransform(label, (value) => String(Math.round(value)));
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

/** `{ "time": ["21:40", "22:10"], "group": "5e B 🙂", "members": 31, "messages": 8, "photo": true, "reactions": 43 }` */
export const chat: SceneComponent = (ctx, props) => {
  const read = propReader('chat', props);
  return (
    <ChatScene
      progress={ctx.progress}
      time={read.time()}
      group={read.text('group', 'La classe')}
      members={read.count('members', 28, 999)}
      messages={read.count('messages', 8, 14)}
      photo={read.flag('photo')}
      reactions={read.count('reactions', 0, 999)}
    />
  );
};

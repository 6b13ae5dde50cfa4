import { type MotionValue, useTransform } from 'framer-motion';
import { useId } from 'react';
import { type Bubble, ChatBubble } from './ChatBubble';
import { PALETTE, Scene, TimeChip } from './kit';
import { m } from './motion';
import { propReader, type SceneComponent } from './props';

interface ChatProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** The group's name in the header ("4e C (sans Lina)"). */
  group: string;
  members: number;
  /** Messages in the thread: the first two are there when the frame opens, the others arrive. */
  messages: number;
  /** The second message is a photo of the pupil, scribbled over. */
  photo: boolean;
  /** Laughing reactions counted up on the photo (or the first message). */
  reactions: number;
  /** Unread messages announced over the thread ("127 messages non lus"); 0: none. */
  unread: number;
}

/**
 * The phone sits low on the screen: its header's words stay below the band where a hold's top
 * messages sit, and its thread above the controls.
 */
const PHONE = { top: 40, bottom: 150 };
const HEADER = 16;
const BOTTOM = PHONE.bottom - 4;
const GAP = 3;
/** Messages already in the thread when the frame opens: the conversation did not wait for us. */
const ALREADY = 2;

/** Bubble sizes, deterministic: words are not drawn, the hidden messages say them. */
function layout(count: number, photo: boolean, top: number): Bubble[] {
  let y = top;
  return Array.from({ length: count }, (_, i) => {
    const isPhoto = photo && i === 1;
    const lines = isPhoto ? 0 : 1 + (i % 3 === 2 ? 1 : 0);
    const bubble = {
      height: isPhoto ? 28 : 6 + lines * 3.4,
      width: isPhoto ? 34 : 22 + ((i * 11) % 20),
      photo: isPhoto,
      top: y,
    };
    y += bubble.height + GAP + 3;
    return bubble;
  });
}

/** A class group chat on a phone: messages pile up faster than anyone can read. */
export function ChatScene(props: ChatProps) {
  const { progress, time, group, members, messages, photo, reactions, unread } = props;
  const id = useId();
  const content = PHONE.top + 2.5 + HEADER + (unread > 0 ? 9 : 2);
  const bubbles = layout(messages, photo, content);
  const starts = bubbles.map((_, i) =>
    i < ALREADY ? -1 : 0.05 + ((i - ALREADY) / Math.max(messages - ALREADY, 1)) * 0.8,
  );
  // Scrolls so the newest message stays in view, but never past the photo: it stays on screen.
  const pinned = photo ? (bubbles[1]?.top ?? content) - content : Number.POSITIVE_INFINITY;
  const scroll = useTransform(progress, (p) => {
    let bottom = content;
    bubbles.forEach((bubble, i) => {
      if (p >= (starts[i] ?? 1)) bottom = bubble.top + bubble.height + 3;
    });
    return -Math.min(Math.max(0, bottom - BOTTOM), pinned);
  });
  const screenTop = PHONE.top + 2.5;
  return (
    <Scene top={PALETTE.night} bottom={PALETTE.ink}>
      <rect
        x="12"
        y={PHONE.top}
        width="66"
        height={PHONE.bottom - PHONE.top}
        rx="7"
        fill="#0f1126"
      />
      <rect
        x="14.5"
        y={screenTop}
        width="61"
        height={PHONE.bottom - PHONE.top - 5}
        rx="5"
        fill="#262b50"
      />
      <defs>
        <clipPath id={`${id}-screen`}>
          <rect x="14.5" y={content - 1} width="61" height={BOTTOM - content + 1.5} />
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
      <rect x="14.5" y={screenTop} width="61" height={HEADER} rx="5" fill="#323866" />
      <circle cx="22" cy={screenTop + 8} r="4" fill="#8b7fb8" />
      <text x="28" y={screenTop + 7.1} fontSize="3.8" fontWeight="700" fill="#ffffff">
        {group}
      </text>
      <text x="28" y={screenTop + 11.9} fontSize="2.8" fill="#c9c6e6">
        {members} membres
      </text>
      {unread > 0 && (
        <g transform={`translate(45 ${screenTop + HEADER + 1.5})`}>
          <rect x="-24" width="48" height="5.6" rx="2.8" fill="#f0c75e" />
          <text x="0" y="4" fontSize="3.1" fontWeight="700" textAnchor="middle" fill="#1d1b2e">
            {unread} messages non lus
          </text>
        </g>
      )}
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** `{ "time": ["21:40", "22:10"], "group": "5e B", "members": 31, "messages": 8, "photo": true, "reactions": 43, "unread": 0 }` */
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
      unread={read.count('unread', 0, 999)}
    />
  );
};

import type { MotionValue } from 'framer-motion';
import { useHeroLook } from './hero';
import { PALETTE, Scene, TimeChip } from './kit';
import { propReader, type SceneComponent } from './props';

interface DayProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** When the story goes on ("Le lendemain", "Deux jours plus tard"), in big letters. */
  title: string;
  /** Where and when ("Au collège, avant les cours"). */
  detail: string;
  /** The sun rising, or the moon out. */
  sky: 'morning' | 'evening';
}

/** How many letters a line of the title holds at its size, inside the safe width. */
const LINE = 12;

/** Breaks the title between words into lines of at most `LINE` letters. */
export function titleLines(title: string): string[] {
  const lines: string[] = [];
  for (const word of title.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= LINE) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

/**
 * A day card: the story jumps in time. Words above the edge buttons and below the band of the
 * top messages; the sun (or the moon) between the buttons; the detail below them.
 */
export function DayScene({ progress, time, title, detail, sky }: DayProps) {
  const look = useHeroLook();
  const lines = titleLines(title);
  return (
    <Scene top={sky === 'morning' ? '#3b3f70' : '#2c2752'} bottom={PALETTE.ink}>
      {lines.map((line, i) => (
        <text
          key={line}
          x="45"
          y={58 + i * 10}
          fontSize="8.5"
          fontWeight="800"
          textAnchor="middle"
          fill="#ffffff"
        >
          {line}
        </text>
      ))}
      <g transform={`translate(0 ${(lines.length - 1) * 10})`}>
        {sky === 'morning' ? (
          // The sun coming up over the line.
          <path d="M39 88a6 6 0 0 1 12 0z" fill="#d8b98a" />
        ) : (
          <path d="M42 76a6.5 6.5 0 1 0 7 9 5 5 0 1 1-7-9z" fill="#c9c4ea" />
        )}
        <rect x="30" y="88" width="30" height="1.2" rx="0.6" fill={look.colour} />
        <text x="45" y="99" fontSize="4.2" fontWeight="600" textAnchor="middle" fill="#d6d3ee">
          {detail}
        </text>
      </g>
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** `{ "time": ["07:40", "07:50"], "title": "Le lendemain", "detail": "Avant les cours", "sky": "morning" }` */
export const day: SceneComponent = (ctx, props) => {
  const read = propReader('day', props);
  return (
    <DayScene
      progress={ctx.progress}
      time={read.time()}
      title={read.text('title', 'Le lendemain')}
      detail={read.text('detail', '')}
      sky={read.oneOf('sky', ['morning', 'evening'] as const)}
    />
  );
};

import { type MotionValue, useTransform } from 'framer-motion';
import type { Mood } from './Face';
import { PALETTE, Scene, TimeChip, useAppear, useTravel, useWave } from './kit';
import { m } from './motion';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface BusProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** Pupils at the back who laugh (heads bobbing), 0 to 3. */
  laughing: number;
  /** The others look at their phones (and then at the pupil). */
  phones: boolean;
  /** Scribbles on the fogged window beside the pupil (wiped away during the frame if `wiped`). */
  scribble: boolean;
  wiped: boolean;
  /** The pupil's earbuds in, head against the window. */
  earbuds: boolean;
  mood: Mood;
}

/** Inside the school bus, across the aisle: the street races past the windows. */
export function BusScene(props: BusProps) {
  const { progress, time, laughing, phones, scribble, wiped, earbuds, mood } = props;
  const outside = useTravel(progress, 0, -90);
  const bob = useWave(progress, 7, 1.6);
  const sway = useWave(progress, 2, 0.8);
  const wipe = useTransform(progress, [0.35, 0.75], [1, 0]);
  return (
    <Scene top={PALETTE.wall} bottom={PALETTE.floor}>
      {/* The street through the windows, passing fast. */}
      <rect x="0" y="50" width="90" height="38" fill="#3e4b7a" />
      <m.g style={{ x: outside }}>
        {[0, 90].map((offset) => (
          <g key={offset} transform={`translate(${offset} 0)`}>
            <rect x="4" y="60" width="16" height="28" fill="#4c5789" />
            <rect x="48" y="54" width="20" height="34" fill="#4c5789" />
            <circle cx="32" cy="70" r="8" fill="#3f6a6a" />
            <rect x="31" y="74" width="2" height="14" fill="#343a5e" />
            <circle cx="80" cy="72" r="6" fill="#3f6a6a" />
          </g>
        ))}
      </m.g>
      {/* Window frames: the pupil's own pane is the middle one. */}
      <g fill={PALETTE.wall}>
        <rect x="0" y="46" width="90" height="5" />
        <rect x="0" y="86" width="90" height="5" />
        <rect x="34" y="50" width="3" height="38" />
        <rect x="70" y="50" width="3" height="38" />
      </g>
      {scribble && (
        <m.g style={{ opacity: wiped ? wipe : 1 }}>
          <rect x="37" y="51" width="33" height="35" fill="#c9cde6" opacity="0.28" />
          <path
            d="M42 62q2.5-5 4.5 0t4.5 0 4.5 0M44 76l3-5 3 5 3-5 3 5"
            stroke="#e6e8f5"
            strokeWidth="1.1"
            fill="none"
            strokeLinecap="round"
          />
        </m.g>
      )}
      {/* Seats and passengers, swaying with the road. */}
      <m.g style={{ y: sway }}>
        {[6, 24, 44, 62].map((x) => (
          <rect key={x} x={x} y="96" width="17" height="30" rx="3" fill={PALETTE.furniture} />
        ))}
        {Array.from({ length: laughing }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the laughing pupils are their seats
          <m.g key={`l${i}`} style={{ y: i % 2 ? bob : sway }}>
            <Person
              x={21 + i * 10.5}
              y={116}
              scale={0.85}
              look={i + 1}
              pose="upper"
              phone={phones && i !== 1}
              mood={i === 1 ? 'smirk' : 'laughing'}
            />
          </m.g>
        ))}
        <Person
          x={58}
          y={118}
          scale={0.95}
          hero
          pose="upper"
          headDown={!earbuds}
          earbuds={earbuds}
          mood={mood}
        />
      </m.g>
      {laughing > 0 && <Laughter progress={progress} />}
      <rect x="0" y="126" width="90" height="34" fill={PALETTE.floor} />
      <rect x="79" y="46" width="2" height="114" fill="#5a6598" />
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** Little bursts over the laughing group. */
function Laughter({ progress }: { progress: MotionValue<number> }) {
  const a = useAppear(progress, 0.2, 0.1);
  const b = useAppear(progress, 0.5, 0.1);
  return (
    <g fill="none" stroke="#e7d9a8" strokeWidth="0.9" strokeLinecap="round">
      <m.path d="M10 64l-2-3M14 63v-4M18 64l2-3" style={{ opacity: a }} />
      <m.path d="M26 66l-2-3M30 65v-4M34 66l2-3" style={{ opacity: b }} />
    </g>
  );
}

/** `{ "time": ["07:38", "07:50"], "laughing": 3, "phones": false, "scribble": false, "wiped": false, "earbuds": false, "mood": "sad" }` */
export const bus: SceneComponent = (ctx, props) => {
  const read = propReader('bus', props);
  return (
    <BusScene
      progress={ctx.progress}
      time={read.time()}
      laughing={read.count('laughing', 0, 3)}
      phones={read.flag('phones')}
      scribble={read.flag('scribble')}
      wiped={read.flag('wiped')}
      earbuds={read.flag('earbuds')}
      mood={read.mood('sad')}
    />
  );
};

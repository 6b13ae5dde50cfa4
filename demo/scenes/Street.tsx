import { type MotionValue, m } from 'framer-motion';
import { PALETTE, Scene, TimeChip, useTravel, useWave } from './kit';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface StreetProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** Pupils walking a few steps behind, 0 to 3. */
  followers: number;
  /** Evening light instead of morning. */
  evening: boolean;
}

/** On the way to school or back home: the street scrolls by, the pupil walks fast. */
export function StreetScene({ progress, time, followers, evening }: StreetProps) {
  const far = useTravel(progress, 0, -45);
  const near = useTravel(progress, 0, -90);
  const step = useWave(progress, 6, 18);
  const bounce = useWave(progress, 12, 0.8);
  return (
    <Scene top={evening ? '#3a2f5c' : '#3b4a7c'} bottom={PALETTE.floor}>
      {evening ? (
        <path d="M24 24a6 6 0 1 0 6 8 4.6 4.6 0 1 1-6-8z" fill="#c9c4ea" />
      ) : (
        <circle cx="70" cy="32" r="7" fill="#c7b48e" />
      )}
      <m.g style={{ x: far }}>
        {[0, 45, 90].map((offset) => (
          <g key={offset} transform={`translate(${offset} 0)`} fill="#30396a">
            <rect x="2" y="58" width="18" height="52" />
            <rect x="22" y="70" width="20" height="40" />
          </g>
        ))}
      </m.g>
      <m.g style={{ x: near }}>
        {[0, 90].map((offset) => (
          <g key={offset} transform={`translate(${offset} 0)`}>
            <rect x="0" y="76" width="34" height="40" fill="#434c7e" />
            <path d="M-2 78 17 64 36 78z" fill="#3a3563" />
            <rect x="8" y="88" width="7" height="8" fill="#5b6597" />
            <rect x="20" y="88" width="7" height="8" fill="#5b6597" />
            <rect x="48" y="84" width="2" height="32" fill="#2b3154" />
            <circle cx="49" cy="82" r="7" fill="#3d6363" />
            <rect x="60" y="80" width="28" height="36" fill="#3f4678" />
            <rect x="66" y="90" width="6" height="10" fill="#5b6597" />
          </g>
        ))}
      </m.g>
      <rect x="0" y="116" width="90" height="44" fill="#2e3458" />
      <rect x="0" y="116" width="90" height="3" fill="#4a5382" />
      <m.g style={{ y: bounce }}>
        {Array.from({ length: followers }, (_, i) => (
          <Person
            // biome-ignore lint/suspicious/noArrayIndexKey: followers are their places
            key={i}
            x={14 + i * 11}
            y={136 - i * 2}
            scale={0.8}
            look={i + 3}
            pose="walk"
            step={step}
          />
        ))}
        <Person x={followers > 0 ? 66 : 45} y={146} scale={1.05} hero pose="walk" step={step} />
      </m.g>
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** `{ "time": ["07:20", "07:32"], "followers": 0, "evening": false }` */
export const street: SceneComponent = (ctx, props) => {
  const read = propReader('street', props);
  return (
    <StreetScene
      progress={ctx.progress}
      time={read.time()}
      followers={read.count('followers', 0, 3)}
      evening={read.flag('evening')}
    />
  );
};

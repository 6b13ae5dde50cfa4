import type { MotionValue } from 'framer-motion';
import type { Mood } from './Face';
import { PALETTE, Scene, TimeChip, useTravel, useWave } from './kit';
import { m } from './motion';
import { Person } from './Person';
import { propReader, type SceneComponent } from './props';

interface StreetProps {
  progress: MotionValue<number>;
  time: [string, string];
  /** Pupils walking a few steps behind, 0 to 3. */
  followers: number;
  /** Evening light instead of morning. */
  evening: boolean;
  /** Low houses and gardens (a suburb), or blocks of flats (the city). */
  place: 'houses' | 'city';
  /** The pupil's hood up. */
  hood: boolean;
  mood: Mood;
}

/** On the way to school or back home: the street scrolls by, the pupil walks fast. */
export function StreetScene({
  progress,
  time,
  followers,
  evening,
  place,
  hood,
  mood,
}: StreetProps) {
  const step = useWave(progress, 6, 18);
  const bounce = useWave(progress, 12, 0.8);
  return (
    <Scene top={evening ? '#3a2f5c' : '#3b4a7c'} bottom={PALETTE.floor}>
      {evening ? (
        <path d="M24 30a6 6 0 1 0 6 8 4.6 4.6 0 1 1-6-8z" fill="#c9c4ea" />
      ) : (
        <circle cx="64" cy="34" r="7" fill="#c7b48e" />
      )}
      {place === 'city' ? (
        <City progress={progress} evening={evening} />
      ) : (
        <Houses progress={progress} />
      )}
      <rect x="0" y="112" width="90" height="48" fill="#2e3458" />
      <rect x="0" y="112" width="90" height="3" fill="#4a5382" />
      <m.g style={{ y: bounce }}>
        {Array.from({ length: followers }, (_, i) => (
          <Person
            // biome-ignore lint/suspicious/noArrayIndexKey: followers are their places
            key={i}
            x={22 + i * 11}
            y={128 - i * 2}
            scale={0.78}
            look={i + 3}
            pose="walk"
            step={step}
            mood={i === 0 ? 'laughing' : 'smirk'}
          />
        ))}
        <Person
          x={followers > 0 ? 60 : 46}
          y={134}
          scale={1.02}
          hero
          pose="walk"
          step={step}
          hood={hood}
          mood={mood}
        />
      </m.g>
      <TimeChip progress={progress} from={time[0]} to={time[1]} />
    </Scene>
  );
}

/** A suburb: low houses with gardens and trees, passing by. */
function Houses({ progress }: { progress: MotionValue<number> }) {
  const far = useTravel(progress, 0, -45);
  const near = useTravel(progress, 0, -90);
  return (
    <>
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
            <rect x="0" y="76" width="34" height="36" fill="#434c7e" />
            <path d="M-2 78 17 64 36 78z" fill="#3a3563" />
            <rect x="8" y="86" width="7" height="8" fill="#5b6597" />
            <rect x="20" y="86" width="7" height="8" fill="#5b6597" />
            <rect x="48" y="84" width="2" height="28" fill="#2b3154" />
            <circle cx="49" cy="82" r="7" fill="#3d6363" />
            <rect x="60" y="80" width="28" height="32" fill="#3f4678" />
            <rect x="66" y="88" width="6" height="10" fill="#5b6597" />
          </g>
        ))}
      </m.g>
    </>
  );
}

/** The city: tall blocks, lit windows in the evening, passing by. */
function City({ progress, evening }: { progress: MotionValue<number>; evening: boolean }) {
  const near = useTravel(progress, 0, -90);
  const windows = evening ? '#b9a86e' : '#55629a';
  return (
    <m.g style={{ x: near }}>
      {[0, 90].map((offset) => (
        <g key={offset} transform={`translate(${offset} 0)`}>
          <rect x="0" y="44" width="26" height="68" fill="#363f70" />
          <rect x="30" y="58" width="22" height="54" fill="#3e4577" />
          <rect x="56" y="38" width="30" height="74" fill="#323a69" />
          <g fill={windows}>
            {[52, 64, 76, 88].map((y) => (
              <g key={y}>
                <rect x="5" y={y} width="5" height="5" />
                <rect x="16" y={y + 6} width="5" height="5" opacity="0.6" />
                <rect x="62" y={y - 4} width="5" height="5" opacity="0.7" />
                <rect x="74" y={y + 2} width="5" height="5" />
              </g>
            ))}
          </g>
          <rect x="34" y="66" width="14" height="3" fill="#55629a" />
        </g>
      ))}
    </m.g>
  );
}

/** `{ "time": ["07:20", "07:32"], "followers": 0, "evening": false, "place": "houses", "hood": false, "mood": "worried" }` */
export const street: SceneComponent = (ctx, props) => {
  const read = propReader('street', props);
  return (
    <StreetScene
      progress={ctx.progress}
      time={read.time()}
      followers={read.count('followers', 0, 3)}
      evening={read.flag('evening')}
      place={read.oneOf('place', ['houses', 'city'] as const)}
      hood={read.flag('hood')}
      mood={read.mood('worried')}
    />
  );
};

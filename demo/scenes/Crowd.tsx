import type { MotionValue } from 'framer-motion';
import type { Mood } from './Face';
import { useTravel, useWave } from './kit';
import { m } from './motion';
import { Person } from './Person';

/**
 * Pupils walking across the scene during the frame, from `from` to `to` (scene units): at ×6
 * they rush past like a sped-up video, and a hold stops them mid-step.
 */
export function Passers({
  progress,
  count,
  y,
  from,
  to,
  scale = 1,
  spacing = 16,
  look = 0,
  mood = 'neutral',
}: {
  progress: MotionValue<number>;
  count: number;
  y: number;
  from: number;
  to: number;
  scale?: number;
  spacing?: number;
  look?: number;
  /** What the passers-by's faces say (`smirk` for whispers, `neutral` for a crowd in a hurry). */
  mood?: Mood;
}) {
  const x = useTravel(progress, from, to);
  const step = useWave(progress, 5, 16);
  return (
    <m.g style={{ x }}>
      {Array.from({ length: count }, (_, i) => (
        <Person
          // biome-ignore lint/suspicious/noArrayIndexKey: a crowd's pupils are their places
          key={i}
          x={i * spacing}
          y={y + (i % 2) * 1.5}
          scale={scale}
          look={look + i}
          pose="walk"
          step={step}
          mood={mood}
        />
      ))}
    </m.g>
  );
}

import { type MotionValue, m } from 'framer-motion';
import { useTravel, useWave } from './kit';
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
}: {
  progress: MotionValue<number>;
  count: number;
  y: number;
  from: number;
  to: number;
  scale?: number;
  spacing?: number;
  look?: number;
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
        />
      ))}
    </m.g>
  );
}

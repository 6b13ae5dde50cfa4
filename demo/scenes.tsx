import { type MotionValue, m, useTransform } from 'framer-motion';
import type { ReactNode } from 'react';

/**
 * Scenes drawn in SVG, animated only from the frame's progress: a hold freezes them on the same
 * display frame as the progress bar, and the fast-forward speeds them up with the story.
 * One palette of similar darkness, so that cuts between scenes do not flash.
 */
type SceneProps = { progress: MotionValue<number> };

function Scene({ from, to, children }: { from: string; to: string; children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 90 160"
      preserveAspectRatio="xMidYMid slice"
      width="100%"
      height="100%"
      aria-hidden="true"
    >
      <defs>
        <linearGradient id={`sky-${from}`} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor={from} />
          <stop offset="1" stopColor={to} />
        </linearGradient>
      </defs>
      <rect width="90" height="160" fill={`url(#sky-${from})`} />
      {children}
    </svg>
  );
}

/** An alarm clock whose hands race through the morning. */
export function ClockScene({ progress }: SceneProps) {
  const minutes = useTransform(progress, [0, 1], [0, 720]);
  const hours = useTransform(progress, [0, 1], [210, 270]);
  return (
    <Scene from="#2d3463" to="#4a3a6b">
      <circle cx="45" cy="70" r="26" fill="#f4efe6" />
      <circle cx="45" cy="70" r="23" fill="none" stroke="#2d3463" strokeWidth="1.5" />
      <m.line
        x1="45"
        y1="70"
        x2="45"
        y2="56"
        stroke="#2d3463"
        strokeWidth="3"
        strokeLinecap="round"
        style={{ rotate: hours, originX: 0.5, originY: 1 }}
      />
      <m.line
        x1="45"
        y1="70"
        x2="45"
        y2="50"
        stroke="#c84b5a"
        strokeWidth="1.6"
        strokeLinecap="round"
        style={{ rotate: minutes, originX: 0.5, originY: 1 }}
      />
      <rect x="10" y="118" width="70" height="18" rx="3" fill="#3b3f73" />
    </Scene>
  );
}

/** A corridor where classmates rush past. */
export function CorridorScene({ progress }: SceneProps) {
  const near = useTransform(progress, [0, 1], [110, -60]);
  const far = useTransform(progress, [0, 1], [-40, 100]);
  return (
    <Scene from="#354063" to="#3e4f6e">
      <rect x="0" y="100" width="90" height="60" fill="#2b3554" />
      {[12, 38, 64].map((x) => (
        <rect key={x} x={x} y="40" width="14" height="48" rx="2" fill="#4a5a82" />
      ))}
      <m.g style={{ x: far }}>
        <Person x={10} scale={0.7} color="#8b7fb8" />
        <Person x={26} scale={0.7} color="#7f9bb8" />
      </m.g>
      <m.g style={{ x: near }}>
        <Person x={0} scale={1} color="#b88f7f" />
        <Person x={18} scale={1} color="#9fb87f" />
        <Person x={36} scale={1} color="#b87fa3" />
      </m.g>
      <Person x={38} scale={0.9} color="#e7d9a8" />
    </Scene>
  );
}

function Person({ x, scale, color }: { x: number; scale: number; color: string }) {
  return (
    <g transform={`translate(${x} ${150 - 70 * scale}) scale(${scale})`}>
      <circle cx="7" cy="8" r="7" fill={color} />
      <rect x="0" y="17" width="14" height="40" rx="6" fill={color} />
    </g>
  );
}

/** A phone at night where notifications pile up. */
export function PhoneScene({ progress }: SceneProps) {
  return (
    <Scene from="#262b52" to="#3a2f5c">
      <rect
        x="17"
        y="22"
        width="56"
        height="110"
        rx="8"
        fill="#151833"
        stroke="#4d528a"
        strokeWidth="1.5"
      />
      {[0, 1, 2, 3, 4].map((i) => (
        <Notification key={i} index={i} progress={progress} />
      ))}
    </Scene>
  );
}

function Notification({ index, progress }: SceneProps & { index: number }) {
  const start = 0.1 + index * 0.16;
  const opacity = useTransform(progress, [start, start + 0.06], [0, 1]);
  const y = useTransform(progress, [start, start + 0.06], [8, 0]);
  return (
    <m.g style={{ opacity, y }}>
      <rect x="22" y={32 + index * 19} width="46" height="15" rx="4" fill="#e4e2f3" />
      <rect
        x="26"
        y={36 + index * 19}
        width={20 + ((index * 7) % 16)}
        height="3"
        rx="1.5"
        fill="#6b6f9c"
      />
      <rect x="26" y={41 + index * 19} width="30" height="3" rx="1.5" fill="#a3a6c9" />
    </m.g>
  );
}

/**
 * What a face says, in a few strokes: the pupil's feelings (`sad`, `worried`, `relieved`), and
 * the others' (`laughing`, `smirk`, `neutral`, `kind`). Read at a glance on a phone, a hold long.
 */
export type Mood = 'neutral' | 'sad' | 'worried' | 'relieved' | 'laughing' | 'smirk' | 'kind';

export const MOODS: readonly Mood[] = [
  'neutral',
  'sad',
  'worried',
  'relieved',
  'laughing',
  'smirk',
  'kind',
];

const INK = '#2a1b22';

/**
 * Eyes, brows and mouth on a head of radius 5.6 centred on (x, y). `down`: the eyes look at the
 * floor (a lowered head). The brows take the hair's colour.
 */
export function Face({
  x,
  y,
  mood,
  down = false,
  brows,
}: {
  x: number;
  y: number;
  mood: Mood;
  down?: boolean;
  brows: string;
}) {
  const eyeY = y + (down ? 1.3 : 0.5);
  const stroke = { stroke: INK, strokeWidth: 0.6, strokeLinecap: 'round' as const, fill: 'none' };
  return (
    <g>
      <Eyes x={x} y={eyeY} mood={mood} down={down} stroke={stroke} />
      <Brows x={x} y={y - 1.6} mood={mood} colour={brows} />
      <path d={mouth(x, y + 3, mood)} {...stroke} fill={mood === 'laughing' ? INK : 'none'} />
    </g>
  );
}

function Eyes({
  x,
  y,
  mood,
  down,
  stroke,
}: {
  x: number;
  y: number;
  mood: Mood;
  down: boolean;
  stroke: Record<string, unknown>;
}) {
  // Happy eyes close into arcs; lowered eyes are half-shut lids.
  if (mood === 'laughing' || mood === 'relieved') {
    return (
      <path d={`M${x - 2.9} ${y + 0.3}q.8-1 1.6 0M${x + 1.3} ${y + 0.3}q.8-1 1.6 0`} {...stroke} />
    );
  }
  if (down) {
    return <path d={`M${x - 2.9} ${y}q.8.7 1.6 0M${x + 1.3} ${y}q.8.7 1.6 0`} {...stroke} />;
  }
  const r = mood === 'worried' ? 0.85 : 0.72;
  return (
    <g fill={INK}>
      <circle cx={x - 2.1} cy={y} r={r} />
      <circle cx={x + 2.1} cy={y} r={r} />
    </g>
  );
}

function Brows({ x, y, mood, colour }: { x: number; y: number; mood: Mood; colour: string }) {
  // Inner ends raised: sadness and worry. Inner ends lowered: the smirk of whoever mocks.
  const tilt = { sad: 0.8, worried: 1.1, smirk: -0.7, laughing: 0, relieved: 0.2, kind: 0.2 }[
    mood as string
  ];
  const t = tilt ?? 0;
  const lift = mood === 'worried' ? -0.5 : 0;
  return (
    <path
      d={`M${x - 3.3} ${y + lift}L${x - 1.1} ${y + lift - t}M${x + 3.3} ${y + lift}L${x + 1.1} ${y + lift - t}`}
      stroke={colour}
      strokeWidth="0.75"
      strokeLinecap="round"
    />
  );
}

function mouth(x: number, y: number, mood: Mood): string {
  switch (mood) {
    case 'sad':
      return `M${x - 1.6} ${y + 0.6}q1.6-1.3 3.2 0`;
    case 'worried':
      return `M${x - 1.5} ${y + 0.2}q.75-.6 1.5 0t1.5 0`;
    case 'relieved':
    case 'kind':
      return `M${x - 1.7} ${y - 0.2}q1.7 1.4 3.4 0`;
    case 'laughing':
      return `M${x - 2} ${y - 0.6}h4a2 2 0 0 1-4 0z`;
    case 'smirk':
      return `M${x - 1.6} ${y + 0.2}q1.9.9 3.3-.9`;
    default:
      return `M${x - 1.2} ${y + 0.1}h2.4`;
  }
}

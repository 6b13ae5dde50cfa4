import type { ReactNode } from 'react';
import { Chrome } from './parts/Chrome';
import { Controls } from './parts/Controls';
import { LiveRegion } from './parts/LiveRegion';
import { Progress } from './parts/Progress';
import { Stage } from './parts/Stage';
import { Transcript } from './parts/Transcript';

/**
 * The ready-made layout of a story: the stage, the chrome over it (with `extra` controls, e.g.
 * a collection's story buttons), the transcript dialog and the live region.
 */
export function defaultLayout(extra?: ReactNode) {
  return (
    <>
      <Stage />
      <Chrome>
        <Progress />
        <Controls />
        {extra}
      </Chrome>
      <Transcript />
      <LiveRegion />
    </>
  );
}

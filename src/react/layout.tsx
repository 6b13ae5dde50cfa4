import type { ReactNode } from 'react';
import { Chrome } from './parts/Chrome';
import { Controls } from './parts/Controls';
import { Header } from './parts/Header';
import { LiveRegion } from './parts/LiveRegion';
import { Progress } from './parts/Progress';
import { Stage } from './parts/Stage';
import { Transcript } from './parts/Transcript';

/**
 * The ready-made layout of a story: the stage, the chrome over it (the progress, the header
 * when asked, the controls, and `extra` controls, e.g. a collection's story buttons), the
 * transcript dialog and the live region.
 */
export function defaultLayout(header: boolean, extra?: ReactNode) {
  return (
    <>
      <Stage />
      <Chrome>
        <Progress />
        {header && <Header />}
        <Controls />
        {extra}
      </Chrome>
      <Transcript />
      <LiveRegion />
    </>
  );
}

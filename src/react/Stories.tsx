import { forwardRef } from 'react';
import { defaultLayout } from './layout';
import { Action } from './parts/Action';
import { Chrome } from './parts/Chrome';
import { Controls } from './parts/Controls';
import { Frame } from './parts/Frame';
import { Header } from './parts/Header';
import { LiveRegion } from './parts/LiveRegion';
import { Progress } from './parts/Progress';
import { RevealLayer } from './parts/RevealLayer';
import { Root } from './parts/Root';
import { Stage } from './parts/Stage';
import { Transcript } from './parts/Transcript';
import type { StoriesHandle, StoriesProps } from './types';

const LAYOUTS = [defaultLayout(false), defaultLayout(true)] as const;

const StoriesComponent = forwardRef<StoriesHandle, StoriesProps>(function Stories(
  { header = false, ...props },
  ref,
) {
  return (
    <Root {...props} ref={ref}>
      {LAYOUTS[header ? 1 : 0]}
    </Root>
  );
});

/**
 * A story that plays fast-forwarded and reveals each frame's hidden messages while the viewer
 * presses and holds. Ready to use; its parts (`Stories.Root`, `Stories.Stage`, …) compose
 * custom layouts. Several stories a swipe apart: `StoriesCollection` from
 * `react-hold-stories/collection`.
 * @example <Stories story={story} playbackRate={6} labels="fr" onReveal={track} />
 */
export const Stories = Object.assign(StoriesComponent, {
  Root,
  Stage,
  Frame,
  RevealLayer,
  Action,
  Chrome,
  Progress,
  Controls,
  Header,
  Transcript,
  LiveRegion,
});

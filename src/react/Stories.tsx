import { forwardRef } from 'react';
import { Chrome } from './parts/Chrome';
import { Controls } from './parts/Controls';
import { Frame } from './parts/Frame';
import { Progress } from './parts/Progress';
import { RevealLayer } from './parts/RevealLayer';
import { Root, type StoriesHandle, type StoriesRootProps } from './parts/Root';
import { Stage } from './parts/Stage';

export type StoriesProps = Omit<StoriesRootProps, 'children'>;

const StoriesComponent = forwardRef<StoriesHandle, StoriesProps>(function Stories(props, ref) {
  return (
    <Root ref={ref} {...props}>
      <Stage />
      <Chrome>
        <Progress />
        <Controls />
      </Chrome>
    </Root>
  );
});

/**
 * A story that plays fast-forwarded and reveals each frame's hidden messages while the viewer
 * presses and holds. Ready to use; its parts (`Stories.Root`, `Stories.Stage`, …) compose
 * custom layouts.
 * @example
 * <Stories story={story} playbackRate={6} labels="fr" onReveal={track} />
 */
export const Stories = Object.assign(StoriesComponent, {
  Root,
  Stage,
  Frame,
  RevealLayer,
  Chrome,
  Progress,
  Controls,
});

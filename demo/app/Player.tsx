import { useEffect, useRef } from 'react';
import { StoriesCollection } from 'react-hold-stories/collection';
import { demoStories } from '../stories';
import { demoLabels } from './labels';
import { StoryHeader } from './StoryHeader';
import type { Tally } from './tally';

export interface PlayerProps {
  storyIndex: number;
  onStoryIndexChange(index: number): void;
  reading: boolean;
  onReadingChange(reading: boolean): void;
  tally: Tally;
  /** The last story ended, or the viewer closed the piece: time for the end screen. */
  onFinish(): void;
}

/**
 * The three stories as one collection, each at its own ×6: a sideways swipe, Shift+arrows or
 * the edge buttons move between them, and the last one's end leads to the end screen.
 */
export function Player(props: PlayerProps) {
  const { storyIndex, tally } = props;
  const story = demoStories[storyIndex] ?? demoStories[0];
  const box = useRef<HTMLDivElement>(null);

  // The viewer pressed a button to get here: put the focus on the story, so Space holds at once
  // and a screen reader starts with "Image 1 sur 20".
  useEffect(() => {
    box.current
      ?.querySelector<HTMLElement>('[data-current] [data-hs-stage]')
      ?.focus({ preventScroll: true });
  }, []);

  return (
    <div className="demo-player" ref={box}>
      {story && (
        <StoryHeader
          story={story}
          position={storyIndex + 1}
          count={demoStories.length}
          tally={tally}
        />
      )}
      <StoriesCollection
        stories={demoStories}
        storyIndex={storyIndex}
        onStoryIndexChange={props.onStoryIndexChange}
        readingMode={props.reading}
        onReadingModeChange={props.onReadingChange}
        labels={demoLabels}
        // The piece is the hold: say so on the picture until the first one.
        holdPrompt
        glimpse
        onReveal={(event) => tally.add(event.storyId, event.frameId, event.messageIndex)}
        onEnded={props.onFinish}
        onClose={props.onFinish}
      />
    </div>
  );
}

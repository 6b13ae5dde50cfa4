import { useState } from 'react';
import { EndScreen } from './EndScreen';
import { Player } from './Player';
import { createTally } from './tally';

type Screen = 'stories' | 'end';

/**
 * The piece after its opening screen: the three stories, then the end screen; replay starts
 * the stories over (what was found stays found, so a second pass completes the tally).
 */
export function App({ initialReading }: { initialReading: boolean }) {
  const [screen, setScreen] = useState<Screen>('stories');
  // A new run remounts the collection: every story starts again from its first frame.
  const [run, setRun] = useState(0);
  const [storyIndex, setStoryIndex] = useState(0);
  const [reading, setReading] = useState(initialReading);
  const [tally] = useState(createTally);

  if (screen === 'end') {
    return (
      <EndScreen
        tally={tally}
        onReplay={(readingMode) => {
          setReading(readingMode);
          setStoryIndex(0);
          setRun((value) => value + 1);
          setScreen('stories');
        }}
      />
    );
  }
  return (
    <Player
      key={run}
      storyIndex={storyIndex}
      onStoryIndexChange={setStoryIndex}
      reading={reading}
      onReadingChange={setReading}
      tally={tally}
      onFinish={() => setScreen('end')}
    />
  );
}

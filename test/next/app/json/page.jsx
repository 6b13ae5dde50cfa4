// JSON checked on the server: `react-hold-stories/schema` has no directive and no React, so this
// server component runs `parseStory` itself and only the checked story reaches the client.
// `server-only` (built into Next) fails the build if this module ever lands in a client bundle.
import 'server-only';
import { Stories } from 'react-hold-stories';
import { parseStory } from 'react-hold-stories/schema';

const story = parseStory(
  JSON.parse(
    '{ "id": "tuesday", "title": "Tuesday", "frames": [{ "id": "yard", "kind": "card", "duration": 3000, "background": "#2d3463", "alt": "The schoolyard at noon." }] }',
  ),
);

export default function FromJson() {
  return (
    <main>
      <Stories story={story} playbackRate={6} />
    </main>
  );
}

// A server component rendering the collection entry, `react-hold-stories/collection`.
import { StoriesCollection } from 'react-hold-stories/collection';

/**
 * @param {string} id @param {string} title
 * @returns {import('react-hold-stories').Story}
 */
const pupil = (id, title) => ({
  id,
  title,
  frames: [
    { id: `${id}-1`, kind: 'card', duration: 3000, background: '#223', alt: `${title}, in class.` },
  ],
});

export default function Collection() {
  return (
    <main>
      <StoriesCollection stories={[pupil('lea', 'Léa'), pupil('sami', 'Sami')]} playbackRate={6} />
    </main>
  );
}

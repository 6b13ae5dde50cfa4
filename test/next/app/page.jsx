// A server component: no "use client" in this file. It may render `Stories` only because the
// package's `react-hold-stories` entry starts with the directive (see test/next/build.mjs).
import { Stories } from 'react-hold-stories';

/**
 * Defined on the server and passed to the client component as a prop: plain data only.
 * test/next/build.mjs looks for the first frame's alt text in the prerendered HTML.
 * @type {import('react-hold-stories').Story}
 */
const story = {
  id: 'monday',
  title: 'Monday',
  frames: [
    {
      id: 'bus',
      kind: 'card',
      duration: 3000,
      background: 'linear-gradient(#2d3463, #4a3a6b)',
      text: '7:42 — the bus',
      alt: 'A crowded school bus at 7:42.',
      reveal: [{ text: 'Nobody sits next to me.', from: 'Sam' }],
    },
    { id: 'hall', kind: 'card', duration: 3000, background: '#223', alt: 'A school corridor.' },
  ],
};

export default function Home() {
  return (
    <main>
      <Stories story={story} playbackRate={6} labels="en" />
    </main>
  );
}

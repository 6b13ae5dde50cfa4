// stories-react on the benchmark story, as its README mounts it, inside a React <Profiler> that
// stamps every commit (like page/main.tsx). It has no playback rate: each story gets
// `duration / rate`. Its progress bars grow by an inline pixel width on every animation frame;
// the classes passed through its `classNames` prop find them. Its only "next" is a tap on the
// right half (`mouseup` / `touchend` there).
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import Stories from 'stories-react';
import 'stories-react/dist/index.css';
import { frameUrls } from '../page/frames';
import type { AnchorRecord } from './record';

const BAR = 'bench-bar';
const SEGMENT = 'bench-segment';

function benchStories(record: AnchorRecord) {
  return frameUrls(record.set, record.durations.length).map((url, index) => ({
    type: 'image',
    url,
    duration: (record.durations[index] ?? 1000) / record.rate,
  }));
}

const bars = () => Array.from(document.querySelectorAll<HTMLElement>(`.${BAR}`));

function readProgress(): string {
  return bars()
    .map((bar) => getComputedStyle(bar).width)
    .join('|');
}

/** Segments whose bar is full: the ones it shows as past (and the current one at its end). */
function shownIndex(): number {
  return bars().filter((bar) => {
    const segment = bar.closest(`.${SEGMENT}`);
    return segment !== null && bar.offsetWidth >= (segment as HTMLElement).offsetWidth;
  }).length;
}

export function mountStoriesReact(record: AnchorRecord, root: HTMLElement) {
  const stories = benchStories(record);
  record.next = () =>
    document
      .elementFromPoint(window.innerWidth * 0.75, window.innerHeight / 2)
      ?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  record.progress = readProgress;
  record.shownIndex = shownIndex;
  createRoot(root).render(
    <Profiler id={record.lib} onRender={() => record.commits.push(performance.now())}>
      <Stories
        stories={stories}
        width="100vw"
        height="100vh"
        classNames={{ progressBar: BAR, progressBarContainer: SEGMENT }}
        onStoryChange={(index: number) => record.changes.push({ index, t: performance.now() })}
        // Called once, when the last story's timer fires (it has no loop).
        onAllStoriesEnd={() => {
          record.endedAt = performance.now();
        }}
      />
    </Profiler>,
  );
}

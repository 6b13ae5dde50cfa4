// react-insta-stories on the benchmark story. It has no playback rate: each story gets
// `duration / rate`. Its progress fill is an inline `scaleX` (current) or width (past, upcoming);
// its only "next" command is the → key (`keyboardNavigation`).
import { useEffect, useRef } from 'react';
import InstaStoriesImport from 'react-insta-stories';
import { frameUrls } from './frames';
import type { BenchEntryProps, BenchRecord } from './record';

// Its build is CommonJS flagged `__esModule`. In a `"type": "module"` package (this one) bundlers
// follow Node's interop, and the default import is then the whole `exports` object.
const InstaStories =
  (InstaStoriesImport as unknown as { default?: typeof InstaStoriesImport }).default ??
  InstaStoriesImport;

function benchStories(record: BenchRecord) {
  return frameUrls(record.set, record.durations.length).map((url, index) => ({
    url,
    duration: (record.durations[index] ?? 1000) / record.rate,
  }));
}

/** Its DOM has no hooks: container > progress bar > one wrapper per story > the fill. */
function fills(): Element[] {
  const bar = document.querySelector('[data-bench-theirs]')?.firstElementChild?.firstElementChild;
  return Array.from(bar?.children ?? [], (wrapper) => wrapper.firstElementChild ?? wrapper);
}

function readProgress(): string {
  return fills()
    .map((fill) => {
      const style = getComputedStyle(fill);
      return `${style.width}:${style.transform}`;
    })
    .join('|');
}

export function TheirsBench({ record }: BenchEntryProps) {
  const stories = useRef<ReturnType<typeof benchStories>>(null);
  stories.current ??= benchStories(record);
  const last = stories.current.length - 1;
  useEffect(() => {
    record.next = () =>
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    record.progress = readProgress;
    record.shownIndex = () =>
      fills().filter((fill) => (fill as HTMLElement).style.width === '100%').length;
  }, [record]);
  return (
    <div data-bench-theirs>
      <InstaStories
        stories={stories.current}
        width="100vw"
        height="100vh"
        loop={record.loop}
        keyboardNavigation
        onStoryStart={(index: number) => record.changes.push({ index, t: performance.now() })}
        onStoryEnd={(index: number) => {
          if (index === last) record.endedAt = performance.now();
        }}
      />
    </div>
  );
}

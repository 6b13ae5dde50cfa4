// react-hold-stories on the benchmark story, as an app would mount it: the public entry, the
// default skin, the rate as `playbackRate`.
import { useEffect, useRef } from 'react';
import { Stories, type StoriesHandle, type Story } from 'react-hold-stories';
import 'react-hold-stories/styles.css';
import { frameUrls } from './frames';
import type { BenchEntryProps, BenchRecord } from './record';

function benchStory(record: BenchRecord): Story {
  return {
    id: 'bench',
    title: 'Benchmark',
    frames: frameUrls(record.set, record.durations.length).map((src, index) => ({
      id: `frame-${index + 1}`,
      kind: 'image',
      src,
      duration: record.durations[index] ?? 1000,
      alt: `Frame ${index + 1}`,
    })),
  };
}

/** The active segment's fill is a transform; past and upcoming segments are styled by state. */
function readProgress(): string {
  return Array.from(
    document.querySelectorAll('[data-hs-segment]'),
    (segment) =>
      `${segment.getAttribute('data-state')}:${
        getComputedStyle(segment.querySelector('.hs-segment-fill') ?? segment).transform
      }`,
  ).join('|');
}

export function OursBench({ record }: BenchEntryProps) {
  const handle = useRef<StoriesHandle>(null);
  const story = useRef<Story>(null);
  story.current ??= benchStory(record);
  useEffect(() => {
    record.next = () => handle.current?.next();
    record.progress = readProgress;
    record.shownIndex = () =>
      document.querySelectorAll('[data-hs-segment][data-state="past"]').length;
  }, [record]);
  return (
    <Stories
      ref={handle}
      story={story.current}
      playbackRate={record.rate}
      loop={record.loop}
      onFrameChange={({ to, at }) => record.changes.push({ index: to, t: performance.now(), at })}
      onEnded={() => {
        record.endedAt = performance.now();
      }}
    />
  );
}

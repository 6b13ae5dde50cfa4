// zuck.js on the benchmark story, as its README mounts it: a timeline element, the default
// Snapgram skin, one timeline item holding the 40 frames, opened in its full-screen viewer.
// It has no playback rate: each item's `length` (seconds) is `duration / rate`. Its progress is
// a CSS animation of each pointer's `max-width`, paused by a `paused` class on the viewer; the
// next item starts on that animation's `animationend`.
import 'zuck.js/css';
import 'zuck.js/skins/snapgram';
import { Zuck } from 'zuck.js';
import { frameUrls } from '../page/frames';
import type { AnchorRecord } from './record';

const STORY_ID = 'bench';
/** Seconds since the epoch, fixed so its "time ago" label is the same in every run. */
const POSTED_AT = 1_700_000_000;

function benchTimeline(record: AnchorRecord) {
  const urls = frameUrls(record.set, record.durations.length);
  return [
    {
      id: STORY_ID,
      name: 'Benchmark',
      photo: urls[0] ?? '',
      time: POSTED_AT,
      items: urls.map((src, index) => ({
        id: `frame-${index + 1}`,
        type: 'photo',
        length: (record.durations[index] ?? 1000) / record.rate / 1000,
        src,
        preview: src,
        time: POSTED_AT,
      })),
    },
  ];
}

/** Its pointers: `seen` (past), `active` (current) or neither, each with its `.progress` fill. */
function pointers(): Element[] {
  return Array.from(
    document.querySelectorAll('#zuck-modal .story-viewer.viewing .slides-pointers [data-index]'),
  );
}

function readProgress(): string {
  return pointers()
    .map((pointer) => {
      const state = ['seen', 'active'].filter((name) => pointer.classList.contains(name)).join();
      return `${state}:${getComputedStyle(pointer.firstElementChild ?? pointer).maxWidth}`;
    })
    .join('|');
}

export function mountZuck(record: AnchorRecord, root: HTMLElement) {
  const timeline = document.createElement('div');
  root.append(timeline);
  const zuck = Zuck(timeline, {
    stories: benchTimeline(record),
    // No "seen" state kept between page loads (every run starts at frame 0), no opening zoom.
    localStorage: false,
    openEffect: false,
    backNative: false,
    autoFullScreen: false,
    callbacks: {
      onOpen: (_story, open) => open(),
      onView: (_story, view) => {
        if (record.changes.length === 0) record.changes.push({ index: 0, t: performance.now() });
        view?.();
      },
      onNavigateItem: (_story, _next, navigate) => {
        navigate();
        // The item it moved to, read after it moved (a tap back goes the other way).
        const index = zuck.data[zuck.findStoryIndex(STORY_ID)]?.currentItem ?? -1;
        record.changes.push({ index, t: performance.now() });
      },
      onNextItem: (_story, _next, navigate) => navigate(),
      // The last item's animation ended. It has no loop: with one timeline item it closes.
      onEnd: (_story, close) => {
        record.endedAt = performance.now();
        close();
      },
      onClose: (_story, close) => close(),
      onDataUpdate: (_data, update) => update(),
    },
  });
  record.next = () => zuck.navigateItem('next');
  record.progress = readProgress;
  record.shownIndex = () =>
    pointers().filter((pointer) => pointer.classList.contains('seen')).length;
  // The viewer is opened by a click on the timeline item; the modal's own `show` does the same.
  document.querySelector<HTMLElement>(`#${timeline.id} [data-id="${STORY_ID}"]`)?.click();
}

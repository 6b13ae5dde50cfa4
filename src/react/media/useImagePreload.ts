import { useEffect, useRef } from 'react';
import type { Story } from '../../story/types';
import { useStoriesContext } from '../context';
import { usePlayerState } from '../hooks';
import type { FrameTone } from '../player/frameTone';
import { measureTone } from './measureTone';
import { effectiveSpans, planPreload, planStartLead, START_LEAD_MAX_WAIT_MS } from './planPreload';
import { keyOf, type Preloaded, shelfOf, type Wanted, wantedOf } from './preloadedImages';
import { createStartLead, type StartLead } from './startLead';
import { whenDecoded } from './whenDecoded';

/**
 * Keeps the images of the next 1.5 s of playback fetched and decoded off-DOM (at the current
 * rate, with the flash guard's slowing; at least `preloadAhead` frames; see `planPreload`), and
 * the one behind. Re-planned on every frame change, rate change or story change. The current
 * frame's image is asked at once; the others one per task, so that a frame change stays one
 * short task. Each image frame is reported to the player ready once decoded — an upcoming one
 * after its tone reached the flash guard (measured in idle time, once per URL) — or failed.
 * Images leaving the plan are let go (and reported `'loading'` again): memory stays bounded.
 * The story's first frame starts only once the images of its next `START_LEAD_MS` of playback
 * are ready too (`StartLead`).
 */
export function useImagePreload(index: number): void {
  const { story, player, preloadAhead, reportTone, flashGuard } =
    useStoriesContext('Stories.Frame');
  const rate = usePlayerState((state) => state.playbackRate);
  const loop = usePlayerState((state) => state.loop);
  // The frames whose image failed; the tones measured (by frame id) and the spans they give.
  const failed = useRef(new Set<string>());
  const tones = useRef(new Map<string, FrameTone>());
  const layout = useRef<{ story: Story; rate: number; tones: number; spans: number[] }>(null);
  // What the frame on screen wants: read when an image settles, whichever plan asked for it.
  const current = useRef<Wanted | undefined>(undefined);
  const lead = useRef<StartLead>(null);

  useEffect(() => {
    const shelf = shelfOf(player);
    const { frames } = story;
    current.current = wantedOf(frames[index]);
    const known = tones.current;
    let spans = layout.current;
    if (spans?.story !== story || spans.rate !== rate || spans.tones !== known.size) {
      spans = {
        story,
        rate,
        tones: known.size,
        spans: effectiveSpans(frames, rate, known, flashGuard),
      };
      layout.current = spans;
    }
    const planInput = {
      spans: spans.spans,
      index,
      loop,
      minAhead: preloadAhead,
      hasImage: (at: number) => wantedOf(frames[at]) !== undefined,
    };
    const plan = planPreload(planInput);
    lead.current ??= createStartLead(
      index,
      planStartLead(planInput).flatMap((at) => {
        const item = wantedOf(frames[at]);
        return item?.awaited ? [item.frameId] : [];
      }),
    );
    const startLead = lead.current;
    startLead.showing(index);
    const wanted = new Map<string, Wanted>();
    for (const at of plan) {
      const item = wantedOf(frames[at]);
      if (item) wanted.set(keyOf(item), item);
    }
    // Decoded while ahead, its tone still being measured: it shows now, the tone follows. The
    // first frame waits for its lead as well.
    const showCurrent = () => {
      const shown = current.current;
      const held = shown && shelf.get(keyOf(shown));
      if (held?.decoded && held.item.awaited && !startLead.holding) {
        player.setMediaStatus(held.item.frameId, 'ready');
      }
    };
    /** An image is settled (ready, failed, or no longer wanted): the start may go on. */
    const settled = (item: Wanted) => {
      if (startLead.settle(item.frameId)) showCurrent();
    };
    for (const [key, { item }] of shelf) {
      if (wanted.has(key)) continue;
      // Only dropped: the browser frees the element and its pixels once nothing refers to it.
      // (Clearing its src instead would keep it alive in Chromium: measured, 50 of 50 leaked.)
      shelf.delete(key);
      if (!item.awaited) continue;
      player.setMediaStatus(item.frameId, 'loading');
      settled(item);
    }
    showCurrent();
    // An image ahead that never comes does not keep the first frame from starting.
    const leadTimer = startLead.holding
      ? setTimeout(() => {
          startLead.end();
          showCurrent();
        }, START_LEAD_MAX_WAIT_MS)
      : undefined;

    const ready = (item: Wanted) => {
      if (!item.awaited) return;
      const onScreen = item.frameId === current.current?.frameId;
      if (!onScreen) player.setMediaStatus(item.frameId, 'ready');
      settled(item);
      if (onScreen) showCurrent();
    };
    const start = (key: string, item: Wanted) => {
      if (shelf.has(key) || failed.current.has(item.frameId)) return;
      const image = new Image();
      if (item.sizes) image.sizes = item.sizes;
      if (item.srcSet) image.srcset = item.srcSet;
      image.src = item.src;
      const entry: Preloaded = { image, item, decoded: false };
      shelf.set(key, entry);
      const kept = () => shelf.get(key) === entry;
      whenDecoded(image).then(
        () => {
          if (!kept()) return;
          entry.decoded = true;
          // The frame on screen waits for nothing more; one ahead waits for its tone, so that
          // the flash guard knows it before it plays.
          if (item.frameId === current.current?.frameId || !item.measured) ready(item);
          if (!item.measured) return;
          measureTone(image, kept).then((tone) => {
            if (!kept()) return;
            if (tone) {
              tones.current.set(item.frameId, tone);
              reportTone(item.frameId, tone);
            }
            ready(item);
          });
        },
        () => {
          if (!kept() || !item.awaited) return;
          settled(item);
          failed.current.add(item.frameId);
          player.reportMediaError(item.frameId, {
            kind: 'image',
            src: image.currentSrc || item.src,
          });
        },
      );
    };

    const queue = [...wanted].filter(([key]) => !shelf.has(key));
    const [first] = queue;
    if (first && first[1].frameId === current.current?.frameId)
      start(...(queue.shift() as typeof first));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pump = () => {
      const next = queue.shift();
      if (next) start(...next);
      timer = queue.length > 0 ? setTimeout(pump, 0) : undefined;
    };
    if (queue.length > 0) timer = setTimeout(pump, 0);
    return () => {
      clearTimeout(timer);
      clearTimeout(leadTimer);
    };
  }, [story, index, rate, loop, preloadAhead, player, reportTone, flashGuard]);

  useEffect(() => () => shelfOf(player).clear(), [player]);
}

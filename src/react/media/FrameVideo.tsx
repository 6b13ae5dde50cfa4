import { useEffect, useRef } from 'react';
import type { VideoFrame } from '../../story/types';
import { useStoriesContext } from '../context';
import { usePlayerState } from '../hooks';
import { useCaptionTrack } from './useCaptionTrack';
import { useCueTrack } from './useCueTrack';
import { toVideoRate } from './videoRate';

/**
 * A video frame's element, driven by the player and driving it back:
 * - it plays exactly while the story plays: a hold, a pause or a hidden page pause it on the
 *   same picture, and a release resumes it;
 * - its `playbackRate` is the frame's rate (the story's, capped at 16× — see `VIDEO_MAX_RATE`);
 * - it tells the player when it can play (`canplay`, `playing`), when it buffers (`waiting`:
 *   the progress stops), its length (metadata) and its failures, and its clock (`timeupdate`)
 *   keeps the frame's progress on the video's own time;
 * - it is muted as the viewer chose; when the browser refuses to play with sound it falls back
 *   to muted and says so, so that the mute toggle shows its hint.
 */
export function FrameVideo({ frame }: { frame: VideoFrame }) {
  const { player, sound, reportDuration, cues, captions, labels } =
    useStoriesContext('Stories.Frame');
  const { muted, block: blockSound } = sound;
  // Plays exactly while the story plays, whatever the media says (it may be buffering).
  const playing = usePlayerState((state) => state.status === 'playing');
  const rate = toVideoRate(usePlayerState((state) => state.frameRate));
  const video = useRef<HTMLVideoElement>(null);
  const track = useRef<HTMLTrackElement>(null);
  const captionTrack = useRef<HTMLTrackElement>(null);
  useCaptionTrack(captionTrack, captions);
  const { id, src } = frame;
  // Ready to play once the video can and its cues, if it has a file of them, are known.
  const waits = useRef({ video: true, cues: !!frame.cues && !cues.has(id) });
  const maybeReady = () => {
    if (!waits.current.video && !waits.current.cues) player.setMediaStatus(id, 'ready');
  };
  useCueTrack(frame, track, () => {
    waits.current.cues = false;
    maybeReady();
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: bound once per element (per frame)
  useEffect(() => {
    const element = video.current;
    if (!element) return;
    const ready = () => {
      waits.current.video = false;
      maybeReady();
    };
    const onMetadata = () => {
      const length = element.duration * 1000;
      if (Number.isFinite(length) && length > 0) reportDuration(id, length);
      // Entered part-way (a seek to a progress): the video starts at the same point.
      const progress = player.getProgress();
      if (progress > 0 && progress < 1 && Number.isFinite(element.duration)) {
        element.currentTime = progress * element.duration;
      }
    };
    const fail = () =>
      player.reportMediaError(id, { kind: 'video', src: element.currentSrc || src });
    const sync = () => {
      if (!element.paused && !element.seeking) player.syncMediaTime(id, element.currentTime * 1000);
    };
    const listeners: [string, () => void][] = [
      ['loadedmetadata', onMetadata],
      ['canplay', ready],
      ['playing', ready],
      ['playing', sync],
      // Out of data while playing: the frame's time stops where the picture stopped.
      [
        'waiting',
        () => {
          waits.current.video = true;
          player.setMediaStatus(id, 'loading');
        },
      ],
      ['timeupdate', sync],
      ['error', fail],
    ];
    for (const [type, listener] of listeners) element.addEventListener(type, listener);
    // A video in the memory cache may be past these events before the listeners existed.
    if (element.readyState >= HTMLMediaElement.HAVE_METADATA) onMetadata();
    if (element.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA) ready();
    if (element.error) fail();
    return () => {
      for (const [type, listener] of listeners) element.removeEventListener(type, listener);
      // The element goes with the frame: coming back to it means loading again.
      player.setMediaStatus(id, 'loading');
    };
  }, [id]);

  // Before play(): autoplay policies look at `muted` when play() is called.
  useEffect(() => {
    if (video.current) video.current.muted = muted;
  }, [muted]);

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    // The default too: loading a source resets playbackRate to it.
    element.defaultPlaybackRate = rate;
    element.playbackRate = rate;
  }, [rate]);

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    if (!playing) {
      element.pause();
      return;
    }
    element.play()?.catch((error: { name?: string } | undefined) => {
      // A pause before playback began rejects with AbortError: nothing to do.
      if (error?.name !== 'NotAllowedError' || element.muted) return;
      blockSound();
      element.muted = true;
      element.play()?.catch(() => {});
    });
  }, [playing, blockSound]);

  return (
    <>
      <video
        ref={video}
        className="hs-video"
        src={src}
        poster={frame.poster}
        muted={muted}
        playsInline
        preload="auto"
        disablePictureInPicture
        // Described by the text below, like a card: the element itself has no name to give.
        aria-hidden="true"
        tabIndex={-1}
      >
        {frame.cues && <track ref={track} kind="metadata" src={frame.cues} default />}
        {frame.captions && (
          <track ref={captionTrack} kind="captions" src={frame.captions} label={labels.captions} />
        )}
      </video>
      <p className="hs-sr-only">{frame.alt}</p>
    </>
  );
}

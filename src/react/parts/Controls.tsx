import type { ReactNode } from 'react';
import { selectPlaybackRate, selectStatus, usePlayerState } from '../hooks';
import { MuteButton } from '../media/MuteButton';
import { useStoriesContext } from '../StoriesContext';

/**
 * Real buttons — Previous, Pause / Play, Next, Close — and the fast-forward indicator. Names
 * come from `labels`; arrows point the reading direction's way. A story with videos also gets
 * the sound toggle (placed by the skin at the top corner, first in the tab order).
 */
export function Controls({ className }: { className?: string }) {
  const {
    handle,
    labels,
    requestPaused,
    onClose,
    dir,
    reading,
    requestReading,
    setTranscriptOpen,
  } = useStoriesContext('Stories.Controls');
  const status = usePlayerState(selectStatus);
  const rate = usePlayerState(selectPlaybackRate);
  const playing = status === 'playing';
  const [back, forward] = dir === 'rtl' ? [ICONS.right, ICONS.left] : [ICONS.left, ICONS.right];

  return (
    <div className={className ? `hs-controls ${className}` : 'hs-controls'} data-hs-controls>
      <MuteButton />
      {/* Reading mode has no fast-forward to show. */}
      {reading ? (
        <span />
      ) : (
        <span className="hs-rate" data-hs-rate>
          <span aria-hidden="true">{labels.rate(rate)}</span>
          <span className="hs-sr-only">{labels.rateDescription(rate)}</span>
        </span>
      )}
      <div className="hs-buttons">
        <ControlButton
          name="reading"
          label={labels.readingMode}
          pressed={reading}
          onClick={() => requestReading(!reading)}
        >
          {ICONS.reading}
        </ControlButton>
        <ControlButton
          name="transcript"
          label={labels.transcript}
          onClick={() => setTranscriptOpen(true)}
        >
          {ICONS.transcript}
        </ControlButton>
        <ControlButton name="previous" label={labels.previous} onClick={() => handle.prev('api')}>
          {back}
        </ControlButton>
        {/* Reading mode has no time limit: nothing to pause. */}
        {!reading && (
          <ControlButton
            name="pause"
            label={playing ? labels.pause : labels.play}
            onClick={() => requestPaused(playing)}
          >
            {playing ? ICONS.pause : ICONS.play}
          </ControlButton>
        )}
        <ControlButton name="next" label={labels.next} onClick={() => handle.next('api')}>
          {forward}
        </ControlButton>
        {onClose && (
          <ControlButton name="close" label={labels.close} onClick={onClose}>
            {ICONS.close}
          </ControlButton>
        )}
      </div>
    </div>
  );
}

function ControlButton(props: {
  name: string;
  label: string;
  pressed?: boolean;
  onClick(): void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="hs-button"
      data-hs-control={props.name}
      aria-label={props.label}
      aria-pressed={props.pressed}
      title={props.label}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

const icon = (path: string) => (
  <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
    <path d={path} fill="currentColor" />
  </svg>
);

const ICONS = {
  left: icon('M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z'),
  right: icon('M8.6 5.4 10 4l8 8-8 8-1.4-1.4 6.6-6.6z'),
  pause: icon('M7 5h3.5v14H7zm6.5 0H17v14h-3.5z'),
  play: icon('M8 5v14l11-7z'),
  reading: icon(
    'M4 5h6a3 3 0 0 1 2 .8A3 3 0 0 1 14 5h6v14h-6a2 2 0 0 0-2 1 2 2 0 0 0-2-1H4zm2 2v10h4a4 4 0 0 1 1 .1V8a1 1 0 0 0-1-1zm12 0h-4a1 1 0 0 0-1 1v9.1a4 4 0 0 1 1-.1h4z',
  ),
  transcript: icon('M5 4h14v2H5zm0 4h14v2H5zm0 4h14v2H5zm0 4h9v2H5z'),
  close: icon(
    'M18.3 7.1 16.9 5.7 12 10.6 7.1 5.7 5.7 7.1l4.9 4.9-4.9 4.9 1.4 1.4 4.9-4.9 4.9 4.9 1.4-1.4-4.9-4.9z',
  ),
};

import type { ReactNode } from 'react';
import { selectPlaybackRate, selectStatus, usePlayerState } from '../hooks';
import { useStoriesContext } from '../StoriesContext';

/**
 * Real buttons — Previous, Pause / Play, Next, Close — and the fast-forward indicator. Names
 * come from `labels`; arrows point the reading direction's way.
 */
export function Controls({ className }: { className?: string }) {
  const { handle, labels, requestPaused, onClose, dir } = useStoriesContext('Stories.Controls');
  const status = usePlayerState(selectStatus);
  const rate = usePlayerState(selectPlaybackRate);
  const playing = status === 'playing';
  const [back, forward] = dir === 'rtl' ? [ICONS.right, ICONS.left] : [ICONS.left, ICONS.right];

  return (
    <div className={className ? `hs-controls ${className}` : 'hs-controls'} data-hs-controls>
      <span className="hs-rate" data-hs-rate>
        <span aria-hidden="true">{labels.rate(rate)}</span>
        <span className="hs-sr-only">{labels.rateDescription(rate)}</span>
      </span>
      <div className="hs-buttons">
        <ControlButton name="previous" label={labels.previous} onClick={() => handle.prev('api')}>
          {back}
        </ControlButton>
        <ControlButton
          name="pause"
          label={playing ? labels.pause : labels.play}
          onClick={() => requestPaused(playing)}
        >
          {playing ? ICONS.pause : ICONS.play}
        </ControlButton>
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
  onClick(): void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="hs-button"
      data-hs-control={props.name}
      aria-label={props.label}
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
  close: icon(
    'M18.3 7.1 16.9 5.7 12 10.6 7.1 5.7 5.7 7.1l4.9 4.9-4.9 4.9 1.4 1.4 4.9-4.9 4.9 4.9 1.4-1.4-4.9-4.9z',
  ),
};

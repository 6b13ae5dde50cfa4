import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useStoriesContext } from '../context';
import { usePlayerState } from '../hooks';
import { cx } from '../util/dom';
import { Button } from './Button';
import { ICONS, icon } from './icons';
import { Options } from './Options';

/**
 * The fast-forward indicator and real buttons — Options (reading mode, transcript, sound,
 * captions: see `Options`), Previous, Pause / Play, Next, Close. Names come from `labels`;
 * arrows point the reading direction's way. While the story plays, the skin keeps Previous and
 * Next out of sight until focused (a tap steps): the chrome stays light over the picture. A
 * hint shows when the browser refused to play with sound.
 */
export const Controls = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function StoriesControls({ className, ...props }, ref) {
    const context = useStoriesContext('Stories.Controls');
    const { labels, dir, reading, sound, onClose, id } = context;
    const playing = usePlayerState((state) => state.status === 'playing');
    const rate = usePlayerState((state) => state.playbackRate);
    const rtl = dir === 'rtl';
    const hint = sound.blocked && sound.muted;

    return (
      <div
        className={cx('hs-controls', className)}
        part="controls"
        data-hs-controls
        {...props}
        ref={ref}
      >
        {hint && (
          <p id={`${id}-unmute`} className="hs-unmute-hint" data-hs-unmute-hint>
            {labels.unmuteHint}
          </p>
        )}
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
          <Options />
          <Button
            name="previous"
            label={labels.previous}
            onClick={() => context.step(false, 'api')}
          >
            {icon(rtl ? ICONS.right : ICONS.left)}
          </Button>
          {/* Reading mode has no time limit: nothing to pause. */}
          {!reading && (
            <Button
              name="pause"
              label={playing ? labels.pause : labels.play}
              onClick={() => context.requestPaused(playing)}
            >
              {icon(playing ? ICONS.pause : ICONS.play)}
            </Button>
          )}
          <Button name="next" label={labels.next} onClick={() => context.step(true, 'api')}>
            {icon(rtl ? ICONS.left : ICONS.right)}
          </Button>
          {onClose && (
            <Button name="close" label={labels.close} onClick={onClose}>
              {icon(ICONS.close)}
            </Button>
          )}
        </div>
      </div>
    );
  },
);
Controls.displayName = 'Stories.Controls';

import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { useStoriesContext } from '../context';
import { usePlayerState } from '../hooks';
import { cx } from '../util/dom';
import { ICONS, icon } from './icons';

/**
 * Real buttons — Reading mode, Transcript, Previous, Pause / Play, Next, Close — and the
 * fast-forward indicator. Names come from `labels`; arrows point the reading direction's way. A
 * story with videos also gets the sound toggle (placed by the skin at the top corner, first in
 * the tab order), with a hint when the browser refused to play with sound, and one with
 * captioned videos the captions toggle beside it.
 */
export const Controls = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function StoriesControls({ className, ...props }, ref) {
    const context = useStoriesContext('Stories.Controls');
    const { labels, dir, reading, sound, onClose, story, id } = context;
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
        {story.frames.some((frame) => frame.kind === 'video') && (
          <div className="hs-mute" data-hs-mute>
            {hint && (
              <p id={`${id}-unmute`} className="hs-unmute-hint" data-hs-unmute-hint>
                {labels.unmuteHint}
              </p>
            )}
            <Button
              name="mute"
              label={labels.mute}
              pressed={sound.muted}
              describedBy={hint ? `${id}-unmute` : undefined}
              onClick={() => sound.setMuted(!sound.muted)}
            >
              {icon(sound.muted ? ICONS.muted : ICONS.sound)}
            </Button>
            {story.frames.some((frame) => frame.kind === 'video' && frame.captions) && (
              <Button
                name="captions"
                label={labels.captions}
                pressed={context.captions}
                onClick={() => context.setCaptions(!context.captions)}
              >
                {icon(ICONS.captions)}
              </Button>
            )}
          </div>
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
          <Button
            name="reading"
            label={labels.readingMode}
            pressed={reading}
            onClick={() => context.setReading(!reading)}
          >
            {icon(ICONS.reading)}
          </Button>
          <Button
            name="transcript"
            label={labels.transcript}
            onClick={() => context.setTranscript(true)}
          >
            {icon(ICONS.transcript)}
          </Button>
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

/** A control: a real button named by its label, its icon hidden from assistive technology. */
export function Button(props: {
  name: string;
  label: string;
  pressed?: boolean;
  describedBy?: string;
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
      aria-describedby={props.describedBy}
      title={props.label}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

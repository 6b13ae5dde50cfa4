import { useEffect, useRef, useState } from 'react';
import { useStoriesContext } from '../context';
import { Button } from './Button';
import { ICONS, icon } from './icons';

/**
 * The chrome's options, one labelled button away: reading mode, the transcript, and for a story
 * with videos the sound and the captions — each a button with its icon and its name in words.
 * A disclosure (`aria-expanded`), not a menu: Tab walks into it, Esc or a press outside closes
 * it (focus back on its button), and the story holds still while it is open.
 */
export function Options() {
  const context = useStoriesContext('Stories.Controls');
  const { labels, reading, sound, story, player, id } = context;
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const video = story.frames.some((frame) => frame.kind === 'video');
  const captioned = story.frames.some((frame) => frame.kind === 'video' && frame.captions);
  const hint = sound.blocked && sound.muted;

  useEffect(() => {
    if (!open) return;
    player.hold();
    // A press elsewhere on the story only closes the options (it neither steps nor holds).
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (root.current?.contains(target)) return;
      if (root.current?.closest('[data-hs-root]')?.contains(target)) event.stopPropagation();
      setOpen(false);
    };
    // Esc closes them, focus back on their button; the story's own Esc (close) waits.
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      toggle.current?.focus();
    };
    const element = root.current;
    document.addEventListener('pointerdown', outside, true);
    element?.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      element?.removeEventListener('keydown', onEscape);
      player.release();
    };
  }, [open, player]);

  // Each choice closes the options, the focus back on their button (where the transcript
  // returns it when it closes), and the story runs on.
  const choose = (action: () => void) => () => {
    setOpen(false);
    toggle.current?.focus();
    action();
  };

  return (
    <div className="hs-options" data-hs-options data-open={open ? '' : undefined} ref={root}>
      <button
        type="button"
        className="hs-button"
        data-hs-control="options"
        aria-label={labels.options}
        title={labels.options}
        aria-expanded={open}
        aria-controls={`${id}-options`}
        aria-describedby={hint ? `${id}-unmute` : undefined}
        onClick={() => setOpen(!open)}
        ref={toggle}
      >
        {icon(ICONS.more)}
      </button>
      {/* biome-ignore lint/a11y/useSemanticElements: buttons, not form fields: no fieldset */}
      <div
        id={`${id}-options`}
        className="hs-options-list"
        role="group"
        aria-label={labels.options}
        hidden={!open}
      >
        <Button
          worded
          name="reading"
          label={labels.readingMode}
          pressed={reading}
          onClick={choose(() => context.setReading(!reading))}
        >
          {icon(ICONS.reading, 20)}
        </Button>
        <Button
          worded
          name="transcript"
          label={labels.transcript}
          onClick={choose(() => context.setTranscript(true))}
        >
          {icon(ICONS.transcript, 20)}
        </Button>
        {video && (
          <Button
            worded
            name="mute"
            label={labels.mute}
            pressed={sound.muted}
            describedBy={hint ? `${id}-unmute` : undefined}
            onClick={choose(() => sound.setMuted(!sound.muted))}
          >
            {icon(sound.muted ? ICONS.muted : ICONS.sound, 20)}
          </Button>
        )}
        {captioned && (
          <Button
            worded
            name="captions"
            label={labels.captions}
            pressed={context.captions}
            onClick={choose(() => context.setCaptions(!context.captions))}
          >
            {icon(ICONS.captions, 20)}
          </Button>
        )}
      </div>
    </div>
  );
}

import { type BuiltInLanguage, Stories } from 'react-hold-stories';
import { useFreeze } from '../support/useFreeze';
import { INSPECTABLE, type InspectableStory } from './catalogue';
import { InspectorPanel } from './InspectorPanel';
import { inspectFrame } from './inspectFrame';
import '../support/phone.css';
import './inspector.css';

export interface InspectorProps {
  /** Which story to open. */
  story: InspectableStory;
  /** The frame to freeze, from 0 (clamped to the story's last frame). */
  frame: number;
  /** Where in the frame to freeze it, 0 → 1. */
  progress: number;
  /** Fast-forward factor: sets the frame's on-screen time and the flash analysis. */
  playbackRate: number;
  /** How long (ms) a press must last to reveal the messages, once you press the frame yourself. */
  holdDelay: number;
  /** The player's language. */
  labels: BuiltInLanguage;
}

/**
 * A frame frozen at a chosen progress with its hidden messages shown, and what the player makes
 * of it below: its time on screen, its luminance, and the flash analysis of the whole story.
 */
export function Inspector({ story: key, frame, progress, ...props }: InspectorProps) {
  const story = INSPECTABLE[key];
  const index = Math.min(Math.max(Math.round(frame), 0), story.frames.length - 1);
  const at = Math.min(Math.max(progress, 0), 1);
  // A fresh player for each story, frame and progress: the freeze lands exactly there.
  const playerKey = `${key}:${index}:${at}`;
  const player = useFreeze(index, at, playerKey);

  return (
    <div className="sb-inspector">
      <div className="sb-phone">
        <Stories
          key={playerKey}
          ref={player}
          story={story}
          defaultFrameIndex={index}
          defaultPaused
          {...props}
        />
      </div>
      <InspectorPanel
        inspection={inspectFrame(story, index, props.playbackRate)}
        progress={at}
        playbackRate={props.playbackRate}
        frameCount={story.frames.length}
        clampedFrom={index === frame ? undefined : frame}
      />
    </div>
  );
}

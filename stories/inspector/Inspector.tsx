import { useEffect, useState } from 'react';
import { type PlayerState, Stories, usePlayerState } from 'react-hold-stories';
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
  labels: 'en' | 'fr';
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
  // The rate the player reports for the frame, kept with the player it came from.
  const [reported, setReported] = useState<{ playerKey: string; rate: number }>();

  return (
    <div className="sb-inspector">
      <div className="sb-phone">
        {/* The ready-made layout, and a reader of the player's own state. */}
        <Stories.Root
          key={playerKey}
          ref={player}
          story={story}
          defaultFrameIndex={index}
          defaultPaused
          {...props}
        >
          <Stories.Stage />
          <Stories.Chrome>
            <Stories.Progress />
            <Stories.Controls />
          </Stories.Chrome>
          <Stories.Transcript />
          <Stories.LiveRegion />
          <ReportFrameRate onRate={(rate) => setReported({ playerKey, rate })} />
        </Stories.Root>
      </div>
      <InspectorPanel
        inspection={inspectFrame(story, index, props.playbackRate)}
        playerRate={reported?.playerKey === playerKey ? reported.rate : undefined}
        progress={at}
        playbackRate={props.playbackRate}
        frameCount={story.frames.length}
        clampedFrom={index === frame ? undefined : frame}
      />
    </div>
  );
}

const selectFrameRate = (state: PlayerState) => state.frameRate;

/** Tells the inspector the rate the player plays the current frame at (`frameRate`). */
function ReportFrameRate({ onRate }: { onRate(rate: number): void }) {
  const rate = usePlayerState(selectFrameRate);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reported when the rate changes
  useEffect(() => onRate(rate), [rate]);
  return null;
}

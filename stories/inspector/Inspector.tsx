import { useEffect, useState } from 'react';
import { type Frame, type PlayerState, Stories, usePlayerState } from 'react-hold-stories';
import { useFreeze } from '../support/useFreeze';
import { INSPECTABLE, type InspectableStory } from './catalogue';
import { FrameTimeline } from './FrameTimeline';
import { InspectorPanel } from './InspectorPanel';
import { inspectFrame } from './inspectFrame';
import '../support/phone.css';
import './inspector.css';

export interface InspectorProps {
  /** Which story to open. */
  story: InspectableStory;
  /** The frame to freeze, from 0 (clamped to the story's last frame). */
  frame: number;
  /**
   * Where in the frame to freeze it: its own ms at 1× (the unit of `duration` and of a message's
   * `at`), clamped to the frame's duration. The time control under the phone moves it too.
   * Unset: the frame's still moment (`still`, its start without one).
   */
  time?: number;
  /** Fast-forward factor: sets the frame's on-screen time and the flash analysis. */
  playbackRate: number;
  /** How long (ms) a press must last to reveal the messages, once you press the frame yourself. */
  holdDelay: number;
  /** The player's language. */
  labels: 'en' | 'fr';
}

/** What the player reports from inside: the frame's rate and the messages it shows. */
interface Report {
  playerKey: string;
  rate: number;
  shown?: readonly number[];
}

/**
 * A frame frozen at a chosen instant with its hidden messages shown, and what the player makes
 * of it below: where the frame's timed messages hold (a timeline with its own time control),
 * which ones show at that instant, its time on screen, its luminance, and the flash analysis of
 * the whole story.
 */
export function Inspector({ story: key, frame, time: asked, ...props }: InspectorProps) {
  const story = INSPECTABLE[key];
  const index = Math.min(Math.max(Math.round(frame), 0), story.frames.length - 1);
  const target = story.frames[index] as Frame;
  const { duration } = target;
  const moment = asked ?? (target.still ?? 0) * duration;
  // The time control's instant, until a control of Storybook's asks for another.
  const [scrubbed, setScrubbed] = useState<{ from: string; time: number }>();
  const asking = `${key}:${index}:${moment}`;
  const time = Math.min(Math.max(scrubbed?.from === asking ? scrubbed.time : moment, 0), duration);
  // A fresh player for each story and frame; a new instant moves the same player there, so a
  // scrub through a long take does not remount it at every step.
  const playerKey = `${key}:${index}`;
  const player = useFreeze(index, time / duration, playerKey);
  const [report, setReport] = useState<Report>();
  const reported = report?.playerKey === playerKey ? report : undefined;

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
          <ReportPlayer onReport={(rate, shown) => setReport({ playerKey, rate, shown })} />
        </Stories.Root>
      </div>
      <FrameTimeline
        frame={target}
        time={time}
        onTime={(next) => setScrubbed({ from: asking, time: next })}
      />
      <InspectorPanel
        inspection={inspectFrame(story, index, props.playbackRate)}
        playerRate={reported?.rate}
        playerShown={reported?.shown}
        time={time}
        playbackRate={props.playbackRate}
        frameCount={story.frames.length}
        clampedFrom={index === frame ? undefined : frame}
      />
    </div>
  );
}

const selectFrameRate = (state: PlayerState) => state.frameRate;
const selectRevealing = (state: PlayerState) => state.revealing;
const selectShown = (state: PlayerState) => state.shownMessages;

/**
 * Tells the inspector what the player says of the current frame: the rate it plays it at
 * (`frameRate`) and, while revealing, the messages it shows (`shownMessages`).
 */
function ReportPlayer({ onReport }: { onReport(rate: number, shown?: readonly number[]): void }) {
  const rate = usePlayerState(selectFrameRate);
  const revealing = usePlayerState(selectRevealing);
  const shown = usePlayerState(selectShown);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reported when what it reads changes
  useEffect(() => onReport(rate, revealing ? shown : undefined), [rate, revealing, shown]);
  return null;
}

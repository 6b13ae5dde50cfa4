import type { CSSProperties } from 'react';
import type { Frame } from 'react-hold-stories';
import { describeWindow, holdsAt, seconds } from './messageTimes';

interface FrameTimelineProps {
  frame: Frame;
  /** The instant shown, in the frame's ms at 1×. */
  time: number;
  onTime(time: number): void;
}

/** How fine the time control moves, in ms at 1×: a tenth of a second reads well in a long take. */
const STEP = 50;

/**
 * The frame's time from 0 to its duration: one lane per hidden message with its window drawn
 * (lit when it holds the instant; a message without `at` spans the whole lane), the instant as
 * a line across them, and under it the control that moves it — a native range, so it follows the
 * keyboard (arrows, Page Up / Down, Home / End) as well as a drag.
 */
export function FrameTimeline({ frame, time, onTime }: FrameTimelineProps) {
  const messages = frame.reveal ?? [];
  const share = (ms: number) => `${(ms / frame.duration) * 100}%`;

  return (
    <section
      className="sb-timeline"
      aria-labelledby="sb-timeline-title"
      style={{ '--sb-at-share': time / frame.duration } as CSSProperties}
    >
      <div className="sb-timeline-head">
        <h2 id="sb-timeline-title">Time in the frame</h2>
        <output htmlFor="sb-timeline-time" data-sb-time>
          {seconds(time)} of {seconds(frame.duration)} at ×1
        </output>
      </div>
      {messages.length === 0 ? (
        <p className="sb-timeline-empty">No hidden messages on this frame.</p>
      ) : (
        // Drawn for the eye; the readings under it say the same in words.
        <div className="sb-timeline-lanes" aria-hidden="true" data-sb-lanes>
          {messages.map((message, index) => {
            const [start, end] = message.at ?? [0, frame.duration];
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a message is its position in its frame
              <div key={index} className="sb-timeline-lane" title={describeWindow(message)}>
                <span className="sb-timeline-number">{index + 1}</span>
                <span className="sb-timeline-track">
                  <span
                    className="sb-timeline-window"
                    data-sb-window={index}
                    data-active={holdsAt(message, time) ? '' : undefined}
                    data-whole={message.at ? undefined : ''}
                    style={{ left: share(start), width: share(end - start) }}
                  />
                </span>
              </div>
            );
          })}
          <span className="sb-timeline-rail">
            <span className="sb-timeline-cursor" />
          </span>
        </div>
      )}
      <input
        id="sb-timeline-time"
        className="sb-timeline-input"
        type="range"
        min={0}
        max={frame.duration}
        step={STEP}
        value={time}
        aria-label="Time in the frame, ms at ×1"
        aria-valuetext={`${seconds(time)} of ${seconds(frame.duration)}`}
        onChange={(event) => onTime(Number(event.currentTarget.value))}
      />
      <div className="sb-timeline-scale" aria-hidden="true">
        <span>0 s</span>
        <span>{seconds(frame.duration)}</span>
      </div>
    </section>
  );
}

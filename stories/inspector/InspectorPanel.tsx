import type { ReactNode } from 'react';
import type { FrameInspection, LuminanceReading } from './inspectFrame';
import { MessageReadings } from './MessageReadings';
import { seconds } from './messageTimes';

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const rate = (value: number) => `×${number.format(value)}`;

interface InspectorPanelProps {
  inspection: FrameInspection;
  /** The rate the player reports for the frame (`frameRate`), once it has. */
  playerRate?: number;
  /** The instant inspected, in the frame's ms at 1×. */
  time: number;
  /** The messages the player shows (`shownMessages`) while it reveals. */
  playerShown?: readonly number[];
  playbackRate: number;
  frameCount: number;
  /** The frame asked for, when it was past the story's end. */
  clampedFrom?: number;
}

/** The inspector's readings, under the phone box. */
export function InspectorPanel(props: InspectorPanelProps) {
  const { inspection, playerRate, time, playerShown, playbackRate, frameCount, clampedFrom } =
    props;
  const { frame, index, flashes } = inspection;
  // What the player says wins; the analysis stands in until it has said it.
  const played = playerRate ?? inspection.effectiveRate;
  const onScreenMs = frame.duration / played;
  const disagrees =
    playerRate !== undefined && Math.abs(playerRate - inspection.effectiveRate) > 1e-6;

  return (
    <aside className="sb-inspector-panel" aria-labelledby="sb-inspector-title">
      <h2 id="sb-inspector-title">
        Frame {index + 1} of {frameCount} · <code>{frame.id}</code> ({frame.kind})
      </h2>
      {clampedFrom !== undefined && (
        <p className="sb-inspector-note">
          Frame {clampedFrom} is past the end of this story: showing its last frame.
        </p>
      )}
      <p className="sb-inspector-alt">{frame.alt}</p>
      <dl>
        <Row term="Frozen at">
          <span data-sb-frozen-at>
            {ms(time)} of {ms(frame.duration)} ({Math.round((time / frame.duration) * 100)}&nbsp;%)
          </span>
          , {ms(time / played)} in on screen
        </Row>
        <Row term="Duration at ×1">{ms(frame.duration)}</Row>
        <Row term={`On screen at ${rate(playbackRate)}`}>
          <span data-sb-on-screen>{ms(onScreenMs)}</span>
          {played < playbackRate && (
            <span className="sb-inspector-warn">
              {' '}
              — slowed {inspection.slowed ? 'by the flash guard' : 'by the player'} to{' '}
              {rate(played)}
            </span>
          )}
        </Row>
        <Row term="Rate, as the player reports it">
          <span data-sb-player-rate>
            {playerRate === undefined ? 'not reported yet' : rate(playerRate)}
          </span>
          {disagrees && (
            <span className="sb-inspector-warn">
              {' '}
              — the analysis below says {rate(inspection.effectiveRate)}: the player knows something
              the frames' data does not (a measured image, a video's own limit)
            </span>
          )}
        </Row>
        <Row term="Luminance">
          <span data-sb-luminance>{describeLuminance(inspection.luminance)}</span>
        </Row>
      </dl>

      <h3>Hidden messages at {seconds(time)}</h3>
      <MessageReadings frame={frame} time={time} playerShown={playerShown} />

      <h3>Flash analysis of the whole story at {rate(playbackRate)}</h3>
      <dl>
        <Row term="Most flashes in a second, unguarded">
          <span data-sb-flashes>
            {number.format(flashes.maxFlashesPerSecond.general)} (general),{' '}
            {number.format(flashes.maxFlashesPerSecond.red)} (red)
          </span>{' '}
          — the limit is 3
        </Row>
        <Row term="Offending spans">
          {flashes.offending.length === 0 ? (
            'none'
          ) : (
            <ul data-sb-offending>
              {flashes.offending.map((span) => (
                <li key={`${span.kind}:${span.from}`}>
                  frames {span.from + 1}–{span.to + 1}: {number.format(span.flashesPerSecond)}{' '}
                  flashes a second ({span.kind}), slowed by the guard
                </li>
              ))}
            </ul>
          )}
        </Row>
        <Row term="Safe rate">
          <span data-sb-safe-rate>
            {Number.isFinite(flashes.safeRate)
              ? `up to ${rate(flashes.safeRate)}`
              : 'any rate (no flashing cuts)'}
          </span>
        </Row>
      </dl>
      {inspection.hasImages && (
        <p className="sb-inspector-note">
          Image frames are measured when they decode: until then this analysis (like the player's)
          leaves them out.
        </p>
      )}
    </aside>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="sb-inspector-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function describeLuminance(reading: LuminanceReading): string {
  switch (reading.source) {
    case 'data':
      return `${number.format(reading.value)} (given in the frame's data)`;
    case 'card':
      return `${number.format(reading.value)} (from the card's background)`;
    case 'runtime':
      return 'measured at run time (an image, once decoded)';
    case 'unknown':
      return 'unknown (a render frame without a luminance value takes part in no flash)';
  }
}

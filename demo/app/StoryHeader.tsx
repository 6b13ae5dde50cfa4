import type { Story } from 'react-hold-stories';
import { messageTotals } from '../stories';
import { type Tally, tallyText, useTally } from './tally';

/**
 * Over the top of the story, under its progress bar: which story this is and the discovery
 * tally, which counts up the moment a hold reveals a message. Presses go through it to the
 * story beneath.
 */
export function StoryHeader({
  story,
  position,
  count,
  tally,
}: {
  story: Story;
  position: number;
  count: number;
  tally: Tally;
}) {
  useTally(tally);
  return (
    <header className="demo-header">
      <p className="demo-header-title">
        <span className="demo-header-position" aria-hidden="true">
          {position}/{count}
        </span>
        <span className="demo-sr-only">
          Histoire {position} sur {count} :
        </span>{' '}
        {story.title}
      </p>
      <p className="demo-header-tally" data-demo-tally>
        {tallyText(tally.count(), messageTotals.all)}
      </p>
    </header>
  );
}

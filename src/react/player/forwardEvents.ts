import type { Player } from '../../engine';
import type { Story } from '../../story/types';
import type { StoryEventMap, StoryEvents } from '../types';

/** Each engine event a story reports, and the prop it goes to: the one list of them. */
export const EVENT_PROPS = {
  framechange: 'onFrameChange',
  holdstart: 'onHoldStart',
  holdend: 'onHoldEnd',
  reveal: 'onReveal',
  play: 'onPlay',
  pause: 'onPause',
  ended: 'onEnded',
  error: 'onError',
  answer: 'onAnswer',
  action: 'onAction',
} as const satisfies { [Name in keyof StoryEventMap]: keyof StoryEvents };

/** What the forwarded events read at the time they fire: the latest props. */
export interface EventTarget {
  story: Story;
  events: StoryEvents;
  /** Added to every event (a collection adds the story's `storyId` and `storyIndex`). */
  extra?: object;
}

/**
 * Engine events → the latest props' handlers, subscribed once, when the player is made: a
 * command issued before the player is connected (a child's mount effect) is reported too.
 */
export function forwardEvents(player: Player, latest: { readonly current: EventTarget }): void {
  for (const name of Object.keys(EVENT_PROPS) as (keyof typeof EVENT_PROPS)[]) {
    player.on(name, (event) => {
      const { story, events, extra } = latest.current;
      const detail = name === 'reveal' ? withMessage(story, event as StoryEventMap['reveal']) : {};
      (events[EVENT_PROPS[name]] as ((event: object) => void) | undefined)?.({
        ...event,
        ...detail,
        ...extra,
      });
    });
  }
}

function withMessage(story: Story, { frameIndex, messageIndex }: StoryEventMap['reveal']) {
  return { message: story.frames[frameIndex]?.reveal?.[messageIndex] };
}

import {
  forwardRef,
  useId,
  useImperativeHandle,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { describeValue } from '../../story/issues';
import type { Story } from '../../story/types';
import { useCollection } from '../collectionContext';
import { StoriesContext, type StoriesContextValue } from '../context';
import { createPress, DEFAULT_HOLD_DELAY } from '../gestures/createPress';
import { useStoryKeyboard } from '../gestures/useStoryKeyboard';
import { resolveLabels } from '../labels';
import { useCueMessages } from '../media/useCueMessages';
import { useSound } from '../media/useSound';
import { useCheckedStory } from '../player/useCheckedStory';
import { usePlayback } from '../player/usePlayback';
import { usePlayer } from '../player/usePlayer';
import { splitProps } from '../splitProps';
import type { StoriesHandle, StoriesRootProps } from '../types';
import { warnOnce } from '../util/dev';
import { compose, cx } from '../util/dom';
import { useLatest } from '../util/useLatest';
import { Invalid } from './Invalid';

/**
 * The player and its context, rendered as the labelled story region (`<section>`); compose the
 * other parts inside it, or use the ready-made `<Stories>`. Its ref is the story's commands.
 * A story that is invalid from the start renders an alert naming the first problem instead.
 */
export const Root = forwardRef<StoriesHandle, StoriesRootProps>(function StoriesRoot(props, ref) {
  const collection = useCollection();
  const checked = useCheckedStory(
    props.story,
    collection ? `stories[${collection.storyIndex}]` : 'story',
    props.allowUrl,
    props.onInvalid,
  );
  if (checked.story) return <StoryRoot {...props} ref={ref} story={checked.story} />;
  return (
    <Invalid
      issues={checked.issues}
      fallback={props.fallback}
      className={cx('hs-root', props.className)}
      dir={props.dir}
    />
  );
});
Root.displayName = 'Stories.Root';

const StoryRoot = forwardRef<StoriesHandle, StoriesRootProps & { story: Story }>(
  function StoryRoot(props, ref) {
    // `loop`, `defaultFrameIndex`, `defaultAnswers`: the player's (usePlayer reads them).
    const {
      story: checkedStory,
      loop: _loop,
      defaultFrameIndex: _start,
      defaultAnswers: _answers,
      className,
      children,
      ...rest
    } = props;
    const { options, element: section } = splitProps(rest);
    const { labels: labelsOption, dir = 'ltr', onClose } = options;
    const collection = useCollection();
    const extra = collection
      ? { storyId: collection.storyId, storyIndex: collection.storyIndex }
      : undefined;
    // It starts paused when the viewer wishes it, or reads.
    const startPaused =
      (options.paused ?? options.defaultPaused) ||
      (options.readingMode ?? options.defaultReadingMode);
    // The story as it plays: its video frames' cues, once read, are timed messages too.
    const { story, cues, reportCues } = useCueMessages(checkedStory);
    const made = usePlayer(props, story, !startPaused, extra);
    const { player } = made;
    const state = useSyncExternalStore(player.subscribe, player.getState, player.getState);
    const playback = usePlayback(player, props, state.frameIndex, story.frames);
    const sound = useSound(props);
    const delay = useLatest(checkHoldDelay(options.holdDelay));
    const [press] = useState(() => createPress(player, () => delay.current));
    const [transcript, setTranscript] = useState(false);
    const [captions, setCaptions] = useState(false);
    const labels = useMemo(() => resolveLabels(labelsOption), [labelsOption]);
    const id = useId();
    const keyboard = useStoryKeyboard(press, player, playback.step, dir, onClose);
    useImperativeHandle(ref, () => playback.commands, [playback.commands]);

    const context = useMemo<StoriesContextValue>(
      () => ({
        ...made,
        ...playback,
        story,
        labels,
        dir,
        press,
        sound,
        preloadAhead: checkPreloadAhead(options.preloadAhead),
        transcript,
        setTranscript,
        onClose,
        scroll: options.scroll === 'vertical' ? 'vertical' : 'none',
        holdPrompt: options.holdPrompt === true,
        glimpse: options.glimpse === true,
        loader: options.loader,
        id,
        cues,
        reportCues,
        captions,
        setCaptions,
      }),
      [
        made,
        playback,
        story,
        labels,
        dir,
        press,
        sound,
        options.preloadAhead,
        transcript,
        onClose,
        options.scroll,
        options.holdPrompt,
        options.glimpse,
        options.loader,
        id,
        cues,
        reportCues,
        captions,
      ],
    );

    return (
      <StoriesContext.Provider value={context}>
        <section
          className={cx('hs-root', className)}
          dir={dir}
          aria-roledescription={labels.story}
          aria-label={story.title}
          data-hs-root
          data-state={state.status}
          data-revealing={state.revealing ? '' : undefined}
          data-waiting={state.waiting ? '' : undefined}
          data-awaiting={state.awaitingViewer ? '' : undefined}
          data-reading={playback.reading ? '' : undefined}
          data-scroll={options.scroll === 'vertical' ? 'vertical' : undefined}
          {...section}
          style={{ '--hs-rate': state.playbackRate, ...section.style }}
          onKeyDown={compose(section.onKeyDown, keyboard.onKeyDown)}
          onKeyUp={compose(section.onKeyUp, keyboard.onKeyUp)}
        >
          {children}
          <p id={`${id}-hint`} className="hs-sr-only">
            {labels.holdHint}
          </p>
        </section>
      </StoriesContext.Provider>
    );
  },
);

function checkHoldDelay(holdDelay = DEFAULT_HOLD_DELAY): number {
  if (holdDelay >= 0 && holdDelay < Number.POSITIVE_INFINITY) return holdDelay;
  if (process.env.NODE_ENV !== 'production')
    warnOnce(
      `holdDelay: expected a number of milliseconds ≥ 0, got ${describeValue(holdDelay)}; using ${DEFAULT_HOLD_DELAY}`,
    );
  return DEFAULT_HOLD_DELAY;
}

function checkPreloadAhead(ahead = 2): number {
  if (Number.isInteger(ahead) && ahead >= 0) return ahead;
  if (process.env.NODE_ENV !== 'production')
    warnOnce(
      `preloadAhead: expected a whole number of frames ≥ 0, got ${describeValue(ahead)}; using 2`,
    );
  return 2;
}

import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { domMin, LazyMotion, type MotionValue, m } from 'framer-motion';
import { type ReactNode, useEffect } from 'react';
import {
  type CallToAction,
  type ChoiceFrame,
  type Frame,
  Stories,
  type Story as StoryData,
} from 'react-hold-stories';
import { expect, fn, waitFor, within } from 'storybook/test';
import clockVideo from '../test/fixtures/media/clock.webm?url';
// The repository's test video (made by test/support/makeTestVideo.mjs): 2 s, a frame counter
// and a bar crossing the picture.
import clockPoster from '../test/fixtures/media/clock-poster.jpg?url';
import { FRAME, sampleStory } from './fixtures';

/** A poll: no option is right, each has its own feedback. */
const poll: ChoiceFrame = {
  id: 'poll',
  kind: 'choice',
  duration: 3000,
  alt: 'A question to the viewer about the way to school.',
  question: 'How do you get to school?',
  options: [
    { label: 'By bus', feedback: 'Sam takes the 7:40 bus too.' },
    { label: 'On foot', feedback: 'The walk is the quiet part of the day.' },
    { label: 'By bike', feedback: 'Lock it by the gym door.' },
  ],
};

/** A quiz: one option is right (`correct`); a wrong answer shows which one. */
const quiz: ChoiceFrame = {
  id: 'quiz',
  kind: 'choice',
  duration: 3000,
  alt: 'A quiz about a classmate who is left out.',
  question: 'Someone is always left out at lunch. What can you do?',
  background: 'linear-gradient(160deg, #1f3b4d, #2d2456)',
  options: [
    { label: 'Nothing, it is not my business', feedback: 'Being left out every day hurts.' },
    { label: 'Sit with them', correct: true, feedback: 'Yes: one seat changes a whole day.' },
    { label: 'Laugh along', feedback: 'Laughing along makes it worse.' },
  ],
};

const after: Frame = {
  id: 'after',
  kind: 'card',
  duration: 2500,
  background: 'linear-gradient(160deg, #2a4466, #34306a)',
  text: 'The next frame',
  alt: 'A card: the next frame.',
};

/** A story of `frame` then a card. */
const storyOf = (frame: Frame, title: string): StoryData => ({
  id: `interactive-${frame.id}`,
  title,
  frames: [frame, after],
});

const HELP: CallToAction = { label: 'Talk to someone', href: '#talk-to-someone' };

/**
 * A `render` frame drawn here: a bar that fills with the frame's progress (so a hold stops it),
 * in the middle of the frame, clear of the link's band at the bottom.
 */
function LeavingBar({ progress }: { progress: MotionValue<number> }) {
  return (
    <LazyMotion features={domMin}>
      <div
        style={{
          position: 'absolute',
          inset: 0,
          display: 'grid',
          alignContent: 'center',
          gap: 16,
          padding: '0 14%',
          background: 'linear-gradient(160deg, #1d2150, #3b3d7a)',
          textAlign: 'center',
        }}
      >
        <p style={{ margin: 0, font: '800 1.6rem/1.2 system-ui, sans-serif' }}>
          7:30, time to leave
        </p>
        <div style={{ height: 8, borderRadius: 4, background: 'rgb(255 255 255 / 0.25)' }}>
          {/* The MotionValue itself: written on each tick, no React render. */}
          <m.div
            style={{
              height: '100%',
              borderRadius: 4,
              background: '#f2b66b',
              originX: 0,
              scaleX: progress,
            }}
          />
        </div>
      </div>
    </LazyMotion>
  );
}

/** A frame of the sample story (one of each kind but video). */
function sampleFrame(index: number): Frame {
  const frame = sampleStory.frames[index];
  if (!frame) throw new Error(`the sample story has no frame ${index}`);
  return frame;
}

/** Each kind of frame, with a call to action. */
const withCta: Record<Frame['kind'], Frame> = {
  card: { ...sampleFrame(FRAME.card), cta: HELP },
  image: { ...sampleFrame(FRAME.image), cta: { label: 'See the lake', href: '#lake' } },
  video: {
    id: 'clock',
    kind: 'video',
    duration: 5000,
    src: clockVideo,
    poster: clockPoster,
    alt: 'A frame counter counting from 0 to 47 while a yellow square crosses the screen.',
    cta: { label: 'Watch the full video', href: '#full-video' },
  },
  render: {
    id: 'leaving',
    kind: 'render',
    duration: 3000,
    alt: 'A bar fills up as half past seven comes: time to leave for school.',
    render: ({ progress }) => <LeavingBar progress={progress} />,
    cta: { label: 'Plan your morning', href: '#plan' },
  },
  choice: { ...quiz, cta: HELP },
};

/** The options of the question on screen, in order. */
const optionsIn = (canvasElement: HTMLElement) =>
  within(canvasElement).getAllByRole<HTMLButtonElement>('radio');

/** The option's feedback, once its entrance (a CSS animation from opacity 0) has begun. */
const feedbackShown = (canvasElement: HTMLElement, text: string) =>
  waitFor(() => expect(within(canvasElement).getByText(text)).toBeVisible());

/**
 * Storybook only: the preview's `<base target="_parent">` would load a followed link in place of
 * Storybook itself. The press reaches the story first (`onAction` fires: the link's handler skips
 * a click whose default is already prevented, so this runs after it, as the click bubbles); only
 * the browser's navigation is stopped.
 */
const stayInStorybook: Decorator = (Story) => (
  <StayInStorybook>
    <Story />
  </StayInStorybook>
);

function StayInStorybook({ children }: { children: ReactNode }) {
  useEffect(() => {
    const stay = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a[data-hs-action]')) {
        event.preventDefault();
      }
    };
    // On the document: reached after React's own listener (the story's root), so after the link's.
    document.addEventListener('click', stay);
    return () => document.removeEventListener('click', stay);
  }, []);
  return children;
}

/**
 * Interactive frames. A `choice` frame asks a question whose options are real buttons (one tab
 * stop, the arrows move between them, Enter, Space or a tap answers, once); its time runs, then
 * the story waits at its end until the viewer moves on. Any frame may carry a call to action
 * (`cta`): a link above the controls, followed by a tap on it or a swipe up on the story; the
 * story leaves presses on links and options alone (no freeze, no reveal). Answered states come
 * from `defaultAnswers`.
 */
const meta = {
  title: 'Stories/Interactive',
  component: Stories,
  decorators: [stayInStorybook],
  args: {
    story: storyOf(poll, 'A poll'),
    playbackRate: 4,
    labels: 'en',
    defaultPaused: true,
    onAnswer: fn(),
    onAction: fn(),
    onFrameChange: fn(),
  },
  argTypes: {
    story: { control: false },
    defaultAnswers: { control: false },
    labels: { control: 'inline-radio', options: ['en', 'fr'] },
    playbackRate: { control: { type: 'range', min: 1, max: 12, step: 1 } },
  },
} satisfies Meta<typeof Stories>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A question nobody has answered: a group of radio buttons named by the question. */
export const ChoiceOpen: Story = {
  name: 'Choice: open',
  play: async ({ canvas, canvasElement }) => {
    const group = canvas.getByRole('radiogroup', { name: 'How do you get to school?' });
    await expect(group).not.toHaveAttribute('aria-readonly');
    const options = optionsIn(canvasElement);
    await expect(options.map((option) => option.getAttribute('aria-checked'))).toEqual([
      'false',
      'false',
      'false',
    ]);
    // One tab stop for the group.
    await expect(options.map((option) => option.tabIndex)).toEqual([0, -1, -1]);
    await expect(canvasElement.querySelector('.hs-choice-feedback')).toBeEmptyDOMElement();
  },
};

/**
 * Playing at ×8: the question's time runs out, then the story waits at its end (progress full)
 * until the viewer moves on — a tap on the right, Next or →. No time limit on a decision.
 */
export const ChoiceWaiting: Story = {
  name: 'Choice: waiting at its end',
  args: { defaultPaused: false, playbackRate: 8 },
  play: async ({ canvas, canvasElement, args }) => {
    const fill = () =>
      canvasElement.querySelector<HTMLElement>('[data-hs-segment][data-state="active"] > *');
    await waitFor(() => expect(fill()?.style.transform).toBe('scaleX(1)'), { timeout: 3000 });
    // Twice its 3 s at ×8: still the question.
    await new Promise((resolve) => setTimeout(resolve, 750));
    await expect(canvas.getByRole('group')).toHaveAccessibleName('Frame 1 of 2');
    await expect(args.onFrameChange).not.toHaveBeenCalledWith(
      expect.objectContaining({ cause: 'auto' }),
    );
    await expect(canvasElement.querySelector('[data-hs-root]')).toHaveAttribute(
      'data-state',
      'playing',
    );
  },
};

/**
 * Answering with the keyboard: Tab reaches the options, ↓ moves to the next one, Enter answers.
 * `onAnswer` fires once; the group turns read-only and the option's feedback shows.
 */
export const Answering: Story = {
  name: 'Choice: answering with the keyboard',
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    canvas.getByRole('group').focus();
    await userEvent.tab();
    const options = optionsIn(canvasElement);
    await expect(options[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(options[1]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(options[1]).toHaveAttribute('aria-checked', 'true'));
    await feedbackShown(canvasElement, 'The walk is the quiet part of the day.');
    await expect(args.onAnswer).toHaveBeenCalledTimes(1);
    await expect(args.onAnswer).toHaveBeenCalledWith(
      expect.objectContaining({ frameIndex: 0, frameId: 'poll', optionIndex: 1 }),
    );
    // An answer is final.
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(args.onAnswer).toHaveBeenCalledTimes(1);
    await expect(options[1]).toHaveAttribute('aria-checked', 'true');
  },
};

/**
 * Answering with a click (or a tap): the option's own, never a press of the story (no freeze,
 * no step to the next frame); a second click on another option changes nothing.
 */
export const AnsweringByClick: Story = {
  name: 'Choice: answering with a click',
  args: { story: storyOf(quiz, 'A quiz') },
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    const options = optionsIn(canvasElement);
    await userEvent.click(options[0] as HTMLElement);
    await waitFor(() => expect(args.onAnswer).toHaveBeenCalledTimes(1));
    await expect(args.onAnswer).toHaveBeenCalledWith(
      expect.objectContaining({ frameId: 'quiz', optionIndex: 0, correct: false }),
    );
    await feedbackShown(canvasElement, 'Being left out every day hurts.');
    await expect(options[1]).toHaveAttribute('data-correct');
    await userEvent.click(options[1] as HTMLElement);
    await expect(args.onAnswer).toHaveBeenCalledTimes(1);
    await expect(options[1]).toHaveAttribute('aria-checked', 'false');
    await expect(canvas.getByRole('group')).toHaveAccessibleName('Frame 1 of 2');
    await expect(canvasElement.querySelector('[data-hs-root]')).toHaveAttribute(
      'data-state',
      'paused',
    );
  },
};

/** A poll answered (`defaultAnswers`): the chosen option and its feedback; nothing is "right". */
export const PollAnswered: Story = {
  name: 'Choice: poll answered',
  args: { defaultAnswers: new Map([['poll', 0]]) },
  play: async ({ canvas, canvasElement }) => {
    const options = optionsIn(canvasElement);
    await expect(options[0]).toHaveAttribute('aria-checked', 'true');
    await expect(options[0]).toHaveTextContent('Your answer');
    await expect(canvasElement.querySelector('[data-correct]')).toBeNull();
    await expect(canvas.getByRole('radiogroup')).toHaveAttribute('aria-readonly', 'true');
    await feedbackShown(canvasElement, 'Sam takes the 7:40 bus too.');
  },
};

/** A quiz answered right: the chosen option is the right one. */
export const QuizRight: Story = {
  name: 'Choice: quiz, right answer',
  args: { story: storyOf(quiz, 'A quiz'), defaultAnswers: new Map([['quiz', 1]]) },
  play: async ({ canvasElement }) => {
    const options = optionsIn(canvasElement);
    await expect(options[1]).toHaveAttribute('aria-checked', 'true');
    await expect(options[1]).toHaveAttribute('data-correct');
    await expect(canvasElement.querySelectorAll('[data-correct]')).toHaveLength(1);
    await feedbackShown(canvasElement, 'Yes: one seat changes a whole day.');
  },
};

/** A quiz answered wrong: the chosen option, and the right one marked beside it. */
export const QuizWrong: Story = {
  name: 'Choice: quiz, wrong answer',
  args: { story: storyOf(quiz, 'A quiz'), defaultAnswers: new Map([['quiz', 2]]) },
  play: async ({ canvasElement }) => {
    const options = optionsIn(canvasElement);
    await expect(options[2]).toHaveAttribute('aria-checked', 'true');
    await expect(options[2]).toHaveTextContent('Your answer');
    await expect(options[1]).toHaveAttribute('aria-checked', 'false');
    await expect(options[1]).toHaveAttribute('data-correct');
    await expect(options[1]).toHaveTextContent('Right answer');
    await feedbackShown(canvasElement, 'Laughing along makes it worse.');
  },
};

/** The same in French: « Ta réponse », « Bonne réponse ». */
export const QuizWrongFrench: Story = {
  name: 'Choice: quiz, wrong answer (fr labels)',
  args: { ...QuizWrong.args, labels: 'fr' },
  play: async ({ canvasElement }) => {
    const options = optionsIn(canvasElement);
    await expect(options[2]).toHaveTextContent('Ta réponse');
    await expect(options[1]).toHaveTextContent('Bonne réponse');
  },
};

/** The link of a frame: named by its label, inside the story, with its address. */
async function expectLink(canvasElement: HTMLElement, label: string, href: string) {
  const link = within(canvasElement).getByRole('link', { name: label });
  await expect(link).toHaveAttribute('href', href);
  await expect(link.closest('[data-hs-stage]')).not.toBeNull();
  await expect(link).toBeVisible();
}

/** A call to action on a card. */
export const CtaOnCard: Story = {
  name: 'Call to action: card',
  args: { story: storyOf(withCta.card, 'A card with a link') },
  play: ({ canvasElement }) => expectLink(canvasElement, HELP.label, HELP.href),
};

/** A call to action on an image. */
export const CtaOnImage: Story = {
  name: 'Call to action: image',
  args: { story: storyOf(withCta.image, 'An image with a link') },
  play: ({ canvasElement }) => expectLink(canvasElement, 'See the lake', '#lake'),
};

/** A call to action on a video: the link and the chrome's Options (sound inside) both in view. */
export const CtaOnVideo: Story = {
  name: 'Call to action: video',
  args: { story: storyOf(withCta.video, 'A video with a link') },
  play: async ({ canvas, canvasElement }) => {
    await expectLink(canvasElement, 'Watch the full video', '#full-video');
    await expect(canvas.getByRole('button', { name: 'Options' })).toBeVisible();
  },
};

/** A call to action on a `render` frame. */
export const CtaOnRender: Story = {
  name: 'Call to action: render',
  args: { story: storyOf(withCta.render, 'A render frame with a link') },
  play: ({ canvasElement }) => expectLink(canvasElement, 'Plan your morning', '#plan'),
};

/** A call to action on a question, answered: the link sits under the feedback. */
export const CtaOnChoice: Story = {
  name: 'Call to action: choice',
  args: {
    story: storyOf(withCta.choice, 'A quiz with a link'),
    defaultAnswers: new Map([['quiz', 1]]),
  },
  play: async ({ canvasElement }) => {
    await expectLink(canvasElement, HELP.label, HELP.href);
    await feedbackShown(canvasElement, 'Yes: one seat changes a whole day.');
  },
};

/**
 * A click on the link: `onAction` fires with the frame and the address, and the story stays on
 * its frame (outside Storybook the browser then follows the link). Enter on it does the same.
 */
export const PressingTheLink: Story = {
  name: 'Call to action: pressed',
  args: { story: storyOf(withCta.card, 'A card with a link') },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('link', { name: HELP.label }));
    await waitFor(() =>
      expect(args.onAction).toHaveBeenCalledWith(
        expect.objectContaining({ frameIndex: 0, frameId: 'intro', href: HELP.href }),
      ),
    );
    await expect(args.onAction).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('group')).toHaveAccessibleName('Frame 1 of 2');
  },
};

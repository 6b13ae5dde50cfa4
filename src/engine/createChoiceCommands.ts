import { describeValue } from '../story/issues';
import { devWarning } from './logger';
import type { Player } from './player';
import type { PlayerCore } from './playerCore';

// Declared here rather than taken from @types/node: the engine compiles with the ES library only.
declare const process: { env: Record<string, string | undefined> };

export type ChoiceCommands = Pick<Player, 'answer' | 'reportAction'>;

/** What the viewer does with an interactive frame: answer its question, follow its link. */
export function createChoiceCommands(core: PlayerCore): ChoiceCommands {
  const { layout, store, events } = core;

  return {
    answer(optionIndex) {
      if (core.isDestroyed()) return;
      const { frameIndex, frameId, answers } = store.getState();
      const { choice } = layout.frame(frameIndex);
      if (answers.has(frameId)) return;
      if (
        !choice ||
        !(Number.isInteger(optionIndex) && optionIndex >= 0 && optionIndex < choice.options)
      ) {
        if (process.env.NODE_ENV !== 'production') {
          const expected = choice
            ? `an option from 0 to ${choice.options - 1}`
            : 'a question on the current frame';
          devWarning(
            core.logger,
            `answer(optionIndex): expected ${expected}, got ${describeValue(optionIndex)}; ignored`,
          );
        }
        return;
      }
      store.set({ answers: new Map(answers).set(frameId, optionIndex) });
      const correct =
        choice.correct === undefined ? {} : { correct: choice.correct === optionIndex };
      events.emit('answer', { frameIndex, frameId, optionIndex, ...correct, at: core.clock.now() });
    },
    reportAction(href) {
      if (core.isDestroyed()) return;
      const { frameIndex, frameId } = store.getState();
      events.emit('action', { frameIndex, frameId, href, at: core.clock.now() });
    },
  };
}

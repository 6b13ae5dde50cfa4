import { LIMITS } from '../../story/limits';
import { isVisible } from '../../story/text';
import type { RevealMessage } from '../../story/types';

/** What a cue of a WebVTT file gives: the browser's own parse of it (a `VTTCue`). */
export interface CueLike {
  startTime: number;
  endTime: number;
  line?: number | 'auto' | string;
  snapToLines?: boolean;
  getCueAsHTML?(): DocumentFragment;
}

/** A cue's `line` → where its message sits: near the top, the bottom, or the centre. */
function placementOf({ line, snapToLines = true }: CueLike): RevealMessage['placement'] {
  if (typeof line !== 'number') return undefined;
  if (snapToLines) return line < 0 ? 'bottom' : 'top';
  return line < 34 ? 'top' : line > 66 ? 'bottom' : 'center';
}

/**
 * A video's cues as timed messages, read from the browser's parse (`getCueAsHTML`: the text
 * without its tags, a `<v Name>` voice as `from`). Untrusted as any story field: text only, at
 * most 2,000 characters each and 20 cues; empty or reversed cues are skipped.
 */
export function cueMessages(cues: ArrayLike<CueLike> | null | undefined): RevealMessage[] {
  const messages: RevealMessage[] = [];
  for (const cue of Array.from(cues ?? [])) {
    if (messages.length === LIMITS.messages) break;
    const html = cue.getCueAsHTML?.();
    const text = (html?.textContent ?? '').trim().slice(0, LIMITS.text);
    const start = cue.startTime * 1000;
    const end = cue.endTime * 1000;
    if (!isVisible(text) || !(start >= 0 && end > start)) continue;
    const from = html?.querySelector('span[title]')?.getAttribute('title')?.slice(0, LIMITS.text);
    const placement = placementOf(cue);
    messages.push({
      text,
      ...(from ? { from } : {}),
      ...(placement ? { placement } : {}),
      at: [start, end],
    });
  }
  return messages;
}

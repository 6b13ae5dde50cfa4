import { describe, expect, it } from 'vitest';
import { type CueLike, cueMessages } from '../../../src/react/media/cueMessages';

/** A cue as the browser parses it: its HTML as `getCueAsHTML` gives it (voices are spans). */
const cue = (start: number, end: number, html: string, extra: Partial<CueLike> = {}): CueLike => ({
  startTime: start,
  endTime: end,
  line: 'auto',
  ...extra,
  getCueAsHTML() {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  },
});

describe("a video's cues as timed messages", () => {
  it('text without its tags, the voice as from, seconds as ms, line as placement', () => {
    expect(
      cueMessages([
        cue(0, 0.8, '<span title="Léa">Here <b>she</b> comes.</span>'),
        cue(1, 2.5, 'Everyone is watching.', { line: 0 }),
        cue(2, 3, 'At the bottom.', { line: -1 }),
        cue(3, 4, 'A percent line.', { line: 50, snapToLines: false }),
      ]),
    ).toEqual([
      { text: 'Here she comes.', from: 'Léa', at: [0, 800] },
      { text: 'Everyone is watching.', placement: 'top', at: [1000, 2500] },
      { text: 'At the bottom.', placement: 'bottom', at: [2000, 3000] },
      { text: 'A percent line.', placement: 'center', at: [3000, 4000] },
    ]);
  });

  it('never more than a message may hold: 20 cues, 2,000 characters; empty or reversed cues skipped', () => {
    const many = Array.from({ length: 30 }, (_, index) => cue(index, index + 1, `cue ${index}`));
    expect(cueMessages(many)).toHaveLength(20);
    const [long] = cueMessages([cue(0, 1, 'a'.repeat(5000))]);
    expect(long?.text).toHaveLength(2000);
    expect(
      cueMessages([cue(0, 1, ' \u200b '), cue(2, 1, 'reversed'), cue(-1, 1, 'before')]),
    ).toEqual([]);
    expect(cueMessages(null)).toEqual([]);
    // Markup in a cue is text, never HTML: only its text reaches the message.
    expect(cueMessages([cue(0, 1, '<img src=x onerror=alert(1)>hi')])[0]?.text).toBe('hi');
  });
});

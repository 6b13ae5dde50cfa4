import {
  parseStories,
  parseStory,
  StoryValidationError,
  safeParseStories,
  safeParseStory,
} from 'react-hold-stories/schema';
import { describe, expect, it } from 'vitest';
import { card, listProblems, story } from './fixtures';

const caught = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected it to throw');
};

describe('StoryValidationError', () => {
  const badStory = story({ id: '' }, [card({ duration: -200 })]);

  it('is a TypeError named StoryValidationError', () => {
    const error = caught(() => parseStory(badStory));
    expect(error).toBeInstanceOf(StoryValidationError);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).name).toBe('StoryValidationError');
  });

  it('lists every issue, and its message is one line per issue', () => {
    const error = caught(() => parseStory(badStory)) as StoryValidationError;
    expect(error.issues).toEqual([
      { path: 'id', message: 'expected a non-empty string, got ""' },
      {
        path: 'frames[0].duration',
        message: 'expected a positive number of milliseconds, got -200',
      },
    ]);
    expect(error.message).toBe(
      'id: expected a non-empty string, got ""\n' +
        'frames[0].duration: expected a positive number of milliseconds, got -200',
    );
  });
});

describe('safe parsers', () => {
  it('return the output on success', () => {
    const result = safeParseStory(story());
    expect(result).toEqual({ success: true, output: story() });
  });

  it('return the issues instead of throwing', () => {
    expect(safeParseStory(story({ frames: [] }))).toEqual({
      success: false,
      issues: [{ path: 'frames', message: 'expected at least one frame, got none' }],
    });
    expect(safeParseStories('x')).toEqual({
      success: false,
      issues: [{ path: 'stories', message: 'expected an array of stories, got "x"' }],
    });
  });
});

describe('a list of stories', () => {
  const tuesday = story({ id: 'tuesday', title: 'Tuesday' });

  it('comes back as written', () => {
    expect(parseStories([story(), tuesday])).toEqual([story(), tuesday]);
  });

  it('names each problem from the list: stories[1].frames[0].duration', () => {
    expect(listProblems([story(), story({ id: 'tuesday' }, [card({ duration: -200 })])])).toEqual([
      'stories[1].frames[0].duration: expected a positive number of milliseconds, got -200',
    ]);
    expect(() => parseStories([story({ id: 'tuesday' }, [card({ duration: -200 })])])).toThrow(
      'stories[0].frames[0].duration: expected a positive number of milliseconds, got -200',
    );
  });

  it('wants unique story ids', () => {
    expect(listProblems([story(), tuesday, story()])).toEqual([
      'stories[2].id: expected an id unique in the list, got "monday"',
    ]);
  });

  it('wants at least one story, in an array', () => {
    expect(listProblems([])).toEqual(['stories: expected at least one story, got none']);
    expect(listProblems(story())).toEqual(['stories: expected an array of stories, got an object']);
    expect(listProblems([null])).toEqual(['stories[0]: expected a story object, got null']);
  });
});

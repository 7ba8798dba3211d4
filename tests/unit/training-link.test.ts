import { describe, expect, it } from 'vitest';
import { decodeAnswers, type Answers } from '../../src/lib/handoff-decision';
import { applyTrainingLink } from '../../src/lib/training-link';

/** What the person had answered before opening the link. */
const SAVED: Answers = { is24x7: 'no', delivered: 'no', otherRegion: 'no', onlyLeave: 'no' };

describe('a training link changes only the answers it names, and only validly', () => {
  it.each<[string, Answers, Answers, string]>([
    [
      '7x24=garbage',
      SAVED,
      SAVED,
      'The link you opened set no answers; yours are unchanged. Ignored, as not one of the choices: 7x24.',
    ],
    [
      '7x24=yes&delivered=maybe',
      SAVED,
      { ...SAVED, is24x7: 'yes' },
      'One answer was set by the link you opened. Ignored, as not one of the choices: delivered.',
    ],
    ['7x24=YES', SAVED, { ...SAVED, is24x7: 'yes' }, 'One answer was set by the link you opened.'],
    ['impact=not-a', SAVED, { ...SAVED, impact: 'not-a' }, 'One answer was set by the link you opened.'],
    [
      'leave=&other-region=yes',
      SAVED,
      { ...SAVED, otherRegion: 'yes' },
      'One answer was set by the link you opened. Ignored, as not one of the choices: leave.',
    ],
    ['7x24=yes&utm=x', {}, { is24x7: 'yes' }, 'One answer was set by the link you opened.'],
  ])('?%s', (search, before, after, note) => {
    const preset = applyTrainingLink(before, decodeAnswers(new URLSearchParams(search)));
    expect(preset.answers).toEqual(after);
    expect(preset.note).toBe(note);
  });

  it.each<[string, Answers, Answers | null]>([
    ['7x24=yes', SAVED, SAVED],
    ['7x24=yes', {}, null],
    // Nothing was changed, so there is nothing to go back to.
    ['7x24=garbage', SAVED, null],
    ['utm=x', SAVED, null],
  ])(
    '?%s offers the person’s own answers back only when there were some and the link changed them',
    (search, before, undo) => {
      expect(applyTrainingLink(before, decodeAnswers(new URLSearchParams(search))).undo).toEqual(undo);
    },
  );
});

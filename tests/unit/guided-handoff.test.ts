import { describe, expect, it } from 'vitest';
import { progressSentence, tickStep } from '../../src/lib/guided-handoff';
import { presetSentence } from '../../src/lib/training-link';
import { decodeAnswers } from '../../src/lib/handoff-decision';
import type { StepKind } from '../../src/lib/handoff-workflows';

describe('the preset sentence', () => {
  it.each<[number, string[], string]>([
    [1, [], 'One answer was set by the link you opened.'],
    [2, [], '2 answers were set by the link you opened.'],
    [6, [], '6 answers were set by the link you opened.'],
    [
      0,
      ['impact'],
      'The link you opened set no answers; yours are unchanged. Ignored, as not one of the choices: impact.',
    ],
    [
      1,
      ['other-region'],
      'One answer was set by the link you opened. Ignored, as not one of the choices: other-region.',
    ],
    [
      2,
      ['delivered', 'impact'],
      '2 answers were set by the link you opened. Ignored, as not one of the choices: delivered, impact.',
    ],
  ])('%i preset, %j ignored: %s', (count, invalid, sentence) => {
    expect(presetSentence(count, invalid)).toBe(sentence);
  });
});

describe('the progress line', () => {
  it.each<[number, number, string]>([
    [0, 0, '0 of 0 steps done.'],
    [0, 5, '0 of 5 steps done.'],
    [4, 5, '4 of 5 steps done.'],
    [5, 5, 'All 5 steps done: the handoff is complete.'],
    [1, 1, 'All 1 steps done: the handoff is complete.'],
  ])('%i of %i: %s', (done, total, line) => {
    expect(progressSentence(done, total)).toBe(line);
  });
});

describe('ticking a step', () => {
  it.each<[string, StepKind[], StepKind, boolean, StepKind[]]>([
    ['ticks one', [], 'note', true, ['note']],
    ['adds at the end', ['note'], 'title', true, ['note', 'title']],
    ['ticked twice, listed once', ['note', 'title'], 'note', true, ['note', 'title']],
    ['unticks one', ['note', 'title'], 'note', false, ['title']],
    ['unticking an unticked step', ['title'], 'brief', false, ['title']],
  ])('%s', (_name, done, kind, checked, after) => {
    expect(tickStep(done, kind, checked)).toEqual(after);
  });
});

describe('the preset sentence for a training link', () => {
  it.each<[string, string]>([
    ['7x24=yes', 'One answer was set by the link you opened.'],
    ['7x24=yes&delivered=no', '2 answers were set by the link you opened.'],
    [
      '7x24=yes&delivered=no&other-region=maybe',
      '2 answers were set by the link you opened. Ignored, as not one of the choices: other-region.',
    ],
  ])('?%s: %s', (search, sentence) => {
    const { answers, invalid } = decodeAnswers(new URLSearchParams(search));
    expect(presetSentence(Object.keys(answers).length, invalid)).toBe(sentence);
  });
});

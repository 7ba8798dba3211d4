import { describe, expect, it } from 'vitest';
import { copyMessage } from '../../src/lib/copy-messages';

describe.each([
  ['copied', 'the subject', undefined, 'Copied the subject.'],
  ['copied', '“Need US SE”', 'the prefix', 'Copied “Need US SE”.'],
  [
    'failed',
    'the subject',
    'the subject',
    'This browser blocked copying. The subject is selected: press Ctrl+C (or ⌘+C on a Mac) to copy it.',
  ],
  [
    'failed',
    'the note as plain text',
    'the note in the output',
    'This browser blocked copying. The note in the output is selected: press Ctrl+C (or ⌘+C on a Mac) to copy it.',
  ],
  [
    'failed',
    '“Need US SE”',
    undefined,
    'This browser blocked copying. Select “Need US SE” and press Ctrl+C (or ⌘+C on a Mac).',
  ],
] as const)('copyMessage(%j, %j, %j)', (outcome, what, selected, sentence) => {
  it(`says ${JSON.stringify(sentence)}`, () => {
    expect(copyMessage(outcome, what, selected)).toBe(sentence);
  });
});

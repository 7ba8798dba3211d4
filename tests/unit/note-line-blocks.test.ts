import { describe, expect, it } from 'vitest';
import { linesInBlocks } from '../../src/lib/note/line-blocks';

/** `n` numbered lines, each ended by a line break. */
const lines = (from: number, n: number) => Array.from({ length: n }, (_, i) => `${from + i}\n`).join('');

describe('linesInBlocks', () => {
  it.each<[string, string, string[]]>([
    ['empty text: one empty block', '', ['']],
    ['one line', 'Summary', ['Summary']],
    ['a lone line break', '\n', ['\n']],
    ['a trailing line break stays with its line', 'a\nb\n', ['a\nb\n']],
    ['empty lines count as lines', '\n\n\n', ['\n\n\n']],
    ['8 lines: one block', lines(1, 8), [lines(1, 8)]],
    ['9 lines: 8 and 1', lines(1, 9), [lines(1, 8), '9\n']],
    ['8 lines and text after the last break: 8 and 1', `${lines(1, 8)}tail`, [lines(1, 8), 'tail']],
    ['17 lines: 8, 8 and 1', lines(1, 17), [lines(1, 8), lines(9, 8), '17\n']],
    ['Windows line ends split at the \\n, the \\r kept', 'a\r\nb\r\n', ['a\r\nb\r\n']],
    ['a leading line break (how parts after the first start)', '\nNext MSFT Action', ['\nNext MSFT Action']],
  ])('%s', (_, text, blocks) => {
    expect(linesInBlocks(text)).toEqual(blocks);
  });

  it.each([
    ['short', 'a\nb'],
    ['long', lines(1, 100)],
    ['no final break', `${lines(1, 20)}end`],
    ['only breaks', '\n'.repeat(30)],
  ])('%s: the blocks put together are the text', (_, text) => {
    const blocks = linesInBlocks(text);
    expect(blocks.join('')).toBe(text);
    for (const block of blocks) expect(block.split(/(?<=\n)/).length).toBeLessThanOrEqual(8);
  });
});

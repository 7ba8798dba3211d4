/**
 * How the generator's plain-text output is cut for the page: the note shown
 * as blocks of a few lines, so a key press re-lays out the block it changed,
 * not 20,000 characters. Apart from the island so its one rule (the blocks
 * put together are the text itself) is tested on its own.
 */

/**
 * Splits text into blocks of up to 8 lines, each keeping its line breaks, so
 * the blocks put together are the text itself. Shown as block elements, a
 * trailing line break ends the block's last line just as the text does.
 * @example linesInBlocks('a\nb') // ['a\nb']
 */
export function linesInBlocks(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  const blocks: string[] = [];
  for (let i = 0; i < lines.length; i += 8) blocks.push(lines.slice(i, i + 8).join(''));
  return blocks;
}

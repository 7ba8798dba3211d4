import { describe, expect, it } from 'vitest';
import { stripStyles } from '../../src/lib/receive/html-styles';

describe('pasted HTML without its styles', () => {
  it.each<[string, string, string]>([
    ['a style attribute', '<p class=MsoNormal style="margin:0">Summary</p>', '<p class=MsoNormal>Summary</p>'],
    ['single quotes', "<span style='font-size:11pt'>x</span>", '<span>x</span>'],
    ['unquoted', '<td style=width:40>x</td>', '<td>x</td>'],
    ['upper case', '<P STYLE="x">y</P>', '<P>y</P>'],
    ['a quoted > in another attribute', '<a title="a > b" style="c">d</a>', '<a title="a > b">d</a>'],
    ['a style element', '<head><style>p{color:red}</style></head><p>a</p>', '<head></head><p>a</p>'],
    ['an unclosed style element', '<p>a</p><style>p{}', '<p>a</p>'],
    ['text that says style= is kept', '<p>set style="bold" in the app</p>', '<p>set style="bold" in the app</p>'],
    ['an attribute named like it is kept', '<p data-style="x">a</p>', '<p data-style="x">a</p>'],
    ['a self-closing tag', '<img src="x.png" style="w" />', '<img src="x.png"/>'],
    ['text with < that is no tag', '<p>a < b and 3<4</p>', '<p>a < b and 3<4</p>'],
  ])('%s', (_name, html, expected) => {
    expect(stripStyles(html)).toBe(expected);
  });
});

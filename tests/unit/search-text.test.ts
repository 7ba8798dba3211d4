import { describe, expect, it } from 'vitest';
import { spaceBlockBoundaries } from '../../src/integrations/search-text';

describe('spaceBlockBoundaries: words never run together in the search index', () => {
  it.each([
    ['<tr><th>Time zone</th><th>Business hours</th></tr>', '<tr><th>Time zone</th> <th>Business hours</th> </tr>'],
    ['<td>a</td><td>b</td>', '<td>a</td> <td>b</td>'],
    ['<caption>SMEs.</caption><thead>', '<caption>SMEs.</caption> <thead>'],
    ['<h2 id="x">Handover SMEs</h2><a href="#x">', '<h2 id="x">Handover SMEs</h2> <a href="#x">'],
    ['<li>one</li><li>two</li>', '<li>one</li> <li>two</li>'],
    ['<p>One.</p><p>Two.</p>', '<p>One.</p> <p>Two.</p>'],
    [
      '<p>a</p><p>b</p><astro-island><p>c</p><p>d</p></astro-island><p>e</p><p>f</p>',
      '<p>a</p> <p>b</p><astro-island><p>c</p><p>d</p></astro-island><p>e</p> <p>f</p>',
    ],
  ])('%s', (html, expected) => expect(spaceBlockBoundaries(html)).toBe(expected));

  it.each([
    ['inline elements, where a space would show', '<strong>a</strong><em>b</em>'],
    ['a boundary followed by text', '<p>a</p>text'],
    ['a boundary that has whitespace already', '<td>a</td>\n<td>b</td>'],
    ['an island, which must hydrate node for node', '<astro-island uid="1"><li>a</li><li>b</li></astro-island>'],
    [
      'an island inside an island',
      '<astro-island a><p>x</p><astro-island b><p>y</p></astro-island><p>z</p></astro-island>',
    ],
  ])('leaves %s alone', (_, html) => expect(spaceBlockBoundaries(html)).toBe(html));
});

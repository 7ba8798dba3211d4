import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/base-links';
import { baseLinksPlugin } from '../../src/integrations/base-links';

describe.each([
  ['/handoff/', '/', '/handoff/'],
  ['/handoff/24x7/#step-3', '/fts-guide/', '/fts-guide/handoff/24x7/#step-3'],
  ['/handoff/', '/fts-guide', '/fts-guide/handoff/'],
  ['/', '/a/b/', '/a/b/'],
  ['https://example.com/x', '/fts-guide/', 'https://example.com/x'],
  ['//cdn.example.com/x', '/fts-guide/', '//cdn.example.com/x'],
  ['#step-1', '/fts-guide/', '#step-1'],
  ['mailto:someone@example.com', '/fts-guide/', 'mailto:someone@example.com'],
])('withBase(%j, %j)', (href, base, expected) => {
  it(`is ${expected}`, () => expect(withBase(href, base)).toBe(expected));
});

it('rewrites the href of MDX link components and leaves other attributes alone', () => {
  const plugin = baseLinksPlugin('/sub/');
  const node = {
    name: 'LinkCard',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'title', value: '/not-a-link' },
      { type: 'mdxJsxAttribute', name: 'href', value: '/tools/regions/' },
    ],
  };
  expect(plugin.mdxJsxFlowElement.visit(node).attributes).toEqual([
    { type: 'mdxJsxAttribute', name: 'title', value: '/not-a-link' },
    { type: 'mdxJsxAttribute', name: 'href', value: '/sub/tools/regions/' },
  ]);
});

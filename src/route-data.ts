/**
 * Starlight route middleware:
 * - the home page's hero buttons come from frontmatter, which no Markdown plugin sees, so their
 *   root-relative links get the base path here (hosting under a sub-path, `BASE_PATH`);
 * - the home page's `<title>` is the site's name once, not "name | name";
 * - the region lookup renders in the browser only, so "On this page" cannot see its sections:
 *   they are added under the heading the tool sits in;
 * - a page with no sections gets no "On this page": a list holding only "Overview" takes a column
 *   and, with its scripts, 1.4 KB of gzipped JavaScript, to say nothing (the guided handoff, whose
 *   steps are its own list, and the glossary, one list of terms).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './lib/base-links';
import { REGION_SECTIONS } from './components/regions/sections';

/** Pages whose content holds the full region lookup, and the `##` it sits under. */
const REGION_TOOL_UNDER: Record<string, string> = { 'tools/regions': 'the-tool' };

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const actions = route.entry.data.hero?.actions;
  for (const action of actions ?? []) action.link = withBase(action.link, import.meta.env.BASE_URL);

  if (route.entry.data.title === route.siteTitle) {
    for (const tag of route.head) if (tag.tag === 'title') tag.content = route.siteTitle;
  }

  const under = REGION_TOOL_UNDER[route.entry.id];
  const parent = under && route.toc?.items.find((item) => item.slug === under);
  if (parent) {
    const sections = Object.values(REGION_SECTIONS).map(({ id, text }) => ({
      depth: parent.depth + 1,
      slug: id,
      text,
      children: [],
    }));
    parent.children.unshift(...sections);
  }

  const toc = route.toc?.items;
  if (toc && toc.length === 1 && toc[0]!.children.length === 0) route.toc = undefined;
});

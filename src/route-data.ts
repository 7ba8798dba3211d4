/**
 * Starlight route middleware: the home page's hero buttons come from
 * frontmatter, which no Markdown plugin sees, so their root-relative links get
 * the base path here (hosting under a sub-path, `BASE_PATH`).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './lib/base-links';

export const onRequest = defineRouteMiddleware((context) => {
  const actions = context.locals.starlightRoute.entry.data.hero?.actions;
  for (const action of actions ?? []) action.link = withBase(action.link, import.meta.env.BASE_URL);
});

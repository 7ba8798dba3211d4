/**
 * Says in the build's output when `SITE_URL` is not set. Without it the build has no address to
 * point at, so it writes no canonical link, `og:url` or sitemap (rather than ones that point at a
 * development address such as `http://localhost:4321/`), and printed links show paths only.
 */
import type { AstroIntegration } from 'astro';

export function siteUrlNotice(siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'fts:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (siteUrl) logger.info(`SITE_URL is ${siteUrl}: canonical links, og:url and the sitemap point there.`);
        else
          logger.warn(
            'SITE_URL is not set: this build writes no canonical link, og:url or sitemap. Set SITE_URL to the address the site is served from (for example SITE_URL=https://intranet.example.com npm run build) for a build people will use.',
          );
      },
    },
  };
}

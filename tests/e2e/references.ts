/**
 * What in a page COULD load from another origin later, beyond what it already requested (the
 * shared fixture fails any test whose page requested another origin): a lazy image, a stylesheet,
 * a frame, a form. The budgets spec runs it on every page of the build, once each island is used.
 */
import type { Page } from '@playwright/test';

/** Attributes that make the browser fetch something by itself (links a person clicks are not among them). */
const FETCHING = [
  'img[src]',
  'img[srcset]',
  'source[src]',
  'source[srcset]',
  'script[src]',
  'video[src]',
  'video[poster]',
  'audio[src]',
  'track[src]',
  'input[src]',
  'link[href]:not([rel~="canonical"]):not([rel~="sitemap"]):not([rel~="alternate"])',
  'form[action]',
  'use[href]',
  'image[href]',
].join(', ');

/** Each element that would fetch from outside `origin`, as `tag address`; frames and embedded objects too. */
export async function foreignReferences(page: Page, origin: string): Promise<string[]> {
  const references = await page.locator(FETCHING).evaluateAll((elements) =>
    elements.flatMap((el) =>
      ['src', 'href', 'srcset', 'poster', 'action']
        .map((name) => el.getAttribute(name))
        .filter((value): value is string => !!value)
        .flatMap((value) => value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!))
        .map((value) => `${el.tagName.toLowerCase()} ${new URL(value, document.baseURI).href}`),
    ),
  );
  const frames = await page
    .locator('iframe, frame, object, embed')
    .evaluateAll((elements) => elements.map((el) => `${el.tagName.toLowerCase()} (a frame or embedded object)`));
  return [...references.filter((ref) => !/ (data|blob):/.test(ref) && !ref.includes(` ${origin}/`)), ...frames];
}

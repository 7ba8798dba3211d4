/** Every page of the site, as leads link to them. These URLs are promises. */
export const PAGES = [
  '/',
  '/handoff/',
  '/handoff/24x7/',
  '/handoff/local/',
  '/handoff/note-template/',
  '/handoff/do-and-dont/',
  '/fts/',
  '/fts/go-live/',
  '/fts/support-engineers/',
  '/fts/assignment-leads/',
  '/fts/faq/',
  '/related/',
  '/maintain/',
  '/tools/handoff-note/',
  '/tools/regions/',
  '/tools/reassign-email/',
] as const;

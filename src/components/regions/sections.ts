/**
 * The sections of the full region lookup. The island renders in the browser only, so the page's
 * "On this page" list cannot see its headings: the route middleware (`src/route-data.ts`) adds
 * these to it, under the heading the tool sits in, with the same ids the island gives them.
 */
export const REGION_SECTIONS = {
  now: { id: 'rl-now', text: 'Now' },
  handoff: { id: 'rl-next', text: 'Your next handoff' },
  day: { id: 'rl-day', text: 'The day at a glance' },
  year: { id: 'rl-year', text: 'The meetings over the next 12 months' },
} as const;

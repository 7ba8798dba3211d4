/**
 * Every localStorage key this site writes, in one place and under one prefix
 * (`fts-guide:`), and what a browser holds for each. The keys earlier versions
 * used, and how they are moved here, are in `storage-migration.ts` (kept apart
 * so that a page that only remembers a region does not download them).
 * Starlight's own theme choice (`starlight-theme`) is Starlight's key, not
 * ours, and holds no case data.
 */

/** The prefix of every key the site writes. */
export const KEY_PREFIX = 'fts-guide:';

/** The note's draft: case details and note (case data). */
export const DRAFT_KEY = 'fts-guide:note-draft';
/**
 * A stored draft that could not be read, kept so it can be downloaded (case data). Each draft set
 * aside has a key of its own: the first this one, each further one `fts-guide:note-set-aside:<time>`,
 * so a second unreadable draft never replaces the first copy.
 */
export const SET_ASIDE_KEY = 'fts-guide:note-set-aside';

/** True for a key that holds a set-aside draft. */
export const isSetAsideKey = (key: string): boolean => key === SET_ASIDE_KEY || key.startsWith(`${SET_ASIDE_KEY}:`);
/** The guided page's answers, ticks and pasted case title (case data). */
export const GUIDED_DRAFT_KEY = 'fts-guide:guided';
/**
 * The guided page's stored progress that could not be read, kept so it can be downloaded (case data:
 * it may hold a case title). One key; each record set aside is one more copy in it, with its time.
 */
export const GUIDED_SET_ASIDE_KEY = 'fts-guide:guided-set-aside';
/** The region the viewer chose on the region tool (not case data). */
export const MY_REGION_KEY = 'fts-guide:my-region';
/** Written and removed at once, to learn whether the browser lets the site store anything. */
export const PROBE_KEY = 'fts-guide:probe';

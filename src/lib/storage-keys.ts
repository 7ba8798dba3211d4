/**
 * Every localStorage key this site writes, in one place: what a browser
 * holds for it, and what "Forget drafts on this browser" must clear.
 * A module of constants only, so importing one key pulls in nothing else.
 */

/** The guided page's answers, ticks and pasted case title (case data). */
export const GUIDED_DRAFT_KEY = 'fts-handoff-guide:guided:v1';

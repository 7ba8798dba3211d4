/**
 * Starts saving the page's draft (case details and note) in localStorage and
 * restores it on load. Every island that edits the draft calls it on mount;
 * it runs once per page whatever the number of callers.
 *
 * Placeholder until the note generator's draft storage lands (issue 3).
 */
let started = false;

export function startDraftSync(): void {
  if (started) return;
  started = true;
}

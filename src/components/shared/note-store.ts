/**
 * One hand-over note per page, like the case details in `case-store.ts`: the
 * note generator edits it, other islands (the reassignment builder, the
 * guided page) can read it, and `draft-sync.ts` saves it with the case details.
 */
import { batch, createSignal } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { EMPTY_CASE_DETAILS, type CaseDetails } from '../../lib/case-details';
import { emptyNote, type Note } from '../../lib/note/note';
import { caseDetails, setCaseDetails } from './case-store';

const [note, setNote] = createStore<Note>(emptyNote());
/**
 * Whether the note starts with the case details. Off by default, so the note is exactly the team's
 * template; what carries the note out of the case (the reassignment email) writes them itself.
 */
const [includeCaseDetails, setIncludeCaseDetails] = createSignal(false);

export { note, setNote, includeCaseDetails, setIncludeCaseDetails };

/** Everything the page's draft holds, as plain data. */
export interface DraftState {
  caseDetails: CaseDetails;
  note: Note;
  includeCaseDetails: boolean;
}

/** A deep copy of the page's draft; inside an effect it tracks every field. */
export function draftState(): DraftState {
  return JSON.parse(JSON.stringify({ caseDetails, note, includeCaseDetails: includeCaseDetails() })) as DraftState;
}

/** Replaces the page's draft (case details, note and options) with `state`. */
export function setDraftState(state: DraftState): void {
  batch(() => {
    setCaseDetails(reconcile({ ...state.caseDetails }));
    setNote(reconcile(structuredClone(state.note)));
    setIncludeCaseDetails(state.includeCaseDetails);
  });
}

/** An empty draft: no case details, an empty note. */
export function emptyDraftState(): DraftState {
  return { caseDetails: { ...EMPTY_CASE_DETAILS }, note: emptyNote(), includeCaseDetails: false };
}

/** True when nothing has been typed or chosen. */
export function isDraftEmpty(state: DraftState): boolean {
  const c = state.caseDetails;
  return (
    Object.values(state.note.sections).every((t) => t.trim() === '') &&
    Object.values(state.note.checklist).every((t) => t.trim() === '') &&
    !state.note.optional.contingencies &&
    !state.note.optional.ruledOut &&
    [c.caseNumber, c.severity, c.supportPlan, c.productSkill, c.targetRegion].every((t) => t.trim() === '') &&
    c.is24x7 === null
  );
}

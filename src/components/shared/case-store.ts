/**
 * One store of case details per page. Islands on the same page import the
 * same module instance, so the note generator, the reassignment builder and
 * the guided page all read and write these fields: entered once, seen
 * everywhere. Persistence lives in `draft-sync.ts`.
 */
import { createStore } from 'solid-js/store';
import { EMPTY_CASE_DETAILS, type CaseDetails } from '../../lib/case-details';

const [caseDetails, setCaseDetails] = createStore<CaseDetails>({ ...EMPTY_CASE_DETAILS });

export { caseDetails, setCaseDetails };

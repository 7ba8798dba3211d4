/**
 * One store of case details per page, and the case's internal title. Islands
 * on the same page import the same module instance, so the note generator,
 * the reassignment builder and the guided page all read and write these
 * fields: entered once, seen everywhere. Persistence lives in `draft-sync.ts`
 * (case details) and in the guided page's progress (the title).
 */
import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { EMPTY_CASE_DETAILS, type CaseDetails } from '../../lib/case-details';

const [caseDetails, setCaseDetails] = createStore<CaseDetails>({ ...EMPTY_CASE_DETAILS });
/** The case's current internal title as pasted (`CaseTitle.tsx`), before its region prefix. */
const [caseTitle, setCaseTitle] = createSignal('');

export { caseDetails, setCaseDetails, caseTitle, setCaseTitle };

/** A 20,000-character note for the speed test and the bench. */
import { EMPTY_CASE_DETAILS, type CaseDetails } from '../../src/lib/case-details';
import { emptyNote, type Note } from '../../src/lib/note/note';

const PARAGRAPH =
  'Copy activity from the on-premises SQL Server to ADLS Gen2 fails with 403 after the firewall change; solution delivered? not yet. <b>IcM</b> 402133.\n';

/** A note whose text adds up to `chars` characters, spread over every section. */
export function bigNote(chars = 20_000): { note: Note; caseDetails: CaseDetails } {
  const note = emptyNote();
  note.optional = { contingencies: true, ruledOut: true };
  const ids = Object.keys(note.sections) as (keyof Note['sections'])[];
  const each = Math.ceil(chars / ids.length);
  for (const id of ids) note.sections[id] = PARAGRAPH.repeat(Math.ceil(each / PARAGRAPH.length)).slice(0, each);
  note.checklist = {
    customerReachable: 'Yes',
    waitingForRca: 'No',
    acceptsEnglish: 'Yes',
    pendingOn: 'PG',
    icmId: '402133',
    critsitReason: 'Production pipeline down',
  };
  return { note, caseDetails: { ...EMPTY_CASE_DETAILS, caseNumber: '2311010040001234', severity: 'A' } };
}

export const totalChars = (note: Note) => Object.values(note.sections).join('').length;

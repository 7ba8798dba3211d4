import { createRoot, createMemo } from 'solid-js';
import { beforeEach, expect, it } from 'vitest';
import { pageNoteText } from '../../src/components/shared/note-text';
import { setCaseDetails } from '../../src/components/shared/case-store';
import { emptyDraftState, setDraftState, setIncludeCaseDetails, setNote } from '../../src/components/shared/note-store';

beforeEach(() => setDraftState(emptyDraftState()));

it('is empty while the note is empty, then follows the page note as it is typed', () => {
  createRoot((dispose) => {
    const text = createMemo(() => pageNoteText());
    expect(text()).toBe('');
    setNote('sections', 'nextMsftAction', 'Call Contoso at 09:00 <b>sharp</b>');
    expect(text()).toContain('Next MSFT Action\n=============\nCall Contoso at 09:00 <b>sharp</b>');
    // The case details head the note only when the person asks for it (the email writes them itself).
    setCaseDetails('caseNumber', '123');
    expect(text()).not.toContain('123');
    setIncludeCaseDetails(true);
    expect(text().startsWith('Case number: 123\n')).toBe(true);
    dispose();
  });
});

import { createRoot, createMemo } from 'solid-js';
import { beforeEach, expect, it } from 'vitest';
import { pageNoteText } from '../../src/components/shared/note-text';
import { setCaseDetails } from '../../src/components/shared/case-store';
import { emptyDraftState, setDraftState, setNote } from '../../src/components/shared/note-store';

beforeEach(() => setDraftState(emptyDraftState()));

it('is empty while the note is empty, then follows the page note as it is typed', () => {
  createRoot((dispose) => {
    const text = createMemo(() => pageNoteText());
    expect(text()).toBe('');
    setNote('sections', 'nextMsftAction', 'Call Contoso at 09:00 <b>sharp</b>');
    expect(text()).toContain('Next MSFT Action\n=============\nCall Contoso at 09:00 <b>sharp</b>');
    setCaseDetails('caseNumber', '123');
    expect(text()).toContain('123');
    dispose();
  });
});

import { render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import HandoffNote from '../../src/components/note/HandoffNote';
import ReassignEmail from '../../src/components/reassign/ReassignEmail';
import { setCaseDetails } from '../../src/components/shared/case-store';
import { stopDraftSync } from '../../src/components/shared/draft-sync';
import { emptyDraftState, setDraftState } from '../../src/components/shared/note-store';
import { EMPTY_CASE_DETAILS } from '../../src/lib/case-details';
import { DRAFT_KEY } from '../../src/lib/note/draft-format';
import { CASE_OPTIONS } from './case-options';
import { otherTabSaves } from './other-tab';

const builder = () => (
  <ReassignEmail
    options={CASE_OPTIONS}
    mailbox="dm@example.test"
    subjectPattern="Big Data DM, please reassign {plan} {severity} {caseNumber} to {region} SE - Skill: {skill}"
    titlePrefixPattern="Need {region} SE"
  />
);

beforeEach(() => {
  stopDraftSync();
  setDraftState(emptyDraftState());
  setCaseDetails({ ...EMPTY_CASE_DETAILS });
  localStorage.clear();
});

describe('another tab changing the draft', () => {
  it('is asked about on a page with the reassignment builder alone', async () => {
    const user = userEvent.setup();
    render(builder);
    await user.type(screen.getByLabelText('Case number (required)'), '111');
    const other = otherTabSaves({ caseDetails: { caseNumber: '222' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/changed in another tab/);
    // Until the person chooses, this tab writes nothing over the other's draft.
    await user.type(screen.getByLabelText('Case number (required)'), '1');
    expect(localStorage.getItem(DRAFT_KEY)).toBe(other);
    await user.click(within(alert).getByRole('button', { name: "Load the other tab's note" }));
    expect(screen.getByLabelText('Case number (required)')).toHaveProperty('value', '222');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is asked once on a page with several tools', async () => {
    const user = userEvent.setup();
    render(() => (
      <>
        {builder()}
        <HandoffNote options={CASE_OPTIONS} />
      </>
    ));
    await user.type(screen.getByLabelText('Handoff Notes'), 'Tab one');
    otherTabSaves({ caseDetails: { caseNumber: '222' } });
    await screen.findByRole('alert');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: "Keep this tab's note" }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).note.sections.handoffNotes).toBe('Tab one');
  });
});

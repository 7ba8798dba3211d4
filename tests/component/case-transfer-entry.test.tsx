import { render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it } from 'vitest';
import CaseTransferEntry from '../../src/components/shared/CaseTransferEntry';
import { setCaseDetails } from '../../src/components/shared/case-store';
import { emptyDraftState, setDraftState, setNote } from '../../src/components/shared/note-store';

beforeEach(() => {
  // The async Clipboard API needs a secure context, as on the real site.
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
});
afterEach(() => setDraftState(emptyDraftState()));

const CHANNEL = { title: 'Case Transfer channel', url: 'https://example.com/case-transfer' };

it('builds the entry from the case details and the note, names what is missing, and copies it', async () => {
  const user = userEvent.setup();
  render(() => <CaseTransferEntry channel={CHANNEL} noteHref="/tools/handoff-note/" />);
  const text = () => screen.getByLabelText<HTMLTextAreaElement>(/Text for the Case Transfer entry/).value;
  expect(text()).toBe('Case ? · Sev ? · plan ? · to ? · Skill: ?\nSummary: ?\nNext action: ?');
  expect(screen.getByText(/Still missing: case number, severity/)).toBeTruthy();

  setCaseDetails({ caseNumber: '123', severity: 'B', supportPlan: 'Pro', targetRegion: 'APAC', productSkill: 'SSIS' });
  setNote('sections', 'summary', 'Package fails at 02:00\nsecond line');
  setNote('sections', 'nextMsftAction', 'Rerun with logging');
  expect(text()).toBe(
    'Case 123 · Sev B · Pro · to APAC · Skill: SSIS\nSummary: Package fails at 02:00\nNext action: Rerun with logging',
  );
  expect(screen.queryByText(/Still missing/)).toBeNull();

  await user.click(screen.getByRole('button', { name: 'Copy the entry' }));
  expect(await screen.findByText(/^Copied the text/)).toBeTruthy();
  expect(await navigator.clipboard.readText()).toBe(text());
  expect(screen.getByRole('status').textContent).toBe(
    'Copied the text: paste it into a new entry in the Case Transfer channel.',
  );
  expect(screen.getByRole('link', { name: 'Open the Case Transfer channel' })).toHaveProperty(
    'href',
    'https://example.com/case-transfer',
  );
});

import { fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ReassignEmail, { type ReassignEmailProps } from '../../src/components/reassign/ReassignEmail';
import CaseDetailsFields from '../../src/components/shared/CaseDetailsFields';
import { setCaseDetails } from '../../src/components/shared/case-store';
import { provideNoteText } from '../../src/components/shared/note-text';
import { EMPTY_CASE_DETAILS } from '../../src/lib/case-details';
import { parseMailto } from '../support/parse-mailto';

const props: ReassignEmailProps = {
  options: {
    regions: [
      { id: 'APAC', name: 'Asia-Pacific' },
      { id: 'IST', name: 'India' },
      { id: 'EMEA', name: 'Europe, Middle East and Africa' },
      { id: 'US', name: 'United States' },
    ],
    supportPlans: ['Prem', 'Pro'],
    severities: ['A', 'B', 'C'],
    productSkills: ['Azure Data Factory', 'Fabric Data Factory'],
  },
  mailbox: 'sqldmmdt@microsoft.com',
  subjectPattern: 'Big Data DM, please reassign {plan} {severity} {caseNumber} to {region} SE - Skill: {skill}',
  titlePrefixPattern: 'Need {region} SE',
  regionNames: ['APAC', 'IST', 'IGTSC', 'EMEA', 'US'],
};
const SUBJECT = 'Big Data DM, please reassign Prem A 2311010040001234 to US SE - Skill: Azure Data Factory';

type User = ReturnType<typeof userEvent.setup>;

async function fillCase(user: User, caseNumber = '2311-0100-4000-1234', skill = 'Azure Data Factory') {
  await user.selectOptions(screen.getByLabelText('Support plan (required)'), 'Prem');
  await user.selectOptions(screen.getByLabelText('Severity (required)'), 'A');
  await user.type(screen.getByLabelText('Case number (required)'), caseNumber);
  await user.selectOptions(screen.getByLabelText('Target region (required)'), 'US');
  await user.type(screen.getByLabelText('Product skill (required)'), skill);
  await user.tab();
}

const mailLink = () => screen.getByRole('link', { name: 'Open in mail app' });

// jsdom cannot open a mail app; keep link clicks on the page.
const stopNavigation = (e: Event) => e.preventDefault();

describe('ReassignEmail', () => {
  beforeEach(() => {
    // jsdom is not a secure context; a real https or localhost page is.
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    setCaseDetails({ ...EMPTY_CASE_DETAILS });
    document.addEventListener('click', stopNavigation);
  });
  afterEach(() => {
    document.removeEventListener('click', stopNavigation);
    vi.restoreAllMocks();
  });

  it('marks the five fields required and says what is missing, offering nothing to copy or send', () => {
    render(() => <ReassignEmail {...props} />);
    for (const label of ['Support plan', 'Severity', 'Case number', 'Target region', 'Product skill'])
      expect(screen.getByLabelText(`${label} (required)`)).toBeTruthy();
    expect(
      screen.getByText(
        'Not complete yet. Still needed: support plan, severity, case number, target region and product skill.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy subject' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Open in mail app' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy mailbox address' })).toBeTruthy();
  });

  it('builds the exact subject and a mailto link that decodes to it', async () => {
    const user = userEvent.setup();
    render(() => <ReassignEmail {...props} />);
    await fillCase(user);
    expect(screen.getByText(SUBJECT)).toBeTruthy();
    expect(screen.getByText('Complete: ready to copy and send.').getAttribute('aria-live')).toBe('polite');
    const mail = parseMailto(mailLink().getAttribute('href')!);
    expect(mail.to).toEqual(['sqldmmdt@microsoft.com']);
    expect(mail.subject).toBe(SUBJECT);
    expect(mail.body).toContain('Please reassign this case to the US region.\r\n');
    expect(mail.body).toContain('Case number: 2311010040001234\r\n');
    expect(screen.getByText(/No handoff note on this page/)).toBeTruthy();
  });

  it('keeps & ? # % + and non-ASCII skills intact through the link', async () => {
    const user = userEvent.setup();
    render(() => <ReassignEmail {...props} />);
    await fillCase(user, '2311010040001234', 'Über & ADF? #1 100% C++');
    const subject = 'Big Data DM, please reassign Prem A 2311010040001234 to US SE - Skill: Über & ADF? #1 100% C++';
    expect(screen.getByText(subject)).toBeTruthy();
    expect(parseMailto(mailLink().getAttribute('href')!).subject).toBe(subject);
  });

  it('an invalid case number gets its message on the field, and the subject says so', async () => {
    const user = userEvent.setup();
    render(() => <ReassignEmail {...props} />);
    await fillCase(user, '2311#0100');
    const input = screen.getByLabelText('Case number (required)');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(message.textContent).toBe('A case number has digits only; remove "#".');
    // Told once, by the page's one live region for field messages, not by the message itself at every key.
    expect(message.getAttribute('aria-live')).toBeNull();
    await waitFor(() =>
      expect(document.querySelector('[data-announcer]')?.textContent).toBe(
        'Case number: A case number has digits only; remove "#".',
      ),
    );
    expect(screen.getByText('Not complete yet. Case number: A case number has digits only; remove "#".')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Open in mail app' })).toBeNull();
  });

  it('copies the subject and the mailbox, and announces it', async () => {
    const user = userEvent.setup();
    render(() => <ReassignEmail {...props} />);
    await fillCase(user);
    await user.click(screen.getByRole('button', { name: 'Copy subject' }));
    expect(await navigator.clipboard.readText()).toBe(SUBJECT);
    expect(await screen.findByText('Copied the subject.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Copied the subject.');
    await user.click(screen.getByRole('button', { name: 'Copy mailbox address' }));
    expect(await navigator.clipboard.readText()).toBe('sqldmmdt@microsoft.com');
    expect(await screen.findByText('Copied the mailbox address.')).toBeTruthy();
  });

  it('falls back to a hidden text area where the Clipboard API is missing', async () => {
    const user = userEvent.setup();
    render(() => <ReassignEmail {...props} />);
    await fillCase(user);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    let copied = '';
    const exec = vi.fn(() => {
      copied = (document.activeElement as HTMLTextAreaElement).value;
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    const button = screen.getByRole('button', { name: 'Copy subject' });
    await user.click(button);
    expect(exec).toHaveBeenCalledWith('copy');
    expect(copied).toBe(SUBJECT);
    expect(await screen.findByText('Copied the subject.')).toBeTruthy();
    expect(document.activeElement).toBe(button);
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('says so when copying fails altogether', async () => {
    const user = userEvent.setup();
    render(() => <ReassignEmail {...props} />);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy mailbox address' }));
    expect(
      await screen.findByText(
        'This browser blocked copying. Select the mailbox address and press Ctrl+C (or ⌘+C on a Mac).',
      ),
    ).toBeTruthy();
  });

  it('prefixes the case title, replaces an earlier prefix when the region changes, and copies it', async () => {
    const user = userEvent.setup();
    render(() => <ReassignEmail {...props} />);
    await user.click(screen.getByLabelText('Current internal title of the case (optional)'));
    await user.paste('[NEED APAC SE] Copy fails');
    expect(screen.getByText('Choose the target region in the case details to get the prefix.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Target region (required)'), 'US');
    expect(screen.getByText('Need US SE - Copy fails')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Target region (required)'), 'EMEA');
    expect(screen.getByText('Need EMEA SE - Copy fails')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy title' }));
    expect(await navigator.clipboard.readText()).toBe('Need EMEA SE - Copy fails');
    expect(await screen.findByText('Copied the title.')).toBeTruthy();
  });

  it('has no title field where the page has one elsewhere (the guided page)', () => {
    render(() => <ReassignEmail {...props} withTitle={false} />);
    expect(screen.getByRole('button', { name: 'Copy mailbox address' })).toBeTruthy();
    expect(screen.queryByLabelText('Current internal title of the case (optional)')).toBeNull();
  });

  it('puts the page note in the mail body when the link stays short enough', async () => {
    const user = userEvent.setup();
    const note = 'Summary\n=============\nCopy activity fails & retries.';
    render(() => <ReassignEmail {...props} getNoteText={() => note} />);
    await fillCase(user);
    expect(screen.getByText('The mail body carries the handoff note from this page.')).toBeTruthy();
    expect(parseMailto(mailLink().getAttribute('href')!).body).toContain(
      'Handoff note:\r\n\r\nSummary\r\n=============\r\nCopy activity fails & retries.\r\n',
    );
  });

  it('a note too long for the link: short body, and opening the mail copies the note', async () => {
    const user = userEvent.setup();
    const note = 'A long note line with & and %.\n'.repeat(100);
    render(() => <ReassignEmail {...props} getNoteText={() => note} />);
    await fillCase(user);
    expect(
      screen.getByText(/is too long for a mail link\. "Open in mail app" copies it to the clipboard/),
    ).toBeTruthy();
    const href = mailLink().getAttribute('href')!;
    expect(href.length).toBeLessThanOrEqual(1800);
    expect(parseMailto(href).body).toContain('[The handoff note is on your clipboard: paste it here.]');
    await user.click(mailLink());
    expect(await navigator.clipboard.readText()).toBe(note);
    expect(
      await screen.findByText('The handoff note was copied to the clipboard: paste it into the mail body.'),
    ).toBeTruthy();
  });

  it('follows the note the page offers through note-text, as it changes', async () => {
    const user = userEvent.setup();
    const [note, setNote] = createSignal('First version of the note.');
    const withdraw = provideNoteText(note);
    try {
      render(() => <ReassignEmail {...props} />);
      await fillCase(user);
      expect(parseMailto(mailLink().getAttribute('href')!).body).toContain('First version of the note.');
      setNote('Second version.');
      expect(parseMailto(mailLink().getAttribute('href')!).body).toContain('Second version.');
    } finally {
      withdraw();
    }
  });

  it('shares the case details with the other tools on the page', async () => {
    const user = userEvent.setup();
    render(() => (
      <>
        <CaseDetailsFields options={props.options} legend="Note generator" fields={['caseNumber']} />
        <ReassignEmail {...props} />
      </>
    ));
    const other = within(screen.getByRole('group', { name: 'Note generator' })).getByLabelText('Case number');
    await user.type(other, '42');
    expect(screen.getByLabelText('Case number (required)')).toHaveProperty('value', '42');
  });

  it('shows the mail body in plain text and copies it', async () => {
    const user = userEvent.setup();
    render(() => <ReassignEmail {...props} />);
    await fillCase(user);
    await user.click(screen.getByText('Mail body'));
    await user.click(screen.getByRole('button', { name: 'Copy mail body' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('Product skill: Azure Data Factory\nThank you.'.replace('\n', '\n\n'));
    expect(copied).not.toContain('\r');
  });

  it('keeps typed text literal, never HTML', async () => {
    const user = userEvent.setup();
    render(() => <ReassignEmail {...props} />);
    await fillCase(user, '1', '<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(/Skill: <img src=x onerror=alert\(1\)>/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Current internal title of the case (optional)'), {
      target: { value: '<b>x</b>' },
    });
    expect(document.querySelector('b')).toBeNull();
  });
});

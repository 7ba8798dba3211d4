import { fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import ReceiveNote from '../../src/components/receive/ReceiveNote';
import { LOOKUP_DATA } from './lookup-data';

const regions = LOOKUP_DATA.regions;

const OUTLOOK_HTML = `<html><head><style>p{color:red}</style></head><body>
<p class="MsoNormal" style="margin:0">From: Alex (EMEA)</p>
<p class="MsoNormal"><b>Next MSFT Action</b></p>
<p class="MsoNormal">Rerun the
pipeline at 09:00</p>
<table><tr><td>Now the issue is pending on?</td><td>PG</td></tr></table>
<img src="https://images.example.com/logo.png" alt="logo">
<script>window.__ran = true</script></body></html>`;

function setup() {
  const user = userEvent.setup();
  render(() => <ReceiveNote regions={regions} />);
  return { user, box: screen.getByLabelText('Paste the note') as HTMLTextAreaElement };
}

describe('the receive tool', () => {
  // The page fetches the reader on first use; here its first compile would outlast the queries' wait.
  beforeAll(async () => {
    await import('../../src/components/receive/ReceivedView');
  }, 30_000);

  it('reads HTML pasted from Outlook as text: blocks become lines, nothing runs or loads', async () => {
    const { box } = setup();
    fireEvent.paste(box, {
      clipboardData: { getData: (type: string) => (type === 'text/html' ? OUTLOOK_HTML : 'ignored plain text') },
    });
    expect(box.value).toBe(
      'From: Alex (EMEA)\nNext MSFT Action\nRerun the pipeline at 09:00\nNow the issue is pending on?: PG',
    );
    // The reader is fetched the first time there is something to read.
    const findings = await screen.findByRole('region', { name: 'What to ask the sender' });
    expect(within(findings).getByText('Pending on PG and no IcM ID: ask for it.')).toBeTruthy();
    const view = screen.getByRole('region', { name: 'What the note says' });
    expect(within(view).getByText('Rerun the pipeline at 09:00')).toBeTruthy();
    expect(screen.getByText('The note says it comes from EMEA.')).toBeTruthy();
    expect(screen.getByLabelText("Sender's region")).toHaveProperty('value', 'EMEA');
    expect((window as { __ran?: boolean }).__ran).toBeUndefined();
    expect(document.querySelector('img')).toBeNull();
  });

  it('says what it expected, at the field, for text that is not a note', async () => {
    const { user, box } = setup();
    expect(box.getAttribute('aria-invalid')).toBeNull();
    await user.type(box, 'Hello, can you take my case?');
    await waitFor(() => expect(box.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(box.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(error?.textContent).toMatch(/^This does not look like a handoff note/);
    expect(screen.queryByRole('region', { name: 'What the note says' })).toBeNull();
  });

  it('asks for what the reply needs before copying, at each field', async () => {
    const { user, box } = setup();
    await user.click(box);
    await user.paste('Summary\nChecked the logs.\nNext MSFT Action\nCall at 9');
    await user.click(await screen.findByRole('button', { name: 'Copy the reply' }));
    const action = screen.getByLabelText('The next action, in your words');
    expect(action.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(action.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /^Write the next action in your own words/,
    );
    expect(document.activeElement).toBe(action);
    expect(screen.getByRole('status').textContent).toMatch(/^Before copying: Write the next action/);

    await user.type(action, 'Rerun the pipeline.');
    await user.type(screen.getByLabelText('Time'), '14:00');
    expect(screen.getByRole('region', { name: 'Read it back' }).querySelector('pre')?.textContent).toMatch(
      /^I have the case\. I'll rerun the pipeline by \w{3} \d{1,2} \w{3}, 14:00 my time \(UTC[+-]\d{2}:\d{2}\)\.\nNo questions for now\.$/,
    );
  });

  it('review mode: stricter findings on the practice note, a feedback sheet, no read-back', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Review a note (for leads)' }));
    await user.click(screen.getByRole('button', { name: 'Paste a fictional example' }));
    const findings = await screen.findByRole('region', { name: 'Findings for the writer' });
    expect(
      within(findings)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain(
      'The Summary does not say what was tried: add what was checked, tested or ruled out, and what it showed, so nobody repeats it.',
    );
    expect(screen.queryByRole('region', { name: 'Read it back' })).toBeNull();
    const sheet = document.querySelector('.rn-sheet')!;
    expect(sheet.querySelector('pre')?.textContent).toContain('AccountKey=[hidden]');
    expect(sheet.querySelectorAll('li')).toHaveLength(within(findings).getAllByRole('listitem').length);
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Print the feedback sheet' }));
    expect(print).toHaveBeenCalledOnce();

    await user.click(screen.getByRole('radio', { name: 'Receive a case' }));
    expect(screen.getByRole('region', { name: 'What to ask the sender' })).toBeTruthy();
    expect(document.querySelector('.rn-sheet')).toBeNull();
  });
});

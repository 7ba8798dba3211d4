import { CASE_OPTIONS } from './case-options';
import { otherTabRemoves, otherTabSaves } from './other-tab';
import { GUIDED_DRAFT_KEY } from '../../src/lib/guided-draft';
import { GUIDED_SET_ASIDE_KEY } from '../../src/lib/storage-keys';
import { fireEvent, render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import HandoffNote from '../../src/components/note/HandoffNote';
import CaseDetailsFields from '../../src/components/shared/CaseDetailsFields';
import { draftRestored, flushDraft, stopDraftSync } from '../../src/components/shared/draft-sync';
import { emptyDraftState, setDraftState } from '../../src/components/shared/note-store';
import { DRAFT_KEY, SET_ASIDE_KEY } from '../../src/lib/note/draft';

const options = CASE_OPTIONS;

const mount = () => render(() => <HandoffNote options={options} />);
const output = () => screen.getByLabelText('The note as plain text').textContent ?? '';
const status = () =>
  screen
    .getAllByRole('status')
    .map((s) => s.textContent)
    .join(' | ');

/** Mounts the tool and waits until the stored draft (if any) is read back, as the page does on load. */
async function mountRestored() {
  const result = mount();
  await draftRestored();
  return result;
}

/** Simulates a reload: the page's stores and sync start over; localStorage stays. */
function reload() {
  // A reload hides the page first: any pending change is written then.
  window.dispatchEvent(new Event('pagehide'));
  document.body.innerHTML = '';
  stopDraftSync();
  setDraftState(emptyDraftState());
  return mount();
}

beforeEach(() => {
  stopDraftSync();
  setDraftState(emptyDraftState());
  localStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

describe('HandoffNote: the form and the live output', () => {
  it('labels every section with a one-line hint and writes what is typed into the template layout', async () => {
    const user = userEvent.setup();
    mount();
    const field = screen.getByLabelText('Next MSFT Action');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toMatch(/does first/);
    await user.type(field, 'Call the customer at 09:00');
    expect(output()).toContain('Next MSFT Action\n=============\nCall the customer at 09:00\n');
    expect(output()).toContain('Summary (What’s the progress so far)\n=============\n......\n');
  });

  it('leaves checklist items unanswered until chosen, and can return to unanswered', async () => {
    const user = userEvent.setup();
    mount();
    const group = screen.getByRole('group', { name: 'Now pending on' });
    expect(within(group).getByRole('radio', { name: 'Not answered' })).toHaveProperty('checked', true);
    // Unanswered, the template's line is left empty: never "(not answered)", never a guess.
    expect(output().split('\n')).toContain('Now the issue is pending on?: ');
    expect(output()).not.toContain('not answered');
    await user.click(within(group).getByRole('radio', { name: 'PG' }));
    expect(output().split('\n')).toContain('Now the issue is pending on?: PG');
    await user.click(within(group).getByRole('radio', { name: 'Not answered' }));
    expect(output().split('\n')).toContain('Now the issue is pending on?: ');
  });

  it('shows checks beside the output, and they follow the input', async () => {
    const user = userEvent.setup();
    mount();
    const checks = screen.getByRole('region', { name: 'Checks' });
    // On an empty form there is nothing to check yet; the checks arrive with the first answer.
    expect(checks.textContent).toMatch(/The checks start once you write/);
    await user.click(within(screen.getByRole('group', { name: 'Now pending on' })).getByRole('radio', { name: 'PG' }));
    await vi.waitFor(() => expect(checks.textContent).toMatch(/pending on PG and the IcM ID line is empty/));
    expect(checks.textContent).toMatch(/Next MSFT Action is empty/);
    // Each finding says why, and links the page its rule comes from.
    expect(
      within(checks)
        .getAllByRole('link', { name: /^Handoff note template/ })[0]
        ?.getAttribute('href'),
    ).toMatch(/^\/handoff\/note-template\/#the-/);
    const icmFinding = within(checks)
      .getByText(/IcM ID line is empty/)
      .closest('li')!;
    await user.click(within(icmFinding as HTMLElement).getByRole('button', { name: 'Go to the field' }));
    expect(document.activeElement).toBe(screen.getByLabelText('IcM ID'));
    // The wiki gives no form for an IcM ID: whatever it holds, only the empty line is a finding.
    await user.type(screen.getByLabelText('IcM ID'), 'ICM-12ab');
    expect(checks.textContent).not.toMatch(/IcM ID/);
    expect(screen.getByLabelText('IcM ID').getAttribute('aria-invalid')).toBeNull();
  });

  it('switches formats with tabs, by keyboard too', async () => {
    const user = userEvent.setup();
    mount();
    await user.type(screen.getByLabelText('Partner Ticket'), 'PT-7');
    const plainTab = screen.getByRole('tab', { name: 'Plain text' });
    expect(plainTab.getAttribute('aria-selected')).toBe('true');
    plainTab.focus();
    await user.keyboard('{ArrowRight}');
    const mdTab = screen.getByRole('tab', { name: 'Markdown' });
    expect(document.activeElement).toBe(mdTab);
    expect(screen.getByRole('tabpanel').textContent).toContain('## Partner Ticket\n\nPT-7');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Rich text preview' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByLabelText('The note as rich text').textContent).toContain('PT-7');
  });

  it('keeps typed HTML as text in the page and the outputs', async () => {
    const user = userEvent.setup();
    mount();
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await user.click(screen.getByLabelText('Summary (What’s the progress so far)'));
    await user.paste(payload);
    expect(output()).toContain(payload);
    await user.click(screen.getByRole('tab', { name: 'Rich text preview' }));
    const rich = screen.getByLabelText('The note as rich text');
    expect(rich.textContent).toContain(payload);
    expect(rich.querySelector('img, script')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('keeps the optional sections off until switched on, then adds them after Handoff Notes', async () => {
    const user = userEvent.setup();
    mount();
    expect(screen.queryByLabelText('Tried and ruled out')).toBeNull();
    expect(output()).not.toContain('Tried and ruled out');
    await user.click(screen.getByRole('checkbox', { name: 'Add “Tried and ruled out”' }));
    await user.type(screen.getByLabelText('Tried and ruled out'), 'DNS');
    expect(output()).toMatch(
      /Handoff Notes\n=============\n\.\.\.\.\.\.\n\nTried and ruled out\n=============\nDNS\n\nTicket's checklist/,
    );
  });

  it('is the team template by default, and starts with the case details when asked to', async () => {
    const user = userEvent.setup();
    mount();
    await user.type(screen.getByLabelText('Case number'), '2311010040001234');
    const option = screen.getByRole('checkbox', { name: 'Start the note with the case details' });
    expect(option).toHaveProperty('checked', false);
    expect(output().startsWith('Summary')).toBe(true);
    await user.click(option);
    expect(output().startsWith('Case number: 2311010040001234\n\nSummary')).toBe(true);
  });

  it('fills a plainly fictional example, with undo', async () => {
    const user = userEvent.setup();
    mount();
    await user.type(screen.getByLabelText('Handoff Notes'), 'mine');
    await user.click(screen.getByRole('button', { name: 'Fill with an example' }));
    // The example is fetched on this first click.
    await vi.waitFor(() =>
      expect(screen.getByLabelText('Summary (What’s the progress so far)')).toHaveProperty(
        'value',
        expect.stringMatching(/^EXAMPLE \(fictional/),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Undo example' }));
    expect(screen.getByLabelText('Handoff Notes')).toHaveProperty('value', 'mine');
  });
});

describe('HandoffNote: copy and download', () => {
  const setExecCommand = (fn: () => boolean) =>
    Object.defineProperty(document, 'execCommand', { value: vi.fn(fn), configurable: true });
  const secure = (value: boolean) => Object.defineProperty(window, 'isSecureContext', { value, configurable: true });

  it('copies plain text and announces "Copied"', async () => {
    const user = userEvent.setup();
    mount();
    secure(true);
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.type(screen.getByLabelText('Next MSFT Action'), 'Call');
    await user.click(screen.getByRole('button', { name: 'Copy as plain text' }));
    expect(writeText).toHaveBeenCalledWith(output());
    expect(status()).toMatch(/Copied the note as plain text\./);
  });

  it('copies rich text as text/html and text/plain together', async () => {
    const user = userEvent.setup();
    mount();
    secure(true);
    const write = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
    class FakeItem {
      constructor(public items: Record<string, Blob>) {}
    }
    vi.stubGlobal('ClipboardItem', FakeItem);
    await user.type(screen.getByLabelText('Next MSFT Action'), '<b>x</b>');
    await user.click(screen.getByRole('button', { name: 'Copy rich' }));
    const item = write.mock.calls[0]![0][0] as FakeItem;
    expect(Object.keys(item.items).sort()).toEqual(['text/html', 'text/plain']);
    expect(await item.items['text/html']!.text()).toContain('&#60;b&#62;x&#60;/b&#62;');
    expect(await item.items['text/plain']!.text()).toContain('<b>x</b>');
    expect(status()).toMatch(/Copied the note as rich text/);
    vi.unstubAllGlobals();
  });

  it('falls back to the copy command without the Clipboard API, still with both formats', async () => {
    const user = userEvent.setup();
    mount();
    secure(false);
    const data: Record<string, string> = {};
    setExecCommand(() => {
      const event = new Event('copy', { cancelable: true }) as ClipboardEvent;
      Object.defineProperty(event, 'clipboardData', { value: { setData: (t: string, v: string) => (data[t] = v) } });
      document.dispatchEvent(event);
      return true;
    });
    await user.click(screen.getByRole('button', { name: 'Copy rich' }));
    expect(data['text/plain']).toBe(output());
    expect(data['text/html']).toMatch(/^<div style=/);
    expect(status()).toMatch(/Copied/);
  });

  it('when copying is blocked altogether, selects the note and says how to copy it', async () => {
    const user = userEvent.setup();
    mount();
    secure(false);
    setExecCommand(() => false);
    await user.click(screen.getByRole('button', { name: 'Copy as plain text' }));
    expect(status()).toMatch(/blocked copying.*press Ctrl\+C/);
    expect(window.getSelection()?.toString()).toContain('Next MSFT Action');
  });

  it('downloads .txt and .md made in the page', async () => {
    const user = userEvent.setup();
    mount();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.type(screen.getByLabelText('Case number'), '42');
    await user.click(screen.getByRole('button', { name: 'Download .txt' }));
    await user.click(screen.getByRole('button', { name: 'Download .md' }));
    expect(click).toHaveBeenCalledTimes(2);
    expect(await blobs[0]!.text()).toBe(output());
    expect(await blobs[1]!.text()).toContain('## Next MSFT Action');
    expect(status()).toMatch(/Downloaded handoff-note-42\.md/);
  });
});

describe('HandoffNote: drafts', () => {
  it('writes the first change at once and later ones within 100 ms', async () => {
    const user = userEvent.setup();
    mount();
    await user.type(screen.getByLabelText('Partner Ticket'), 'P');
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).note.sections.partnerTicket).toBe('P');
    await user.type(screen.getByLabelText('Partner Ticket'), 'T-9');
    await vi.waitFor(
      () => expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).note.sections.partnerTicket).toBe('PT-9'),
      {
        timeout: 200,
      },
    );
  });

  it('saves on every change and restores after a reload', async () => {
    const user = userEvent.setup();
    mount();
    await user.type(screen.getByLabelText('Summary (What’s the progress so far)'), 'Stuck on 403');
    await user.type(screen.getByLabelText('Case number'), '77');
    reload();
    await draftRestored();
    expect(screen.getByLabelText('Summary (What’s the progress so far)')).toHaveProperty('value', 'Stuck on 403');
    expect(screen.getByLabelText('Case number')).toHaveProperty('value', '77');
    expect(status()).toMatch(/saved draft is back/);
  });

  it('sets a corrupt draft aside with a message, and offers it for download', async () => {
    localStorage.setItem(DRAFT_KEY, '{"version":1,"savedAt":');
    await mountRestored();
    expect(status()).toMatch(/could not be read \(it is not valid JSON\).*set aside/);
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(JSON.parse(localStorage.getItem(SET_ASIDE_KEY)!).raw).toBe('{"version":1,"savedAt":');
    // The banner is fetched once there is a set-aside draft to offer.
    expect(await screen.findByRole('button', { name: 'Download the set-aside draft' })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Discard it' }));
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBeNull();
  });

  it('sets a second unreadable draft aside next to the first, never over it', async () => {
    localStorage.setItem(SET_ASIDE_KEY, JSON.stringify({ at: Date.now() - 60_000, raw: 'first unreadable' }));
    localStorage.setItem(DRAFT_KEY, 'second unreadable');
    await mountRestored();
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(JSON.parse(localStorage.getItem(SET_ASIDE_KEY)!).raw).toBe('first unreadable');
    const copies = Object.keys(localStorage).filter((k) => k.startsWith(`${SET_ASIDE_KEY}:`));
    expect(copies.map((k) => JSON.parse(localStorage.getItem(k)!).raw)).toEqual(['second unreadable']);
    expect(await screen.findByText(/2 saved drafts that could not be read are set aside/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download the set-aside draft 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download the set-aside draft 2' })).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Discard it (set-aside draft 2)' }));
    expect(localStorage.getItem(copies[0]!)).toBeNull();
    expect(JSON.parse(localStorage.getItem(SET_ASIDE_KEY)!).raw).toBe('first unreadable');
    expect(screen.getByRole('button', { name: 'Download the set-aside draft' })).toBeTruthy();
  });

  it('leaves an unreadable draft in place when there is no room to set it aside, and saves nothing over it', async () => {
    const corrupt = '{"version":1,"savedAt":';
    localStorage.setItem(DRAFT_KEY, corrupt);
    // The quota is full: the set-aside copy cannot be written (everything else can).
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === SET_ASIDE_KEY) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    });
    await mountRestored();
    expect(status()).toMatch(
      /could not be read \(it is not valid JSON\).*no room to keep a copy.*nothing typed here is saved over it/,
    );
    expect(localStorage.getItem(DRAFT_KEY)).toBe(corrupt);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Summary (What’s the progress so far)'), 'New text');
    flushDraft();
    expect(localStorage.getItem(DRAFT_KEY)).toBe(corrupt);
    expect(screen.getByRole('button', { name: 'Download the set-aside draft' })).toBeTruthy();
    // Discarding it is the person's choice; then what they typed is saved.
    await user.click(screen.getByRole('button', { name: 'Discard it' }));
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).note.sections.summary).toBe('New text');
  });

  it('removes a draft older than 14 days on load, and says so', async () => {
    const old = Date.now() - 15 * 24 * 60 * 60 * 1000;
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ version: 1, savedAt: old, note: { sections: { summary: 'old' } } }),
    );
    await mountRestored();
    expect(status()).toMatch(/older than 14 days was removed/);
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(screen.getByLabelText('Summary (What’s the progress so far)')).toHaveProperty('value', '');
  });

  it.each([
    ['Keep what I typed', 'Typed first', 'Typed first'],
    ['Load the saved draft', 'Typed first', 'Saved earlier'],
  ])('asks which note to keep when typing starts before the saved draft is read: %s', async (choice, typed, kept) => {
    const saved = JSON.stringify({
      version: 1,
      savedAt: Date.now(),
      note: { sections: { handoffNotes: 'Saved earlier' } },
    });
    localStorage.setItem(DRAFT_KEY, saved);
    mount();
    // Typed in the moment between the tool showing and the stored draft being read.
    fireEvent.input(screen.getByLabelText('Handoff Notes'), { target: { value: typed } });
    await draftRestored();
    // Neither is written over the other until the person chooses (the question is fetched when first needed).
    expect((await screen.findByRole('alert')).textContent).toMatch(/finished loading after you had started typing/);
    expect(localStorage.getItem(DRAFT_KEY)).toBe(saved);
    await userEvent.setup().click(screen.getByRole('button', { name: choice }));
    expect(screen.getByLabelText('Handoff Notes')).toHaveProperty('value', kept);
    await vi.waitFor(() => expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).note.sections.handoffNotes).toBe(kept));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('works without storage and says drafts are not saved', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const user = userEvent.setup();
    mount();
    expect(status()).toMatch(/Drafts are not being saved/);
    await user.type(screen.getByLabelText('Next MSFT Action'), 'Still works');
    expect(output()).toContain('Still works');
  });

  it('"New note" clears, with undo', async () => {
    const user = userEvent.setup();
    mount();
    await user.type(screen.getByLabelText('Handoff Notes'), 'Keep me');
    await user.click(screen.getByRole('button', { name: 'New note' }));
    expect(screen.getByLabelText('Handoff Notes')).toHaveProperty('value', '');
    await vi.waitFor(() => expect(localStorage.getItem(DRAFT_KEY)).toBeNull());
    expect(status()).toMatch(/New note/);
    await user.click(screen.getByRole('button', { name: 'Undo new note' }));
    expect(screen.getByLabelText('Handoff Notes')).toHaveProperty('value', 'Keep me');
    await vi.waitFor(() =>
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).note.sections.handoffNotes).toBe('Keep me'),
    );
  });

  it('"Forget drafts on this browser" says what it removes, removes them all, and can be undone', async () => {
    const user = userEvent.setup();
    localStorage.setItem(SET_ASIDE_KEY, JSON.stringify({ at: Date.now(), raw: 'x' }));
    localStorage.setItem(`${SET_ASIDE_KEY}:1`, JSON.stringify({ at: Date.now(), raw: 'y' }));
    localStorage.setItem(GUIDED_DRAFT_KEY, JSON.stringify({ title: 'Need US SE - Contoso outage' }));
    localStorage.setItem(GUIDED_SET_ASIDE_KEY, JSON.stringify({ at: Date.now(), raw: 'z' }));
    mount();
    await user.type(screen.getByLabelText('Handoff Notes'), 'Secret');
    await user.click(screen.getByRole('button', { name: 'Forget drafts on this browser' }));
    // It asks first, naming what goes; keeping them removes nothing.
    // The forget code is fetched on this first click.
    const question = await screen.findByRole('group', { name: 'Forget drafts' });
    expect(question.textContent).toContain(
      "This removes from this browser: the note draft, 2 set-aside drafts, the guided page's answers, ticks and case title, the guided page's set-aside progress.",
    );
    await user.click(within(question).getByRole('button', { name: 'Keep them' }));
    expect(localStorage.getItem(GUIDED_DRAFT_KEY)).not.toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Forget drafts on this browser' }));
    await user.click(screen.getByRole('button', { name: 'Forget drafts on this browser' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Forget drafts' })).getByRole('button', { name: 'Remove them' }),
    );
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBeNull();
    expect(localStorage.getItem(`${SET_ASIDE_KEY}:1`)).toBeNull();
    expect(localStorage.getItem(GUIDED_DRAFT_KEY)).toBeNull();
    expect(screen.getByLabelText('Handoff Notes')).toHaveProperty('value', '');
    expect(status()).toMatch(/Drafts removed from this browser/);
    // Undo, until the page is left, puts every one back.
    const undo = screen.getByRole('button', { name: 'Undo forget drafts' });
    expect(document.activeElement).toBe(undo);
    await user.click(undo);
    expect(screen.getByLabelText('Handoff Notes')).toHaveProperty('value', 'Secret');
    expect(JSON.parse(localStorage.getItem(`${SET_ASIDE_KEY}:1`)!).raw).toBe('y');
    expect(JSON.parse(localStorage.getItem(GUIDED_DRAFT_KEY)!).title).toBe('Need US SE - Contoso outage');
    expect(JSON.parse(localStorage.getItem(GUIDED_SET_ASIDE_KEY)!).raw).toBe('z');
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).note.sections.handoffNotes).toBe('Secret');
    expect(status()).toMatch(/Undone: the drafts are back/);
  });

  it('does not let another tab silently overwrite the note: it asks', async () => {
    const user = userEvent.setup();
    mount();
    await user.type(screen.getByLabelText('Handoff Notes'), 'Tab one');
    const other = otherTabSaves({ note: { sections: { handoffNotes: 'Tab two' } } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/changed in another tab/);
    expect(screen.getByLabelText('Handoff Notes')).toHaveProperty('value', 'Tab one');
    // The status line says so too, not "saved as you type".
    expect(status()).toMatch(/Not saving for now: this tab waits for your choice above/);
    expect(status()).not.toMatch(/as you type/);
    // Typing meanwhile does not write over the other tab's note.
    await user.type(screen.getByLabelText('Handoff Notes'), '!');
    expect(localStorage.getItem(DRAFT_KEY)).toBe(other);
    await user.click(within(alert).getByRole('button', { name: "Load the other tab's note" }));
    expect(screen.getByLabelText('Handoff Notes')).toHaveProperty('value', 'Tab two');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves nothing when the browser will not read what it stored: the draft there may be overwritten', async () => {
    const stored = JSON.stringify({ version: 1, savedAt: Date.now(), note: { sections: { summary: 'Kept' } } });
    localStorage.setItem(DRAFT_KEY, stored);
    const getItem = Storage.prototype.getItem;
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (this: Storage, key: string) {
      if (key === DRAFT_KEY) throw new DOMException('Reading is blocked.', 'SecurityError');
      return getItem.call(this, key);
    });
    await mountRestored();
    expect(status()).toMatch(/not being saved: this browser would not let the page read what it stored/);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Summary (What’s the progress so far)'), 'New keystrokes');
    flushDraft();
    vi.restoreAllMocks();
    expect(localStorage.getItem(DRAFT_KEY)).toBe(stored);
  });

  it('a change waiting to be written is not written over another tab’s note while that note is still being read', async () => {
    const user = userEvent.setup();
    mount();
    await user.type(screen.getByLabelText('Handoff Notes'), 'Tab one');
    fireEvent.input(screen.getByLabelText('Handoff Notes'), { target: { value: 'Tab one, more' } });
    const other = otherTabSaves({ note: { sections: { handoffNotes: 'Tab two' } } });
    // The pending write comes due before this tab has read the other tab's note (its reader still loading).
    flushDraft();
    expect(localStorage.getItem(DRAFT_KEY)).toBe(other);
    expect((await screen.findByRole('alert')).textContent).toMatch(/changed in another tab/);
    expect(localStorage.getItem(DRAFT_KEY)).toBe(other);
  });

  it('"Keep this tab\'s note" saves it over the other', async () => {
    const user = userEvent.setup();
    mount();
    await user.type(screen.getByLabelText('Handoff Notes'), 'Tab one');
    otherTabRemoves();
    await user.click(await screen.findByRole('button', { name: "Keep this tab's note" }));
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).note.sections.handoffNotes).toBe('Tab one');
  });
});

describe('HandoffNote: import', () => {
  it('fills the fields from a pasted note and says what it recognised', async () => {
    const user = userEvent.setup();
    mount();
    await user.click(screen.getByText('Import a note'));
    // The panel, with its reader, is fetched when it is first opened.
    await user.click(await screen.findByLabelText('Paste a note'));
    await user.paste(
      'Case number: 99\r\nHi team\r\n\r\n## Next MSFT Action\r\nCall back\r\n\r\nSummary\r\n=====\r\n403 on copy\r\n\r\nIcM ID?: 5',
    );
    await user.click(screen.getByRole('button', { name: 'Fill the fields from this note' }));
    await vi.waitFor(() => expect(screen.getByLabelText('Next MSFT Action')).toHaveProperty('value', 'Call back'));
    expect(screen.getByLabelText('Summary (What’s the progress so far)')).toHaveProperty('value', '403 on copy');
    expect(screen.getByLabelText('IcM ID')).toHaveProperty('value', '5');
    expect(screen.getByLabelText('Case number')).toHaveProperty('value', '99');
    expect(screen.getByLabelText('Handoff Notes')).toHaveProperty('value', 'Hi team');
    expect(status()).toMatch(/Recognised sections: Next MSFT Action; Summary.*1 line\(s\) that matched no section/);
    await user.click(screen.getByRole('button', { name: 'Undo import' }));
    expect(screen.getByLabelText('Next MSFT Action')).toHaveProperty('value', '');
  });
});

describe('HandoffNote: sharing the page with other islands', () => {
  it('shares the case details and the saved draft with another tool on the page', async () => {
    const user = userEvent.setup();
    render(() => (
      <>
        <HandoffNote options={options} />
        <CaseDetailsFields options={options} legend="Reassignment" fields={['caseNumber']} />
      </>
    ));
    const [, other] = screen.getAllByLabelText('Case number');
    await user.click(screen.getByRole('checkbox', { name: 'Start the note with the case details' }));
    await user.type(other!, '555');
    expect(output().startsWith('Case number: 555\n')).toBe(true);
    await vi.waitFor(() => expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).caseDetails.caseNumber).toBe('555'));
  });
});

describe('HandoffNote: hostile input', () => {
  it('a case number with letters is told at its field, marked invalid, and announced once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      mount();
      const input = screen.getByLabelText('Case number');
      const said: string[] = [];
      const region = document.querySelector('[data-announcer]')!;
      new MutationObserver(() => region.textContent && said.push(region.textContent)).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      await user.type(input, '2311-01ab');
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const message = document.getElementById(input.getAttribute('aria-describedby')!)!;
      expect(message.textContent).toBe('A case number has digits only; remove "a", "b".');
      expect(input.closest('.field')!.contains(message)).toBe(true);
      await vi.advanceTimersByTimeAsync(3000);
      expect(said).toEqual(['Case number: A case number has digits only; remove "a", "b".']);
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['２３１１０１００', '23110100', undefined],
    ['2311\u200b0100', '23110100', 'Removed U+200B zero-width space (an invisible character).'],
    [
      '\u202e2311\u202c0100',
      '23110100',
      'Removed U+202E right-to-left override and U+202C pop directional formatting (invisible characters).',
    ],
  ])('a case number pasted as %j is read as %s, and the field says what it removed', async (typed, value, notice) => {
    const user = userEvent.setup();
    mount();
    await user.click(screen.getByRole('checkbox', { name: 'Start the note with the case details' }));
    const input = screen.getByLabelText('Case number');
    await user.click(input);
    await user.paste(typed);
    expect(input).toHaveProperty('value', value);
    expect(input.getAttribute('aria-invalid')).toBeNull();
    const message = document.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(message.textContent).toBe(notice ?? 'Digits only; spaces and dashes are removed.');
    expect(message.textContent).not.toMatch(/[\u200b-\u200f\u202a-\u202e]/);
    expect(output()).toContain(`Case number: ${value}`);
  });

  it('an IcM ID in full-width digits is digits', async () => {
    const user = userEvent.setup();
    mount();
    const icm = screen.getByLabelText('IcM ID');
    await user.click(icm);
    await user.paste('４０２１３３');
    expect(icm).toHaveProperty('value', '402133');
    expect(icm.getAttribute('aria-invalid')).toBeNull();
    expect(output().split('\n')).toContain('IcM ID?:402133');
  });

  it('shows the count near a section’s maximum, and past it keeps the text and makes no note', async () => {
    mount();
    const summary = screen.getByLabelText('Summary (What’s the progress so far)') as HTMLTextAreaElement;
    fireEvent.input(summary, { target: { value: 'x'.repeat(95_000) } });
    expect(document.getElementById(summary.getAttribute('aria-describedby')!.split(' ')[1]!)!.textContent).toBe(
      '95,000 of 100,000 characters.',
    );
    expect(summary.getAttribute('aria-invalid')).toBeNull();
    fireEvent.input(summary, { target: { value: 'x'.repeat(100_001) } });
    expect(summary.getAttribute('aria-invalid')).toBe('true');
    expect(summary.value.length).toBe(100_001);
    expect(screen.queryByLabelText('The note as plain text')).toBeNull();
    expect(screen.getByText(/No note is made while a field is past its maximum/)).toBeTruthy();
    expect(
      screen.getByText(/Summary \(What’s the progress so far\): 100,001 characters, the maximum is 100,000\./),
    ).toBeTruthy();
    fireEvent.input(summary, { target: { value: 'x'.repeat(100_000) } });
    expect(output()).toContain('x'.repeat(100));
  });

  it('a paste too big for its field is kept beside it: insert what fits, download or discard', async () => {
    const user = userEvent.setup();
    mount();
    const notes = screen.getByLabelText('Handoff Notes') as HTMLTextAreaElement;
    await user.click(notes);
    await user.paste('y'.repeat(150_000));
    expect(notes.value).toBe('');
    const held = await screen.findByRole('group', { name: 'Paste kept beside Handoff Notes' }, { timeout: 5000 });
    expect(held.textContent).toContain('This paste has 150,000 characters');
    await user.click(within(held).getByRole('button', { name: 'Insert the first 100,000 characters' }));
    expect(notes.value.length).toBe(100_000);
    expect(held.textContent).toContain('This paste has 50,000 characters');
    expect(within(held).queryByRole('button', { name: /Insert/ })).toBeNull();
    await user.click(within(held).getByRole('button', { name: 'Discard the paste' }));
    expect(screen.queryByRole('group', { name: 'Paste kept beside Handoff Notes' })).toBeNull();
  });

  it('a stored draft past the maximums opens read-only, to download or discard, and is not saved over', async () => {
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ version: 1, savedAt: Date.now(), note: { sections: { summary: 'z'.repeat(300_000) } } }),
    );
    await mountRestored();
    const view = await screen.findByRole('region', { name: 'Saved draft, read-only' }, { timeout: 5000 });
    expect(view.textContent).toContain(
      'Summary (What’s the progress so far) has 300,000 characters (the maximum is 100,000)',
    );
    expect(view.textContent).toContain('and 299,400 more characters, in the download.');
    expect(screen.queryByLabelText('Summary (What’s the progress so far)')).toBeNull();
    expect(localStorage.getItem(DRAFT_KEY)).toContain('z'.repeat(300_000));
    await userEvent.setup().click(within(view).getByRole('button', { name: 'Discard the saved draft' }));
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(screen.getByLabelText('Summary (What’s the progress so far)')).toHaveProperty('value', '');
  });
});

describe('HandoffNote: a draft saved by the previous version of the site', () => {
  it('is back in the form, under today’s key, and the former key is gone', async () => {
    const saved = JSON.stringify({
      version: 1,
      savedAt: Date.now(),
      caseDetails: { caseNumber: '2311010040001234' },
      note: { sections: { summary: 'Saved before the update' } },
    });
    localStorage.setItem('fts-handoff:draft', saved);
    await mountRestored();
    expect(screen.getByLabelText('Summary (What’s the progress so far)')).toHaveProperty(
      'value',
      'Saved before the update',
    );
    expect(localStorage.getItem(DRAFT_KEY)).toBe(saved);
    expect(localStorage.getItem('fts-handoff:draft')).toBeNull();
  });

  it('"Forget drafts" removes a former key that could not be moved', async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: 1, savedAt: Date.now(), note: { sections: {} } }));
    localStorage.setItem('fts-handoff:draft', '{"version":1,"savedAt":1}');
    localStorage.setItem(GUIDED_DRAFT_KEY, '{"savedAt":1}');
    await mountRestored();
    expect(localStorage.getItem('fts-handoff:draft')).not.toBeNull();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Forget drafts on this browser' }));
    expect((await screen.findByRole('group', { name: 'Forget drafts' })).textContent).toContain(
      'a draft from an earlier version',
    );
    await user.click(screen.getByRole('button', { name: 'Remove them' }));
    expect(Object.keys(localStorage).filter((k) => k.startsWith('fts-'))).toEqual([]);
  });
});

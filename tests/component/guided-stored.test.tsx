/**
 * The guided page's stored progress, as the note's draft is kept: another tab's change is asked
 * about (this tab saves nothing meanwhile), an unreadable record is set aside (or left in place
 * when there is no room for a copy) and offered for download, a read that throws never leads to a
 * write, and a training link changes only the answers it names.
 */
import { render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import GuidedHandoff from '../../src/components/guided/GuidedHandoff';
import { setCaseDetails } from '../../src/components/shared/case-store';
import { stopDraftSync } from '../../src/components/shared/draft-sync';
import { emptyDraftState, setDraftState } from '../../src/components/shared/note-store';
import { EMPTY_CASE_DETAILS } from '../../src/lib/case-details';
import {
  DRAFT_MAX_AGE_MS,
  GUIDED_DRAFT_KEY,
  GUIDED_SET_ASIDE_KEY,
  serializeGuidedDraft,
  type GuidedProgress,
} from '../../src/lib/guided-draft';
import { GUIDED_PROPS } from './guided-props';

vi.mock('../../src/components/note/HandoffNote', () => ({ default: () => <p>The note generator</p> }));
vi.mock('../../src/components/regions/RegionLookup', () => ({ default: () => <p>The region lookup</p> }));
vi.mock('../../src/components/reassign/ReassignEmail', () => ({ default: () => <p>The email builder</p> }));

const props = GUIDED_PROPS;

const renderPage = () => render(() => <GuidedHandoff {...props} />);

/** A non-7x24 case handed off to the local region, with the note logged. */
const LOCAL: GuidedProgress = {
  answers: { is24x7: 'no', delivered: 'no', otherRegion: 'no', onlyLeave: 'no' },
  done: ['note'],
  caseTitle: 'Copy fails',
};

/** Another tab writes `value` under `key` (removes it, with null), as the browser reports it to this tab. */
function otherTab(key: string, value: string | null): void {
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }));
}

const stored = () => localStorage.getItem(GUIDED_DRAFT_KEY);
const TITLE = 'Current internal title of the case (optional)';
const box = (name: string | RegExp) => screen.getByRole('checkbox', { name });

/** The page with LOCAL saved before it loaded, restored. */
async function restored(progress: GuidedProgress = LOCAL): Promise<string> {
  const text = serializeGuidedDraft(progress, Date.now() - 60_000);
  localStorage.setItem(GUIDED_DRAFT_KEY, text);
  renderPage();
  expect(await screen.findByRole('checkbox', { name: 'Log your handoff note in the case' })).toHaveProperty(
    'checked',
    true,
  );
  return text;
}

/** The file `download` made, caught at `URL.createObjectURL`. */
function catchDownloads(): Blob[] {
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:test'));
  URL.revokeObjectURL = vi.fn();
  return blobs;
}

beforeEach(() => {
  stopDraftSync();
  setDraftState(emptyDraftState());
  setCaseDetails({ ...EMPTY_CASE_DETAILS });
  window.history.replaceState(null, '', '/handoff/start/');
});
afterEach(() => vi.restoreAllMocks());

describe('another tab', () => {
  it('opening the page writes nothing when nothing changed, so the other tab is not asked', async () => {
    const text = await restored();
    expect(stored()).toBe(text);
  });

  it('changing the progress stops this tab saving and asks which to keep; keeping this tab’s saves it', async () => {
    const user = userEvent.setup();
    await restored();
    const theirs = serializeGuidedDraft({ ...LOCAL, caseTitle: 'Copy fails in tab two' }, Date.now());
    otherTab(GUIDED_DRAFT_KEY, theirs);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/changed in another tab\. This tab stopped saving its progress/);
    expect(await screen.findByText(/Not saving your progress for now: this tab waits for your choice/)).toBeTruthy();
    // Until the person chooses, nothing is written over the other tab's progress.
    await user.click(box('Create a new entry for the case transfer'));
    await user.type(screen.getByLabelText(TITLE), ' here');
    expect(stored()).toBe(theirs);
    await user.click(within(alert).getByRole('button', { name: "Keep this tab's progress" }));
    expect(screen.queryByRole('alert')).toBeNull();
    const saved = JSON.parse(stored()!);
    expect(saved.caseTitle).toBe('Copy fails here');
    expect(saved.done).toEqual(['note', 'transfer']);
    expect(screen.getByText(/This tab's progress is saved/)).toBeTruthy();
    expect(screen.queryByText(/Not saving your progress/)).toBeNull();
  });

  it('loading the other tab’s progress puts its title and ticks in the page, without writing it back', async () => {
    const user = userEvent.setup();
    await restored();
    const theirs = serializeGuidedDraft({ ...LOCAL, done: ['note', 'queue'], caseTitle: 'Tab two' }, Date.now());
    otherTab(GUIDED_DRAFT_KEY, theirs);
    await user.click(await screen.findByRole('button', { name: "Load the other tab's progress" }));
    expect(screen.getByLabelText(TITLE)).toHaveProperty('value', 'Tab two');
    expect(box('Transfer the case back to the queue')).toHaveProperty('checked', true);
    expect(stored()).toBe(theirs);
    // Saving again: the next change is written.
    await user.click(box('Create a new entry for the case transfer'));
    expect(JSON.parse(stored()!).done).toEqual(['note', 'transfer', 'queue']);
  });

  it('writing the same progress asks nothing', async () => {
    const user = userEvent.setup();
    await restored();
    otherTab(GUIDED_DRAFT_KEY, serializeGuidedDraft(LOCAL, Date.now()));
    await user.click(box('Create a new entry for the case transfer'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(JSON.parse(stored()!).done).toEqual(['note', 'transfer']);
  });

  it('removing it asks too; "Clear this tab too" clears the answers, ticks and title', async () => {
    const user = userEvent.setup();
    await restored();
    otherTab(GUIDED_DRAFT_KEY, null);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/removed in another tab/);
    await user.click(within(alert).getByRole('button', { name: 'Clear this tab too' }));
    expect(screen.getByText('Answer the questions')).toBeTruthy();
    expect(stored()).toBeNull();
    expect(screen.getByText('Progress cleared, as in the other tab.')).toBeTruthy();
  });

  it('an unreadable record from another tab is set aside, not written over', async () => {
    await restored();
    otherTab(GUIDED_DRAFT_KEY, '{"version":9');
    expect(await screen.findByText(/could not be read is set aside here/)).toBeTruthy();
    const copies = JSON.parse(localStorage.getItem(GUIDED_SET_ASIDE_KEY)!);
    expect(copies.map((c: { raw: string }) => c.raw)).toEqual(['{"version":9']);
  });
});

describe('unreadable progress', () => {
  const RAW =
    '{"version":1,"savedAt":1,"answers":{},"done":[],"caseTitle":"<img src=x onerror=alert(1)>Need US SE - Copy';

  it('is set aside with its time, offered for download as it was, never as markup, and can be discarded', async () => {
    const user = userEvent.setup();
    const blobs = catchDownloads();
    localStorage.setItem(GUIDED_DRAFT_KEY, RAW);
    const { container } = renderPage();
    const banner = await screen.findByRole('region', { name: 'Saved progress that could not be read' });
    expect(screen.getByText(/could not be read, so the questions start afresh/)).toBeTruthy();
    const [copy] = JSON.parse(localStorage.getItem(GUIDED_SET_ASIDE_KEY)!);
    expect(copy.raw).toBe(RAW);
    expect(Date.now() - copy.at).toBeLessThan(5_000);
    expect(stored()).toBeNull();
    // Shown as text: the start of it, and no element made from it.
    expect(within(banner).getByLabelText('The start of what is stored').textContent).toContain('<img src=x');
    expect(container.querySelector('img')).toBeNull();
    await user.click(within(banner).getByRole('button', { name: 'Download it (.txt)' }));
    expect(await blobs[0]!.text()).toBe(RAW);
    expect(within(banner).getByText(/Downloaded guided-progress-set-aside\.txt/)).toBeTruthy();
    // Saving goes on meanwhile: the copy is kept under its own key.
    await user.click(
      within(screen.getByRole('group', { name: /Is the case 7x24/ })).getByRole('radio', { name: 'No' }),
    );
    expect(JSON.parse(stored()!).answers).toEqual({ is24x7: 'no' });
    await user.click(within(banner).getByRole('button', { name: 'Discard it' }));
    expect(localStorage.getItem(GUIDED_SET_ASIDE_KEY)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Saved progress that could not be read' })).toBeNull();
  });

  it('with no room for the copy, stays where it is and nothing is saved until it is discarded', async () => {
    const user = userEvent.setup();
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === GUIDED_SET_ASIDE_KEY) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    localStorage.setItem(GUIDED_DRAFT_KEY, RAW);
    renderPage();
    const banner = await screen.findByRole('region', { name: 'Saved progress that could not be read' });
    expect(banner.textContent).toMatch(/no room to set a copy aside/);
    expect(await screen.findByText(/Not saving your progress for now/)).toBeTruthy();
    await user.click(
      within(screen.getByRole('group', { name: /Is the case 7x24/ })).getByRole('radio', { name: 'No' }),
    );
    expect(stored()).toBe(RAW);
    await user.click(within(banner).getByRole('button', { name: 'Discard it' }));
    expect(JSON.parse(stored()!).answers).toEqual({ is24x7: 'no' });
    expect(screen.getByText('The unreadable progress was discarded.')).toBeTruthy();
  });

  it('set aside on an earlier visit is still offered; copies older than 14 days are removed', async () => {
    localStorage.setItem(
      GUIDED_SET_ASIDE_KEY,
      JSON.stringify([
        { at: Date.now() - DRAFT_MAX_AGE_MS - 1, raw: 'too old' },
        { at: Date.now() - 1000, raw: 'kept' },
      ]),
    );
    renderPage();
    const banner = await screen.findByRole('region', { name: 'Saved progress that could not be read' });
    expect(within(banner).getByLabelText('The start of what is stored').textContent).toBe('kept');
    expect(JSON.parse(localStorage.getItem(GUIDED_SET_ASIDE_KEY)!)).toHaveLength(2); // read, not rewritten
  });
});

describe('a storage read that throws', () => {
  it('means storage is unavailable: the page says so and writes nothing over what is stored', async () => {
    const user = userEvent.setup();
    const text = serializeGuidedDraft(LOCAL, Date.now());
    localStorage.setItem(GUIDED_DRAFT_KEY, text);
    const getItem = Storage.prototype.getItem;
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (this: Storage, key: string) {
      if (key === GUIDED_DRAFT_KEY) throw new DOMException('denied', 'SecurityError');
      return getItem.call(this, key);
    });
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const removeItem = vi.spyOn(Storage.prototype, 'removeItem');
    renderPage();
    expect(await screen.findByText(/would not let the page read what it stored/)).toBeTruthy();
    await user.click(
      within(screen.getByRole('group', { name: /Is the case 7x24/ })).getByRole('radio', { name: 'Yes' }),
    );
    expect(setItem.mock.calls.filter(([key]) => key === GUIDED_DRAFT_KEY)).toEqual([]);
    expect(removeItem.mock.calls.filter(([key]) => key === GUIDED_DRAFT_KEY)).toEqual([]);
    expect(getItem.call(localStorage, GUIDED_DRAFT_KEY)).toBe(text);
  });
});

describe('a training link', () => {
  it.each(['?7x24=garbage', '?7x24=no&delivered=maybe'])(
    '%s changes only the answers it names, validly: the ticks and title stay',
    async (search) => {
      localStorage.setItem(GUIDED_DRAFT_KEY, serializeGuidedDraft(LOCAL, Date.now()));
      window.history.replaceState(null, '', `/handoff/start/${search}`);
      renderPage();
      expect(await screen.findByText(/Ignored, as not one of the choices: (7x24|delivered)\./)).toBeTruthy();
      expect(await screen.findByLabelText(TITLE)).toHaveProperty('value', 'Copy fails');
      expect(box('Log your handoff note in the case')).toHaveProperty('checked', true);
      expect(JSON.parse(stored()!)).toMatchObject(LOCAL);
    },
  );
});

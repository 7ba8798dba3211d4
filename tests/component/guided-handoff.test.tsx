import { GUIDED_PROPS } from './guided-props';
import { render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import GuidedHandoff from '../../src/components/guided/GuidedHandoff';
import { caseDetails, setCaseDetails } from '../../src/components/shared/case-store';
import { stopDraftSync } from '../../src/components/shared/draft-sync';
import { emptyDraftState, note, setDraftState, setNote } from '../../src/components/shared/note-store';
import { EMPTY_CASE_DETAILS } from '../../src/lib/case-details';
import { DRAFT_MAX_AGE_MS, GUIDED_DRAFT_KEY, serializeGuidedDraft } from '../../src/lib/guided-draft';

// The tools have their own tests; here each stands for itself, loaded when its step first shows.
vi.mock('../../src/components/note/HandoffNote', () => ({ default: () => <p>The note generator</p> }));
vi.mock('../../src/components/regions/RegionLookup', () => ({ default: () => <p>The region lookup</p> }));
vi.mock('../../src/components/reassign/ReassignEmail', () => ({
  default: (props: { withTitle?: boolean }) => (
    <p>The email builder{props.withTitle === false ? ', without a title field' : ', with a title field'}</p>
  ),
}));

const props = GUIDED_PROPS;

const renderPage = () => render(() => <GuidedHandoff {...props} />);

type User = ReturnType<typeof userEvent.setup>;

/** Answers one question by its legend and the choice's label. */
async function choose(user: User, question: RegExp, choice: string) {
  const group = screen.getByRole('group', { name: question });
  await user.click(within(group).getByRole('radio', { name: choice }));
}

const Q = {
  is24x7: /Is the case 7x24/,
  delivered: /solution delivered/,
  otherRegion: /another region/,
  leave: /own leave/,
  nextShift: /next shift/,
  impact: /business impact/,
};

async function answerUpTo(user: User, answers: [RegExp, string][]) {
  for (const [q, a] of answers) await choose(user, q, a);
}

const NEXT_REGION: [RegExp, string][] = [
  [Q.is24x7, 'Yes'],
  [Q.delivered, 'No'],
  [Q.otherRegion, 'No'],
  [Q.leave, 'No'],
  [Q.nextShift, 'Yes'],
  [Q.impact, 'Yes'],
];
const LOCAL: [RegExp, string][] = [
  [Q.is24x7, 'No'],
  [Q.delivered, 'No'],
  [Q.otherRegion, 'No'],
  [Q.leave, 'No'],
];

const stepTitles = () => screen.queryAllByRole('checkbox').map((box) => box.closest('label')!.textContent!.trim());

beforeEach(() => {
  setDraftState(emptyDraftState());
  setCaseDetails({ ...EMPTY_CASE_DETAILS });
  window.history.replaceState(null, '', '/handoff/start/');
});
afterEach(() => vi.restoreAllMocks());

describe('GuidedHandoff: the questions', () => {
  it('starts with one question and says to answer it, with no checklist', () => {
    renderPage();
    expect(screen.getAllByRole('group', { name: /\?/ }).map((g) => g.querySelector('legend')!.textContent)).toEqual([
      'Is the case 7x24?',
    ]);
    expect(screen.getByText('Answer the questions')).toBeTruthy();
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
  });

  it('walks to the 7x24 workflow: the outcome, its rules and seven steps', async () => {
    const user = userEvent.setup();
    renderPage();
    await answerUpTo(user, NEXT_REGION);
    expect(screen.getByRole('heading', { name: 'Hand the case off to the next region (7x24 workflow)' })).toBeTruthy();
    expect(screen.getByText(/Double check with customer whether customer really need/)).toBeTruthy();
    const ruleLink = screen.getByRole('link', { name: 'Do, item 4' });
    expect(ruleLink.getAttribute('href')).toBe('/handoff/do-and-dont/');
    expect(stepTitles()).toHaveLength(7);
    expect(screen.getByRole('link', { name: 'Step 7 explained' }).getAttribute('href')).toBe('/handoff/24x7/#step-7');
    expect(await screen.findByText('The region lookup')).toBeTruthy();
    expect(screen.getByText('0 of 7 steps done.')).toBeTruthy();
  });

  it('walks to the non-7x24 workflow: five steps, no meeting, no briefing', async () => {
    const user = userEvent.setup();
    renderPage();
    await answerUpTo(user, LOCAL);
    expect(
      screen.getByRole('heading', { name: 'Hand the case off to the local region (non-7x24 workflow)' }),
    ).toBeTruthy();
    expect(stepTitles()).toEqual([
      'Log your handoff note in the case',
      'Add the region prefix to the case’s internal title',
      'Create a new entry for the case transfer',
      'Transfer the case back to the queue',
      'Email the DM mailbox to ask for reassignment',
    ]);
    expect(screen.getByRole('link', { name: 'Step 4 explained' }).getAttribute('href')).toBe('/handoff/local/#step-4');
    // The meeting step is hidden, and its tool was never loaded.
    expect(screen.getByRole('checkbox', { name: /Align the transfer/, hidden: true }).closest('li')!.hidden).toBe(true);
    expect(screen.queryByText('The region lookup')).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /Align the transfer/ })).toBeNull();
  });

  it('loads each tool the first time its step shows, and keeps it when the workflow changes', async () => {
    const user = userEvent.setup();
    renderPage();
    await choose(user, Q.is24x7, 'Yes');
    // Nothing decided yet: no tool is fetched.
    expect(screen.queryByText('The note generator')).toBeNull();
    expect(screen.queryByText(/^The email builder/)).toBeNull();
    await answerUpTo(user, LOCAL);
    expect(await screen.findByText('The note generator')).toBeTruthy();
    expect(await screen.findByText(/^The email builder/)).toBeTruthy();
    expect(screen.queryByText('The region lookup')).toBeNull();
    await answerUpTo(user, NEXT_REGION);
    const lookup = await screen.findByText('The region lookup');
    expect(lookup.closest('li')!.hidden).toBe(false);
    await choose(user, Q.is24x7, 'No');
    expect(screen.getByText('The region lookup')).toBe(lookup);
    expect(lookup.closest('li')!.hidden).toBe(true);
  });

  describe.each<[string, [RegExp, string][], string, string]>([
    [
      'solution delivered',
      [
        [Q.is24x7, 'Yes'],
        [Q.delivered, 'Yes'],
      ],
      'Keep the case',
      'Don’t, item 2',
    ],
    [
      'only your leave',
      [
        [Q.is24x7, 'No'],
        [Q.delivered, 'No'],
        [Q.otherRegion, 'No'],
        [Q.leave, 'Yes'],
      ],
      'Keep the case',
      'Don’t, item 1',
    ],
    [
      'no need for the next shift',
      [
        [Q.is24x7, 'Yes'],
        [Q.delivered, 'No'],
        [Q.otherRegion, 'No'],
        [Q.leave, 'No'],
        [Q.nextShift, 'No'],
      ],
      'Lower the severity or unselect 7x24, and keep the case',
      'Do, item 4',
    ],
    [
      'no business impact behind A',
      NEXT_REGION.slice(0, 5).concat([[Q.impact, 'No']]),
      'Lower the severity or unselect 7x24, and keep the case',
      'Do, item 5',
    ],
  ])('keep the case: %s', (_name, path, title, rule) => {
    it('shows the outcome with its rule and no checklist', async () => {
      const user = userEvent.setup();
      renderPage();
      await answerUpTo(user, path);
      expect(screen.getByRole('heading', { name: title })).toBeTruthy();
      expect(screen.getByRole('link', { name: rule })).toBeTruthy();
      expect(screen.queryAllByRole('checkbox')).toEqual([]);
    });
  });

  it('sends the case back early when the customer prefers another region, with the matching workflow', async () => {
    const user = userEvent.setup();
    renderPage();
    await answerUpTo(user, [
      [Q.is24x7, 'Yes'],
      [Q.delivered, 'No'],
      [Q.otherRegion, 'Yes'],
    ]);
    expect(
      screen.getByRole('heading', { name: 'Send the case back to the queue now: the customer prefers another region' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Do, item 6' })).toBeTruthy();
    expect(stepTitles()).toHaveLength(7);
    expect(screen.getByText(/Do it now, at the earliest stage/)).toBeTruthy();
  });

  it('changing an early answer hides the later questions and keeps their answers for when they return', async () => {
    const user = userEvent.setup();
    renderPage();
    await answerUpTo(user, LOCAL);
    await choose(user, Q.delivered, 'Yes');
    expect(screen.queryByRole('group', { name: Q.otherRegion })).toBeNull();
    await choose(user, Q.delivered, 'No');
    const group = screen.getByRole('group', { name: Q.otherRegion });
    expect(within(group).getByRole('radio', { name: 'No' })).toHaveProperty('checked', true);
  });

  it('shares the 7x24 answer with the case details of every tool', async () => {
    const user = userEvent.setup();
    renderPage();
    await choose(user, Q.is24x7, 'Yes');
    expect(caseDetails.is24x7).toBe(true);
    setCaseDetails('is24x7', false);
    const group = screen.getByRole('group', { name: Q.is24x7 });
    expect(within(group).getByRole('radio', { name: 'No' })).toHaveProperty('checked', true);
  });
});

describe('GuidedHandoff: the checklist', () => {
  it('ticks steps, counts them and saves them with the answers', async () => {
    const user = userEvent.setup();
    renderPage();
    await answerUpTo(user, LOCAL);
    await user.click(screen.getByRole('checkbox', { name: 'Log your handoff note in the case' }));
    await user.click(screen.getByRole('checkbox', { name: 'Create a new entry for the case transfer' }));
    expect(screen.getByText('2 of 5 steps done.')).toBeTruthy();
    const stored = JSON.parse(localStorage.getItem(GUIDED_DRAFT_KEY)!);
    expect(stored.done).toEqual(['note', 'transfer']);
    expect(stored.answers).toEqual({ is24x7: 'no', delivered: 'no', otherRegion: 'no', onlyLeave: 'no' });
  });

  it('says when every step is done', async () => {
    const user = userEvent.setup();
    renderPage();
    await answerUpTo(user, LOCAL);
    for (const box of screen.getAllByRole('checkbox')) await user.click(box);
    expect(screen.getByText('All 5 steps done: the handoff is complete.')).toBeTruthy();
  });

  it('comes back after a reload', async () => {
    const user = userEvent.setup();
    const first = renderPage();
    await answerUpTo(user, NEXT_REGION);
    await user.click(screen.getByRole('checkbox', { name: /Align the transfer/ }));
    first.unmount();
    setCaseDetails({ ...EMPTY_CASE_DETAILS }); // a new page load starts with an empty store
    renderPage();
    expect(await screen.findByText('1 of 7 steps done.')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /Align the transfer/ })).toHaveProperty('checked', true);
  });

  it('builds the title prefix from the target region and replaces an earlier one', async () => {
    const user = userEvent.setup();
    renderPage();
    await answerUpTo(user, LOCAL);
    expect(screen.getByText('Choose the target region in the case details to get the prefix.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Target region'), 'US');
    expect(screen.getByText('Need US SE')).toBeTruthy();
    await user.type(
      screen.getByLabelText('Current internal title of the case (optional)'),
      'Need APAC SE - Copy fails',
    );
    expect(screen.getByText('Need US SE - Copy fails')).toBeTruthy();
  });

  it('has one case-title field: the email step builds the subject and points to the title step', async () => {
    const user = userEvent.setup();
    renderPage();
    await answerUpTo(user, LOCAL);
    // The email builder is asked for no title field of its own (ReassignEmail's tests show it then has none).
    expect(await screen.findByText('The email builder, without a title field')).toBeTruthy();
    expect(screen.getAllByLabelText('Current internal title of the case (optional)')).toHaveLength(1);
    expect(screen.getByText(/The case title with its prefix is in step 2\./)).toBeTruthy();
  });

  it('links the Case Transfer channel and the FTS tool from the data', async () => {
    const user = userEvent.setup();
    renderPage();
    await answerUpTo(user, LOCAL);
    expect(screen.getByRole('link', { name: 'Case Transfer channel (Teams)' }).getAttribute('href')).toBe(
      'https://example.test/transfer',
    );
    expect(screen.getByRole('link', { name: 'FTS tool (CRMGlobal)' }).getAttribute('href')).toBe(
      'https://example.test/fts',
    );
    // The wiki leaves open where FTS fits in the steps: the step quotes the go-live and links the section that says so.
    expect(screen.getByText(/required to use FTS for hand offs going forward/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Where FTS fits' }).getAttribute('href')).toBe('/fts/#where-fts-fits');
    expect(screen.queryByText(/Since October 2020/)).toBeNull();
  });
});

describe('GuidedHandoff: start another case', () => {
  it('clears answers, ticks, case details and the note, and undo brings them back', async () => {
    const user = userEvent.setup();
    renderPage();
    await answerUpTo(user, LOCAL);
    setNote('sections', 'summary', 'Copy activity fails on a self-hosted IR.');
    await user.type(screen.getByLabelText('Case number'), '2311010040001234');
    await user.click(screen.getByRole('checkbox', { name: 'Transfer the case back to the queue' }));
    await user.click(screen.getByRole('button', { name: 'Start another case' }));
    expect(screen.getByText('Answer the questions')).toBeTruthy();
    expect(caseDetails.caseNumber).toBe('');
    expect(note.sections.summary).toBe('');
    expect(localStorage.getItem(GUIDED_DRAFT_KEY)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(caseDetails.caseNumber).toBe('2311010040001234');
    expect(note.sections.summary).toBe('Copy activity fails on a self-hosted IR.');
    expect(screen.getByRole('checkbox', { name: 'Transfer the case back to the queue' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole('button', { name: 'Start another case' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});

describe('GuidedHandoff: training links', () => {
  it('presets the answers from the URL, ignores bad values and takes them out of the address', async () => {
    window.history.replaceState(null, '', '/handoff/start/?7x24=no&delivered=no&other-region=maybe&x=1');
    renderPage();
    const group = await screen.findByRole('group', { name: Q.delivered });
    expect(within(group).getByRole('radio', { name: 'No' })).toHaveProperty('checked', true);
    expect(
      screen.getByText(
        /2 answers were set by the link you opened\. Ignored, as not one of the choices: other-region\./,
      ),
    ).toBeTruthy();
    expect(window.location.search).toBe('?x=1');
  });

  it('a link changes only the answers it names, and a bad value none', async () => {
    localStorage.setItem(
      GUIDED_DRAFT_KEY,
      serializeGuidedDraft(
        { answers: { is24x7: 'yes', delivered: 'no' }, done: [], caseTitle: 'Copy fails' },
        Date.now(),
      ),
    );
    window.history.replaceState(null, '', '/handoff/start/?7x24=garbage&other-region=no');
    renderPage();
    const group = await screen.findByRole('group', { name: Q.otherRegion });
    expect(within(group).getByRole('radio', { name: 'No' })).toHaveProperty('checked', true);
    // The saved answers the link does not name (or names with a bad value) are still there.
    expect(within(screen.getByRole('group', { name: Q.delivered })).getByRole('radio', { name: 'No' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(screen.getByRole('group', { name: Q.is24x7 })).getByRole('radio', { name: 'Yes' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('offers the person’s own saved answers back', async () => {
    const user = userEvent.setup();
    localStorage.setItem(
      GUIDED_DRAFT_KEY,
      serializeGuidedDraft({ answers: { is24x7: 'yes', delivered: 'yes' }, done: [], caseTitle: '' }, Date.now()),
    );
    window.history.replaceState(null, '', '/handoff/start/?7x24=no');
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Use my saved answers instead' }));
    expect(screen.getByRole('heading', { name: 'Keep the case' })).toBeTruthy();
  });

  it('copies a link with the answers only, never the case details', async () => {
    const user = userEvent.setup();
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    renderPage();
    await answerUpTo(user, LOCAL);
    await user.type(screen.getByLabelText('Case number'), '2311010040001234');
    await user.click(screen.getByRole('button', { name: 'Copy link for training' }));
    // user-event stands in for the system clipboard.
    const link = new URL(await navigator.clipboard.readText());
    expect(link.pathname).toBe('/handoff/start/');
    expect(link.search).toBe('?7x24=no&delivered=no&other-region=no&leave=no');
    expect(screen.getByLabelText('Link for training (answers only)')).toHaveProperty('value', link.toString());
    expect(screen.getByText(/^Copied the link\. It holds the answers/)).toBeTruthy();
  });
});

describe('GuidedHandoff: stored progress', () => {
  it('brings back progress saved by the previous version of the site, under today’s key', async () => {
    const saved = serializeGuidedDraft(
      { answers: { is24x7: 'yes', delivered: 'yes' }, done: [], caseTitle: '' },
      Date.now(),
    );
    localStorage.setItem('fts-handoff-guide:guided:v1', saved);
    stopDraftSync(); // a fresh page: storage is opened (and former keys moved) as the page starts
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Keep the case' })).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(GUIDED_DRAFT_KEY)!).answers).toEqual({ is24x7: 'yes', delivered: 'yes' });
    expect(localStorage.getItem('fts-handoff-guide:guided:v1')).toBeNull();
  });

  it('removes progress older than 14 days and says so', async () => {
    localStorage.setItem(
      GUIDED_DRAFT_KEY,
      serializeGuidedDraft(
        { answers: { is24x7: 'yes' }, done: [], caseTitle: '' },
        Date.now() - DRAFT_MAX_AGE_MS - 60_000,
      ),
    );
    renderPage();
    expect(await screen.findByText(/more than 14 days ago was removed/)).toBeTruthy();
    expect(localStorage.getItem(GUIDED_DRAFT_KEY)).toBeNull();
  });

  it('survives unreadable progress', async () => {
    localStorage.setItem(GUIDED_DRAFT_KEY, '{not json');
    renderPage();
    expect(await screen.findByText(/could not be read/)).toBeTruthy();
    expect(screen.getByText('Answer the questions')).toBeTruthy();
  });

  it('still works, and says so, when storage is blocked', async () => {
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    renderPage();
    await choose(user, Q.is24x7, 'No');
    // The line is drawn by the part fetched when there is something to say about storage.
    expect(await screen.findByText(/not saving your progress/)).toBeTruthy();
    expect(screen.getByRole('group', { name: Q.delivered })).toBeTruthy();
  });
});

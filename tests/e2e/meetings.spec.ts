/**
 * Issue 15 on the built site, with the browser's clock and time zone set: where
 * today's handover stands (coming up, running, ended, none) around each meeting,
 * what to do once the call is over and whom to reach, late on Friday in each
 * region, and a Friday meeting that falls on Saturday elsewhere.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, settle } from './fixtures';
import { COMPACT, TOOL, handoff, openAt, sectionOf } from './region-tool';

const whatNow = (page: Page) => handoff(page).getByRole('note', { name: /what to do now with a 7x24 case/ });

// Tue 17 Mar 2026: the US is on summer time, Europe not yet.
const MEETINGS = [
  { name: 'APAC → IST/EMEA', zone: 'Asia/Shanghai', region: 'APAC', start: '2026-03-17T17:00:00+08:00', end: '17:30' },
  { name: 'EMEA → US', zone: 'Europe/London', region: 'EMEA', start: '2026-03-17T16:00:00Z', end: '16:30' },
  { name: 'US → APAC', zone: 'America/Los_Angeles', region: 'US', start: '2026-03-17T16:30:00-07:00', end: '17:00' },
];
const MIN = 60_000;

for (const m of MEETINGS) {
  test.describe(`the ${m.name} meeting, seen from ${m.zone}`, () => {
    test.use({ timezoneId: m.zone });
    const start = Date.parse(m.start);

    test('10 minutes before: coming up, no "what to do now"', async ({ page }) => {
      await openAt(page, new Date(start - 10 * MIN).toISOString());
      await expect(page.getByRole('combobox', { name: 'My region' })).toHaveValue(m.region);
      await expect(handoff(page)).toContainText(
        `Coming up today: Tue 17 Mar, ${m.start.slice(11, 16)} your time, in 10 min.`,
      );
      await expect(whatNow(page)).toHaveCount(0);
    });

    test('during: running now', async ({ page }) => {
      await openAt(page, new Date(start + 10 * MIN).toISOString());
      await expect(handoff(page)).toContainText(`Running now, until ${m.end} your time (20 min left).`);
      await expect(whatNow(page)).toHaveCount(0);
    });

    test('10 minutes after: ended, the steps that need no call and whom to reach', async ({ page }) => {
      await openAt(page, new Date(start + 40 * MIN).toISOString());
      await expect(handoff(page)).toContainText(`Today's meeting ended at ${m.end} your time.`);
      await expect(handoff(page)).toContainText('Next meeting: Wed 18 Mar');
      const note = whatNow(page);
      await expect(note).toContainText('The call is over');
      await expect(note.getByRole('link', { name: /^Step 3:/ })).toHaveAttribute('href', '/handoff/24x7/#step-3');
      await expect(note.getByRole('link', { name: /^Step 6:/ })).toHaveAttribute('href', '/handoff/24x7/#step-6');
      await expect(note).toContainText(/handoff SME\. It is .* there: (on shift|off shift|their weekend)/);
    });
  });
}

const FRIDAY_LATE = [
  {
    zone: 'Asia/Shanghai',
    iso: '2026-03-20T23:00:00+08:00',
    region: 'APAC',
    ended: '17:30',
    contacts: [
      "IST's handoff SME. It is Fri 20 Mar, 20:30 there: off shift; back Mon 23 Mar, 09:00 their time, 11:30 yours.",
      "EMEA's handoff SME. It is Fri 20 Mar, 15:00 there: on shift, until Fri 20 Mar, 18:00 their time, Sat 21 Mar, 02:00 yours.",
    ],
  },
  {
    zone: 'Asia/Kolkata',
    iso: '2026-03-20T23:30:00+05:30',
    region: 'IST',
    ended: '22:00',
    contacts: [
      "the US's handoff SME. It is Fri 20 Mar, 11:00 there: on shift, until Fri 20 Mar, 17:00 their time, Sat 21 Mar, 05:30 yours.",
    ],
  },
  {
    zone: 'Europe/London',
    iso: '2026-03-20T22:00:00Z',
    region: 'EMEA',
    ended: '16:30',
    contacts: [
      "the US's handoff SME. It is Fri 20 Mar, 15:00 there: on shift, until Fri 20 Mar, 17:00 their time, Sat 21 Mar, 00:00 yours.",
    ],
  },
  {
    zone: 'America/Los_Angeles',
    iso: '2026-03-20T23:00:00-07:00',
    region: 'US',
    ended: '17:00',
    contacts: [
      "APAC's handoff SME. It is Sat 21 Mar, 14:00 there: their weekend; back Mon 23 Mar, 09:00 their time, Sun 22 Mar, 18:00 yours.",
    ],
  },
];

for (const f of FRIDAY_LATE) {
  test.describe(`Friday late in ${f.zone}`, () => {
    test.use({ timezoneId: f.zone });

    test(`${f.region}: the call ended, what to do now, and the next region's SME in their time and yours`, async ({
      page,
    }) => {
      await openAt(page, f.iso);
      await expect(page.getByRole('combobox', { name: 'My region' })).toHaveValue(f.region);
      await expect(handoff(page)).toContainText(`Today's meeting ended at ${f.ended} your time.`);
      await expect(handoff(page)).toContainText('Next meeting: Mon 23 Mar');
      for (const c of f.contacts) await expect(whatNow(page)).toContainText(c);
    });
  });
}

test.describe('Friday in the US while it is Saturday in APAC', () => {
  test.describe('seen from Los Angeles', () => {
    test.use({ timezoneId: 'America/Los_Angeles' });

    test('the US → APAC call runs and says it is Saturday in APAC', async ({ page }) => {
      await openAt(page, '2026-03-20T16:45:00-07:00');
      await expect(handoff(page)).toContainText('Running now, until 17:00 your time (15 min left).');
      await expect(handoff(page)).toContainText('Fri 16:30 in the US = Sat 07:30 in APAC');
      const apac = page
        .getByRole('table', { name: 'Each region now, in its own time' })
        .getByRole('row', { name: /^APAC/ });
      await expect(apac.locator('.rl-state')).toHaveText('Weekend');
      const day = await sectionOf(page, 'The day at a glance');
      await expect(day.getByRole('table').getByRole('row', { name: /^APAC/ })).toContainText(
        "US → APAC at 16:30 (Sat 21 Mar, 07:30 in APAC, APAC's weekend)",
      );
    });

    test('the 7x24 page’s compact form says the same', async ({ page }) => {
      await openAt(page, '2026-03-20T17:10:00-07:00', COMPACT);
      await expect(handoff(page)).toContainText("Today's meeting ended at 17:00 your time.");
      await expect(whatNow(page)).toContainText("APAC's handoff SME. It is Sat 21 Mar, 08:10 there: their weekend");
    });
  });

  test.describe('seen from Shanghai', () => {
    test.use({ timezoneId: 'Asia/Shanghai' });

    test('APAC has no meeting on its Saturday, and its weekday shift is not shown as weekend work', async ({
      page,
    }) => {
      await openAt(page, '2026-03-21T07:45:00+08:00');
      await expect(handoff(page)).toContainText('No handoff meeting today: it is Saturday in Shanghai');
      await expect(whatNow(page)).toContainText('No call today');
      const day = await sectionOf(page, 'The day at a glance');
      await expect(day.getByRole('table').getByRole('row', { name: /^APAC/ })).toContainText('None (weekend)');
    });
  });
});

test.describe('a Monday seen from Los Angeles', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test("APAC's Monday shift, which starts on Sunday evening here, says whose Monday it is", async ({ page }) => {
    await openAt(page, '2027-03-15T10:00:00-07:00');
    const day = await sectionOf(page, 'The day at a glance');
    await expect(day.getByRole('table').getByRole('row', { name: /^APAC/ })).toContainText(
      "Sun 14 Mar, 18:00 to 03:00 (APAC's Mon 15 Mar, 09:00–18:00)",
    );
  });
});

test.describe('clocks change, seen from Los Angeles', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('7 days before the EU change: the EMEA → US meeting moves an hour earlier here', async ({ page }) => {
    await openAt(page, '2026-03-22T12:00:00-07:00');
    await expect(handoff(page)).toContainText(
      'Clocks change: From Sun 29 Mar, the EMEA → US meeting starts at 08:00 your time (now 09:00).',
    );
    await sectionOf(page, 'The meetings over the next 12 months');
    const year = page.getByRole('table', {
      name: /Start of each handoff meeting for 12 months from today, 22 March 2026/,
    });
    await expect(year.getByRole('row', { name: /^EMEA → US/ })).toContainText(
      'until Sat 28 Mar: 09:00; from Sun 29 Mar to Sat 24 Oct: 08:00;',
    );
  });

  test('7 days before the US change: the EMEA → US meeting moves an hour later here', async ({ page }) => {
    await openAt(page, '2026-03-01T12:00:00-08:00');
    await expect(handoff(page)).toContainText(
      'Clocks change: From Sun 8 Mar, the EMEA → US meeting starts at 09:00 your time (now 08:00).',
    );
  });
});

test.describe('clocks change, seen from Shanghai', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });

  test('7 days before the US change: the US → APAC meeting moves an hour earlier here', async ({ page }) => {
    await openAt(page, '2026-03-01T12:00:00+08:00');
    await expect(handoff(page)).toContainText(
      'From Sun 8 Mar, the US → APAC meeting starts at 07:30 the next day your time (now 08:30 the next day).',
    );
  });
});

test.describe('add to calendar', () => {
  test.use({ timezoneId: 'Europe/London' });

  test('each meeting and all of them download as .ics, made in the browser', async ({ page }) => {
    await openAt(page, '2026-11-23T10:00:00Z');
    const one = handoff(page).getByRole('button', { name: 'Add the EMEA → US meeting to your calendar (.ics)' });
    await one.scrollIntoViewIfNeeded();
    const [download] = await Promise.all([page.waitForEvent('download'), one.click()]);
    expect(download.suggestedFilename()).toBe('emea-to-us.ics');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toContain('METHOD:PUBLISH\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/London:20261123T160000\r\n');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n');
    const all = handoff(page).getByRole('button', { name: 'All handoff meetings in one file (.ics)' });
    const [both] = await Promise.all([page.waitForEvent('download'), all.click()]);
    expect(both.suggestedFilename()).toBe('handoff-meetings.ics');
    await expect(handoff(page).getByRole('status').last()).toContainText('Saved handoff-meetings.ics');
  });
});

test.describe('review date exceeded', () => {
  test.use({ timezoneId: 'Europe/London' });
  const WARNING = 'last reviewed 6 months ago — check with your lead';

  for (const path of [TOOL, COMPACT]) {
    test(`${path} warns next to the data's times and names, and the tool too`, async ({ page }) => {
      await openAt(page, '2027-06-01T10:00:00Z', path);
      await expect(handoff(page)).toContainText(`Last reviewed 6 months ago — check with your lead.`);
      const tables = page.locator('.last-reviewed');
      await expect(tables.first()).toContainText(`(${WARNING})`);
      for (const el of await tables.all()) await expect(el).toContainText(WARNING);
    });
  }

  test('a docs page warns too, from a bundled script (no inline script)', async ({ page }) => {
    await page.clock.install({ time: new Date('2027-06-01T10:00:00Z') });
    await page.goto('/maintain/');
    await expect(page.locator('.last-reviewed').first()).toContainText(`(${WARNING})`);
  });

  test('before the review is due, nothing is added', async ({ page }) => {
    await openAt(page, '2027-05-01T10:00:00Z');
    await expect(page.locator('.last-reviewed').first()).toBeVisible();
    await expect(page.locator('.review-due').first()).toBeHidden();
    await expect(page.getByText(/check with your lead/)).toHaveCount(0);
  });
});

test.describe('the Case Transfer entry (step 3)', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const path of ['/handoff/local/', COMPACT]) {
    test(`${path}: built from the draft in this browser, copied, and never put in the address`, async ({ page }) => {
      await page.goto('/tools/handoff-note/');
      // As a person waits for the generator to come alive: typed into the server's form before its code
      // ran, the number never reaches the draft if the page is left at once (seen on a clean clone).
      await settle(page);
      const number = page.getByLabel(/^Case number/).first();
      await number.scrollIntoViewIfNeeded();
      await number.fill('2311010040001234');
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem('fts-guide:note-draft') ?? ''))
        .toContain('2311010040001234');
      await page.goto(path);
      const entry = page.getByLabel(/Text for the Case Transfer entry/);
      await entry.scrollIntoViewIfNeeded();
      // As a person waits for the tool to come alive (on a busy machine its island took over after 5 s once).
      await settle(page);
      await expect(entry).toHaveValue(/^Case 2311010040001234 · Sev \?/);
      await expect(page.getByText(/Still missing: severity/)).toBeVisible();
      await page.getByRole('button', { name: 'Copy the entry' }).click();
      await expect(page.getByText(/^Copied the text: paste it into a new entry/)).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Case 2311010040001234 /);
      expect(page.url()).not.toContain('2311010040001234');
    });
  }
});

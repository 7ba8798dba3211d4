/**
 * The region lookup on the built site, with the browser's clock and time zone
 * set: who is on shift, the next meeting in the viewer's time on both sides of
 * daylight-saving changes, the weekend message, keyboard use, axe, 320 px.
 */
import type { Page } from '@playwright/test';
import { axe, expect, layoutShift, test, useTheme } from './fixtures';
import { COMPACT, TOOL, handoff, openAt, sectionOf } from './region-tool';

const nowTable = (page: Page) => page.getByRole('table', { name: 'Each region now, in its own time' });
const status = (page: Page, region: string) =>
  nowTable(page)
    .getByRole('row', { name: new RegExp(`^${region}\\b`) })
    .locator('.rl-state');
const nextMeeting = (page: Page) =>
  handoff(page)
    .getByText(/Next meeting:|Running now|Coming up today/)
    .first();
const meetingIn = (page: Page, region: string) =>
  handoff(page)
    .getByRole('list', { name: "The same meeting in each region's time" })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${region}:`) });

test.describe('a viewer in London', () => {
  test.use({ timezoneId: 'Europe/London' });

  test('before Europe moves its clocks (US already has): EMEA to US at 16:00, 09:00 in Los Angeles', async ({
    page,
  }) => {
    await openAt(page, '2026-03-27T15:30:00Z');
    await expect(page.getByRole('combobox', { name: 'My region' })).toHaveValue('EMEA');
    await expect(status(page, 'EMEA')).toHaveText('On shift');
    await expect(status(page, 'US')).toHaveText('On shift');
    await expect(status(page, 'APAC')).toHaveText('Off shift');
    await expect(nextMeeting(page)).toContainText('Fri 27 Mar, 16:00 your time, in 30 min');
    await expect(nextMeeting(page).locator('time')).toHaveAttribute('datetime', '2026-03-27T16:00:00+00:00');
    await expect(meetingIn(page, 'US').locator('time')).toHaveAttribute('datetime', '2026-03-27T09:00:00-07:00');
  });

  test('after Europe moves its clocks: still 16:00 in London, 08:00 in Los Angeles', async ({ page }) => {
    await openAt(page, '2026-03-30T14:30:00Z');
    await expect(status(page, 'US')).toHaveText('Off shift');
    await expect(nextMeeting(page)).toContainText('Mon 30 Mar, 16:00 your time, in 30 min');
    await expect(meetingIn(page, 'US').locator('time')).toHaveAttribute('datetime', '2026-03-30T08:00:00-07:00');
    // Jump as a sleeping laptop would: the held-back minute timer fires once on waking.
    await page.clock.fastForward('31:00');
    await expect(nextMeeting(page)).toContainText('Running now');
  });

  test('on Saturday: no meeting, and what to do instead', async ({ page }) => {
    await openAt(page, '2026-11-28T12:00:00Z');
    await expect(handoff(page)).toContainText('No handoff meeting today: it is Saturday in London');
    const note = handoff(page).getByRole('note');
    await expect(note.getByRole('link', { name: /^Case Transfer channel/ })).toHaveAttribute(
      'href',
      /^https:\/\/teams\.microsoft\.com\/l\/channel\//,
    );
    await expect(note.getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:/);
    await expect(nextMeeting(page)).toContainText('Mon 30 Nov, 16:00');
    for (const region of ['APAC', 'IST', 'EMEA', 'US']) await expect(status(page, region)).toHaveText('Weekend');
  });

  test('the day strip shows another day, across the US change, as a table', async ({ page }) => {
    await openAt(page, '2026-03-06T12:00:00Z');
    const day = await sectionOf(page, 'The day at a glance');
    const us = () => day.getByRole('table').getByRole('row', { name: /^US/ });
    await expect(us()).toContainText('16:00 to Sat 7 Mar, 01:00');
    await day.getByLabel('Day to show (your time)').fill('2026-03-09');
    await expect(day.getByRole('table')).toContainText('Mon 9 Mar 2026');
    await expect(us()).toContainText('15:00 to Tue 10 Mar, 00:00');
    await expect(us().locator('time').first()).toHaveAttribute('datetime', '2026-03-09T15:00:00+00:00');
    await day.getByRole('button', { name: 'Today' }).click();
    await expect(day.getByRole('table')).toContainText('Fri 6 Mar 2026');
  });
});

test('a link to one of the tool’s sections lands on it once the tool has drawn it', async ({ page }) => {
  await page.goto(`${TOOL}#rl-year`);
  const heading = page.getByRole('heading', { name: 'The meetings over the next 12 months' });
  await expect(heading).toBeInViewport();
  // Being on screen, the section is drawn.
  await expect(page.getByRole('table', { name: /^Start of each handoff meeting for 12 months/ })).toBeVisible();
});

test.describe('a viewer in India, with the old zone name Asia/Calcutta', () => {
  test.use({ timezoneId: 'Asia/Calcutta' });

  test('is IST, hands to US, and is told which meeting that is', async ({ page }) => {
    await openAt(page, '2026-03-27T04:30:00Z');
    await expect(page.getByRole('combobox', { name: 'My region' })).toHaveValue('IST');
    await expect(handoff(page)).toContainText('names no handoff meeting for IST');
    await expect(handoff(page).getByRole('link', { name: 'Join the EMEA → US meeting in Teams' })).toHaveAttribute(
      'href',
      /^https:\/\/teams\.microsoft\.com\//,
    );
    await expect(status(page, 'IST')).toHaveText('On shift');
    await expect(status(page, 'EMEA')).toHaveText('Off shift');
    // 16:00 in London is 21:30 in India in winter time...
    await expect(nextMeeting(page)).toContainText('Fri 27 Mar, 21:30 your time');
  });

  test('and 20:30 once Europe is on summer time', async ({ page }) => {
    await openAt(page, '2026-03-30T04:30:00Z');
    await expect(nextMeeting(page)).toContainText('Mon 30 Mar, 20:30 your time');
    await expect(nextMeeting(page).locator('time')).toHaveAttribute('datetime', '2026-03-30T20:30:00+05:30');
  });
});

test.describe('a viewer in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('Friday evening: US meets APAC at 19:30, and APAC is already in its weekend', async ({ page }) => {
    await openAt(page, '2026-11-27T23:00:00Z');
    await expect(page.getByRole('combobox', { name: 'My region' })).toHaveValue('US');
    await expect(handoff(page).getByRole('note')).toHaveCount(0);
    await expect(nextMeeting(page)).toContainText('Fri 27 Nov, 19:30 your time, in 1 h 30 min');
    await expect(meetingIn(page, 'APAC')).toContainText('Sat 28 Nov, 08:30');
    await expect(status(page, 'US')).toHaveText('On shift');
    await expect(status(page, 'APAC')).toHaveText('Weekend');
  });

  test('across the US change, 16:30 in Los Angeles stays 19:30 here but moves in Shanghai', async ({ page }) => {
    await openAt(page, '2026-10-30T20:00:00Z');
    await expect(nextMeeting(page)).toContainText('Fri 30 Oct, 19:30 your time');
    await expect(meetingIn(page, 'APAC')).toContainText('Sat 31 Oct, 07:30');
    await page.clock.setSystemTime(new Date('2026-11-02T21:00:00Z'));
    // Coming back to the tab refreshes at once.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(nextMeeting(page)).toContainText('Mon 2 Nov, 19:30 your time');
    await expect(meetingIn(page, 'APAC')).toContainText('Tue 3 Nov, 08:30');
  });
});

test.describe('a viewer in Sydney', () => {
  test.use({ timezoneId: 'Australia/Sydney' });

  test('is nearest to APAC and hands to IST and EMEA at 20:00 (Sydney summer time)', async ({ page }) => {
    await openAt(page, '2026-11-23T02:00:00Z');
    await expect(page.getByRole('combobox', { name: 'My region' })).toHaveValue('APAC');
    await expect(handoff(page)).toContainText('Nearest to your time zone, Australia/Sydney');
    await expect(nextMeeting(page)).toContainText('Mon 23 Nov, 20:00 your time');
    await expect(handoff(page).getByRole('button', { name: 'Copy “Need IST SE”' })).toBeVisible();
    await expect(handoff(page).getByRole('button', { name: 'Copy “Need EMEA SE”' })).toBeVisible();
  });
});

test.describe('keyboard', () => {
  test.use({ timezoneId: 'Europe/London', permissions: ['clipboard-read', 'clipboard-write'] });

  test('reaches the region choice and the copy button, and the choice is remembered', async ({ page }) => {
    await openAt(page, '2026-11-23T10:00:00Z');
    const select = page.getByRole('combobox', { name: 'My region' });
    for (let i = 0; i < 60 && !(await select.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(select).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue('US');
    await expect(handoff(page).getByRole('link', { name: 'Join the US → APAC meeting in Teams' })).toBeVisible();
    const copy = handoff(page).getByRole('button', { name: 'Copy “Need APAC SE”' });
    for (let i = 0; i < 10 && !(await copy.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(copy).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(handoff(page).getByRole('status').first()).toHaveText('Copied “Need APAC SE”.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Need APAC SE');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'My region' })).toHaveValue('US');
  });
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${theme} theme`, () => {
    test.use({ timezoneId: 'Europe/London' });

    for (const path of [TOOL, COMPACT]) {
      // Friday 23:00 in London shows every state at once (US on, EMEA off, APAC and IST in their weekend);
      // Saturday shows the weekend message.
      for (const [when, iso] of [
        ['Friday night', '2026-11-27T23:00:00Z'],
        ['Saturday', '2026-11-28T12:00:00Z'],
      ]) {
        test(`axe finds nothing on ${path} on ${when}`, async ({ page }) => {
          await useTheme(page, theme);
          await openAt(page, iso!, path);
          if (when === 'Saturday') await expect(handoff(page).getByRole('note')).toBeVisible();
          else if (path === TOOL) await expect(status(page, 'US')).toHaveText('On shift');
          const results = await axe(page).include('.rl-host').analyze();
          expect(results.violations).toEqual([]);
        });
      }
    }
  });
}

test.describe('at 320 px wide', () => {
  test.use({ timezoneId: 'Asia/Kolkata', viewport: { width: 320, height: 800 } });

  for (const path of [TOOL, COMPACT]) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await openAt(page, '2026-11-23T10:00:00Z', path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // Tables that scroll inside their box must still be reachable by keyboard.
      const results = await axe(page).include('.rl-host').analyze();
      expect(results.violations).toEqual([]);
    });
  }
});

test.describe('the sections below the fold', () => {
  test.use({ timezoneId: 'Europe/London' });
  const chunk = /\/_astro\/below-fold\.[\w-]+\.js$/;

  test('the 7x24 page’s compact form never downloads them; the tool fetches them as they near the screen', async ({
    page,
    watch,
  }) => {
    await openAt(page, '2026-11-23T10:00:00Z', COMPACT);
    await page.waitForLoadState('networkidle');
    expect(watch.requests.some((r) => chunk.test(r.url))).toBe(false);
    await openAt(page, '2026-11-23T10:00:00Z', TOOL);
    const day = await sectionOf(page, 'The day at a glance');
    await expect(day.getByLabel('Day to show (your time)')).toBeVisible();
    expect(watch.requests.some((r) => chunk.test(r.url))).toBe(true);
  });

  test('when they cannot be downloaded, each says so instead of waiting forever', async ({ page, watch }) => {
    await page.route(chunk, (route) => route.abort());
    await openAt(page, '2026-11-23T10:00:00Z', TOOL);
    for (const name of ['The day at a glance', 'The meetings over the next 12 months']) {
      const section = await sectionOf(page, name);
      await expect(section).toContainText('Part of this page did not download');
      await expect(section.locator('[aria-busy="true"]')).toHaveCount(0);
    }
    // The fixture counts the failed fetch as a console error; this one is the test's own doing.
    watch.errors = watch.errors.filter(
      (e) => !/below-fold|Failed to fetch dynamically imported module|ERR_FAILED/.test(e),
    );
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the SME table and every meeting’s times are there, with the review date', async ({ page }) => {
    await page.goto(TOOL);
    const smes = page.getByRole('table').filter({ hasText: 'Handoff SME' });
    await expect(smes.getByRole('row')).toHaveCount(5);
    const emeaToUs = page.getByRole('row', { name: /EMEA → US/ });
    // By period, from the data's review date, and it says so.
    await expect(emeaToUs).toContainText(
      /US: until \w{3} \d+ Mar: 08:00; from \w{3} \d+ Mar to \w{3} \d+ Mar: 09:00; /,
    );
    await expect(
      page.getByRole('table', {
        name: /^Handoff meetings, for the twelve months from the last review \(\d+ \w+ \d{4}\)/,
      }),
    ).toBeVisible();
    await expect(emeaToUs.locator('li', { hasText: 'EMEA:' }).locator('time')).toHaveAttribute(
      'datetime',
      /^\d{4}-\d\d-\d\dT16:00:00\+00:00$/,
    );
    await expect(emeaToUs).toContainText('IST joins too (assumed)');
    await expect(page.getByText(/last reviewed/i).first()).toBeVisible();
    await expect(page.getByText(/appear here, in your own time, when JavaScript runs/)).toBeVisible();
    // No room is held for a tool that will not come: the manual way follows the sentence.
    const placeholder = await page.locator('.rl-placeholder').boundingBox();
    expect(placeholder!.height).toBeLessThan(150);
  });
});

test.describe('nothing on screen jumps when the tool appears', () => {
  for (const viewport of [
    { width: 412, height: 823 },
    { width: 1280, height: 900 },
    // Tall enough that "Now", the tool's first part, ends on screen.
    { width: 1920, height: 1200 },
  ]) {
    test(`at ${viewport.width} × ${viewport.height}, on a processor four times slower`, async ({ page }) => {
      await page.setViewportSize(viewport);
      // As slow as Lighthouse's phone: the tool's parts, each rendered in its own task, are each painted.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await openAt(page, '2026-11-23T10:00:00Z');
      await expect(page.getByRole('heading', { name: 'The day at a glance' })).toBeVisible();
      const shift = await layoutShift(page);
      // 0.1 is the most a page may shift and still count as good (Core Web Vitals).
      expect(shift).toBeLessThan(0.05);
    });
  }
});

test('the built HTML holds nothing that depends on the clock or the zone', async ({ request }) => {
  for (const path of [TOOL, COMPACT]) {
    const html = await (await request.get(path)).text();
    expect(html).not.toContain('Your time:');
    expect(html).not.toMatch(/On shift|Off shift|Next meeting:/);
  }
});

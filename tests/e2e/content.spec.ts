/**
 * What only the content pages promise: every workflow step has its own link,
 * the rotation figure and the tab comparison read without JavaScript, and the
 * wiki's attachments are named, never linked.
 */
import { test, expect } from './fixtures';

const WORKFLOWS = [
  { path: '/handoff/24x7/', steps: 7 },
  { path: '/handoff/local/', steps: 5 },
];

for (const { path, steps } of WORKFLOWS) {
  test(`${path} has a linkable id and a self-link for each of its ${steps} steps`, async ({ page }) => {
    await page.goto(path);
    const items = page.locator('ol.sl-steps > li');
    await expect(items).toHaveCount(steps);
    for (let n = 1; n <= steps; n++) {
      const item = items.nth(n - 1);
      await expect(item).toHaveId(`step-${n}`);
      await expect(item.getByRole('link', { name: `Link to step ${n}` })).toHaveAttribute('href', `#step-${n}`);
    }
  });
}

test('a lead’s link to one step lands on that step', async ({ page }) => {
  await page.goto('/handoff/24x7/#step-3');
  const step = page.locator('#step-3');
  await expect(step).toContainText('Case Transfer');
  await expect(step).toBeInViewport();
  // Scrolled to the step: its top sits just under the header, not further down the page.
  const box = await step.boundingBox();
  expect(box!.y).toBeGreaterThan(0);
  expect(box!.y).toBeLessThan(200);
  await expect(page.locator('#step-1')).not.toBeInViewport();
});

test('the 7x24 page shows the SMEs and meetings with the review date, and says there is no weekend meeting', async ({
  page,
}) => {
  await page.goto('/handoff/24x7/');
  const smes = page.getByRole('table', { name: /handover SMEs/ });
  await expect(smes.getByRole('columnheader')).toHaveText([
    'Region',
    'Also called',
    'Handover SME',
    'Time zone',
    'Business hours (local time)',
  ]);
  await expect(smes).toContainText('Last reviewed');
  await expect(smes.getByRole('row')).toHaveCount(5);
  const meetings = page.getByRole('table', { name: /Handover meetings/ });
  await expect(meetings).toContainText('Last reviewed');
  await expect(meetings.getByRole('link', { name: /^Join the .+ meeting$/ })).toHaveCount(3);
  await expect(page.getByText('There is no handover meeting at weekends.').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the overview shows both workflows of the tabs and the rotation figure with its text', async ({ page }) => {
    await page.goto('/handoff/');
    await expect(page.getByText('7x24 case: handover to the next region')).toBeVisible();
    await expect(page.getByText('Non-7x24 case: handover to the local region')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Email the DM mailbox' }).nth(1)).toBeVisible();
    const figure = page.getByRole('img', { name: /follow-the-sun rotation/ });
    await expect(figure).toBeVisible();
    await expect(page.locator('figcaption')).toContainText('→');
  });
});

test('with JavaScript the overview’s tabs switch between the workflows', async ({ page }) => {
  await page.goto('/handoff/');
  await expect(page.getByText('Non-7x24 case: handover to the local region')).toBeHidden();
  await page.getByRole('tab', { name: 'Non-7x24 case' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Transfer the case back to the queue');
  await expect(page.getByText('7x24 case: handover to the next region')).toBeHidden();
});

test('the wiki’s attachments are named with where they live, never linked', async ({ page }) => {
  for (const path of ['/fts/', '/fts/support-engineers/', '/fts/assignment-leads/', '/related/']) {
    await page.goto(path);
    await expect(page.locator('a[href*=".attachments"]')).toHaveCount(0);
    await expect(page.locator('iframe')).toHaveCount(0);
    await expect(page.locator('.doc-ref').first()).toContainText('Where it lives');
  }
});

/**
 * Opening the region lookup as a person does, for the specs that drive it with the browser's clock
 * and time zone set (`regions.spec.ts`, `meetings.spec.ts`).
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The full tool's page, and the 7x24 page with its compact form in step 4. */
export const TOOL = '/tools/regions/';
export const COMPACT = '/handoff/24x7/';

/** Sets the clock to `iso`, opens `path` and goes to the tool (in a step it starts as it nears the screen). */
export async function openAt(page: Page, iso: string, path = TOOL): Promise<void> {
  await page.clock.install({ time: new Date(iso) });
  await page.goto(path);
  await page.locator('.rl-host').scrollIntoViewIfNeeded();
  await expect(page.getByRole('combobox', { name: 'My region' })).toBeVisible();
}

/** A section of the tool, scrolled to as a person would: the day and the year are drawn as they near the screen. */
export async function sectionOf(page: Page, name: string) {
  const section = page.getByRole('region', { name, exact: true });
  await section.scrollIntoViewIfNeeded();
  return section;
}

/** The "Your next handoff" section (the compact form's too). */
export const handoff = (page: Page) => page.getByRole('region', { name: 'Your next handoff' });

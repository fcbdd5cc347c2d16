// The site at a state's scale: the synthetic national region (1,016
// occupations, 5,080 programs) served under /national/. A person finds a job
// among a thousand in a few keystrokes on a phone, and every picker stays
// usable by keyboard alone.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers.js';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => { throw e; });
  await page.setViewportSize({ width: 320, height: 800 });
});

test('the start picker leads with search and groups a thousand jobs by kind of work', async ({ page }) => {
  await page.goto('national/?lang=en');
  await expect(page.getByLabel('Search jobs')).toBeVisible();
  const families = page.locator('details.job-family');
  expect(await families.count()).toBeGreaterThan(10);
  // Nothing is drawn for a closed group: a thousand buttons wait until
  // asked for. Only "no job yet" and, when they are 20 or fewer, the
  // starting jobs are drawn at first.
  expect(await page.locator('.choice').count()).toBeLessThanOrEqual(21);
  const family = families.filter({ has: page.locator('summary', { hasText: /^Health care support \(\d+\)$/ }) });
  await family.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(family.locator('.choice-title').first()).toBeVisible();
  const titles = await family.locator('.choice-title').allTextContents();
  expect(titles.length).toBeGreaterThan(3);
  const sorted = [...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  expect(titles).toEqual(sorted);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

test('a search shows the first matches and how to narrow the rest', async ({ page }) => {
  await page.goto('national/?lang=en');
  await page.getByLabel('Search jobs').fill('a');
  await expect(page.locator('.start-picker .hint', { hasText: /^Showing 30 of the \d+ jobs that match/ })).toBeVisible();
  // The "no job yet" choice and thirty jobs.
  await expect(page.locator('.start-picker .choice')).toHaveCount(31);
  await expect(page.locator('.start-picker [role="status"]')).toHaveText(/^\d+ jobs match\.$/);
});

test('a job found by search, a limit ticked, and routes shown, on a phone', async ({ page }) => {
  await page.goto('national/?lang=en');
  await page.getByLabel('Search jobs').fill('nursing assistants');
  await page.locator('.start-picker .choice', { hasText: 'Nursing Assistants' }).first().click();
  await expect(page.locator('.picked-title')).toHaveText(/Nursing Assistants/);
  await expect(page.locator('.route').first()).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('I can only study evenings, weekends or online').check();
  await expect(page).toHaveURL(/evenings=1|evenings/);
  await expect(page.locator('.route').first()).toBeVisible({ timeout: 20_000 });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

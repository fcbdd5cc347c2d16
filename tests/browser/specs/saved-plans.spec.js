// Saved plans: kept only in this browser's local storage, listed, opened again
// and deleted by the person; nothing else of theirs is stored.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.js';

const KEY = 'pathways.saved-plans';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => { throw e; });
});

test('a plan saved on this device is listed, opens again, and can be deleted', async ({ page }) => {
  await page.goto('./?from=evs-aide&evenings=1');
  await expect(page.locator('.route').first()).toBeVisible();
  // Nothing is stored until the person asks.
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({});
  await expect(page.getByRole('heading', { name: 'Your saved plans' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Save this plan on this device' }).click();
  await expect(page.locator('.save-outcome')).toContainText('Saved');
  await expect(page.getByRole('button', { name: 'Saved on this device' })).toHaveAttribute('aria-pressed', 'true');
  const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);
  expect(stored).toContain('from=evs-aide');
  expect(stored).toContain('evenings=1');
  // Only the plan's link and label are kept: no other key, no cookie.
  expect(Object.keys(await page.evaluate(() => ({ ...localStorage })))).toEqual([KEY]);
  expect(await page.context().cookies()).toEqual([]);

  // On a later visit to the start page the plan is listed and opens its view.
  await page.goto('./');
  const list = page.locator('.saved-plans');
  await expect(list.getByRole('heading', { name: 'Your saved plans' })).toBeVisible();
  const link = list.getByRole('link', { name: /Environmental services aide →/ });
  await expect(link).toHaveCount(1);
  await expectNoAxeViolations(page);
  await link.click();
  await expect(page.locator('.picked-title')).toHaveText('Environmental services aide');
  await expect(page.getByLabel('I can only study evenings, weekends or online')).toBeChecked();
  await expect(page).toHaveURL(/from=evs-aide/);
  await expect(page).toHaveURL(/evenings=1/);

  // Deleting it removes it from the list and from the browser.
  await list.getByRole('button', { name: /Delete saved plan: Environmental services aide/ }).click();
  await expect(page.locator('.saved-plans')).toHaveCount(0);
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({});
  await page.reload();
  await expect(page.locator('.route').first()).toBeVisible();
  await expect(page.locator('.saved-plans')).toHaveCount(0);
});

test('a browser that refuses storage says the plan was not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function refuse() { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.goto('./?from=evs-aide');
  await expect(page.locator('.route').first()).toBeVisible();
  await page.getByRole('button', { name: 'Save this plan on this device' }).click();
  await expect(page.locator('.save-outcome')).toContainText('would not keep the plan');
  await expect(page.locator('.saved-plans')).toHaveCount(0);
});

test('a damaged saved list keeps the plans it can read', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, 'garbage\n?from=evs-aide\tEnvironmental services aide → Registered nurse\n\tno query\n');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await page.goto('./');
  const items = page.locator('.saved-plan');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('Registered nurse');
});

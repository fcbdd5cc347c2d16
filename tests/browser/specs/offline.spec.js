// After a first visit the explorer works with the network off, and a new
// build is picked up once the network is back.
import { test, expect } from '@playwright/test';

test('works offline after the first visit', async ({ page, context }) => {
  await page.goto('./?from=evs-aide');
  await expect(page.locator('.route').first()).toBeVisible();
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  // The first load ran before the worker controlled the page; one reload lets it keep every file.
  await page.reload();
  await expect(page.locator('.route').first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.goto('./?from=dietary-aide');
  await expect(page.locator('.picked-title')).toHaveText('Dietary aide');
  await page.getByRole('button', { name: /What it takes/ }).first().click();
  await expect(page.locator('.rung-detail')).toBeVisible();
  // A region never opened online opens too: the worker kept every region's file.
  await page.goto('./?region=denver');
  await expect(page.locator('.choice').filter({ hasText: 'Retail sales associate' })).toBeVisible();
  await context.setOffline(false);
});

test('the worker is scoped to the site’s own folder', async ({ page }) => {
  await page.goto('./nested/explorer/');
  await expect(page.getByLabel('Search jobs')).toBeVisible();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/nested/explorer/');
});

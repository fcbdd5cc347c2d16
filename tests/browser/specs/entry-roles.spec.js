// The foundation's end-to-end proof: YAML -> check -> bundle -> wasm -> a real
// browser showing the starter dataset's entry roles.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test('lists the entry roles of the bundled data with their wages', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Career pathway explorer');
  const roles = page.locator('.entry-role');
  await expect(roles.first()).toBeVisible();
  await expect(page.getByText('Environmental services aide')).toBeVisible();
  await expect(roles.filter({ hasText: 'Environmental services aide' })).toContainText('$16.69 median hourly wage');
  // Only entry roles are listed: a licensed rung must not appear.
  await expect(roles.filter({ hasText: 'Registered nurse' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('works when published in a subfolder', async ({ page }) => {
  await page.goto('./nested/explorer/');
  await expect(page.getByText('Environmental services aide')).toBeVisible();
});

test('a missing data file shows a readable message, not a blank page', async ({ page }) => {
  await page.route('**/pathways.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('alert')).toContainText('HTTP 404');
});

test('a corrupt data file shows a readable message', async ({ page }) => {
  await page.route('**/pathways.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":1,"dataset":{"regions":[' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('damaged or incomplete');
});

test('has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('.entry-role').first()).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations).toEqual([]);
});

test('makes no request outside its own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const foreign = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.goto('./');
  await expect(page.locator('.entry-role').first()).toBeVisible();
  expect(foreign).toEqual([]);
});

// Back and Forward as people expect them: opening a link whose address the
// site puts in order never traps the reader, and each change adds one entry.
import { test, expect } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => { throw e; });
});

for (const link of ['?to=rn&from=evs-aide', '?from=evs-aide&utm_source=newsletter', '?from=evs-aide&', '?from=evs-aide&max-months=NaN']) {
  test(`Back leaves a link's page: ${link}`, async ({ page }) => {
    await page.goto('about:blank');
    await page.goto(`./${link}`);
    await expect(page.locator('.route').first()).toBeVisible();
    await expect(page).not.toHaveURL(/utm_source|NaN|&$/);
    await page.goBack();
    await expect(page).toHaveURL('about:blank');
  });
}

test('each change adds one entry, and Back and Forward move between views', async ({ page }) => {
  await page.goto('./?from=evs-aide');
  await expect(page.locator('.route').first()).toBeVisible();
  await page.getByLabel('I can only study evenings, weekends or online').check();
  await expect(page).toHaveURL(/evenings=1/);
  await page.goBack();
  await expect(page).not.toHaveURL(/evenings=1/);
  await expect(page.getByLabel('I can only study evenings, weekends or online')).not.toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(/evenings=1/);
  await expect(page.getByLabel('I can only study evenings, weekends or online')).toBeChecked();
});

test('a limit from a link that the menu does not offer is shown as applied and clears in one step', async ({ page }) => {
  await page.goto('./?from=evs-aide&max-months=7');
  await expect(page.locator('.route').first()).toBeVisible();
  await expect(page.getByLabel('Most months I can spend')).toHaveValue('7');
  await page.getByLabel('Most months I can spend').selectOption('');
  await expect(page).not.toHaveURL(/max-months/);
});

test('each route’s controls are named with the route', async ({ page }) => {
  await page.goto('./?from=evs-aide');
  const second = page.locator('.route').nth(1);
  await expect(second).toBeVisible();
  const title = (await second.locator('h3').innerText()).trim();
  const compare = second.getByRole('checkbox');
  await expect(compare).toHaveAccessibleName(new RegExp(`^Compare .*${title.split('\n')[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&').slice(0, 20)}`));
  await expect(second.getByRole('button', { name: /^Show this ladder 2\./ })).toBeVisible();
});

test('a link naming a region or a job the data lacks is corrected, and the page says so', async ({ page }) => {
  await page.goto('about:blank');
  await page.goto('./?region=atlantis&from=no-such-job');
  await expect(page.locator('.notice')).toBeVisible();
  await expect(page).not.toHaveURL(/atlantis/);
  await expect(page).not.toHaveURL(/no-such-job/);
  await expect(page.getByRole('heading', { name: 'Where are you now?' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
});

test('switching region keeps the language', async ({ page }) => {
  await page.goto('./?lang=es&from=evs-aide');
  await expect(page.getByRole('heading', { name: 'Rutas para subir' })).toBeVisible();
  await page.getByLabel('Región').selectOption('denver');
  await expect(page).toHaveURL(/region=denver/);
  await expect(page).toHaveURL(/lang=es/);
  await expect(page.getByRole('heading', { name: '¿Dónde está usted ahora?' })).toBeVisible();
});

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
  await page.getByLabel('Search jobs').fill('retail');
  await expect(page.locator('.choice').filter({ hasText: 'Retail sales associate' })).toBeVisible();
  await context.setOffline(false);
});

test('the worker is scoped to the site’s own folder', async ({ page }) => {
  await page.goto('./nested/explorer/');
  await expect(page.getByLabel('Search jobs')).toBeVisible();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/nested/explorer/');
});

test('a new build’s worker keeps its own files and drops only the old build’s', async ({ page }) => {
  await page.goto('./?from=evs-aide');
  await expect(page.locator('.route').first()).toBeVisible();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  // The worker names its cache by its scope and its build's 16-digit id.
  const names = () => page.evaluate(() => caches.keys());
  const isOurs = (name) => name.startsWith(`pathway-explorer ${scope} `) && /^[0-9a-f]{16}$/.test(name.slice(-16));
  await expect.poll(async () => (await names()).filter(isOurs).length).toBe(1);
  const ours = (await names()).find(isOurs);
  const wasm = await page.evaluate(() => document.querySelector('link[href$="_bg.wasm"]').getAttribute('href'));

  // An older build of this site, and another site on the same origin, left caches behind.
  const older = `pathway-explorer ${scope} 0123456789abcdef`;
  const elsewhere = `pathway-explorer ${new URL('../another-site/', scope).href} 0123456789abcdef`;
  await page.evaluate(async (stale) => {
    for (const name of stale) await (await caches.open(name)).put('/kept', new Response('old'));
  }, [older, elsewhere]);

  // A newly published worker takes over, as when a new build goes up.
  await page.evaluate(async () => (await navigator.serviceWorker.ready).unregister());
  await page.reload();
  await expect(page.locator('.route').first()).toBeVisible();
  await expect.poll(names).not.toContain(older);
  expect(await names()).toContain(elsewhere);
  expect(await names()).toContain(ours);
  // The build's whole page was kept at install, the WebAssembly included.
  const kept = await page.evaluate(async ([name, file]) => {
    const response = await (await caches.open(name)).match(new URL(file, location.href).href);
    return response ? response.status : 0;
  }, [ours, wasm]);
  expect(kept).toBe(200);
});

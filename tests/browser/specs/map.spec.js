// The whole map (?view=map): every region's occupations by wage level with
// the steps between them, what the person can reach highlighted and the
// rest dimmed with the reason, a text twin, and choosing an occupation
// opening its routes; at 320 pixels the picture scrolls in its own frame.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers.js';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => { throw e; });
});

test('the map draws every region, with a text twin of the same occupations and steps', async ({ page, request }) => {
  const index = await (await request.get('pathways.json')).json();
  expect(index.regions.length).toBeGreaterThan(1);
  for (const region of index.regions) {
    await page.goto(`./?view=map&region=${region.id}`);
    await expect(page.getByRole('heading', { name: 'Map of every job' })).toBeVisible();
    const boxes = page.locator('.map-svg a.map-job');
    await expect(boxes.first()).toBeVisible();
    const jobs = await boxes.count();
    expect(jobs).toBeGreaterThan(10);
    // The twin lists each occupation once, under its wage level.
    await expect(page.locator('.map-twin li.map-entry')).toHaveCount(jobs);
    expect(await page.locator('.map-twin .map-level').count()).toBeGreaterThan(2);
    expect(await page.locator('.map-svg polyline.map-step').count()).toBeGreaterThan(jobs / 2);
    // Each box and entry names its wage; starting jobs are marked.
    await expect(page.locator('.map-twin li.map-entry').first()).toContainText(/\$[\d,]+ a year|wage not published/);
    expect(await page.locator('.map-svg .map-entry-mark').count()).toBeGreaterThan(0);
    // Nobody has said where they are: nothing is highlighted or dimmed.
    await expect(page.locator('.map-svg a.map-job.out, .map-svg a.map-job.within')).toHaveCount(0);
  }
});

test('what the person can reach is highlighted, the rest dimmed with the reason', async ({ page }) => {
  await page.goto('./?view=map&from=evs-aide&max-months=12');
  await expect(page.locator('.map-svg a.map-job.here')).toHaveCount(1);
  await expect(page.locator('.map-svg a.map-job.here')).toHaveAttribute('data-job', 'evs-aide');
  expect(await page.locator('.map-svg a.map-job.within').count()).toBeGreaterThan(0);
  expect(await page.locator('.map-svg a.map-job.out').count()).toBeGreaterThan(0);
  // A job out of reach says why, in the route list's words.
  const rn = page.locator('#map-job-rn');
  await expect(rn).toHaveClass(/out/);
  await expect(rn.locator('.map-status')).toContainText('Out of your reach: the time limit: every route to Registered nurse (RN) takes longer than 12 months');
  await expect(page.locator('#map-job-evs-aide .map-status')).toHaveText('You are here');
  await expect(page.locator('#map-job-nursing-assistant .map-status')).toHaveText('Within your reach.');
  // Lifting the limit brings the nurse within reach.
  await page.goto('./?view=map&from=evs-aide');
  await expect(page.locator('#map-job-rn')).toHaveClass(/within/);
});

test('choosing an occupation on the picture sets the target and opens its routes', async ({ page }) => {
  await page.goto('./?view=map&from=evs-aide');
  await page.locator('.map-svg a[data-job="lpn"]').click();
  await expect(page).toHaveURL(/to=lpn/);
  await expect(page).not.toHaveURL(/view=map/);
  await expect(page.getByRole('heading', { name: 'Routes upward' })).toBeFocused();
  await expect(page.locator('.route').first()).toContainText('Licensed practical nurse');
});

test('with no job chosen, choosing one in the list starts from it', async ({ page }) => {
  await page.goto('./?view=map');
  await expect(page.locator('.map')).toContainText('Choose the job you have now');
  await page.locator('.map-twin a[data-job="dietary-aide"]').click();
  await expect(page).toHaveURL(/from=dietary-aide/);
  await expect(page.locator('.picked-title')).toHaveText('Dietary aide');
  await expect(page.locator('.route').first()).toBeVisible();
});

test('steps are links in the list, and what a step takes shows on demand', async ({ page }) => {
  await page.goto('./?view=map&from=evs-aide');
  const entry = page.locator('#map-job-nursing-assistant');
  const step = entry.locator('.map-steps a', { hasText: 'Step to Licensed practical nurse (LPN)' });
  await expect(step).toHaveAttribute('href', '#map-job-lpn');
  const needs = entry.locator('.map-steps li').filter({ hasText: 'Step to Licensed practical nurse (LPN)' }).locator('details');
  await expect(needs.locator('ul')).toBeHidden();
  await needs.locator('summary').click();
  await expect(needs.locator('li').first()).toBeVisible();
  await expect(needs).toContainText(/, from .+\(.+\)|which no program here grants/);
  await step.click();
  await expect(page.locator('#map-job-lpn')).toBeInViewport();
});

test('every view links to the map, and the map back to the routes', async ({ page }) => {
  await page.goto('./?from=evs-aide&route=1');
  const open = page.getByRole('link', { name: 'See the map of every job in this region' });
  await expect(open).toHaveAttribute('href', /view=map/);
  await open.click();
  await expect(page).toHaveURL(/view=map/);
  await expect(page.getByRole('heading', { name: 'Map of every job' })).toBeFocused();
  await page.getByRole('link', { name: 'Back to the routes' }).click();
  await expect(page).not.toHaveURL(/view=map/);
  await expect(page.getByRole('heading', { name: 'Routes upward' })).toBeFocused();
  // Back returns to the map: each view is its own history entry.
  await page.goBack();
  await expect(page.locator('.map-svg')).toBeVisible();
  // Before any job is chosen the link is there too.
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'See the map of every job in this region' })).toBeVisible();
});

test('at 320 pixels the page never scrolls sideways; the picture scrolls in its frame', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const query of ['?view=map&from=evs-aide', '?view=map&region=portland', '?view=map&lang=es&from=evs-aide']) {
    await page.goto(`./${query}`);
    await expect(page.locator('.map-svg')).toBeVisible();
    await expectNoHorizontalScroll(page);
    const frame = page.locator('.map-frame');
    const [scrollWidth, clientWidth] = await frame.evaluate((f) => [f.scrollWidth, f.clientWidth]);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
  }
  // The frame opens on the person's own job.
  await page.goto('./?view=map&from=evs-aide');
  await expect(page.locator('.map-svg a.map-job.here')).toHaveCount(1);
  const shown = await page.evaluate(() => {
    const job = document.querySelector('.map-svg a.map-job.here rect').getBoundingClientRect();
    const frame = document.querySelector('.map-frame').getBoundingClientRect();
    return job.left >= frame.left && job.right <= frame.right && job.top >= frame.top && job.bottom <= frame.bottom;
  });
  expect(shown).toBe(true);
});

test('the map prints as one page, without the list', async ({ page }) => {
  await page.goto('./?view=map&from=evs-aide');
  await expect(page.locator('.map-svg')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.map-twin')).toBeHidden();
  await expect(page.locator('.setup')).toBeHidden();
  const box = await page.locator('.map-svg').boundingBox();
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect(box.width).toBeLessThanOrEqual(width);
});

test('the map is accessible in English and in Spanish', async ({ page }) => {
  await page.goto('./?view=map&from=evs-aide&no-car=1');
  await expect(page.locator('.map-svg a.map-job.here')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.goto('./?view=map&lang=es&from=evs-aide&no-car=1');
  await expect(page.getByRole('heading', { name: 'Mapa de todos los trabajos' })).toBeVisible();
  await expect(page.locator('#map-job-ct-technologist .map-status')).toContainText('Fuera de su alcance:');
  await expect(page.getByRole('link', { name: 'Volver a las rutas' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('while the map\'s code is on its way', () => {
  // The service worker would fetch the module itself, out of the page's routes.
  test.use({ serviceWorkers: 'block' });

  test('opening the map moves focus to its heading once the map is drawn', async ({ page }) => {
    await page.route(/\.split_journey\.wasm$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto('./?lang=en');
    await page.getByRole('link', { name: 'See the map of every job in this region' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Loading the map' })).toBeVisible();
    await expect(page.locator('.map-svg')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Map of every job' })).toBeFocused();
  });

  test('a map link shows the map heading before any data, and it stays in place', async ({ page }) => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/pathways-baltimore\.(jobs\.)?json$/, async (route) => { await held; await route.continue(); });
    await page.goto('./?view=map&lang=en');
    const heading = page.getByRole('heading', { name: 'Map of every job' });
    await expect(heading).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Loading the map' })).toBeVisible();
    const before = await heading.boundingBox();
    release();
    await expect(page.locator('.map-svg')).toBeVisible();
    expect(await heading.boundingBox()).toEqual(before);
    await expectNoAxeViolations(page);
  });
});

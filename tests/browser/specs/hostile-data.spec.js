// The site over hostile but valid data (tests/corpus/hostile-valid, served by
// `cargo xtask serve|test` under /hostile-data/): markup and script in every
// text field, right-to-left and combining text, figures at the checker's
// limits and a 200-rung ladder. Everything must show as text, nothing may run,
// and the page must stay usable.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers.js';

const SITE = './hostile-data/';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => { throw e; });
  page.on('dialog', (d) => { throw new Error(`a dialog opened: ${d.message()}`); });
  await page.addInitScript(() => {
    window.__ran = [];
    for (const name of ['alert', 'confirm', 'prompt']) {
      window[name] = (...args) => { window.__ran.push(`${name}(${args.join(',')})`); };
    }
  });
});

// Elements that markup in the data would create if it were parsed as HTML.
const INJECTED = '#app img, #app script, #app iframe, #app marquee, #app p p, #app a[href^="javascript"], #app [onclick], #app [onerror], #app [onload]';

async function expectNothingInjected(page) {
  expect(await page.locator(INJECTED).count()).toBe(0);
  // The site draws two pictures of its own, the ladder and the income chart; any other SVG came from the data.
  expect(await page.locator('#app svg:not(.ladder-svg):not(.income-svg)').count()).toBe(0);
  // The income chart is written as text: nothing from the data may add elements to it.
  expect(await page.locator('#app .income-svg :is(foreignObject, a, image, svg)').count()).toBe(0);
  expect(await page.evaluate(() => window.__ran)).toEqual([]);
}

test('markup in every field of the data shows as text and never runs', async ({ page }) => {
  await page.goto(SITE);
  await expect(page.getByLabel('Search jobs')).toBeVisible();
  await page.getByLabel('Search jobs').fill('entry');
  const entry = page.locator('.choice').filter({ hasText: "<script>alert('entry title')</script>" });
  await expect(entry).toBeVisible();
  await entry.click();
  const routes = page.locator('.route');
  await expect(routes.first()).toBeVisible();
  await expect(page.locator('.routes')).toContainText("<script>alert('top title')</script>");
  await expect(page.locator('.routes')).toContainText('$2,000,000 a year');

  // Every detail panel of the short ladder: programs, partners, funding, sources.
  await page.goto(`${SITE}?from=hostile-entry&route=0&rung=0`);
  const detail = page.locator('.rung-detail');
  await expect(detail).toBeVisible();
  await expect(detail).toContainText('<marquee>');
  await expect(detail).toContainText("<script>alert('hostile-fund name')</script>");
  await expect(detail).toContainText("<script>alert('hostile-college name')</script>");
  await expectNothingInjected(page);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

test('a 200-rung ladder stays usable', async ({ page }) => {
  await page.goto(`${SITE}?from=hostile-entry`);
  const routes = page.locator('.route');
  await expect(routes.first()).toBeVisible();
  // Routes are followed for 50 steps, and the page says so.
  await expect(page.locator('.results')).toContainText('more than 50 steps');
  // The list comes a page at a time.
  await expect(page.locator('.more-routes')).toContainText(/Showing 10 of \d+ routes/);
  await expect(routes).toHaveCount(10);

  // The longest route: its ladder, its details and the situation form all answer.
  const total = Number((await page.locator('.more-routes').textContent()).match(/of (\d+) routes/)[1]);
  await page.goto(`${SITE}?from=hostile-entry&route=${total - 1}`);
  const last = routes.nth(total - 1);
  await expect(last).toHaveClass(/shown/);
  await expect(page.locator('svg.ladder-svg')).toBeVisible();
  await last.getByRole('button', { name: /What it takes/ }).last().click();
  await expect(page.locator('.rung-detail')).toBeVisible();
  await page.getByLabel('I can only study evenings, weekends or online').check();
  await expect(page).toHaveURL(/evenings=1/);
  await expect(routes.first()).toBeVisible();
  await expectNothingInjected(page);
  await expectNoHorizontalScroll(page);

  // Asked for the top of the ladder, the page names what stands in the way.
  await page.goto(`${SITE}?from=hostile-entry&to=rung-200`);
  await expect(page.locator('.blockers')).toContainText('ladder length');
});

// Money month by month: every route shows its income against staying put,
// as a chart and a table twin, in compare and in the printed plan.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers.js';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => { throw e; });
});

test('a route shows its income month by month, as a chart and a table', async ({ page }) => {
  await page.goto('./?from=evs-aide&route=0');
  const income = page.locator('section.income');
  await expect(income.getByRole('heading', { name: 'Money month by month' })).toBeVisible();
  await expect(income.getByRole('img', { name: /Chart of income a month/ })).toBeVisible();
  await expect(income.locator('polyline.income-route')).toHaveCount(1);
  await expect(income.locator('polyline.income-staying')).toHaveCount(1);
  const rows = income.locator('.income-table tbody tr');
  expect(await rows.count()).toBeGreaterThan(1);
  // From month 1 to the rung reached, which the route ends in.
  await expect(rows.first().locator('td').first()).toHaveText(/^1(–\d+)?$/);
  await expect(rows.last()).toContainText('Working as');
  await expect(income).toContainText(/After five years: \$[\d,]+ (more|less) than staying put/);
  await expect(income).toContainText('Estimates from this data');
  await expectNoAxeViolations(page);
});

test('a route with an unpaid program shows the months without pay and its cost', async ({ page }) => {
  // The highest-paying route from environmental services goes through nursing school.
  await page.goto('./?from=evs-aide');
  const routes = page.locator('.route');
  await expect(routes.first()).toBeVisible();
  const count = await routes.count();
  let found = false;
  for (let i = 0; i < count && !found; i += 1) {
    await page.goto(`./?from=evs-aide&route=${i}`);
    await expect(page.locator('section.income .income-table')).toBeVisible();
    const unpaid = page.locator('.income-table tbody tr', { hasText: 'unpaid' });
    if (await unpaid.count()) {
      await expect(unpaid.first()).toContainText('$0');
      await expect(page.locator('.income-costs li').first()).toContainText(/\$[\d,]+ due in month \d+ for /);
      found = true;
    }
  }
  expect(found).toBe(true);
});

test('compare puts the five-year difference side by side', async ({ page }) => {
  await page.goto('./?from=evs-aide&compare=0,1');
  const row = page.locator('.compare tr', { hasText: 'After five years, against staying put' });
  await expect(row.locator('td')).toHaveCount(2);
  await expect(row.locator('td').first()).toHaveText(/^[+−]\$[\d,]+$/);
});

test('the printed plan carries the money month by month', async ({ page }) => {
  await page.goto('./?from=evs-aide&route=0');
  await page.emulateMedia({ media: 'print' });
  const plan = page.locator('.print-plan');
  await expect(plan.getByRole('heading', { name: 'Money month by month' })).toBeVisible();
  await expect(plan.locator('.income-table')).toBeVisible();
  await expect(page.locator('section.income')).toBeHidden();
});

test('the chart fits a 320-pixel screen, in Spanish too', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./?lang=es&from=evs-aide&route=0');
  await expect(page.getByRole('heading', { name: 'El dinero mes a mes' })).toBeVisible();
  await expect(page.locator('.income-table tbody tr').last()).toContainText('Trabajando como');
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

test("a step's details show the range most people in the job earn, with its source", async ({ page }) => {
  await page.goto('./?from=evs-aide&route=0&rung=0');
  const detail = page.locator('.rung-detail');
  await expect(detail).toContainText(/Most people in this job here earn \$[\d,]+ to \$[\d,]+ a year \(BLS 10th to 90th percentile\)/);
  await expect(detail).toContainText('Occupational Employment and Wage Statistics');
});

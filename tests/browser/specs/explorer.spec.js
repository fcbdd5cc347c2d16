// The explorer end to end on the bundled data: search, ladder, rung details,
// constraints, links, print, small screens, keyboard and accessibility.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, pickStart, expectNoHorizontalScroll } from './helpers.js';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => { throw e; });
});

test('everyday words find a starting job, and its routes appear', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Where are you now?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Search jobs').fill('housekeeping');
  const choices = page.locator('.choice');
  await expect(choices.filter({ hasText: 'Environmental services aide' })).toBeVisible();
  await expect(choices.filter({ hasText: 'Dietary aide' })).toBeHidden();
  await choices.filter({ hasText: 'Environmental services aide' }).click();
  await expect(page.locator('.picked-title')).toHaveText('Environmental services aide');
  const routes = page.locator('.route');
  await expect(routes.first()).toBeVisible();
  // The named picks are visible at a glance.
  await expect(page.locator('.pick-fastest')).toHaveCount(1);
  await expect(page.locator('.pick-cheapest')).toHaveCount(1);
  await expect(page.locator('.pick-highest-wage')).toHaveCount(1);
  await expect(routes.filter({ has: page.locator('.pick-highest-wage') })).toContainText('Registered nurse');
  // Dominated routes are dimmed and say what beats them.
  await expect(page.locator('.route.dominated').first()).toContainText('at least as good in every way');
  // The ladder picture has wages on its rungs and a text label.
  const ladder = page.locator('svg.ladder-svg');
  await expect(ladder).toBeVisible();
  await expect(ladder).toHaveAttribute('role', 'img');
  await expect(ladder.locator('text.ladder-wage').first()).toContainText('a year');
  await expectNoAxeViolations(page);
});

test('a rung shows what it takes, with sources', async ({ page }) => {
  await page.goto('./?from=evs-aide');
  await page.getByRole('button', { name: 'What it takes: Nursing assistant (CNA / GNA)' }).first().click();
  const detail = page.locator('.rung-detail');
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('heading', { level: 3 })).toBeFocused();
  for (const term of ['Who trains', 'How long', 'Cost to you', 'Who pays', 'When it meets', 'Pay while learning', 'Help while you train']) {
    await expect(detail.locator('dt', { hasText: term }).first()).toBeVisible();
  }
  await expect(detail).toContainText('Bureau of Labor Statistics');
  await expect(detail).toContainText('2025');
  await expect(detail).toContainText('Example: typical figures');
  await expectNoAxeViolations(page);
});

test('each route folds its steps away but for the route in the ladder', async ({ page }) => {
  await page.goto('./?from=evs-aide');
  const routes = page.locator('.route');
  await expect(routes.first().locator('.rung-line').first()).toBeVisible();
  await expect(routes.first().locator('.route-path')).toHaveText(/^On the way: \S.* → \S/);
  const second = routes.nth(1);
  await expect(second.locator('.rung-line').first()).toBeHidden();
  await second.getByText(/^Pay, time and cost of each step \(\d+\)$/).click();
  await expect(second.locator('.rung-line').first()).toBeVisible();
  // Showing a route's ladder unfolds its steps.
  const third = routes.nth(2);
  await expect(third.locator('.rung-line').first()).toBeHidden();
  await third.getByRole('button', { name: 'Show this ladder' }).click();
  await expect(third.locator('.rung-line').first()).toBeVisible();
  // By keyboard alone.
  const fourth = routes.nth(3);
  await fourth.locator('summary').focus();
  await page.keyboard.press('Enter');
  await fourth.getByRole('button', { name: /What it takes/ }).first().click();
  await expect(page.locator('#rung-detail-heading')).toBeFocused();
  await expectNoAxeViolations(page);
});

test('saying what is true changes the routes at once', async ({ page }) => {
  await page.goto('./?from=evs-aide');
  const first = page.locator('.route').first();
  await expect(first).toBeVisible();
  await expect(page.locator('.routes')).not.toContainText('GED');
  await page.getByLabel('I have no high-school diploma or GED yet').check();
  await page.getByRole('button', { name: /What it takes: Registered nurse/ }).first().click();
  await expect(page.locator('.rung-detail')).toContainText('GED preparation');
  await expect(page.locator('.rung-detail')).toContainText('Bridge program');
  await expect(page).toHaveURL(/nodiploma=1/);
  // A limit that leaves no route to a target says what blocks it.
  await page.getByLabel('Where do you want to go?').selectOption('lpn');
  await page.getByLabel('I can only study evenings, weekends or online').check();
  await page.getByLabel('I need to keep earning while I train').check();
  await expect(page.locator('.blockers')).toContainText('No route fits');
  await expect(page.locator('.blockers')).toContainText('Practical nursing certificate');
  await expectNoAxeViolations(page);
});

test('a box ticked and unticked, and Back, show each question’s own routes again', async ({ page }) => {
  await page.goto('./?from=evs-aide');
  const routes = page.locator('.routes');
  await expect(page.locator('.route').first()).toBeVisible();
  const before = await routes.innerText();
  const box = page.getByLabel('I have no high-school diploma or GED yet');
  await box.check();
  // Without a diploma the routes to nursing take longer: a GED comes first.
  await expect.poll(() => routes.innerText()).not.toEqual(before);
  const ticked = await routes.innerText();
  // Both answers are kept by now: each comes back as it was.
  await box.uncheck();
  await expect.poll(() => routes.innerText()).toEqual(before);
  await page.goBack();
  await expect(box).toBeChecked();
  await expect.poll(() => routes.innerText()).toEqual(ticked);
  await expect(page).toHaveURL(/nodiploma=1/);
});

test('a copied link restores the same view, and Back goes back', async ({ page }) => {
  await page.goto('./');
  await pickStart(page, 'kitchen', 'Dietary aide');
  await page.getByLabel('I have no car').check();
  await page.getByLabel('Most months I can spend').selectOption('24');
  await page.locator('.route').nth(1).getByRole('button', { name: 'Show this ladder' }).click();
  await page.locator('.route').nth(1).getByRole('button', { name: /What it takes/ }).first().click();
  // The address is written once the page has drawn the change.
  await expect(page).toHaveURL(/[?&]route=1&rung=0/);
  const link = page.url();
  expect(link).toContain('from=dietary-aide');
  const figcaption = await page.locator('.ladder figcaption').textContent();
  const detail = await page.locator('#rung-detail-heading').textContent();

  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.locator('.picked-title')).toHaveText('Dietary aide');
  await expect(other.getByLabel('I have no car')).toBeChecked();
  await expect(other.getByLabel('Most months I can spend')).toHaveValue('24');
  await expect(other.locator('.ladder figcaption')).toHaveText(figcaption);
  await expect(other.locator('#rung-detail-heading')).toHaveText(detail);

  await page.goBack();
  await expect(page.locator('#rung-detail-heading')).toHaveCount(0);
});

test('compare puts routes side by side', async ({ page }) => {
  await page.goto('./?from=evs-aide');
  await page.locator('.route').nth(0).getByLabel('Compare').check();
  await page.locator('.route').nth(2).getByLabel('Compare').check();
  const table = page.locator('.compare table');
  await expect(table.locator('thead th')).toHaveCount(2);
  await expect(table).toContainText('Wage reached');
  await expect(page).toHaveURL(/compare=0,2/);
  await expectNoAxeViolations(page);
});

test('printing gives a one-page plan with its checklist and link', async ({ page }) => {
  await page.goto('./?from=evs-aide&route=0');
  await expect(page.locator('.route').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const plan = page.locator('.print-plan');
  await expect(plan).toBeVisible();
  await expect(plan).toContainText('My plan');
  await expect(plan).toContainText('☐');
  await expect(plan).toContainText('from=evs-aide');
  await expect(plan).toContainText('of work experience in the job before');
  await expect(page.locator('.routes')).toBeHidden();
  await expect(page.locator('.setup')).toBeHidden();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // One printed page: US Letter at 96 dpi is 1056 px tall.
  expect(height).toBeLessThanOrEqual(1056);
});

test('a 320-pixel screen never scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./');
  await expect(page.getByLabel('Search jobs')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await pickStart(page, 'transport', 'Patient transporter');
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: /What it takes/ }).first().click();
  await expectNoHorizontalScroll(page);
  await page.locator('.route').nth(0).getByLabel('Compare').check();
  await page.locator('.route').nth(1).getByLabel('Compare').check();
  await page.locator('.route').nth(2).getByLabel('Compare').check();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  // Every region's longest titles fit too.
  for (const region of await page.getByLabel('Region').locator('option').evaluateAll((os) => os.map((o) => o.value))) {
    await page.goto(`./?region=${region}`);
    // A large region lists its jobs by kind of work; the first group, the
    // starting jobs, comes open when they are few.
    const groups = page.locator('details.job-family');
    await expect(page.getByLabel('Search jobs')).toBeVisible();
    if ((await groups.count()) && !(await groups.first().evaluate((d) => d.open))) {
      await groups.first().locator('summary').click();
    }
    await page.locator('.choice').nth(1).click();
    await expect(page.locator('.route').first()).toBeVisible();
    await page.getByRole('button', { name: /What it takes/ }).first().click();
    await expectNoHorizontalScroll(page);
  }
});

test('keyboard alone reaches every step', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByLabel('Search jobs')).toBeVisible();
  // Tab reaches the search box within the first few stops (after the region picker).
  for (let i = 0; i < 4 && !(await page.getByLabel('Search jobs').evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(page.getByLabel('Search jobs')).toBeFocused();
  await page.keyboard.type('cleaning');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('.choice').filter({ hasText: 'Environmental services aide' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.picked-title')).toHaveText('Environmental services aide');
  await expect(page.locator('.route').first()).toBeVisible();
  // Tab forward until a rung's details button has focus, then open it.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    if (name.startsWith('What it takes')) break;
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('#rung-detail-heading')).toBeFocused();
  // Focus is visible.
  const outline = await page.evaluate(() => {
    const el = document.querySelector('.small-button');
    el.focus();
    return getComputedStyle(el).outlineStyle;
  });
  expect(outline).not.toBe('none');
});

test('targets are at least 24 by 24 pixels', async ({ page }) => {
  await page.goto('./?from=evs-aide&compare=0&rung=0');
  await expect(page.locator('.compare table')).toBeVisible();
  await expect(page.locator('.rung-detail')).toBeVisible();
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, summary')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el: el.outerHTML.slice(0, 80), r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ el }) => el));
  expect(small).toEqual([]);
});

test('the region picker switches ladders and wages to that region', async ({ page }) => {
  await page.goto('./');
  const region = page.getByLabel('Region');
  await expect(region).toBeVisible();
  const names = await region.locator('option').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(4);
  await region.selectOption('denver');
  await expect(page).toHaveURL(/region=denver/);
  // The region's data replaces the page below the masthead; focus stays on the picker.
  await expect(page.getByLabel('Region')).toBeFocused();
  await page.getByLabel('Search jobs').fill('retail');
  const retail = page.locator('.choice').filter({ hasText: 'Retail sales associate' });
  await expect(retail).toBeVisible();
  await page.getByLabel('Search jobs').fill('housekeeping');
  await expect(page.locator('.choice').filter({ hasText: 'Environmental services aide' })).toBeHidden();
  await page.getByLabel('Search jobs').fill('retail');
  await retail.click();
  await page.getByRole('button', { name: /What it takes/ }).first().click();
  await expect(page.locator('.rung-detail .source').first()).toContainText('Denver');
  await expectNoAxeViolations(page);
});

test('a long list of routes comes a page at a time, and the link keeps the page', async ({ page }) => {
  await page.goto('./?from=none');
  const routes = page.locator('.route');
  await expect(routes.first()).toBeVisible();
  const more = page.locator('.more-routes');
  await expect(more).toContainText(/Showing \d+ of \d+ routes/);
  const counts = async () => (await more.textContent()).match(/Showing (\d+) of (\d+) routes/).slice(1).map(Number);
  const [shown, total] = await counts();
  expect(total).toBeGreaterThan(10);
  // The first ten, and any route named fastest, cheapest and so on further down.
  expect(shown).toBeGreaterThanOrEqual(10);
  await expect(routes).toHaveCount(shown);
  for (let i = 0; i < 10; i += 1) await expect(routes.nth(i).locator('h3')).toHaveId(`route-${i}`);
  const picksFurther = await routes.locator('.pick').evaluateAll((ps) => ps.filter((p) => Number(p.closest('h3').id.slice(6)) >= 10).length);
  expect(picksFurther).toBeGreaterThanOrEqual(shown - 10);
  // A route's steps unfolded before the next page stay unfolded after it.
  await routes.nth(2).locator('summary').click();
  await expect(routes.nth(2).locator('.rung-line').first()).toBeVisible();
  await more.getByRole('button', { name: /^Show \d+ more route/ }).click();
  const next = total > 20 ? (await counts())[0] : total;
  expect(next).toBeGreaterThan(shown);
  await expect(routes).toHaveCount(next);
  await expect(routes.nth(2).locator('.rung-line').first()).toBeVisible();
  await expect(routes.nth(3).locator('.rung-line')).toHaveCount(0);
  await expect(page).toHaveURL(/shown=/);
  await page.reload();
  await expect(routes).toHaveCount(next);
  // A route named in a link is listed even when it is past the first page.
  await page.goto(`./?from=none&route=${total - 1}`);
  await expect(routes).toHaveCount(total);
  await expect(routes.nth(total - 1)).toHaveClass(/shown/);
});

test('a search says politely how many jobs match, and clearing it reads nothing aloud', async ({ page }) => {
  await page.goto('./');
  const status = page.locator('.start-picker [role="status"]');
  await expect(page.locator('.choices').first()).toBeVisible();
  expect(await page.locator('[aria-live]').evaluateAll((els) => els.filter((e) => e.closest('.start-picker') && e.querySelector('.choice')).length)).toBe(0);
  await page.getByLabel('Search jobs').fill('aide');
  await expect(status).toHaveText(/^\d+ jobs match\.$/);
  await page.getByLabel('Search jobs').fill('zzzz');
  await expect(status).toHaveText('No job matches those words. Try another word, or pick from the list.');
  await page.getByLabel('Search jobs').fill('');
  await expect(status).toHaveText('');
});

test('a region of more than twenty jobs opens with its starting jobs, and the other kinds of work collapsed', async ({ page }) => {
  await page.goto('./?region=baltimore&lang=en');
  const groups = page.locator('details.job-family');
  await expect(groups.first().locator('summary')).toHaveText(/^Starting jobs: no credential needed \(\d+\)$/);
  await expect(groups.first()).toHaveAttribute('open', '');
  await expect(groups.first().locator('.choice', { hasText: 'Environmental services aide' })).toBeVisible();
  // A list of starting jobs needs no "starting job" tag on each; elsewhere the tag says it.
  await expect(groups.first().locator('.tag')).toHaveCount(0);
  const closed = groups.nth(1);
  await expect(closed).not.toHaveAttribute('open', '');
  await expect(closed.locator('.choice')).toHaveCount(0);
  await closed.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(closed.locator('.choice').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Search jobs').fill('environmental services aide');
  await expect(page.locator('.choice', { hasText: 'Environmental services aide' }).locator('.tag')).toHaveText('starting job');
});

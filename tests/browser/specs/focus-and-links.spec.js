// Focus, links and saved plans under a person's hands: no state change moves
// focus or scroll unless the person asked; an action that removes the focused
// control hands focus on and says what happened; links naming what the data
// lacks end in a clean address and a plain message; a broken region leaves the
// others reachable; saved plans are never lost without the person being told.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.js';

const KEY = 'pathways.saved-plans';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => { throw e; });
});

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el ? `${el.tagName.toLowerCase()}#${el.id}` : '';
});

test('ticking Compare with a step open keeps focus and scroll where they were', async ({ page }) => {
  await page.goto('./?from=evs-aide&route=0&rung=0');
  await expect(page.locator('.rung-detail')).toBeVisible();
  const box = page.locator('#compare-4');
  await box.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  expect(await focused(page)).toBe('input#compare-4');
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(2);
  await box.click();
  await expect(box).not.toBeChecked();
  expect(await focused(page)).toBe('input#compare-4');
});

test('opening a step moves focus into it; closing gives it back to the button that opened it', async ({ page }) => {
  await page.goto('./?from=evs-aide');
  // The second route's steps are folded away until opened.
  await page.locator('li:has(#route-1) .rung-list > summary').click();
  const opener = page.locator('#rung-1-0');
  await opener.click();
  await expect(page.locator('#rung-detail-heading')).toBeFocused();
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(opener).toBeFocused();
});

test('Clear comparison hands focus to the routes and says so', async ({ page }) => {
  await page.goto('./?from=evs-aide&compare=0,1');
  await page.getByRole('button', { name: 'Clear comparison' }).click();
  await expect(page.locator('#routes-heading')).toBeFocused();
  await expect(page.locator('#announcer')).toHaveText('Comparison cleared.');

  await page.getByRole('button', { name: 'Change' }).click();
  await expect(page.locator('#job-search')).toBeFocused();
});

test('the last Show more hands focus to the first route it brought', async ({ page }) => {
  // With no job yet, Portland has more routes than one page shows.
  await page.goto('./?region=portland&from=none');
  const more = page.locator('.more-routes button');
  const headings = page.locator('.route h3');
  await expect(more).toBeVisible();
  // Every Show more but the last keeps the focus on the button.
  for (let pages = 0; pages < 20; pages += 1) {
    const listed = await headings.evaluateAll((hs) => hs.map((h) => Number(h.id.slice(6))));
    let first = 0;
    while (listed.includes(first)) first += 1;
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(headings).not.toHaveCount(listed.length);
    if ((await more.count()) === 0) {
      expect(await focused(page)).toBe(`h3#route-${first}`);
      break;
    }
    expect(await focused(page)).toMatch(/^button/);
  }
  await expect(more).toHaveCount(0);
  await expect(page.locator('#announcer')).toHaveText(/^Showing \d+ of \d+ routes\.$/);
});

test('Change hands focus to the job search', async ({ page }) => {
  await page.goto('./?from=evs-aide');
  await page.getByRole('button', { name: 'Change' }).click();
  await expect(page.locator('#job-search')).toBeFocused();
});

for (const [link, kept] of [
  ['?from=evs-aide&route=999999999', /route=/],
  ['?from=evs-aide&compare=97,98,99', /compare=/],
  ['?from=evs-aide&route=0&rung=40', /rung=/],
  ['?from=evs-aide&shown=5000', /shown=5000/],
]) {
  test(`an index beyond the routes found is dropped from the address: ${link}`, async ({ page }) => {
    await page.goto('about:blank');
    await page.goto(`./${link}`);
    await expect(page.locator('.route').first()).toBeVisible();
    await expect(page).not.toHaveURL(kept);
    await expect(page.locator('.notice')).toContainText('not among the routes found');
    await page.goBack();
    await expect(page).toHaveURL('about:blank');
  });
}

test('compare=0,0,0 compares route 1 once', async ({ page }) => {
  await page.goto('./?from=evs-aide&compare=0,0,0');
  await expect(page.locator('.compare thead th')).toHaveCount(1);
});

test('a job of another region opens that region', async ({ page }) => {
  await page.goto('./?from=den-fast-food-crew');
  await expect(page.locator('.picked-title')).toBeVisible();
  await expect(page).toHaveURL(/region=denver/);
  await expect(page.getByLabel('Region')).toHaveValue('denver');
  await expect(page.locator('.notice')).toContainText('another region');
});

test('a broken region shows its message with the region picker, and the others stay reachable', async ({ page }) => {
  await page.route('**/pathways-denver*.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('./?region=denver');
  await expect(page.getByRole('alert')).toContainText(/pathways-denver\.jobs\.json/);
  const picker = page.getByLabel('Region');
  await expect(picker).toBeVisible();
  await expectNoAxeViolations(page);
  await picker.selectOption('philadelphia');
  await expect(page.getByRole('heading', { name: 'Where are you now?' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an index that cannot be read names pathways.json', async ({ page }) => {
  await page.route('**/pathways.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":3,"regions":[{"id":' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('pathways.json');
});

test('plans saved in two tabs are both kept, and each tab lists both', async ({ page, context }) => {
  await page.goto('./?from=evs-aide');
  const other = await context.newPage();
  other.on('pageerror', (e) => { throw e; });
  await other.goto('./?from=dietary-aide');
  await page.getByRole('button', { name: 'Save this plan on this device' }).click();
  await other.getByRole('button', { name: 'Save this plan on this device' }).click();
  const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);
  expect(stored).toContain('from=evs-aide');
  expect(stored).toContain('from=dietary-aide');
  await expect(page.locator('.saved-plan')).toHaveCount(2);
  await expect(other.locator('.saved-plan')).toHaveCount(2);
});

test('a store the site does not fully understand is kept, a full list refuses, and delete removes only the plan chosen', async ({ page }) => {
  const plans = Array.from({ length: 25 }, (_, i) => `?from=evs-aide&route=${i}\tPlan ${i}`);
  const text = ['?from=evs-aide&route=0\tSame link', ...plans, '{"an":"older format"}'].join('\n');
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY, text]);
  await page.goto('./?from=evs-aide&evenings=1');
  await expect(page.locator('.saved-plan')).toHaveCount(20);
  await expect(page.locator('.saved-plans')).toContainText('6 more saved plans');
  await expect(page.locator('.saved-plans')).toContainText('could not be read');
  await page.getByRole('button', { name: 'Save this plan on this device' }).click();
  await expect(page.locator('.save-outcome')).toContainText('Delete one');
  // Two plans share a link: deleting the first keeps the second.
  await page.getByRole('button', { name: 'Delete saved plan: Same link' }).click();
  await expect(page.locator('#announcer')).toHaveText('Plan deleted.');
  await expect(page.locator('#saved-plans-heading')).toBeFocused();
  const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);
  expect(stored).not.toContain('Same link');
  expect(stored).toContain('Plan 0');
  expect(stored).toContain('{"an":"older format"}');
  expect(stored.split('\n').filter(Boolean)).toHaveLength(26);
});

test('deleting the last plan hands focus on past the list', async ({ page }) => {
  await page.goto('./?from=evs-aide');
  await page.getByRole('button', { name: 'Save this plan on this device' }).click();
  await page.getByRole('button', { name: /^Delete saved plan/ }).click();
  await expect(page.locator('#announcer')).toHaveText('Plan deleted.');
  expect(await focused(page)).not.toBe('body#');
  expect(await focused(page)).not.toBe('');
});

test('a goal, credential, employer or union the data lacks is dropped from the address, and the page says so', async ({ page }) => {
  await page.goto('about:blank');
  await page.goto('./?from=evs-aide&to=no-such-goal&holds=no-such-credential&employer=nobody&union=none-such');
  await expect(page.locator('.route').first()).toBeVisible();
  await expect(page.locator('.notice')).toContainText('not in this region');
  for (const gone of [/to=/, /holds=/, /employer=/, /union=/]) await expect(page).not.toHaveURL(gone);
  await expect(page).toHaveURL(/from=evs-aide/);
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
});

test('choosing a route marks it in the list in place: the focus stays on its button and no route is drawn again', async ({ page }) => {
  await page.goto('./?from=evs-aide');
  const show = page.locator('#show-1');
  await expect(show).toHaveAttribute('aria-pressed', 'false');
  // A property set on the list's items survives only if they are not drawn again.
  await page.evaluate(() => document.querySelectorAll('.routes > li').forEach((li) => { li.keptFromBefore = true; }));
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await expect(show).toHaveText('Shown in the ladder');
  await expect(page.locator('#show-0')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.routes > li.shown')).toHaveCount(1);
  await expect(page.locator('.routes > li').nth(1)).toHaveClass(/shown/);
  expect(await focused(page)).toBe('button#show-1');
  expect(await page.evaluate(() => [...document.querySelectorAll('.routes > li')].every((li) => li.keptFromBefore))).toBe(true);
  await expect(page).toHaveURL(/route=1/);
});

// What a person says of themselves changes what they are offered and what
// they pay: the job they hold, how long they have held it, their employer,
// and the conditions of funding and enrollment. Every answer lives in the link.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.js';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => { throw e; });
});

test('a working nursing assistant is not sent back to CNA training', async ({ page }) => {
  await page.goto('./?from=nursing-assistant&to=patient-care-technician');
  await expect(page.locator('.route').first()).toBeVisible();
  await expect(page.locator('.routes')).not.toContainText('nursing assistant training');
  await page.getByLabel('How long have you worked in this job?').selectOption('6');
  await expect(page).toHaveURL(/months-in-job=6/);
  await expectNoAxeViolations(page);
});

test('employer tuition counts only for the employer’s own staff, and the rung says why', async ({ page }) => {
  await page.goto('./?from=evs-aide&to=nursing-assistant');
  await page.getByRole('button', { name: /What it takes: Nursing assistant/ }).first().click();
  const detail = page.locator('.rung-detail');
  await expect(detail.locator('.funding-list').first()).toContainText('not counted: it pays only for');
  await page.locator('summary', { hasText: 'Help paying for training' }).click();
  await page.getByLabel('Where do you work?').selectOption('area-hospitals');
  await page.getByLabel('How long have you worked in this job?').selectOption('12');
  await expect(page).toHaveURL(/employer=area-hospitals/);
  await expect(page).toHaveURL(/months-in-job=12/);
  await page.getByRole('button', { name: /What it takes: Nursing assistant/ }).first().click();
  await expect(page.locator('.rung-detail .funding-applies').first()).toContainText('pays for you');
  await expectNoAxeViolations(page);
});

test('youth apprenticeships are offered to high-school students, not to adults', async ({ page }) => {
  // The youth apprenticeships add routes for a 17-year-old in high school
  // that a 30-year-old is not offered.
  // Every route found, not only the first page shown.
  const found = async () => {
    const more = page.locator('.more-routes');
    if ((await more.count()) === 0) return page.locator('.route').count();
    return Number((await more.textContent()).match(/of (\d+) routes/)[1]);
  };
  await page.goto('./?region=denver&from=none&age=30');
  await expect(page.locator('.route').first()).toBeVisible();
  const adult = await found();
  await page.goto('./?region=denver&from=none&age=17&in-high-school=1');
  await expect(page.locator('.route').first()).toBeVisible();
  await expect(page.getByLabel('I am in high school')).toBeChecked();
  await expect(page.getByLabel('Your age')).toHaveValue('17');
  expect(await found()).toBeGreaterThan(adult);
  await expectNoAxeViolations(page);
});

test('goals and credentials are listed by name, as in an index', async ({ page }) => {
  await page.goto('./?region=portland&from=none');
  await expect(page.locator('.route').first()).toBeVisible();
  const goals = (await page.getByLabel('Where do you want to go?').locator('option').allInnerTexts()).slice(1);
  expect(goals.length).toBeGreaterThan(5);
  const sorted = [...goals].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en'));
  expect(goals).toEqual(sorted);
  // The list of credentials is drawn when first opened.
  await expect(page.locator('.check input[id^="holds-"]')).toHaveCount(0);
  await page.locator('details.held summary').first().click();
  await expect(page.locator('.check input[id^="holds-"]').first()).toBeVisible();
  const credentials = await page.locator('.check input[id^="holds-"] + label').allInnerTexts();
  expect(credentials.length).toBeGreaterThan(2);
  expect(credentials).toEqual([...credentials].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en')));
});

test('help paying for training stays open while other answers change', async ({ page }) => {
  await page.goto('./?from=evs-aide');
  const help = page.locator('details.held').filter({ hasText: 'Help paying for training' });
  await help.locator('summary').click();
  await expect(help).toHaveAttribute('open', '');
  const routes = await page.locator('.routes').textContent();
  await page.locator('#no-diploma').check();
  await expect(page.locator('.routes')).not.toHaveText(routes);
  await expect(help).toHaveAttribute('open', '');
});

// The site at a state's scale: the synthetic national region (1,016
// occupations, 5,080 programs) served under /national/. A person finds a job
// among a thousand in a few keystrokes on a phone, and every picker stays
// usable by keyboard alone.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers.js';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => { throw e; });
  await page.setViewportSize({ width: 320, height: 800 });
});

test('the start picker leads with search and groups a thousand jobs by kind of work', async ({ page }) => {
  await page.goto('national/?lang=en');
  await expect(page.getByLabel('Search jobs')).toBeVisible();
  const families = page.locator('details.job-family');
  expect(await families.count()).toBeGreaterThan(10);
  // Nothing is drawn for a closed group: a thousand buttons wait until
  // asked for. Only "no job yet" and, when they are 20 or fewer, the
  // starting jobs are drawn at first.
  expect(await page.locator('.choice').count()).toBeLessThanOrEqual(21);
  const family = families.filter({ has: page.locator('summary', { hasText: /^Health care support \(\d+\)$/ }) });
  await family.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(family.locator('.choice-title').first()).toBeVisible();
  const titles = await family.locator('.choice-title').allTextContents();
  expect(titles.length).toBeGreaterThan(3);
  const sorted = [...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  expect(titles).toEqual(sorted);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

test('a search shows the first matches and how to narrow the rest', async ({ page }) => {
  await page.goto('national/?lang=en');
  await page.getByLabel('Search jobs').fill('a');
  await expect(page.locator('.start-picker .hint', { hasText: /^Showing 30 of the \d+ jobs that match/ })).toBeVisible();
  // The "no job yet" choice and thirty jobs.
  await expect(page.locator('.start-picker .choice')).toHaveCount(31);
  await expect(page.locator('.start-picker [role="status"]')).toHaveText(/^\d+ jobs match\.$/);
});

test('a job found by search, a limit ticked, and routes shown, on a phone', async ({ page }) => {
  await page.goto('national/?lang=en');
  await page.getByLabel('Search jobs').fill('nursing assistants');
  await page.locator('.start-picker .choice', { hasText: 'Nursing Assistants' }).first().click();
  await expect(page.locator('.picked-title')).toHaveText(/Nursing Assistants/);
  await expect(page.locator('.route').first()).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('I can only study evenings, weekends or online').check();
  await expect(page).toHaveURL(/evenings=1|evenings/);
  await expect(page.locator('.route').first()).toBeVisible({ timeout: 20_000 });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

test('a box ticked while a link’s routes are still being worked out gets the routes of its own question', async ({ page }) => {
  const link = 'national/?lang=en&from=ambulance-drivers-and-attendants-53-3011-00';
  await page.goto(link);
  // The form is drawn before the core has answered; tick at once.
  await page.getByLabel('I can only study evenings, weekends or online').check();
  await expect(page.locator('.route').first()).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/evenings/);
  await expect(page.getByLabel('I can only study evenings, weekends or online')).toBeChecked();
  const routes = page.locator('.routes');
  const ticked = await routes.innerText();
  // The same question asked by a link of its own.
  const other = await page.context().newPage();
  await other.setViewportSize({ width: 320, height: 800 });
  await other.goto(page.url());
  await expect(other.locator('.route').first()).toBeVisible({ timeout: 20_000 });
  expect(await other.locator('.routes').innerText()).toEqual(ticked);
});

test('the credentials and the goals are searched by name, by keyboard alone', async ({ page }) => {
  await page.goto('national/?lang=en');
  await page.getByLabel('Search jobs').fill('nursing assistants');
  await page.locator('.start-picker .choice', { hasText: 'Nursing Assistants' }).first().click();
  await expect(page.locator('.route').first()).toBeVisible({ timeout: 20_000 });
  // Credentials: the list opens from the keyboard and a search narrows it.
  await page.locator('details.held summary', { hasText: 'Credentials I already have' }).focus();
  await page.keyboard.press('Enter');
  const boxes = page.locator('details.held input[type="checkbox"][id^="holds-"]');
  await expect.poll(() => boxes.count()).toBeGreaterThan(100);
  const all = await boxes.count();
  await page.getByLabel('Find a credential').fill('license');
  await expect.poll(() => boxes.count()).toBeLessThan(all);
  const names = await page.locator('details.held input[id^="holds-"] + label').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name.toLowerCase()).toContain('license');
  // A ticked box stays in sight whatever is typed next.
  await boxes.first().check();
  const ticked = names[0];
  await page.getByLabel('Find a credential').fill('zzzz nothing');
  await expect(page.locator('details.held input[id^="holds-"] + label')).toHaveText([ticked]);
  // Goals: the menu is sorted by name, and a search narrows it.
  // The menu offers fifty goals at a time, by name, and says how many there are.
  const options = page.locator('#target option');
  const every = await options.count();
  expect(every).toBe(51);
  const note = page.locator('#target-more');
  await expect(note).toHaveText(/shows 50 of the \d+ jobs/);
  expect(Number((await note.textContent()).match(/of the (\d+) jobs/)[1])).toBeGreaterThan(100);
  await expect(page.locator('#target')).toHaveAttribute('aria-describedby', 'target-more');
  const titles = (await options.allTextContents()).slice(1);
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  await page.getByLabel('Find a job to aim for').fill('registered nurses');
  await expect.poll(() => options.count()).toBeLessThan(every);
  const found = (await options.allTextContents()).slice(1);
  expect(found.length).toBeGreaterThan(0);
  for (const title of found) expect(title.toLowerCase()).toContain('registered nurses');
  await expect(note).toHaveCount(0);
  await page.locator('#target').selectOption({ index: 1 });
  await expect(page).toHaveURL(/to=/);
  await expectNoAxeViolations(page);
});

test('the map of a thousand jobs shows one kind of work at a time, chosen by a menu', async ({ page }) => {
  await page.goto('national/?lang=en&view=map');
  const menu = page.getByLabel('Kind of work');
  await expect(menu).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.map .hint')).toContainText('1016 jobs');
  const boxes = page.locator('.map-svg [data-job]');
  await expect(boxes.first()).toBeVisible();
  const first = await boxes.count();
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThan(1016);
  // Another kind of work: the address keeps it, and the map shows its jobs.
  const option = (await menu.locator('option').allTextContents()).find((o) => o.startsWith('Construction and extraction'));
  await menu.selectOption({ label: option });
  await expect(page).toHaveURL(/family=47/);
  await expect(page.locator('.map-twin')).toContainText(/Construction|Carpenters|Electricians/);
  const count = Number(option.match(/\((\d+)\)/)[1]);
  await expect(boxes).toHaveCount(count);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

// The ladder picture tells the plan: between two jobs, the programs a climb
// takes (with months, cost and pay) and the credentials they earn.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers.js';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => { throw e; });
});

test('each climb of the ladder shows its programs and the credentials they earn', async ({ page }) => {
  await page.goto('./?region=baltimore&from=evs-aide&route=0&lang=en');
  const ladder = page.locator('figure.ladder');
  await expect(ladder).toBeVisible();
  const programs = ladder.locator('.ladder-program');
  expect(await programs.count()).toBeGreaterThan(0);
  // Every program node gives its months, its cost to the person and its pay.
  const facts = await ladder.locator('.ladder-program-facts').allTextContents();
  const figures = facts.filter((f) => /^\d+(\.\d)? months? · \$[\d,]+ · (paid|not paid)$/.test(f));
  expect(figures.length).toBe(await programs.count());
  await expect(ladder.locator('.ladder-credential', { hasText: /^Earns / }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the ladder picture in Spanish stays within a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('./?region=baltimore&from=evs-aide&route=0&lang=es');
  const ladder = page.locator('figure.ladder');
  await expect(ladder.locator('.ladder-credential', { hasText: /^Obtiene: / }).first()).toBeVisible();
  await expect(ladder.locator('.ladder-program-facts', { hasText: /· (con pago|sin pago)$/ }).first()).toBeVisible();
  // No text of the picture runs past its right edge.
  const overflow = await page.evaluate(() => {
    const svg = document.querySelector('.ladder-svg');
    const right = svg.getBoundingClientRect().right;
    return [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().right - right).filter((d) => d > 1);
  });
  expect(overflow).toEqual([]);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

test('a step note that is an example says so beside it', async ({ page }) => {
  // The step from environmental services to nursing assistant has a typical note, not a published rule.
  await page.goto('./?region=baltimore&from=evs-aide&to=nursing-assistant&route=0&rung=0&lang=en');
  const detail = page.locator('.rung-detail');
  await expect(detail.locator('.note em', { hasText: 'An example of how this often works: check with the employer.' })).toBeVisible();
});

// The author page: a partnership's data keeper checks a folder of pathway
// files, sees every problem as `pathways check` prints it, previews the
// region in the explorer itself and downloads the files to publish.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const shipped = path.resolve(here, '../../../pathways');

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => { throw e; });
});

/// A copy of the shipped pathway folder, changed by `edit(folder)`.
function copyOfShipped(edit) {
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'author-')), 'pathways');
  fs.cpSync(shipped, folder, { recursive: true });
  edit(folder);
  return folder;
}

function replaceIn(file, from, to) {
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(file, text.replace(from, to));
}

test('a valid folder checks clean and its preview shows routes', async ({ page }) => {
  await page.goto('author/?region=baltimore&from=evs-aide');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check and publish pathway data');
  await expectNoAxeViolations(page);
  await page.setInputFiles('#author-folder', shipped);
  await expect(page.locator('#author-status')).toHaveText(/^ok: 0 errors, \d+ warnings? in \d+ files$/);
  await expect(page.getByRole('heading', { name: 'No problems' })).toBeVisible();
  await expect(page.locator('.author-preview')).toContainText('as the published site will show it');
  await expect(page.locator('.author-preview .route').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'pathways.json', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'pathways-baltimore.es.json' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a broken folder lists its problems with file and line, and nothing to publish', async ({ page }) => {
  const broken = copyOfShipped((folder) => {
    replaceIn(path.join(folder, 'baltimore-hospitals/occupations.yaml'), '    soc: 37-2012\n', '\tsoc: 37-2012\n');
  });
  await page.goto('author/');
  await page.setInputFiles('#author-folder', broken);
  await expect(page.locator('#author-status')).toHaveText(/^failed: 1 error, 0 warnings in \d+ files$/);
  const problem = page.locator('.problem.error pre').first();
  await expect(problem).toContainText(/^pathways\/baltimore-hospitals\/occupations\.yaml:9:1: error: .*tab/);
  await expect(problem).toContainText('soc: 37-2012');
  await expect(page.locator('.downloads')).toHaveCount(0);
  await expect(page.locator('.author-preview')).toContainText('once the files have no errors');
  await expectNoAxeViolations(page);
});

test.describe('publishing', () => {
  // The page's routes stand in for the web server; a service worker would
  // answer the site's requests before them.
  test.use({ serviceWorkers: 'block' });

test('the downloaded files publish the data: the site shows what the author wrote', async ({ page }) => {
  const edited = copyOfShipped((folder) => {
    replaceIn(path.join(folder, 'baltimore-hospitals/occupations.yaml'),
      'en: Environmental services aide', 'en: Room cleaning aide');
  });
  await page.goto('author/');
  await page.setInputFiles('#author-folder', edited);
  await expect(page.locator('#author-status')).toHaveText(/^ok: 0 errors/);
  const saved = {};
  for (const name of ['pathways.json', 'pathways-baltimore.jobs.json', 'pathways-baltimore.json']) {
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name, exact: true }).click();
    saved[name] = fs.readFileSync(await (await download).path(), 'utf8');
  }
  expect(saved['pathways-baltimore.json']).toContain('Room cleaning aide');
  expect(saved['pathways-baltimore.jobs.json']).toContain('Room cleaning aide');
  // The site, served the downloaded files in place of its own.
  for (const [name, body] of Object.entries(saved)) {
    await page.route(`**/${name}`, (route) => route.fulfill({ body, contentType: 'application/json' }));
  }
  await page.goto('./?region=baltimore&from=evs-aide&lang=en');
  await expect(page.locator('.picked-title')).toHaveText('Room cleaning aide');
  await expect(page.locator('.route').first()).toBeVisible();
});
});

test('after one visit, the author page checks and previews with the network off', async ({ page, context }) => {
  await page.goto('author/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The worker takes charge and the page's files are fetched again through it.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForTimeout(1000);
  await context.setOffline(true);
  await page.goto('author/?region=baltimore&from=evs-aide');
  await page.setInputFiles('#author-folder', shipped);
  await expect(page.locator('#author-status')).toHaveText(/^ok: 0 errors/);
  await expect(page.locator('.author-preview .route').first()).toBeVisible();
  await context.setOffline(false);
});

test('the author page fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('author/?region=baltimore&from=evs-aide&lang=es');
  await page.setInputFiles('#author-folder', shipped);
  await expect(page.locator('.author-preview .route').first()).toBeVisible();
  await expectNoHorizontalScroll(page);
});

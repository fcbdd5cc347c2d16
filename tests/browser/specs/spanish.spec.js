// The site in Spanish: chosen by the link, by the switch on every view, or by
// the browser's language on a first visit, and kept in the link.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.js';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => { throw e; });
});

test('a Spanish link opens in Spanish, with <html lang> and every label in Spanish', async ({ page }) => {
  await page.goto('./?lang=es&from=evs-aide');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { name: 'Rutas para subir' })).toBeVisible();
  // The static masthead and the title follow the language once the page runs.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explorador de rutas de carrera');
  await expect(page).toHaveTitle('Explorador de rutas de carrera');
  await expect(page.getByLabel('Todavía estoy aprendiendo inglés')).toBeVisible();
  await page.getByRole('button', { name: /Lo que se necesita: Asistente de enfermería/ }).first().click();
  await expect(page.locator('.rung-detail')).toContainText('Costo para usted');
  await expectNoAxeViolations(page);
});

test('the data reads in Spanish, and only the Spanish bundle is downloaded', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => { if (/pathways-.*\.json/.test(r.url())) fetched.push(new URL(r.url()).pathname.split('/').pop()); });
  await page.goto('./?lang=es&from=evs-aide&route=0&rung=0');
  await expect(page.locator('.picked-title')).toHaveText('Auxiliar de servicios ambientales');
  // Names of credentials show the Spanish name and the English one.
  await expect(page.locator('.rung-detail')).toContainText('(');
  await expect(page.getByLabel('Región')).toContainText('Área metropolitana de Baltimore');
  expect(fetched.sort()).toEqual(['pathways-baltimore.es.jobs.json', 'pathways-baltimore.es.json']);
  // Switching language fetches the region's words in the other language.
  await page.getByRole('button', { name: 'View this page in English' }).click();
  await expect(page.locator('.picked-title')).toHaveText('Environmental services aide');
  expect(fetched).toContain('pathways-baltimore.json');
});

test('a Spanish catalog that arrives after the routes draws them again in Spanish without fetching the data again', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => { if (/pathways-.*\.json/.test(r.url())) fetched.push(new URL(r.url()).pathname.split('/').pop()); });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/i18n-es.json', async (route) => { await held; await route.continue(); });
  await page.goto('./?lang=es&from=evs-aide');
  // Until the catalog comes, the page is in English.
  await expect(page.locator('.route').first()).toBeVisible();
  release();
  await expect(page.getByRole('heading', { name: 'Rutas para subir' })).toBeVisible();
  await expect(page.locator('.route').first()).toBeVisible();
  expect(fetched.filter((f) => f === 'pathways-baltimore.es.json')).toHaveLength(1);
});

// Every string of the English catalog that Spanish says differently.
function englishOnlyStrings() {
  const en = fs.readFileSync(new URL('../../../site/src/i18n/en.rs', import.meta.url), 'utf8');
  const es = JSON.parse(fs.readFileSync(new URL('../../../site/i18n-es.json', import.meta.url), 'utf8'));
  const spanish = new Set(Object.values(es).flat());
  const strings = [...en.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));
  // Placeholders are filled in on the page, so a template is compared by its longest plain part.
  return strings
    .filter((s) => !spanish.has(s))
    .map((s) => s.split(/\{[a-z_]+\}/).sort((a, b) => b.length - a.length)[0].trim())
    .filter((s) => s.length > 3);
}

async function visibleTexts(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      if (!el || !el.checkVisibility() || el.closest('.visually-hidden')) continue;
      const text = node.textContent.trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label]')) out.push(el.getAttribute('aria-label'));
    return out;
  });
}

for (const [view, link, setup] of [
  ['the start page', './?lang=es', null],
  ['a route', './?lang=es&from=evs-aide&route=1', null],
  ["a step's details", './?lang=es&from=evs-aide&route=0&rung=0', null],
  ['a comparison', './?lang=es&from=evs-aide&compare=0,1', null],
  ['the printed plan', './?lang=es&from=evs-aide&route=0', 'print'],
  ['a blocked target', './?lang=es&from=evs-aide&to=rn&max-months=3', null],
  ['a load failure', './?lang=es', 'broken'],
]) {
  test(`${view} in Spanish shows no English of the catalog and passes axe`, async ({ page }) => {
    if (setup === 'broken') await page.route('**/pathways-*.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(link);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    // boot.js sets the language before the catalog arrives; the masthead
    // changes only once the page runs in Spanish.
    await expect(page.locator('.masthead h1')).toHaveText('Explorador de rutas de carrera');
    await expect(page.locator('main')).not.toContainText('Cargando');
    if (setup === 'broken') await expect(page.getByRole('alert')).toBeVisible();
    else await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    if (setup === 'print') await page.emulateMedia({ media: 'print' });
    const english = englishOnlyStrings();
    const shown = await visibleTexts(page);
    const leftovers = shown.filter((text) => english.some((e) => text === e || (e.length > 12 && text.includes(e))));
    expect(leftovers).toEqual([]);
    await expectNoAxeViolations(page);
  });
}

test('the switch shows the same view in the other language and keeps it in the link', async ({ page }) => {
  await page.goto('./?lang=en&from=evs-aide&evenings=1');
  await expect(page.locator('.route').first()).toBeVisible();
  await page.getByRole('button', { name: 'Ver esta página en español' }).click();
  await expect(page).toHaveURL(/lang=es/);
  await expect(page).toHaveURL(/evenings=1/);
  await expect(page.getByLabel('Solo puedo estudiar en las noches, los fines de semana o en línea')).toBeChecked();
  await page.getByRole('button', { name: 'View this page in English' }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('a first visit from a Spanish-speaking browser', () => {
  test.use({ locale: 'es-US' });
  test('follows the browser and puts the language in the link', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { name: '¿Dónde está usted ahora?' })).toBeVisible();
    await expect(page).toHaveURL(/lang=es/);
  });
});

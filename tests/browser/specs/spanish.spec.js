// The site in Spanish: chosen by the link, by the switch on every view, or by
// the browser's language on a first visit, and kept in the link.
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
  await page.getByRole('button', { name: /Lo que se necesita: Nursing assistant/ }).first().click();
  await expect(page.locator('.rung-detail')).toContainText('Costo para usted');
  await expectNoAxeViolations(page);
});

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

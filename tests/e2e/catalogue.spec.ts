import { expect, test } from '@playwright/test';

import { defaultLocale, localeCodes } from '../../src/config/locales.ts';
import { isTranslated } from '../helpers/built-site.ts';

const exercises = (page: import('@playwright/test').Page) => page.locator('[data-exercise]:visible');

test('without JavaScript the catalogue is the full list, with no filters to mislead', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/exercises/?people=500');
  await expect(page.locator('form.catalogue-filters')).toBeHidden();
  const total = await page.locator('[data-exercise]').count();
  expect(total).toBeGreaterThan(0);
  await expect(exercises(page)).toHaveCount(total);
  await context.close();
});

test('filters narrow the list and keep the view in the address', async ({ page }) => {
  await page.goto('/en/exercises/');
  const total = await exercises(page).count();
  const filters = page.getByRole('form', { name: 'Filter the exercises' });
  await filters.getByLabel('Module').selectOption('mental-health-and-resilience');
  await filters.getByLabel('Emotional intensity').selectOption('moderate');
  await expect(page).toHaveURL(/\?module=mental-health-and-resilience&intensity=moderate$/);
  await expect(exercises(page).filter({ hasText: 'Circle of support' })).toHaveCount(1);

  await filters.getByLabel('People in your group').fill('200');
  await expect(page).toHaveURL(/people=200/);
  await expect(exercises(page)).toHaveCount(0);
  await expect(page.getByText('No exercise matches all of these filters.')).toBeVisible();

  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/en\/exercises\/$/);
  await expect(exercises(page)).toHaveCount(total);
});

test('a mentor can find the exercises they may run, and read what the labels mean', async ({ page }) => {
  await page.goto('/en/exercises/');
  const scales = page.locator('.catalogue-scales');
  await expect(scales).toContainText('Deep:');
  await expect(scales).toContainText('A mentor with a professional partner:');
  const total = await exercises(page).count();
  await page
    .getByRole('form', { name: 'Filter the exercises' })
    .getByLabel('Who may run it')
    .selectOption('mentor');
  await expect(page).toHaveURL(/\?runBy=mentor$/);
  const shown = await exercises(page).count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  for (const item of await exercises(page).all()) await expect(item).toContainText('A trained mentor');
});

test('a shared filter address reproduces the same view', async ({ page }) => {
  await page.goto('/en/exercises/?module=preventing-radicalisation&duration=short');
  const filters = page.getByRole('form', { name: 'Filter the exercises' });
  await expect(filters.getByLabel('Module')).toHaveValue('preventing-radicalisation');
  await expect(filters.getByLabel('Duration')).toHaveValue('short');
  await expect(exercises(page).filter({ hasText: 'Circle of support' })).toHaveCount(0);

  await page.goto('/en/exercises/?setting=online&people=10');
  await expect(page.getByRole('form', { name: 'Filter the exercises' }).getByLabel('Setting')).toHaveValue(
    'online',
  );
  // An exercise that works in both settings matches an online search.
  await expect(exercises(page).filter({ hasText: 'Circle of support' })).toHaveCount(1);
  const shown = await exercises(page).count();
  expect(shown).toBeGreaterThan(0);
  await expect(page.locator('.catalogue-count')).toContainText(`${shown} of `);
});

test('the tool catalogue lists every tool under its kind, with its facts', async ({ page }) => {
  await page.goto('/en/tools/');
  await expect(page.getByRole('heading', { name: 'Interactive tools' })).toBeVisible();
  const tool = page.locator('h2#conversation-guide + ul > li', { hasText: 'First meeting guide' });
  await expect(tool).toContainText('Community mentors');
  await expect(tool.getByRole('link')).toHaveAttribute('href', '/en/tools/first-meeting-guide/');
  await expect(page.locator('h2#interactive + ul > li', { hasText: 'Progression tool' })).toHaveCount(1);
});

test('translation status lists every page in every edition', async ({ page }) => {
  await page.goto('/translation-status/');
  const row = page.locator('.translation-status tbody tr', { hasText: 'Circle of support' });
  await expect(row.locator('td')).toHaveCount(6);
  // As many editions miss it as have no file for it yet.
  const editions = localeCodes.filter((code) => code !== defaultLocale);
  const missing = editions.filter((code) => !isTranslated(code, 'exercises/circle-of-support'));
  await expect(row.locator('td[data-state="missing"]')).toHaveCount(missing.length);
  await expect(row.locator('td[data-state="translated"], td[data-state="outdated"]')).toHaveCount(
    editions.length - missing.length,
  );
  const home = page
    .locator('.translation-status tbody tr')
    .filter({ has: page.locator('code', { hasText: 'content/docs/en/index.mdx' }) });
  await expect(home.locator('td[data-state="translated"], td[data-state="outdated"]')).toHaveCount(6);
  // None of them has been checked by a native-speaking reviewer yet, and the page says so.
  await expect(home.locator('.unreviewed')).toHaveCount(6);
});

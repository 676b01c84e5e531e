import { expect, test } from '@playwright/test';

import { localeCodes, locales } from '../../src/config/locales.ts';
import { uiString } from '../helpers/built-site.ts';

test.describe('edition homes', () => {
  for (const code of localeCodes) {
    const { lang, dir, label } = locales[code];
    test(`/${code}/ renders in ${label} with lang="${lang}" and dir="${dir}"`, async ({ page }) => {
      const response = await page.goto(`/${code}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // A real home page in its own language, not a fallback to English.
      await expect(page.getByText('This content is not available in your language yet.')).toHaveCount(0);
      await expect(page.locator('main')).toHaveAttribute('lang', lang);
    });
  }

  test('every edition home has its own text, not a copy of another edition', async ({ page }) => {
    const texts = new Map<string, string>();
    for (const code of localeCodes) {
      await page.goto(`/${code}/`);
      texts.set(code, (await page.locator('main').innerText()).slice(0, 400));
    }
    expect(new Set(texts.values()).size).toBe(localeCodes.length);
  });
});

test.describe('edition chooser at /', () => {
  test('lists every edition by its own name, linking to its home', async ({ page }) => {
    await page.goto('/');
    const list = page.getByRole('list');
    for (const code of localeCodes) {
      const link = list.getByRole('link', { name: new RegExp(locales[code].label) });
      await expect(link).toHaveAttribute('href', `/${code}/`);
      await expect(link).toHaveAttribute('hreflang', locales[code].lang);
    }
  });

  test.describe('with a Finnish browser', () => {
    test.use({ locale: 'fi-FI' });
    test('suggests the Finnish edition without redirecting', async ({ page }) => {
      await page.goto('/');
      const suggested = page.locator('[data-edition="fi"]');
      await expect(suggested.getByText(uiString('fi', 'editions.suggested'))).toBeVisible();
      await expect(page.locator('[data-edition]').first()).toHaveAttribute('data-edition', 'fi');
      expect(new URL(page.url()).pathname).toBe('/');
    });
  });

  test.describe('with a browser in a language the manual lacks', () => {
    test.use({ locale: 'de-DE' });
    test('suggests nothing and keeps the editions in their order', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('.suggested:visible')).toHaveCount(0);
      await expect(page.locator('[data-edition]').first()).toHaveAttribute('data-edition', 'en');
    });
  });

  test('works without JavaScript as a plain list', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ar' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('link')).toHaveCount(localeCodes.length);
    await context.close();
  });
});

test('the language picker switches to the same page in another edition', async ({ page }) => {
  await page.goto('/en/about/');
  await page.getByRole('combobox', { name: 'Select language' }).first().selectOption({ label: 'Suomi' });
  await expect(page).toHaveURL(/\/fi\/about\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
});

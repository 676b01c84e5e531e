import { expect, test } from '@playwright/test';

import { uiString } from '../helpers/built-site.ts';

// /about/ is written in English only so far, so every other edition shows it as a fallback.
const fallbackPage = '/about/';

test('an untranslated page shows the English text with the edition’s notice', async ({ page }) => {
  await page.goto(`/fi${fallbackPage}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByText('Tämä sisältö ei ole vielä saatavilla valitsemallasi kielellä.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About community mentoring');
});

test('fallback text is marked as English, left to right, inside a right-to-left edition', async ({
  page,
}) => {
  await page.goto(`/ar${fallbackPage}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByText('هذا المحتوى غير متوفر بلغتك بعد.')).toBeVisible();
  // Screen readers then pronounce the English text as English, laid out left to right.
  await expect(page.locator('main')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main')).toHaveAttribute('dir', 'ltr');
  // The notice is in the edition's own words, so it is marked as Arabic.
  const languageOf = (text: string) =>
    page.getByText(text).evaluate((element) => {
      const marked = element.closest('[lang]');
      return `${marked?.getAttribute('lang') ?? ''} ${marked?.getAttribute('dir') ?? ''}`;
    });
  expect(await languageOf('هذا المحتوى غير متوفر بلغتك بعد.')).toBe('ar rtl');
});

test('the source edition shows no fallback notice', async ({ page }) => {
  await page.goto(`/en${fallbackPage}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About community mentoring');
  await expect(page.getByText('This content is not available in your language yet.')).toHaveCount(0);
});

test('a translation not yet checked by a native-speaking reviewer says so; other pages do not', async ({
  page,
}) => {
  // The editions' home pages are translations without `translation: { reviewed: true }`.
  for (const code of ['fi', 'ar', 'so']) {
    await page.goto(`/${code}/`);
    await expect(page.locator('[data-translation-notice]')).toContainText(
      uiString(code, 'translation.unreviewed'),
    );
  }
  for (const path of ['/en/', `/fi${fallbackPage}`]) {
    await page.goto(path);
    await expect(page.locator('[data-translation-notice]'), path).toHaveCount(0);
  }
});

import { expect, test } from '@playwright/test';

import { defaultLocale, localeCodes, locales, type LocaleCode } from '../../src/config/locales.ts';
import { uiString, untranslatedPage } from '../helpers/built-site.ts';

// A page an edition has not translated yet shows the English page in the edition's frame.
// Which pages those are changes as translations arrive, so they are looked up in the content.
// The markings of every edition's fallback, right to left included, are checked on a fixture
// site with only English pages (tests/build/fallback-pages.test.ts); here, in a browser, that
// the notice shows.

/** The first edition with a page still untranslated, and that page. */
function firstFallback(): { code: LocaleCode; path: string; title: string } {
  for (const code of localeCodes.filter((code) => code !== defaultLocale)) {
    const page = untranslatedPage(code);
    if (page) return { code, ...page };
  }
  throw new Error('Every edition is complete: tests/build/fallback-pages.test.ts covers the fallback');
}

/** The language and direction marked on the nearest element around a locator. */
function marking(locator: ReturnType<import('@playwright/test').Page['locator']>) {
  return locator.evaluate((element) => {
    const marked = element.closest('[lang]');
    return `${marked?.getAttribute('lang') ?? ''} ${marked?.getAttribute('dir') ?? ''}`;
  });
}

test('an untranslated page shows the English text with the edition’s notice', async ({ page }) => {
  const { code, path, title } = firstFallback();
  await page.goto(`/${code}${path}`);
  await expect(page.locator('html')).toHaveAttribute('lang', locales[code].lang);
  const notice = page.locator('[data-fallback-notice]');
  await expect(notice).toBeVisible();
  // The notice speaks the edition's language; the page's text is marked as English.
  expect(await marking(notice)).toBe(`${locales[code].lang} ${locales[code].dir}`);
  await expect(page.locator('main')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
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
  const { code, path } = firstFallback();
  for (const shown of ['/en/', `/${code}${path}`]) {
    await page.goto(shown);
    await expect(page.locator('[data-translation-notice]'), shown).toHaveCount(0);
  }
});

import { expect, test } from '@playwright/test';

import { localeCodes } from '../../src/config/locales.ts';
import { MODULE_SLUGS } from '../../src/config/taxonomy.ts';
import { sitePaths } from '../helpers/built-site.ts';

// axe finds about half of what WCAG asks. These check two things it cannot: that the
// site works from the keyboard alone, and that text reflows at 320 CSS pixels (the width
// of a phone, or of a desktop window at 400% zoom) without scrolling sideways.

for (const path of ['/en/about/', '/ar/about/']) {
  test(`${path}: the first Tab reaches a visible skip link that jumps to the content`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip).toHaveAttribute('href', '#_top');
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#_top$/);
  });
}

test('search opens with Ctrl+K, takes typing at once, and closes with Escape', async ({ page }) => {
  await page.goto('/en/');
  // The search interface loads only when a reader shows they want to search, not on idle.
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  await expect(page.locator('#starlight__search input')).toHaveCount(0);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // Typing goes into the dialog at once, while the interface loads, and is not lost.
  await page.keyboard.type('trust');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
  await expect(dialog.getByRole('textbox')).toHaveValue('trust');
  await expect(dialog.getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('pointing at or focusing the search button loads the search', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('button[data-open-modal]').hover();
  await expect(page.locator('#starlight__search input')).toBeAttached();
  await page.goto('/en/about/');
  await page.locator('button[data-open-modal]').focus();
  await expect(page.locator('#starlight__search input')).toBeAttached();
});

test('the edition chooser can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', /^\/[a-z]{2}\/$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/[a-z]{2}\/$/);
});

// Besides the home and about pages: every tool page, whose forms have tables of up to seven
// columns that scroll by themselves on a phone, in the source edition and the right-to-left
// one; and every projector view in every edition, whose large type and button labels grow
// with the language ("Radikalisoitumisen", Somali buttons).
const reflowPaths = [
  '/',
  '/en/',
  '/ar/',
  '/so/',
  '/en/about/',
  '/ar/about/',
  ...sitePaths().filter((path) => /^\/(en|ar)\/tools\/[^/]+\/$/.test(path)),
  ...localeCodes.flatMap((code) => MODULE_SLUGS.map((module) => `/${code}/modules/${module}/present/`)),
];

test('the reflow check covers every tool page of two editions', () => {
  expect(reflowPaths.filter((path) => path.includes('/tools/')).length).toBeGreaterThanOrEqual(30);
});

test.describe('at 320 CSS pixels wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of reflowPaths) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

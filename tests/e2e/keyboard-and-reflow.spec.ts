import { expect, test } from '@playwright/test';

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
  // Starlight loads the search box when the browser is idle after loading the page.
  await expect(page.locator('#starlight__search input')).toBeAttached();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('trust');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the edition chooser can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', /^\/[a-z]{2}\/$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/[a-z]{2}\/$/);
});

test.describe('at 320 CSS pixels wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of ['/', '/en/', '/ar/', '/so/', '/en/about/', '/ar/about/']) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

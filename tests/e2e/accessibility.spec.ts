import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { localeCodes } from '../../src/config/locales.ts';
import { sweepPaths } from './helpers/site.ts';

/** WCAG 2.2 AA and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
}

test.describe('axe finds no violations on any page', () => {
  for (const path of sweepPaths()) {
    test(path, async ({ page }) => {
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of ['/', ...localeCodes.map((code) => `/${code}/`), '/en/about/', '/ar/about/']) {
    test(path, async ({ page }) => {
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  for (const path of ['/en/', '/ar/', '/en/about/']) {
    test(path, async ({ page }) => {
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }
});

test('the search button is named by its visible label', async ({ page }) => {
  await page.goto('/en/');
  const button = page.getByRole('button', { name: 'Search', exact: true });
  await expect(button).toBeVisible();
  await expect(button).not.toHaveAttribute('aria-label');
});

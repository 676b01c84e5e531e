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
  // Every edition home, and each page type with coloured panels of its own (trainer
  // notes, facts, care notes, timetables).
  const pageTypes = [
    '/en/about/',
    '/ar/about/',
    '/en/modules/mental-health-and-resilience/',
    '/en/modules/mental-health-and-resilience/what-keeps-us-well/',
    '/ar/modules/mental-health-and-resilience/what-keeps-us-well/',
    '/en/exercises/circle-of-support/',
    '/en/training/community-mentor-training/',
    '/en/tools/first-meeting-guide/',
    '/en/stories/a-place-at-the-table/',
  ];
  for (const path of ['/', ...localeCodes.map((code) => `/${code}/`), ...pageTypes]) {
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

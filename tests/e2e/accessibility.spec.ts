import { expect, test } from '@playwright/test';

import { localeCodes } from '../../src/config/locales.ts';
import { axeViolations } from './helpers/axe.ts';

// Every page is swept in page-sweep.spec.ts; here the themes and sizes a sweep does not
// cover.

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
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  for (const path of ['/en/', '/ar/', '/en/about/']) {
    test(path, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('the search button is named by its visible label', async ({ page }) => {
  await page.goto('/en/');
  const button = page.getByRole('button', { name: 'Search', exact: true });
  await expect(button).toBeVisible();
  await expect(button).not.toHaveAttribute('aria-label');
});

import { expect, test, type Page } from '@playwright/test';

import { resultLinks, searchFor } from './helpers/search.ts';
import { PREVIEW_URL, sweepPaths } from './helpers/site.ts';

const origin = new URL(PREVIEW_URL).origin;

/** Records every request the page makes that does not go to the site's own origin. */
function watchRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}

test.describe('no request leaves the site and no cookie is set', () => {
  for (const path of sweepPaths()) {
    test(path, async ({ page, context }) => {
      const foreign = watchRequests(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe('');
    });
  }
});

test('a search stays on the site', async ({ page, context }) => {
  const foreign = watchRequests(page);
  await page.goto('/en/');
  await expect(resultLinks(await searchFor(page, 'trust')).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

import { expect, test } from '@playwright/test';

import { watchForeignRequests } from './helpers/requests.ts';
import { resultLinks, searchFor } from './helpers/search.ts';

// Every page is checked for requests and cookies in page-sweep.spec.ts; here, searching.

test('a search stays on the site', async ({ page, context }) => {
  const foreign = watchForeignRequests(page);
  await page.goto('/en/');
  await expect(resultLinks(await searchFor(page, 'trust')).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

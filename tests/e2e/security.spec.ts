import { expect, test } from '@playwright/test';

import { SEARCH_CASES, resultLinks, searchFor } from './helpers/search.ts';
import { watchViolations } from './helpers/violations.ts';

// The browser's own reports on every page are checked in page-sweep.spec.ts; here, searching.
test.describe('the browser reports no CSP violation', () => {
  for (const { code, query } of SEARCH_CASES) {
    test(`while searching in /${code}/ for “${query}”`, async ({ page }) => {
      const reported = await watchViolations(page);
      await page.goto(`/${code}/`);
      await expect(resultLinks(await searchFor(page, query)).first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(reported).toEqual([]);
    });
  }
});

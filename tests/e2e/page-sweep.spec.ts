import { expect, test } from '@playwright/test';

import { axeViolations } from './helpers/axe.ts';
import { watchForeignRequests } from './helpers/requests.ts';
import { sweepPaths } from '../helpers/built-site.ts';
import { watchViolations } from './helpers/violations.ts';

// What every page must hold, checked in one visit per page (three sweeps took four fifths
// of the end-to-end time, and the editions will multiply the pages): axe finds no
// violation (WCAG 2.2 AA and best practices), the browser reports no breach of the
// Content-Security-Policy, nothing is requested from another origin, and no cookie is set.

test.describe('every page is accessible, keeps its security policy and sends nothing away', () => {
  for (const path of sweepPaths()) {
    test(path, async ({ page, context }) => {
      const foreign = watchForeignRequests(page);
      const breaches = await watchViolations(page);
      await page.goto(path);
      expect(await axeViolations(page), 'axe').toEqual([]);
      await page.waitForLoadState('networkidle');
      expect(breaches, 'Content-Security-Policy violations').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(await context.cookies(), 'cookies').toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe('');
    });
  }
});

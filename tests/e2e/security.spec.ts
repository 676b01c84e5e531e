import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

import { elementsBeforePolicy, inlineScripts, readCsp, cspHash } from '../../src/utils/csp.ts';
import { SEARCH_CASES, resultLinks, searchFor } from './helpers/search.ts';
import { DIST, builtHtml, sitePaths } from './helpers/site.ts';
import { watchViolations } from './helpers/violations.ts';

test.describe('every page has a strict Content-Security-Policy', () => {
  for (const path of sitePaths()) {
    test(path, () => {
      const html = builtHtml(path);
      const csp = readCsp(html);
      if (!csp) throw new Error(`${path} has no Content-Security-Policy meta tag`);
      const scriptSrc = csp.get('script-src') ?? [];
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      // A policy in a <meta> tag governs only what comes after it.
      expect(elementsBeforePolicy(html)).toEqual([]);
      for (const script of inlineScripts(html)) {
        expect(scriptSrc, `hash of inline script: ${script.slice(0, 60)}…`).toContain(cspHash(script));
      }
    });
  }
});

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

test('the headers file for static hosts sets the security headers', () => {
  const headers = readFileSync(new URL('_headers', DIST), 'utf8');
  for (const line of [
    "Content-Security-Policy: frame-ancestors 'none'",
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: no-referrer',
    'Strict-Transport-Security: max-age=',
    'Permissions-Policy: ',
    'Cross-Origin-Opener-Policy: same-origin',
  ]) {
    expect(headers).toContain(line);
  }
});

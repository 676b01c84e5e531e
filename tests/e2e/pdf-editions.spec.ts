import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';

import { localeCodes } from '../../src/config/locales.ts';
import { planPdfs } from '../../src/pdf-editions/plan.ts';
import { DIST, uiString } from '../helpers/built-site.ts';
import { englishPages, printedPdfs } from '../helpers/pdf-editions.ts';

// The downloads pages, in a browser. The PDF files themselves are read in
// tests/site/pdf-editions.test.ts.

for (const code of localeCodes) {
  const documents = printedPdfs(code);
  const english = planPdfs(englishPages, 'en');

  test(`${code}: the downloads page lists every PDF with its size, and each link serves it`, async ({
    page,
    request,
  }) => {
    await page.goto(`/${code}/downloads/`);
    const notBuilt = uiString(code, 'downloads.notBuilt');
    for (const [index, document] of planPdfs(englishPages, code).entries()) {
      // Not translated at all: the English file, marked as English, and no copy of its own.
      const printed = documents.some((own) => own.href === document.href);
      const href = printed ? document.href : (english[index]?.href ?? '');
      const link = page.locator(`a[href="${href}"]`);
      await expect(link, href).toHaveCount(1);
      if (!printed) {
        await expect(link).toHaveAttribute('hreflang', 'en');
        expect(existsSync(new URL(document.href.slice(1), DIST)), document.href).toBe(false);
      }
      const details = page.locator(`[data-pdf-details="${href}"]`);
      await expect(details).not.toContainText(notBuilt);
      await expect(details).toContainText(/\d/);
      await expect(details).toContainText(/kB|MB|kt|Mt|ك|م/i);
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    }
    // Reachable from every page: the sidebar links to it.
    await page.goto(`/${code}/manual/`);
    await expect(page.locator(`nav.sidebar a[href="/${code}/downloads/"]`).first()).toBeAttached();
  });
}

import { readFileSync, readdirSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

import { localeCodes } from '../../src/config/locales.ts';

// Mentors and trainers fill the tools' forms in by hand. A form prints on its own, on at
// most two A4 pages, with lines and boxes to write on rather than typed dots; the whole
// page, guidance and all, can still be printed. Checked in every edition, with the PDF
// editions' page margins (theme.css), as a browser prints them.

const tools = new URL('../../content/docs/en/tools/', import.meta.url);
const forms = readdirSync(tools)
  .filter((name) => readFileSync(new URL(name, tools), 'utf8').includes('<Form>'))
  .map((name) => name.replace(/\.mdx$/, ''));

const pdfPages = async (pdf: Buffer) =>
  (await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise).numPages;

async function printFormOnly(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => {
    document.documentElement.classList.add('print-form-only');
  });
  return pdfPages(await page.pdf({ format: 'A4' }));
}

test('the tools have forms to check', () => {
  expect(forms.length).toBeGreaterThanOrEqual(12);
});

for (const edition of localeCodes) {
  for (const tool of forms) {
    test(`/${edition}/tools/${tool}/ prints its form alone on at most two A4 pages, with space to write`, async ({
      page,
    }) => {
      await page.goto(`/${edition}/tools/${tool}/`);
      const form = page.locator('[data-form]');
      await expect(form.first()).toBeVisible();
      // Real writing space, each announced to a screen reader; no typed dots.
      const spaces = form.locator('[data-write-in]');
      expect(await spaces.count()).toBeGreaterThan(0);
      await expect(spaces.first()).toContainText(/\S/);
      await expect(form.first()).not.toContainText(/\.{4}|…{2}/);
      const pages = await printFormOnly(page);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    });
  }
}

test('a tool with a form offers to print the form alone, and prints the whole page otherwise', async ({
  page,
}) => {
  await page.goto('/en/tools/meeting-log/');
  await expect(page.getByRole('button', { name: 'Print this tool' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print the form only' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const whole = await pdfPages(await page.pdf({ format: 'A4' }));
  expect(whole).toBeGreaterThan(await printFormOnly(page));
  // A tool without a form has only the one button.
  await page.goto('/en/tools/first-meeting-guide/');
  await expect(page.getByRole('button', { name: 'Print the form only' })).toBeHidden();
});
